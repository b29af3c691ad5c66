"""Production readiness: Django's deploy check, privacy without shared passwords, and uploads that
can never run script on the site's origin."""

import os
import secrets
import subprocess
import sys

import pytest

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

SCRIPT_HTML = b"<!doctype html><title>x</title><script>alert(document.cookie)</script>"
SCRIPT_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script></svg>"
)


@pytest.fixture
def media(settings, tmp_path):
    """Uploads go to a folder of the test's own."""
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


# Django's deploy check ------------------------------------------------------------------------


def test_deploy_check_passes_with_only_the_documented_environment():
    """What .ci/run runs: production settings, a secret key and nothing else set, not even a
    warning. One subprocess, because settings cannot be switched inside the test process."""
    environ = {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "kennisbank.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "BASE_URL": "https://kennisbank.example.nl",
        "ENV_FILE": "",  # nor a developer's .env
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


# Privacy without shared passwords -------------------------------------------------------------


def test_page_privacy_offers_no_shared_password(admin_client, home_page):
    url = reverse("wagtailadmin_pages:set_privacy", args=[home_page.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    form = response.context["form"]
    assert "password" not in form.fields
    assert not form.fields["restriction_type"].valid_value(PageViewRestriction.PASSWORD)
    assert form.fields["restriction_type"].valid_value(PageViewRestriction.GROUPS)
    assert 'value="password"' not in response.json()["html"]

    # Posting the choice anyway stores nothing.
    admin_client.post(url, {"restriction_type": "password", "password": "geheim"})
    assert not PageViewRestriction.objects.filter(page=home_page).exists()


def test_collection_privacy_offers_no_shared_password(admin_client, db):
    collection = Collection.get_first_root_node().add_child(name="Verslagen")
    url = reverse("wagtailadmin_collections:set_privacy", args=[collection.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    form = response.context["form"]
    assert "password" not in form.fields
    assert not form.fields["restriction_type"].valid_value(CollectionViewRestriction.PASSWORD)
    assert 'value="password"' not in response.json()["html"]

    admin_client.post(url, {"restriction_type": "password", "password": "geheim"})
    assert not CollectionViewRestriction.objects.filter(collection=collection).exists()


# Uploaded documents and images ----------------------------------------------------------------


def served(response):
    body = b"".join(response.streaming_content)
    response.close()
    return body


@pytest.mark.parametrize(
    "filename, content",
    [
        ("pagina.html", SCRIPT_HTML),
        ("logo.svg", SCRIPT_SVG),
        # An extension the editors may upload, with HTML inside.
        ("notities.txt", SCRIPT_HTML),
    ],
)
def test_documents_with_script_download_and_never_run(client, media, db, filename, content):
    document = get_document_model().objects.create(
        title=filename, file=ContentFile(content, name=filename)
    )
    # Through Wagtail's view (which applies the collections' privacy), not the media folder.
    assert document.url == f"/documents/{document.pk}/{filename}"

    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert served(response) == content


def test_pdf_opens_in_the_browser_without_embedded_content(client, media, db):
    document = get_document_model().objects.create(
        title="Verslag", file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="verslag.pdf")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    assert response["Content-Security-Policy"] == "default-src 'none'"
    served(response)


@pytest.mark.parametrize(
    "filename, content, content_type",
    [("pagina.html", SCRIPT_HTML, "text/html"), ("logo.svg", SCRIPT_SVG, "image/svg+xml")],
)
def test_editors_cannot_upload_html_or_svg_documents(
    admin_client, media, filename, content, content_type
):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": filename,
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(filename, content, content_type=content_type),
        },
    )
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert not get_document_model().objects.exists()


def test_editors_cannot_upload_svg_images(admin_client, media):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Logo",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("logo.svg", SCRIPT_SVG, content_type="image/svg+xml"),
        },
    )
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert not get_image_model().objects.exists()
