"""The Wagtail API exposes what the site shows the public, nothing more."""

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
