"""iCalendar: one .ics per event, the agenda's subscribable feed, and `event_ics()` for e-mails.

Every test parses the calendar back with the icalendar library, as a calendar app would.
"""

import datetime
import zoneinfo

import icalendar
import pytest

from django.utils.translation import gettext

from wagtail.models import PageViewRestriction

from core.links import page_url
from events.factories import EventPageFactory
from events.ical import event_ics
from events.models import EventPage
from tests.support import MONDAY, future_date, translate_page

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
TODAY = datetime.date.today


def in_days(days):
    return TODAY() + datetime.timedelta(days=days)


def parse(content):
    if isinstance(content, bytes):
        content = content.decode()
    return icalendar.Calendar.from_ical(content)


def vevents(calendar):
    return calendar.walk("VEVENT")


def by_summary(calendar):
    return {str(vevent["SUMMARY"]): vevent for vevent in vevents(calendar)}


def ical_url(page):
    return page.url + "ical/"


@pytest.fixture
def event(event_index, taxa):
    event = EventPageFactory(
        parent=event_index,
        title="Kennisdelingsbijeenkomst onderwijs – jeugd",
        slug="kennisdeling",
        intro="Een middag over samenwerking tussen onderwijs en jeugdhulp.",
        start_date=in_days(20),
        start_time=datetime.time(12, 30),
        end_time=datetime.time(16, 15),
        themes=[taxa["ouders"], taxa["terugkeer"]],
        online_url="https://meet.example/geheim",
    )
    event.save_revision().publish()
    event.refresh_from_db()
    return event


# One event ----------------------------------------------------------------------------------


def test_event_ics_is_a_calendar_with_one_event_and_its_time_zone(event, rf):
    calendar = parse(event_ics(event, rf.get("/")))

    assert calendar["VERSION"] == "2.0"
    assert "Kennisbank" in str(calendar["PRODID"])
    assert calendar["METHOD"] == "PUBLISH"
    [timezone] = calendar.walk("VTIMEZONE")
    assert timezone["TZID"] == "Europe/Amsterdam"
    assert len(vevents(calendar)) == 1


def test_every_property_of_an_event(client, event):
    response = client.get(ical_url(event))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="kennisdeling.ics"'
    [vevent] = vevents(parse(response.content))
    assert vevent["UID"] == f"{event.translation_key}@testserver"
    assert vevent["DTSTAMP"].dt.tzinfo is not None
    assert vevent["LAST-MODIFIED"].dt == event.last_published_at.replace(microsecond=0)
    assert vevent["SEQUENCE"] == event.sequence == 1
    start, end = vevent["DTSTART"], vevent["DTEND"]
    assert start.params["TZID"] == "Europe/Amsterdam"
    assert end.params["TZID"] == "Europe/Amsterdam"
    assert start.dt == datetime.datetime.combine(in_days(20), datetime.time(12, 30), AMSTERDAM)
    assert end.dt == datetime.datetime.combine(in_days(20), datetime.time(16, 15), AMSTERDAM)
    assert start.dt == event.starts_at
    assert vevent["SUMMARY"] == "Kennisdelingsbijeenkomst onderwijs – jeugd"
    assert vevent["DESCRIPTION"] == event.intro
    assert vevent["LOCATION"] == "Vergadercentrum De Observant, Stationsplein 5, Utrecht"
    assert vevent["URL"] == page_url(event)
    assert vevent["URL"].endswith("/agenda/kennisdeling/")
    assert vevent["STATUS"] == "CONFIRMED"
    assert sorted(vevent.categories) == ["Ouderbetrokkenheid", "Terug naar onderwijs"]
    assert b"meet.example" not in response.content


def test_a_cancelled_event_stays_with_status_cancelled_and_its_reason(client, event):
    event.status = EventPage.Status.CANCELLED
    event.status_reason = "Vanwege corona gaat de bijeenkomst niet door."
    event.save_revision().publish()

    [vevent] = vevents(parse(client.get(ical_url(event)).content))

    assert vevent["STATUS"] == "CANCELLED"
    assert "Vanwege corona" in vevent["DESCRIPTION"]
    assert vevent["UID"] == f"{event.translation_key}@testserver"


def test_a_postponed_event_is_tentative(client, event):
    event.status = EventPage.Status.POSTPONED
    event.status_reason = "Nieuwe datum volgt."
    event.save_revision().publish()

    [vevent] = vevents(parse(client.get(ical_url(event)).content))

    assert vevent["STATUS"] == "TENTATIVE"


