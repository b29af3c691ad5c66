"""`make run` serves the site as visitors get it (kennisbank/settings/local.py): DEBUG off, the
site's own Dutch 404, uploaded images but never a document from /media/; `make dev` (dev.py)
has DEBUG on, and still no documents from /media/."""

import importlib
import json
import re
from pathlib import Path

import pytest

from django.test import Client
from django.urls import clear_url_caches

from tests.production_settings import BASE_DIR, run_with_settings

SECRET = b"members-only minutes of the development group"
SETTINGS = ("DEBUG", "SERVE_MEDIA_IMAGES", "ALLOWED_HOSTS")


def settings_of(module):
    result = run_with_settings(
        "import json; from django.conf import settings\n"
        f"print(json.dumps({{name: getattr(settings, name) for name in {SETTINGS!r}}}))",
        module=module,
        clear=("SECRET_KEY", "DEBUG", "ALLOWED_HOSTS"),
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def local_and_dev():
    return {module: settings_of(f"kennisbank.settings.{module}") for module in ("local", "dev")}


@pytest.fixture
def serve_as(settings, local_and_dev):
    """Apply the settings of `make run` ("local") or `make dev` ("dev") that decide what is
    served, with the URLs they give (kennisbank/urls.py reads them at import)."""
    import kennisbank.urls

    def apply(module):
        for name, value in local_and_dev[module].items():
            setattr(settings, name, value)
        clear_url_caches()
        importlib.reload(kennisbank.urls)

    yield apply
    settings.SERVE_MEDIA_IMAGES = False
    clear_url_caches()
    importlib.reload(kennisbank.urls)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "notulen-ontwikkelgroep.pdf").write_bytes(SECRET)
    (tmp_path / "original_images").mkdir()
    (tmp_path / "original_images" / "foto.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return tmp_path


def test_make_run_has_debug_off_and_make_dev_on(local_and_dev):
    assert local_and_dev["local"]["DEBUG"] is False
    assert local_and_dev["dev"]["DEBUG"] is True
    assert set(local_and_dev["local"]["ALLOWED_HOSTS"]) <= {"localhost", "127.0.0.1", "[::1]"}


def test_make_run_uses_the_local_settings_and_make_dev_the_debug_ones():
    makefile = (BASE_DIR / "Makefile").read_text()
    run = re.search(r"^run:.*?(?=^\S)", makefile, re.M | re.S).group()
    dev = re.search(r"^dev:.*?(?=^\S)", makefile, re.M | re.S).group()
    assert "DJANGO_SETTINGS_MODULE=kennisbank.settings.local" in run
    assert "DJANGO_SETTINGS_MODULE=kennisbank.settings.dev" in dev
    assert '"kennisbank.settings.local"' in Path(BASE_DIR / "manage.py").read_text()


@pytest.mark.parametrize("module", ["local", "dev"])
def test_no_document_is_ever_served_from_media(module, serve_as, media, home_page):
    serve_as(module)
    client = Client(raise_request_exception=False, HTTP_HOST="localhost")
    for address in [
        "/media/documents/notulen-ontwikkelgroep.pdf",
        "/media/original_images/../documents/notulen-ontwikkelgroep.pdf",
        "/media/images/%2e%2e/documents/notulen-ontwikkelgroep.pdf",
    ]:
        response = client.get(address)
        assert response.status_code == 404, address
        assert SECRET not in response.content

    image = client.get("/media/original_images/foto.png")
    assert image.status_code == 200
    assert image["Content-Type"] == "image/png"
    image.close()


def test_a_wrong_address_under_make_run_gets_the_sites_dutch_404(serve_as, home_page):
    serve_as("local")
    response = Client(HTTP_HOST="localhost").get("/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Pagina niet gevonden" in html
    assert "URLconf" not in html
