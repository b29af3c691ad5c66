"""The Content-Security-Policy header (django-csp, kennisbank/content_security.py): on every kind
of response, strict on the public site, wider only where the Wagtail admin needs it.

tests/browser/test_csp.py checks in Chromium that the pages work under it."""

import re

import pytest

from django.conf import settings
from django.core.files.base import ContentFile
from django.test import override_settings

from wagtail.documents import get_document_model

from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

UNSAFE = ("'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https:", "data:")


def policy(response):
    """The response's policy as {directive: [sources]}."""
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def assert_public_policy(response):
    directives = policy(response)
    assert directives["default-src"] == ["'self'"]
    for name in ("script-src", "style-src"):
        assert directives[name] == ["'self'"], f"{name}: {directives[name]}"
    assert not set(directives["connect-src"]) & set(UNSAFE)
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["frame-src"] == [
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
    ]
    return directives


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def signed_in_admin(client, django_user_model):
    admin = django_user_model.objects.create_superuser(username="beheer", password="x" * 20)
    client.force_login(admin)
    return client


# The public site ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address, status",
    [
        ("/", 200),
        ("/en/", 200),
        ("/bestaat-niet/", 404),
        ("/zoeken/?q=school", 200),
        ("/api/v2/pages/", 200),
        ("/health/", 200),
        ("/sitemap.xml", 200),
        ("/account/inloggen/", 200),
        ("/admin/login/", 200),
        ("/static/css/kennisbank.css", 200),
    ],
)
def test_every_kind_of_response_has_the_strict_policy(client, home_page_en, address, status):
    response = client.get(address)
    assert response.status_code == status
    assert_public_policy(response)


def test_a_form_with_errors_has_the_strict_policy(client, home_page):
    response = client.post("/account/inloggen/", {"username": "", "password": ""})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert_public_policy(response)


def test_a_page_for_a_signed_in_member_has_the_strict_policy(client, home_page):
    from development_groups.factories import UserFactory

    client.force_login(UserFactory())
    assert_public_policy(client.get("/account/"))
    assert_public_policy(client.get(home_page.url))


def test_documents_keep_their_own_stricter_policy(client, media):
    """Wagtail's document view forbids everything (`default-src 'none'`): django-csp leaves
    it alone (tests/kennisbank/test_production.py: an uploaded HTML or SVG never runs)."""
    document = get_document_model().objects.create(
        title="Verslag", file=ContentFile(b"<script>alert(1)</script>", name="verslag.html")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_media_origin_is_allowed_for_images_and_media_when_set(client, home_page):
    assert "https://media.example.nl" not in client.get("/")["Content-Security-Policy"]
    with override_settings(MEDIA_ORIGIN="https://media.example.nl"):
        directives = policy(client.get("/"))
    assert directives["img-src"] == ["'self'", "data:", "https://media.example.nl"]
    assert directives["media-src"] == ["'self'", "https://media.example.nl"]
    assert directives["script-src"] == ["'self'"]


def test_violation_reports_go_where_the_operator_says(client, home_page, settings):
    directives = dict(settings.CONTENT_SECURITY_POLICY["DIRECTIVES"])
    assert "report-uri" not in policy(client.get("/"))
    directives["report-uri"] = ["https://csp.example.nl/report"]
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": directives}
    assert policy(client.get("/"))["report-uri"] == ["https://csp.example.nl/report"]


# The admin ------------------------------------------------------------------------------------


def assert_admin_policy(response):
    directives = policy(response)
    assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
    assert "'unsafe-eval'" not in directives["script-src"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["form-action"] == ["'self'"]
    assert "'self'" in directives["frame-src"]
    assert not set(directives["connect-src"]) & set(UNSAFE)
    return directives


def test_the_admin_has_its_wider_policy(signed_in_admin, home_page):
    assert_admin_policy(signed_in_admin.get("/admin/"))
    assert_admin_policy(signed_in_admin.get(f"/admin/pages/{home_page.pk}/edit/"))


def test_the_preview_is_framed_by_the_admin(signed_in_admin, home_page):
    """Wagtail renders a preview through the middleware with a dummy request of the page's own
    address: it gets the admin's policy, which lets the editor's page frame it."""
    page = StandardPageFactory(parent=home_page, title="Concept")
    response = signed_in_admin.get(f"/admin/pages/{page.pk}/view_draft/")
    assert response.status_code == 200
    assert b"Concept" in response.content
    assert_admin_policy(response)


@override_settings(ADMIN_TWO_FACTOR_REQUIRED=True)
def test_the_admin_sign_in_pages_keep_the_strict_policy(client, signed_in_admin):
    response = client.get("/admin/login/")
    assert_public_policy(response)
    response = client.get("/admin/password_reset/")
    assert_public_policy(response)
    # An admin before the second factor: the setup page.
    response = signed_in_admin.get("/admin/two-factor/setup/")
    assert response.status_code == 200
    assert_public_policy(response)


# The templates --------------------------------------------------------------------------------


def template_files():
    """The templates of pages the site serves: not those of e-mails (`*/email/`), which a mail
    program shows without the site's style sheet, so their styles are inline."""
    roots = [settings.BASE_DIR / "templates"]
    roots += [path.parent for path in settings.BASE_DIR.glob("*/templates/")]
    for root in roots:
        yield from (path for path in root.rglob("*.html") if "email" not in path.parent.parts)


def test_no_template_needs_unsafe_inline():
    """Under style-src 'self' and script-src 'self' a style attribute, a <style> element, an
    inline script or an on... handler is blocked: none of the site's templates has one. (SVG
    presentation attributes such as fill= are no style attributes.)"""
    inline = re.compile(
        r"""\sstyle\s*=|<style[\s>]|<script(?![^>]*\ssrc=)[^>]*>|\son[a-z]+\s*=\s*["']""", re.I
    )
    offenders = []
    for path in template_files():
        text = path.read_text()
        offenders += [
            f"{path.relative_to(settings.BASE_DIR)}: {m[0]}" for m in inline.finditer(text)
        ]
    assert offenders == []
    assert len(list(template_files())) > 50  # it did look at the templates
