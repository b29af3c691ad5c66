"""Wagtail's routing from the cache (home/routing.py): the second request for an address skips
the walk down the page tree, and every change to the tree shows at once."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import EventPage
from home import routing
from home.models import SiteSettings
from tests.conftest import translate_page


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """Every request reaches the view, as a member's or a form's does."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def event(home_page):
    # The site's settings stored: the first request would create them, and that (like any change
    # to them) raises the content version.
    SiteSettings.for_site(Site.objects.get(is_default_site=True))
    index = EventIndexPageFactory(parent=home_page)
    return EventPageFactory(
        parent=index,
        title="Kennisdeelmiddag thuiszitters",
        slug="kennisdeelmiddag",
        registration_mode=EventPage.RegistrationMode.SITE,
        capacity=20,
    )


def register_url(event):
    return event.url + event.reverse_subpage("register")


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response, len(captured)


@pytest.mark.parametrize("address", ["page", "registration form"])
def test_the_second_request_skips_the_walk_down_the_tree(client, event, address, monkeypatch):
    url = event.url if address == "page" else register_url(event)
    assert client.get(url).status_code == 200  # the menu, the footer, the route: all cached
    response, routed = queries(client, url)
    assert response.status_code == 200
    assert "Kennisdeelmiddag thuiszitters" in response.content.decode()
    monkeypatch.setattr(routing, "route_from_cache", lambda request, path: None)
    response, walked = queries(client, url)
    assert response.status_code == 200
    # The walk: the site, the locale, the root page, and per level the child and then its own
    # type. From the cache: each page from the root down as its own type, one query each.
    assert routed <= walked - 3


def test_an_unpublished_page_is_gone_at_once(client, event):
    assert client.get(event.url).status_code == 200
    assert client.get(event.url).status_code == 200
    event.unpublish()
    assert client.get(event.url).status_code == 404
    assert client.get(register_url(event)).status_code == 404


def test_a_new_slug_moves_the_page_at_once(client, event):
    old_url = event.url
    assert client.get(old_url).status_code == 200
    event.slug = "middag-thuiszitters"
    event.save_revision().publish()
    event.refresh_from_db()
    assert client.get(old_url).status_code == 404
    assert client.get(event.url).status_code == 200
    assert client.get(register_url(event)).status_code == 200


def test_each_language_has_its_own_route(client, event, home_page_en, locale_en):
    english = translate_page(event, locale_en, title="Knowledge afternoon")
    for _round in range(2):
        assert "Kennisdeelmiddag thuiszitters" in client.get(event.url).content.decode()
        assert "Knowledge afternoon" in client.get(english.url).content.decode()


def test_an_address_that_leads_nowhere_stays_404(client, event):
    for _round in range(2):
        assert client.get(event.url + "bestaat-niet/").status_code == 404
