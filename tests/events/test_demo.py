"""The demo agenda: the two seed events, a dozen upcoming events in every registration state,
registrations within capacity, and the agenda in English.

Loading the demo takes a while, so it is loaded once for this module (`demo`) and each test
checks one part of it.
"""

import datetime

import pytest

from django.db.models import Count, F, Q
from django.utils import timezone

from wagtail.models import Locale

import events.demo
import home.demo
import taxonomy.demo
from demo.management.commands.load_demo import demo_modules
from demo.utils import DemoContext, deferred_indexing, school_date
from events.models import EventIndexPage, EventPage, Registration
from tests.support import built_once

PROGRAMME_TIMES = ["12:30", "13:00", "13:10", "14:10", "14:25", "15:15", "16:00", "16:15"]


def load():
    # Only the demo modules the agenda builds on; without the examples' demo the related
    # examples are left out, which is part of what this checks.
    context = DemoContext.create()
    with deferred_indexing():  # as load_demo does
        for module in (home.demo, taxonomy.demo, events.demo):
            module.load(context)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    yield from built_once(django_db_blocker, load)


def locales():
    return Locale.objects.get(language_code="nl"), Locale.objects.get(language_code="en")


def dutch_events():
    nl, _en = locales()
    return EventPage.objects.live().filter(locale=nl)


def action_week():
    return dutch_events().get(slug="landelijke-actieweek-thuiszitters-2019")


def knowledge_afternoon():
    index = EventIndexPage.objects.get(locale=locales()[0])
    return dutch_events().child_of(index).get(slug="kennisdelingsbijeenkomst-onderwijs-en-jeugd")


def test_the_agenda_demo_comes_after_the_examples_demo():
    names = [module.__name__ for module in demo_modules()]
    assert names.index("events.demo") > names.index("practice_examples.demo")


def test_the_agenda_in_the_menu_in_dutch_and_english(demo, db):
    nl, en = locales()
    index = EventIndexPage.objects.get(locale=nl)
    assert (index.url, index.live, index.show_in_menus) == ("/agenda/", True, True)
    assert index.get_translation(en).url == "/en/events/"
    # The seed's development group and its sessions come from development_groups.demo.
    assert not dutch_events().filter(kind=EventPage.Kind.SESSION).exists()


def test_the_2019_action_week_has_activities_in_every_province(demo, db):
    week = action_week()
    assert week.kind == EventPage.Kind.ACTION_WEEK and week.all_day
    assert (week.start_date, week.end_date) == (
        datetime.date(2019, 6, 3),
        datetime.date(2019, 6, 7),
    )
    assert set(week.audiences.values_list("name", flat=True)) == {
        "Bestuurders",
        "Leraren",
        "Schoolleiders",
        "Overig",
    }
    activities = dutch_events().child_of(week)
    assert activities.count() >= 12
    assert set(activities.values_list("kind", flat=True)) == {EventPage.Kind.ACTIVITY}
    assert activities.values("region").distinct().count() == 12
    assert activities.filter(start_date=datetime.date(2019, 6, 3)).filter(
        title__icontains="Jongeren in woord en beeld"
    )


def test_the_knowledge_afternoon_of_6_june_2019_has_its_timed_programme(demo, db, client):
    afternoon = knowledge_afternoon()
    assert afternoon.start_date == datetime.date(2019, 6, 6) and afternoon.city == "Utrecht"
    items = list(afternoon.programme_items.order_by("sort_order"))
    assert [item.time.strftime("%H:%M") for item in items] == PROGRAMME_TIMES
    assert set(afternoon.themes.values_list("slug", flat=True)) >= {
        "budgetten-combineren",
        "thuiszitterspact",
    }
    # Over: neither registration nor a calendar entry is offered, not even in its text.
    html = client.get(afternoon.url).content.decode()
    assert "aanmelden kan" not in html.lower() and "Zet in uw agenda" not in html
    assert "Deze bijeenkomst heeft al plaatsgevonden." in html


def test_a_dozen_upcoming_events_on_school_days_in_every_registration_state(demo, db):
    # A dozen upcoming events (one on the first school day from today), in every registration
    # state, and all on school days.
    now = timezone.now()
    upcoming = dutch_events().filter(ends_at__gt=now)
    assert upcoming.exclude(kind=EventPage.Kind.ACTIVITY).count() >= 12
    assert upcoming.filter(start_date=school_date(timezone.localdate())).exists()
    for event in upcoming:
        assert school_date(event.start_date) == event.start_date, event
        assert school_date(event.end_date or event.start_date) == (
            event.end_date or event.start_date
        )
    assert upcoming.filter(end_date__gt=F("start_date")).exists()  # a multi-day event
    assert upcoming.filter(location_kind=EventPage.LocationKind.ONLINE).exists()
    assert upcoming.filter(location_kind=EventPage.LocationKind.TO_FOLLOW).exists()
    assert upcoming.filter(status=EventPage.Status.POSTPONED).exclude(status_reason="").exists()
    assert upcoming.filter(is_free=False, cost__gt=0).exclude(cost_note="").exists()
    states = {event.registration_state() for event in upcoming}
    over_or_cancelled = {EventPage.RegistrationState.PAST, EventPage.RegistrationState.CANCELLED}
    assert states >= set(EventPage.RegistrationState.values) - over_or_cancelled
    closed = [e for e in upcoming if e.registration_state() == EventPage.RegistrationState.CLOSED]
    assert any(e.registration_closed for e in closed)  # closed by the editor
    assert any(e.registration_deadline and e.registration_deadline < now for e in closed)


def test_registrations_on_dutch_pages_within_capacity_with_a_waiting_list(demo, db):
    _nl, en = locales()
    # Registrations: on Dutch pages only, never beyond capacity, a waiting list somewhere.
    assert not Registration.objects.filter(event__locale=en).exists()
    assert Registration.objects.filter(status=Registration.Status.WAITING).exists()
    assert Registration.objects.exclude(email__endswith="@example.nl").count() == 0
    counted = (
        dutch_events()
        .exclude(capacity=None)
        .annotate(confirmed=Count("registrations", filter=Q(registrations__status="confirmed")))
    )
    assert all(event.confirmed <= event.capacity for event in counted)
    assert all(
        not event.registrations.filter(status=Registration.Status.WAITING).exists()
        or event.confirmed == event.capacity
        for event in counted
    )


def test_some_events_in_english_under_en_events(demo, db):
    nl, en = locales()
    english = EventPage.objects.live().filter(locale=en)
    assert 3 <= english.count() <= 4
    for event in english:
        assert event.url.startswith("/en/events/")
        assert event.title != event.get_translation(nl).title


def test_the_agenda_and_the_seeds_render(demo, db, client):
    # The pages render: the agenda in both languages, upcoming and past, and the seeds.
    for url in ["/agenda/", "/en/events/", "/agenda/?periode=verleden", action_week().url]:
        assert client.get(url).status_code == 200, url
    assert client.get(knowledge_afternoon().url).status_code == 200