def test_an_all_day_multi_day_event_has_dates_and_ends_the_day_after(client, event_index):
    monday = future_date(6, MONDAY)
    week = EventPageFactory(
        parent=event_index,
        slug="actieweek",
        kind=EventPage.Kind.ACTION_WEEK,
        start_date=monday,
        end_date=monday + datetime.timedelta(days=4),
        start_time=None,
        end_time=None,
    )

    [vevent] = vevents(parse(client.get(ical_url(week)).content))

    assert vevent["DTSTART"].dt == monday
    assert vevent["DTEND"].dt == monday + datetime.timedelta(days=5)  # Saturday
    assert not isinstance(vevent["DTSTART"].dt, datetime.datetime)
    assert vevent["DTSTART"].params.get("VALUE") == "DATE"
    assert "TZID" not in vevent["DTSTART"].params


def test_a_multi_day_event_with_times_ends_on_its_last_day(client, event_index):
    event = EventPageFactory(
        parent=event_index,
        start_date=in_days(5),
        end_date=in_days(6),
        start_time=datetime.time(10),
        end_time=datetime.time(15),
    )
    [vevent] = vevents(parse(client.get(ical_url(event)).content))
    assert vevent["DTEND"].dt == datetime.datetime.combine(in_days(6), datetime.time(15), AMSTERDAM)


def test_an_event_with_only_a_start_time_has_no_end(client, event_index):
    event = EventPageFactory(parent=event_index, end_time=None)
    [vevent] = vevents(parse(client.get(ical_url(event)).content))
    assert "DTEND" not in vevent
    assert vevent["DTSTART"].params["TZID"] == "Europe/Amsterdam"


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (EventPage.LocationKind.ONLINE, "Online"),
        (EventPage.LocationKind.TO_FOLLOW, "Location to follow"),
    ],
)
def test_an_online_or_unknown_location_is_named_never_linked(client, event, kind, expected):
    event.location_kind = kind
    event.save_revision().publish()

    content = client.get(ical_url(event)).content
    [vevent] = vevents(parse(content))

    assert vevent["LOCATION"] == gettext(expected)  # in the active language, Dutch
    assert b"meet.example" not in content


def test_sequence_rises_when_the_event_is_published_again(client, event):
    first = vevents(parse(client.get(ical_url(event)).content))[0]
    event.title = "Kennisdeling (nieuwe zaal)"
    event.venue = "Jaarbeurs"
    event.save_revision().publish()
    second = vevents(parse(client.get(ical_url(event)).content))[0]

    assert second["SEQUENCE"] == first["SEQUENCE"] + 1
    assert second["UID"] == first["UID"]
    assert second["LAST-MODIFIED"].dt >= first["LAST-MODIFIED"].dt
    assert "Jaarbeurs" in second["LOCATION"]


def test_the_uid_is_the_same_in_every_language(client, event, locale_en):
    english = translate_page(event, locale_en, title="Knowledge-sharing meeting")

    response = client.get(ical_url(english))

    assert response.status_code == 200
    [vevent] = vevents(parse(response.content))
    assert vevent["UID"] == f"{event.translation_key}@testserver"
    assert vevent["SUMMARY"] == "Knowledge-sharing meeting"
    assert vevent["URL"] == page_url(english)
    assert vevent["URL"].endswith("/en/events/kennisdeling/")


def test_an_action_weeks_calendar_holds_its_published_activities(client, event_index):
    week = EventPageFactory(
        parent=event_index,
        slug="actieweek",
        kind=EventPage.Kind.ACTION_WEEK,
        start_date=in_days(10),
        end_date=in_days(14),
        start_time=None,
        end_time=None,
    )
    EventPageFactory(
        parent=week, kind=EventPage.Kind.ACTIVITY, title="Ouderavond", start_date=in_days(11)
    )
    draft = EventPageFactory(
        parent=week, kind=EventPage.Kind.ACTIVITY, title="Concept", start_date=in_days(12)
    )
    draft.unpublish()

    calendar = parse(client.get(ical_url(week)).content)

    assert set(by_summary(calendar)) == {week.title, "Ouderavond"}
    assert len({str(vevent["UID"]) for vevent in vevents(calendar)}) == 2


# The agenda's feed --------------------------------------------------------------------------


