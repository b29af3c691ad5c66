"""Rendered fragments (core/fragment_cache.py) and the routes kept in memory (core/sites.py):
pages that miss the page cache reuse what the previous request rendered, but never show a
member's view to a visitor, Dutch to an English visitor, a form's CSRF token, an editor's
unsaved preview, or anything from before a change."""

import pytest

from django.template import Context, Template
from django.test import Client, RequestFactory, override_settings
from django.utils import translation

from wagtail.models import Page

from core import page_cache
from core.derived_cache import content_changed, request_versions
from events.factories import EventPageFactory
from events.models import EventPage
from practice_examples.factories import PracticeExamplePageFactory
from tests.support import registration_data, registration_url, translate_page

TEMPLATE = Template(
    '{% load fragment_tags i18n %}{% fragment "test" key %}'
    '{{ render }} {% translate "Search" %} {{ extra }}{% endfragment %}'
)


class Counter:
    """Counts how often the fragment is rendered (a template calls it)."""

    def __init__(self):
        self.count = 0

    def __call__(self):
        self.count += 1
        return self.count


def render(template=TEMPLATE, request=None, **context):
    request = request or RequestFactory().get("/")
    return template.render(Context({"request": request, **context}))


@pytest.fixture
def counter(db):
    return Counter()


def test_a_fragment_is_rendered_once_until_content_changes(counter):
    assert render(key=1, render=counter).strip() == "1 Zoeken"
    assert render(key=1, render=counter).strip() == "1 Zoeken"
    assert counter.count == 1
    assert render(key=2, render=counter).strip() == "2 Zoeken"  # what it varies on
    content_changed()
    assert render(key=1, render=counter).strip() == "3 Zoeken"


def test_an_english_visitor_never_gets_the_dutch_fragment(counter):
    assert render(key=1, render=counter).strip() == "1 Zoeken"
    with translation.override("en"):
        assert render(key=1, render=counter).strip() == "2 Search"
    assert render(key=1, render=counter).strip() == "1 Zoeken"


def test_an_editors_preview_and_a_form_are_never_kept(counter):
    preview = RequestFactory().get("/")
    preview.is_preview = True
    assert render(request=preview, key=1, render=counter).strip() == "1 Zoeken"
    assert render(request=preview, key=1, render=counter).strip() == "2 Zoeken"
    assert render(key=1, render=counter).strip() == "3 Zoeken"  # the preview's was not kept

    form = Template(
        '{% load fragment_tags %}{% fragment "form" %}{{ render }}{% csrf_token %}{% endfragment %}'
    )
    first = render(form, render=counter, csrf_token="token-van-bezoeker-een")
    second = render(form, render=counter, csrf_token="token-van-bezoeker-twee")
    assert "token-van-bezoeker-een" in first
    assert "token-van-bezoeker-twee" in second


@override_settings(FRAGMENT_CACHE_SECONDS=0)
def test_fragments_can_be_switched_off(counter):
    render(key=1, render=counter)
    render(key=1, render=counter)
    assert counter.count == 2


def test_a_fragment_that_shows_data_with_a_version_of_its_own_follows_it(counter):
    """E.g. an event's places left: the fragment is kept with the key's version and rendered
    afresh when it changes; shown from the cache, it still tells the page cache what it shows."""

    def places():
        page_cache.depends_on("places:test")
        return counter()

    assert render(key=1, render=places).strip() == "1 Zoeken"
    with request_versions():
        token = page_cache._dependencies.set({})
        try:
            assert render(key=1, render=places).strip() == "1 Zoeken"
            recorded = page_cache._dependencies.get()
        finally:
            page_cache._dependencies.reset(token)
    assert list(recorded) == ["places:test"]  # the page that showed the kept fragment
    page_cache.changed("places:test")
    assert render(key=1, render=places).strip() == "2 Zoeken"


# On the site, without the page cache ----------------------------------------------------------


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


def test_a_members_header_never_reaches_a_visitor(client, example_index, member, group):
    example = PracticeExamplePageFactory(parent=example_index, title="Ouders aan tafel")
    client.force_login(member)
    for _request in range(2):
        page = client.get(example.url).content.decode()
        assert "Mijn groepen" in page
    visitor = Client().get(example.url).content.decode()
    assert "Mijn groepen" not in visitor
    assert "Leden" in visitor
    assert "Ouders aan tafel" in visitor


def test_an_english_page_is_english_after_the_dutch_one(client, example_index, locale_en):
    example = PracticeExamplePageFactory(parent=example_index, title="Ouders aan tafel")
    translate_page(example_index.get_parent(), locale_en, title="Home")
    translate_page(example_index, locale_en, title="Practice examples", slug="practice-examples")
    english = translate_page(example, locale_en, title="Parents at the table")
    dutch = client.get(example.url).content.decode()
    assert "Praktijkvoorbeeld" in dutch
    page = client.get(english.url).content.decode()
    assert "Parents at the table" in page
    assert "Practice example" in page
    assert "Praktijkvoorbeeld" not in page
    assert "Ouders aan tafel" not in page


def test_a_published_change_shows_on_the_next_request(client, example_index):
    example = PracticeExamplePageFactory(parent=example_index, title="Ouders aan tafel")
    assert "Ouders aan tafel" in client.get(example.url).content.decode()
    example.title = "Ouders en school aan tafel"
    example.save_revision().publish()
    assert "Ouders en school aan tafel" in client.get(example.url).content.decode()


def test_a_registration_shows_on_a_page_whose_body_was_kept(client, event_index, settings):
    """The event page's body is a fragment; a member's request kept it (no page cache for
    members), a visitor's page shows it from there and the page cache keeps that page: after a
    registration both show the new number of places."""
    settings.PAGE_CACHE_SECONDS = 300
    event = EventPageFactory(
        parent=event_index,
        title="Kennisdeelmiddag thuiszitters",
        registration_mode=EventPage.RegistrationMode.SITE,
        capacity=6,
    )
    Client().get(event.url, HTTP_COOKIE="sessionid=iets")  # renders, not stored in the page cache
    visitor = Client()
    first = visitor.get(event.url)
    assert first["X-Cache"] == "MISS"
    assert "Nog 6 plaatsen vrij." in first.content.decode()
    assert visitor.get(event.url)["X-Cache"] == "HIT"
    response = Client().post(registration_url(event), registration_data(email="een@example.nl"))
    assert response.status_code == 302
    after = visitor.get(event.url)
    assert after["X-Cache"] == "MISS"
    assert "Nog maar 5 plaatsen vrij." in after.content.decode()


# Routes kept in memory --------------------------------------------------------------------------


def test_a_kept_route_follows_unpublishing_moving_and_sub_routes(client, example_index):
    example = PracticeExamplePageFactory(parent=example_index, title="Ouders", slug="ouders")
    for _request in range(2):
        assert client.get("/praktijkvoorbeelden/ouders/").status_code == 200
        assert client.get("/praktijkvoorbeelden/feed/").status_code == 200  # a sub-route
        assert client.get("/praktijkvoorbeelden/").status_code == 200
    example.slug = "ouders-aan-tafel"
    example.save_revision().publish()
    assert client.get("/praktijkvoorbeelden/ouders-aan-tafel/").status_code == 200
    assert client.get("/praktijkvoorbeelden/ouders/").status_code in (301, 302, 404)
    Page.objects.get(pk=example.pk).specific.unpublish()
    assert client.get("/praktijkvoorbeelden/ouders-aan-tafel/").status_code == 404
