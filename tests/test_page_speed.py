"""What a page costs without the page cache (issue 18, bench/README.md): every public page type,
and a member's pages, in at most 12 queries once what it repeats is kept (the fragments, the
route, the site settings), the same with 3 or 30 practice examples and events."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Site

from events.factories import EventPageFactory
from home.models import SiteSettings
from practice_examples.factories import PracticeExamplePageFactory

MAX_QUERIES = 12


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def site(home_page, theme_index, example_index, event_index, group, session, outcome, scan_page):
    """A site with every page type; `grow(n)` adds n practice examples and n events."""
    # Stored now: the first request would create them, which (as any change to them) renews
    # everything kept.
    SiteSettings.for_site(Site.objects.get(is_default_site=True))
    outcome.public_summary = "Wat deze bijeenkomst opleverde."
    outcome.public_summary_published = True
    outcome.save()

    def grow(count, taxa):
        """Adds `count` examples and events; the first ones' addresses."""
        first = {}
        for number in range(count):
            example = PracticeExamplePageFactory(
                parent=example_index,
                title=f"Voorbeeld {number}",
                themes=[taxa["ouders"]],
                regions=[taxa["utrecht"]],
            )
            event = EventPageFactory(
                parent=event_index,
                title=f"Bijeenkomst {number}",
                start_date=timezone.localdate() + datetime.timedelta(days=number + 1),
            )
            first.setdefault("example", example.url)
            first.setdefault("event", event.url)
        return first

    return grow


def addresses(first, session, group):
    return {
        "home": "/",
        "theme index": "/themas/",
        "theme": "/themas/ouderbetrokkenheid/",
        "example index": "/praktijkvoorbeelden/",
        "examples, two filters": "/praktijkvoorbeelden/?thema=ouderbetrokkenheid&regio=utrecht",
        "example": first["example"],
        "agenda": "/agenda/",
        "event": first["event"],
        "search": "/zoeken/?q=voorbeeld",
        "development groups": "/ontwikkelgroepen/",
        "development group": group.url,
        "session": session.url,
        "scan": "/scan/",
    }


def queries(client, url):
    """The queries of a warm request to `url` (after one that fills what is kept). Reading the
    session is left out: production keeps sessions in Redis (cached_db), the tests in the
    database."""
    assert client.get(url).status_code == 200, url
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
        found = [query for query in captured if '"django_session"' not in query["sql"]]
    assert response.status_code == 200, url
    return len(found)


def counts(client, urls):
    return {name: queries(client, url) for name, url in urls.items()}


def test_every_public_page_type_takes_at_most_12_queries_at_any_size(
    client, site, taxa, session, group
):
    urls = addresses(site(3, taxa), session, group)
    few = counts(client, urls)
    assert max(few.values()) <= MAX_QUERIES, few
    site(27, taxa)
    many = counts(client, urls)
    assert many == few


def test_a_members_pages_take_at_most_12_queries(client, site, taxa, member, session, group):
    site(3, taxa)
    client.force_login(member)
    urls = {"home": "/", "group": group.url, "session": session.url, "account": "/account/"}
    found = counts(client, urls)
    assert max(found.values()) <= MAX_QUERIES, found
    assert "Wat deze bijeenkomst opleverde." in client.get(session.url).content.decode()