def test_the_agenda_feed_is_subscribable(client, event_index, event):
    response = client.get(event_index.url + "ical/")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "Content-Disposition" not in response
    calendar = parse(response.content)
    assert calendar["X-WR-CALNAME"] == event_index.title
    assert calendar["REFRESH-INTERVAL"].dt == datetime.timedelta(hours=6)
    assert calendar["X-PUBLISHED-TTL"] == "PT6H"
    assert calendar["METHOD"] == "PUBLISH"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    [vevent] = vevents(calendar)
    assert vevent["UID"] == f"{event.translation_key}@testserver"


def test_the_feed_holds_live_public_events_from_a_few_months_back(client, event_index, taxa):
    def make(title, days, **fields):
        return EventPageFactory(parent=event_index, title=title, start_date=in_days(days), **fields)

    make("Volgende maand", 30)
    make("Vorige maand", -30)
    make("Vandaag", 0)
    make("Lang geleden", -200)
    make("Concept", 10).unpublish()
    private = make("Besloten", 10)
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    cancelled = make("Afgelast", 15, status="cancelled", status_reason="Corona")
    week = make("Actieweek", 40, kind=EventPage.Kind.ACTION_WEEK, start_time=None, end_time=None)
    EventPageFactory(
        parent=week, kind=EventPage.Kind.ACTIVITY, title="Activiteit", start_date=in_days(40)
    )

    calendar = parse(client.get(event_index.url + "ical/").content)

    assert list(by_summary(calendar)) == [
        "Vorige maand",
        "Vandaag",
        "Afgelast",
        "Volgende maand",
        "Actieweek",
    ]
    assert by_summary(calendar)["Afgelast"]["STATUS"] == "CANCELLED"
    assert cancelled.pk


def test_the_feed_filters_by_theme(client, event_index, taxa):
    EventPageFactory(parent=event_index, title="Over ouders", themes=[taxa["ouders"]])
    EventPageFactory(parent=event_index, title="Over terugkeer", themes=[taxa["terugkeer"]])
    EventPageFactory(
        parent=event_index, title="Over beide", themes=[taxa["ouders"], taxa["terugkeer"]]
    )

    calendar = parse(client.get(event_index.url + "ical/?thema=ouderbetrokkenheid").content)

    assert sorted(by_summary(calendar)) == ["Over beide", "Over ouders"]
    assert "Ouderbetrokkenheid" in calendar["X-WR-CALNAME"]
    unknown = parse(client.get(event_index.url + "ical/?thema=bestaat-niet").content)
    assert vevents(unknown) == []


@pytest.mark.parametrize("theme", ["a\nb", "\x00", "ouder\x00betrokkenheid\r\n"])
def test_the_feed_takes_any_theme_parameter(client, event_index, theme):
    """A line break cannot stand in the calendar's name and PostgreSQL refuses a NUL (found by
    the fuzz test): both are dropped."""
    response = client.get(event_index.url + "ical/", {"thema": theme})
    assert response.status_code == 200
    name = parse(response.content)["X-WR-CALNAME"]
    assert "\n" not in name and "\x00" not in name


def test_the_feed_holds_the_events_of_its_own_language(client, event, event_index, locale_en):
    english = translate_page(event, locale_en, title="Knowledge-sharing meeting")
    EventPageFactory(parent=event_index, title="Alleen in het Nederlands")
    english_index = english.get_parent().specific

    dutch = parse(client.get(event_index.url + "ical/").content)
    english_feed = parse(client.get(english_index.url + "ical/").content)

    assert sorted(by_summary(dutch)) == ["Alleen in het Nederlands", event.title]
    assert list(by_summary(english_feed)) == ["Knowledge-sharing meeting"]


def test_the_feed_costs_the_same_queries_for_3_and_30_events(
    client, event_index, taxa, django_assert_max_num_queries
):
    def add(count):
        for n in range(count):
            EventPageFactory(parent=event_index, start_date=in_days(n + 1), themes=[taxa["ouders"]])

    add(3)
    url = event_index.url + "ical/"
    client.get(url)  # warm the site's caches
    with django_assert_max_num_queries(20) as few:
        response = client.get(url)
    baseline = len(few.captured_queries)
    assert len(vevents(parse(response.content))) == 3
    add(27)
    client.get(url)  # warm the caches that saving pages emptied
    with django_assert_max_num_queries(baseline):
        response = client.get(url)
    assert len(vevents(parse(response.content))) == 30
