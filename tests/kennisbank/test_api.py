"""The Wagtail API exposes what the site shows the public, nothing more."""

import pytest

from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory


def titles(client, url="/api/v2/pages/?limit=20"):
    response = client.get(url)
    assert response.status_code == 200
    return {item["title"] for item in response.json()["items"]}


def test_pages_endpoint_lists_only_live_public_pages(client, home_page):
    StandardPageFactory(parent=home_page, title="Openbaar")
    StandardPageFactory(parent=home_page, title="Concept", live=False)
    private = StandardPageFactory(parent=home_page, title="Besloten")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    StandardPageFactory(parent=private, title="Onder besloten")

    assert titles(client) == {"Kennisbank", "Openbaar"}
    assert client.get(f"/api/v2/pages/{private.pk}/").status_code == 404


def test_pages_can_be_searched(client, home_page):
    StandardPageFactory(parent=home_page, title="Thuiszitters in beeld")
    assert titles(client, "/api/v2/pages/?search=thuiszitters") == {"Thuiszitters in beeld"}


def test_sitemap_lists_public_pages_only(client, home_page):
    StandardPageFactory(parent=home_page, title="Openbaar", slug="openbaar")
    private = StandardPageFactory(parent=home_page, title="Besloten", slug="besloten")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    body = client.get("/sitemap.xml").content.decode()
    assert "/openbaar/" in body
    assert "/besloten/" not in body


# Found by the fuzz test (tests/fuzz): each was a server error on SQLite, PostgreSQL or both.


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/pages/?thema=%00",
        "/api/v2/pages/?locale=%00",
        "/api/v2/pages/?search=ouders%00",
        "/api/v2/pages/find/?html_path=/%00/",
        "/api/v2/images/?search=%00",
        "/api/v2/pages/?offset=99999999999999999999",
        "/api/v2/documents/?offset=99999999999999999999",
        "/api/v2/pages/find/?id=abc",
        "/api/v2/pages/find/?id=99999999999999999999",
    ],
)
def test_parameters_no_filter_can_take_are_a_bad_request(client, home_page, url):
    response = client.get(url)
    assert response.status_code == 400
    assert response.json()["message"]


@pytest.mark.parametrize("search", ["a", "-", "'", "x-y", "de het"])
def test_a_search_without_words_finds_nothing(client, home_page, search):
    StandardPageFactory(parent=home_page, title="a x-y de het")
    for endpoint in ("pages", "images", "documents"):
        response = client.get(f"/api/v2/{endpoint}/", {"search": search})
        assert response.status_code == 200
        assert response.json()["items"] == []


def test_a_found_page_still_redirects(client, home_page):
    response = client.get(f"/api/v2/pages/find/?id={home_page.pk}")
    assert response.status_code == 302
