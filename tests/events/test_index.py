"""The agenda at /agenda/: upcoming and past events, filters, cards, pages, constant queries."""

import datetime
import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import PageViewRestriction

from events.factories import EventPageFactory, RegistrationFactory
from events.models import EventPage, Registration
from events.views import PER_PAGE
from tests.support import translate_page

URL = "/agenda/"
# No real dates (year 0, after December 9999), or not only a month.
ODD_MONTHS = ["0000-01", "9999-12", "2026-01\n", "\u0662\u0660\u0662\u0666-01"]
Kind = EventPage.Kind
today = datetime.date.today


def days(n):
    return today() + datetime.timedelta(days=n)


def agenda(client, url=URL, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


def titles(body):
    grid = body.split('<ul class="card-grid card-grid--events">')
    if len(grid) == 1:
        return []
    return re.findall(r'<h3 class="card__title">\s*<a href="[^"]+">([^<]+)</a>', grid[1])


def card(body, title):
    """The HTML of the card with this title."""
    for part in body.split('<article class="card event-card')[1:]:
        if f">{title}</a>" in part:
            return part.split("</article>")[0]
    raise AssertionError(f"no card {title!r}")


@pytest.fixture
def agenda_events(event_index, taxa):
    make = EventPageFactory
    return {
        "later": make(
            parent=event_index, title="Later", start_date=days(40), themes=[taxa["ouders"]]
        ),
        "soon": make(
            parent=event_index,
            title="Binnenkort",
            start_date=days(3),
            audiences=[taxa["ouders-doelgroep"]],
            region=taxa["utrecht"],
        ),
        "today": make(
            parent=event_index, title="Vandaag", start_date=today(), start_time=None, end_time=None
        ),
        "webinar": make(
            parent=event_index,
            title="Webinar",
            kind=Kind.WEBINAR,
            start_date=days(10),
            location_kind=EventPage.LocationKind.ONLINE,
            themes=[taxa["terugkeer"]],
        ),
        "past": make(parent=event_index, title="Vorig jaar", start_date=days(-300)),
        "recent": make(
            parent=event_index, title="Vorige week", start_date=days(-7), themes=[taxa["ouders"]]
        ),
    }


class TestPeriods:
    def test_upcoming_events_soonest_first_with_todays_events(self, client, agenda_events):
        assert titles(agenda(client)) == ["Vandaag", "Binnenkort", "Webinar", "Later"]

    def test_an_event_that_ended_an_hour_ago_is_past(self, client, event_index):
        now = timezone.localtime()
        start, end = now - datetime.timedelta(hours=2), now - datetime.timedelta(hours=1)
        EventPageFactory(
            parent=event_index,
            title="Ochtend",
            start_date=start.date(),
            start_time=start.time(),
            end_date=end.date(),  # the day before when it is just after midnight
            end_time=end.time(),
        )
        assert titles(agenda(client)) == []
        assert titles(agenda(client, periode="verleden")) == ["Ochtend"]

    def test_past_events_most_recent_first(self, client, agenda_events):
        assert titles(agenda(client, periode="verleden")) == ["Vorige week", "Vorig jaar"]

    def test_unknown_period_means_upcoming(self, client, agenda_events):
        assert titles(agenda(client, periode="morgen")) == titles(agenda(client))

    def test_period_links_mark_the_current_one(self, client, agenda_events):
        body = agenda(client, periode="verleden")
        assert re.search(r'href="/agenda/\?periode=verleden"\s+aria-current="page"', body)


class TestFilters:
    @pytest.mark.parametrize(
        ("params", "expected"),
        [
            ({"thema": "ouderbetrokkenheid"}, ["Later"]),
            ({"doelgroep": "ouders"}, ["Binnenkort"]),
            ({"soort": "webinar"}, ["Webinar"]),
            ({"regio": "utrecht"}, ["Binnenkort"]),
            ({"thema": "ouderbetrokkenheid", "periode": "verleden"}, ["Vorige week"]),
        ],
    )
    def test_each_filter(self, client, agenda_events, params, expected):
        assert titles(agenda(client, **params)) == expected

    def test_filters_narrow_each_other(self, client, agenda_events):
        assert titles(agenda(client, thema="ouderbetrokkenheid", soort="webinar")) == []

    def test_month_includes_events_running_into_it(self, client, event_index):
        start = days(60).replace(day=28)
        following = (start + datetime.timedelta(days=7)).replace(day=1)
        EventPageFactory(
            parent=event_index,
            title="Over de maandgrens",
            start_date=start,
            end_date=following + datetime.timedelta(days=1),
            start_time=None,
            end_time=None,
        )
        EventPageFactory(parent=event_index, title="Elders", start_date=days(200))
        month = following.strftime("%Y-%m")
        assert titles(agenda(client, maand=month)) == ["Over de maandgrens"]
        body = agenda(client)
        assert f'<option value="{start.strftime("%Y-%m")}"' in body
        # The choice of no month is plural in Dutch (its width: tests/browser/test_agenda.py).
        assert '<option value="">Alle maanden</option>' in body

    def test_unknown_values_are_ignored(self, client, agenda_events):
        everything = titles(agenda(client))
        params = {"thema": "bestaat-niet", "soort": "<script>", "maand": "2026-13"}
        assert titles(agenda(client, **params)) == everything

    @pytest.mark.parametrize("month", ODD_MONTHS)
    def test_a_month_without_real_dates_is_ignored(self, client, agenda_events, month):
        """Found by the fuzz test: year 0 and 9999-12 were a server error."""
        everything = titles(agenda(client))
        assert titles(agenda(client, maand=month)) == everything

    def test_a_tag_with_a_nul_finds_nothing(self, client, agenda_events):
        """PostgreSQL refuses a NUL in a query; the tag is read without it (fuzz test)."""
        assert titles(agenda(client, tag="\x00")) == titles(agenda(client))
        assert titles(agenda(client, tag="verzuim\x00")) == []

    def test_tag(self, client, agenda_events):
        event = agenda_events["webinar"]
        event.tags.add("verzuim")
        event.save()
        body = agenda(client, tag="verzuim")
        assert titles(body) == ["Webinar"]
        assert 'name="tag" value="verzuim"' in body

    def test_activities_only_when_asked_for(self, client, event_index, taxa):
        week = EventPageFactory(
            parent=event_index,
            title="Actieweek",
            kind=Kind.ACTION_WEEK,
            start_date=days(20),
            end_date=days(24),
            start_time=None,
            end_time=None,
        )
        EventPageFactory(
            parent=week,
            title="Regionale activiteit",
            kind=Kind.ACTIVITY,
            start_date=days(21),
            region=taxa["limburg"],
        )
        assert titles(agenda(client)) == ["Actieweek"]
        assert titles(agenda(client, soort="activity")) == ["Regionale activiteit"]
        assert titles(agenda(client, regio="limburg")) == ["Regionale activiteit"]

    def test_empty_state_offers_to_clear_the_filters(self, client, agenda_events):
        body = agenda(client, soort="conference", periode="verleden")
        assert titles(body) == []
        assert 'class="notice agenda-empty"' in body
        assert 'href="/agenda/?periode=verleden"' in body

    def test_filter_form_is_a_get_form_for_live_updates(self, client, agenda_events):
        body = agenda(client)
        assert re.search(r'<form class="agenda-finder"\s+method="get"\s+action="/agenda/"', body)
        assert 'data-live-filter="agenda-filters agenda-results agenda-follow"' in body
        assert 'id="agenda-filters"' in body and 'id="agenda-results"' in body


class TestVisibility:
    def test_only_live_public_events(self, client, agenda_events):
        draft = EventPageFactory(parent=agenda_events["later"].get_parent(), title="Concept")
        draft.unpublish()
        private = agenda_events["soon"]
        PageViewRestriction.objects.create(page=private, restriction_type="login")
        body = agenda(client)
        assert "Concept" not in titles(body)
        assert "Binnenkort" not in titles(body)

    def test_each_language_its_own_events(self, client, event_index, home_page_en, locale_en):
        event = EventPageFactory(parent=event_index, title="Bijeenkomst in het Nederlands")
        translate_page(event_index, locale_en, title="Events", slug="events")
        translate_page(event, locale_en, title="Meeting in English")
        assert titles(agenda(client)) == ["Bijeenkomst in het Nederlands"]
        assert titles(agenda(client, "/en/events/")) == ["Meeting in English"]

    def test_cancelled_and_postponed_events_stay_visible(self, client, event_index):
        EventPageFactory(
            parent=event_index,
            title="Afgelast",
            status=EventPage.Status.CANCELLED,
            status_reason="Corona",
        )
        EventPageFactory(
            parent=event_index,
            title="Uitgesteld",
            status=EventPage.Status.POSTPONED,
            status_reason="Zaal niet beschikbaar",
        )
        body = agenda(client)
        assert "badge--error" in card(body, "Afgelast")
        assert "event-card--cancelled" in body
        assert "badge--warning" in card(body, "Uitgesteld")


class TestCards:
    def test_date_place_and_kind(self, client, agenda_events):
        body = agenda(client)
        webinar = card(body, "Webinar")
        event = agenda_events["webinar"]
        assert f'datetime="{timezone.localtime(event.starts_at).isoformat()}"' in webinar
        assert event.get_kind_display() in webinar
        assert "Vergadercentrum De Observant, Utrecht" in card(body, "Later")

    @pytest.mark.parametrize(
        ("fields", "confirmed", "state"),
        [
            ({"registration_mode": "site", "capacity": 20}, 3, "open"),
            ({"registration_mode": "site", "capacity": 8}, 5, "few_left"),
            ({"registration_mode": "site", "capacity": 2}, 2, "waiting_list"),
            (
                {"registration_mode": "site", "capacity": 20, "registration_closed": True},
                0,
                "closed",
            ),
            (
                {"registration_mode": "external", "registration_url": "https://example.org/"},
                0,
                "external",
            ),
        ],
    )
    def test_registration_state(self, client, event_index, fields, confirmed, state):
        event = EventPageFactory(parent=event_index, title="Met aanmelding", **fields)
        for _ in range(confirmed):
            RegistrationFactory(event=event)
        RegistrationFactory(event=event, status=Registration.Status.CANCELLED)
        html = card(agenda(client), "Met aanmelding")
        assert f"event-card__registration--{state}" in html

    def test_no_registration_state_for_cancelled_or_past_events(self, client, event_index):
        EventPageFactory(
            parent=event_index,
            title="Afgelast",
            status=EventPage.Status.CANCELLED,
            status_reason="Corona",
            registration_mode="site",
        )
        EventPageFactory(
            parent=event_index, title="Voorbij", start_date=days(-3), registration_mode="site"
        )
        assert "event-card__registration" not in card(agenda(client), "Afgelast")
        body = agenda(client, periode="verleden")
        assert "event-card__registration" not in card(body, "Voorbij")

    def test_translation_counts_the_registrations_of_the_dutch_event(
        self, client, event_index, home_page_en, locale_en
    ):
        event = EventPageFactory(
            parent=event_index, title="Vol", registration_mode="site", capacity=2
        )
        RegistrationFactory.create_batch(2, event=event)
        translate_page(event_index, locale_en, title="Events", slug="events")
        translate_page(event, locale_en, title="Full")
        html = card(agenda(client, "/en/events/"), "Full")
        assert "event-card__registration--waiting_list" in html


class TestPagesAndQueries:
    def test_pages(self, client, event_index):
        for n in range(PER_PAGE + 2):
            EventPageFactory(
                parent=event_index, title=f"Bijeenkomst {n:02d}", start_date=days(n + 1)
            )
        first = agenda(client)
        assert len(titles(first)) == PER_PAGE
        assert 'rel="next"' in first
        second = agenda(client, page=2)
        assert titles(second) == ["Bijeenkomst 12", "Bijeenkomst 13"]
        assert len(titles(agenda(client, page=99))) == 2  # past the end: the last page

    def test_constant_queries(self, client, event_index, taxa, django_assert_max_num_queries):
        def add(count):
            for n in range(count):
                event = EventPageFactory(
                    parent=event_index,
                    start_date=days(n + 1),
                    themes=[taxa["ouders"]],
                    audiences=[taxa["ouders-doelgroep"]],
                    registration_mode="site",
                    capacity=10,
                )
                event.tags.add("verzuim")
                event.save()
                RegistrationFactory(event=event)

        add(3)
        agenda(client)  # warm the caches of the site and its settings
        with CaptureQueriesContext(connection) as few:
            assert len(titles(agenda(client))) == 3
        limit = len(few)  # now: the next request empties the query log
        add(27)
        agenda(client)  # the caches again, emptied by the new events
        with django_assert_max_num_queries(limit):
            assert len(titles(agenda(client))) == PER_PAGE
        with django_assert_max_num_queries(limit):
            agenda(client, thema="ouderbetrokkenheid", maand=days(5).strftime("%Y-%m"))
