"""Event template tags: dates and places in words, and upcoming events on other pages."""

import datetime
import re
from types import SimpleNamespace

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from events.cards import event_place, event_when
from events.factories import EventPageFactory
from events.models import EventPage
from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory
from tests.support import translate_page

today = datetime.date.today


def days(n):
    return today() + datetime.timedelta(days=n)


def when(**fields):
    values = {"start_time": None, "end_date": None, "end_time": None, **fields}
    event = SimpleNamespace(**values)
    event.last_date = event.end_date or event.start_date
    event.is_multi_day = event.last_date != event.start_date
    event.all_day = event.start_time is None
    with translation.override("nl"):
        return event_when(event)


class TestWhen:
    def test_one_day_with_times(self):
        text = when(
            start_date=datetime.date(2019, 6, 6),
            start_time=datetime.time(12, 30),
            end_time=datetime.time(16, 15),
        )
        assert text.startswith("donderdag 6 juni 2019, ")
        assert "12.30" in text and "16.15" in text

    def test_one_day_with_a_start_time_only(self):
        text = when(start_date=datetime.date(2019, 6, 6), start_time=datetime.time(13, 0))
        assert text.startswith("donderdag 6 juni 2019, ") and "13.00" in text

    def test_all_day(self):
        assert when(start_date=datetime.date(2020, 3, 25)) == "woensdag 25 maart 2020"

    def test_several_days_in_one_year(self):
        text = when(start_date=datetime.date(2019, 6, 3), end_date=datetime.date(2019, 6, 7))
        assert text == "maandag 3 juni – vrijdag 7 juni 2019"

    def test_several_days_across_the_new_year(self):
        text = when(start_date=datetime.date(2029, 12, 30), end_date=datetime.date(2030, 1, 2))
        assert text == "zondag 30 december 2029 – woensdag 2 januari 2030"

    def test_several_days_with_times(self):
        text = when(
            start_date=datetime.date(2019, 6, 3),
            end_date=datetime.date(2019, 6, 4),
            start_time=datetime.time(13, 0),
            end_time=datetime.time(12, 0),
        )
        assert text.startswith("maandag 3 juni, 13.00")
        assert "dinsdag 4 juni 2019, 12.00" in text


class TestPlace:
    def place(self, **fields):
        values = {"location_kind": "venue", "venue": "", "city": "", **fields}
        return event_place(SimpleNamespace(**values))

    def test_venue_and_city(self):
        assert self.place(venue="VO-raad", city="Utrecht") == "VO-raad, Utrecht"

    def test_to_follow(self):
        assert self.place(location_kind="to_follow") == translation.gettext("Location to follow")
        assert "Utrecht" in self.place(location_kind="to_follow", city="Utrecht")

    def test_online_never_shows_the_link(self):
        place = self.place(location_kind="online", online_url="https://meet.example.org/x")
        assert place == translation.gettext("Online")


def section_titles(body, heading_id):
    if f'id="{heading_id}"' not in body:
        return []
    section = body.split(f'id="{heading_id}"')[1].split("</section>")[0]
    return re.findall(r'<h3 class="card__title">\s*<a href="[^"]+">([^<]+)</a>', section)


@pytest.fixture
def themed_events(event_index, taxa):
    return [
        EventPageFactory(
            parent=event_index, title=f"Ouders {n}", start_date=days(n + 1), themes=[taxa["ouders"]]
        )
        for n in range(4)
    ] + [
        EventPageFactory(
            parent=event_index, title="Terugkeer", start_date=days(2), themes=[taxa["terugkeer"]]
        ),
        EventPageFactory(
            parent=event_index,
            title="Voorbij",
            start_date=days(-2),
            themes=[taxa["ouders"], taxa["terugkeer"]],
        ),
    ]


class TestUpcomingEvents:
    def test_home_page_shows_the_next_three_and_links_to_the_agenda(
        self, client, home_page, themed_events
    ):
        body = client.get("/").content.decode()
        assert section_titles(body, "home-agenda-heading") == ["Ouders 0", "Ouders 1", "Terugkeer"]
        section = body.split('id="home-agenda-heading"')[1].split("</section>")[0]
        assert 'href="/agenda/"' in section

    def test_home_page_without_events_shows_no_agenda(self, client, home_page, event_index):
        assert 'id="home-agenda-heading"' not in client.get("/").content.decode()

    def test_theme_page_shows_events_on_its_theme(self, client, theme_index, themed_events):
        body = client.get("/themas/terug-naar-onderwijs/").content.decode()
        assert section_titles(body, "agenda-heading") == ["Terugkeer"]
        assert 'href="/agenda/?thema=terug-naar-onderwijs"' in body

    def test_theme_page_without_events(self, client, theme_index, event_index, taxa):
        body = client.get("/themas/terug-naar-onderwijs/").content.decode()
        assert 'id="agenda-heading"' not in body

    def test_practice_example_shows_events_on_any_of_its_themes(
        self, client, home_page, themed_events, taxa
    ):
        index = PracticeExampleIndexPageFactory(parent=home_page)
        example = PracticeExamplePageFactory(
            parent=index, themes=[taxa["ouders"], taxa["terugkeer"]]
        )
        body = client.get(example.url).content.decode()
        assert section_titles(body, "agenda-heading") == ["Ouders 0", "Ouders 1", "Terugkeer"]

    def test_practice_example_without_themes_shows_no_events(
        self, client, home_page, themed_events
    ):
        index = PracticeExampleIndexPageFactory(parent=home_page)
        example = PracticeExamplePageFactory(parent=index)
        assert 'id="agenda-heading"' not in client.get(example.url).content.decode()

    def test_cancelled_events_are_shown_as_such(self, client, home_page, event_index):
        EventPageFactory(
            parent=event_index, status=EventPage.Status.CANCELLED, status_reason="Ziekte"
        )
        section = client.get("/").content.decode().split('id="home-agenda-heading"')[1]
        assert "badge--error" in section

    def test_english_home_page_shows_english_events(
        self, client, event_index, home_page_en, locale_en
    ):
        event = EventPageFactory(parent=event_index, title="Bijeenkomst")
        translate_page(event_index, locale_en, title="Events", slug="events")
        translate_page(event, locale_en, title="Meeting")
        body = client.get("/en/").content.decode()
        assert section_titles(body, "home-agenda-heading") == ["Meeting"]
        assert 'href="/en/events/"' in body

    def test_constant_queries(
        self, client, home_page, event_index, taxa, django_assert_max_num_queries
    ):
        EventPageFactory(
            parent=event_index, themes=[taxa["ouders"]], registration_mode="site", capacity=20
        )
        client.get("/")
        with CaptureQueriesContext(connection) as few:
            client.get("/")
        limit = len(few)  # now: the next request empties the query log
        for n in range(10):
            EventPageFactory(
                parent=event_index,
                start_date=days(n + 2),
                themes=[taxa["ouders"]],
                registration_mode="site",
                capacity=20,
            )
        client.get("/")  # the caches again, emptied by the new events
        with django_assert_max_num_queries(limit):
            client.get("/")
