"""Absolute links that leave the site come from BASE_URL (core/links.py), not from the request's
Host header nor from the Site record (the demo's used to be localhost:80)."""

import csv
import io
import xml.etree.ElementTree as ET

import pytest

from django.core.management import call_command
from django.core.management.base import SystemCheckError

from wagtail.models import Site

from core.links import absolute_url, page_url
from practice_examples.factories import PracticeExamplePageFactory

BASE = "https://kennisbank.example.nl"


@pytest.fixture
def public_base_url(settings):
    settings.BASE_URL = settings.WAGTAILAPI_BASE_URL = BASE
    return BASE


@pytest.fixture
def example(example_index):
    return PracticeExamplePageFactory(parent=example_index, title="Terug naar school")


@pytest.fixture
def site_elsewhere(db, home_page):
    """A Site record that names another host than BASE_URL, as the demo's once did."""
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "localhost", 80
    site.save()
    return site


def test_absolute_url_prefixes_paths_and_keeps_full_addresses(public_base_url):
    assert absolute_url("/agenda/x/") == f"{BASE}/agenda/x/"
    assert absolute_url("agenda/") == f"{BASE}/agenda/"
    assert absolute_url("https://elders.example/a/") == "https://elders.example/a/"


def test_page_url_uses_base_url_not_the_site_record(public_base_url, site_elsewhere, example):
    assert page_url(example) == f"{BASE}{example.url}"
    assert "localhost" not in page_url(example)


def test_feed_links_use_base_url_whatever_host_was_asked(
    public_base_url, site_elsewhere, client, example_index, example
):
    response = client.get(example_index.url + "feed/", HTTP_HOST="127.0.0.1:9999")
    assert response.status_code == 200
    channel = ET.fromstring(response.content).find("channel")
    links = [channel.findtext("link"), *(item.findtext("link") for item in channel.iter("item"))]
    assert links and all(link.startswith(f"{BASE}/") for link in links), links
    assert "127.0.0.1:9999" not in response.content.decode()


def test_api_addresses_use_base_url(public_base_url, site_elsewhere, client, example):
    response = client.get(
        "/api/v2/pages/", {"type": "practice_examples.PracticeExamplePage"}, HTTP_HOST="127.0.0.1"
    )
    item = response.json()["items"][0]
    assert item["meta"]["html_url"] == page_url(example)
    assert item["meta"]["html_url"].startswith(f"{BASE}/")
    assert item["meta"]["detail_url"].startswith(f"{BASE}/api/v2/pages/")


def test_csv_export_links_use_base_url(
    public_base_url, site_elsewhere, client, example_index, example
):
    response = client.get(example_index.url + "export/", HTTP_HOST="127.0.0.1")
    rows = list(
        csv.reader(
            io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig")), delimiter=";"
        )
    )
    assert rows[1][1] == page_url(example), rows


@pytest.mark.parametrize(
    "base_url", ["http://127.0.0.1:8000", "http://kennisbank.example.nl", "https://localhost"]
)
def test_deploy_check_warns_about_a_base_url_visitors_cannot_reach(settings, base_url):
    settings.BASE_URL = base_url
    with pytest.raises(SystemCheckError, match="kennisbank.W001"):
        call_command("check", "--deploy", "--fail-level", "WARNING", "--tag", "security")


def test_deploy_check_accepts_a_public_https_base_url(settings, capsys):
    settings.BASE_URL = BASE
    settings.SECURE_SSL_REDIRECT = settings.SESSION_COOKIE_SECURE = True
    call_command("check", "--deploy", "--tag", "security")
    assert "kennisbank.W001" not in capsys.readouterr().out
