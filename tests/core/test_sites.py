"""Wagtail's Site of a request from memory (core/sites.py): no Site query while nothing changed,
a changed Site in use at once, and Wagtail's own lookup while the cache is down."""

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, Site

from home.factories import HomePageFactory, StandardPageFactory


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0  # every request reaches Wagtail's routing
    cache.clear()


def site_queries(client, url, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
    return response, [q["sql"] for q in queries if 'FROM "wagtailcore_site"' in q["sql"]]


def test_a_second_request_asks_the_database_no_site(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Over ons", slug="over-ons")
    client.get(page.url)  # the first request also creates the site's settings (a change)
    first, looked_up = site_queries(client, page.url)
    assert first.status_code == 200 and looked_up
    second, looked_up = site_queries(client, page.url)
    assert second.status_code == 200 and "Over ons" in second.content.decode()
    assert looked_up == []


def test_a_new_site_answers_its_host_at_once(client, home_page):
    StandardPageFactory(parent=home_page, title="Over ons", slug="over-ons")
    other_home = HomePageFactory(parent=Page.get_first_root_node(), title="Andere", slug="andere")
    StandardPageFactory(parent=other_home, title="Elders", slug="over-ons")
    host = {"HTTP_HOST": "andere.example"}

    assert "Over ons" in client.get("/over-ons/", **host).content.decode()  # the default site
    Site.objects.create(hostname="andere.example", port=80, root_page=other_home)
    assert "Elders" in client.get("/over-ons/", **host).content.decode()


def test_without_the_cache_wagtail_looks_the_site_up_itself(client, home_page, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    page = StandardPageFactory(parent=home_page, title="Over ons", slug="over-ons")
    for _attempt in range(2):
        response, looked_up = site_queries(client, page.url)
        assert response.status_code == 200 and looked_up
