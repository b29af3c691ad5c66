"""The demo agenda: the two seed events, a dozen upcoming events in every registration state,
registrations within capacity, and the agenda in English.

Loading the demo takes a while, so one test loads it once and checks everything.
"""

import datetime

from django.db.models import Count, F, Q
from django.utils import timezone

from wagtail.models import Locale

import events.demo
import home.demo
import taxonomy.demo
from demo.management.commands.load_demo import demo_modules
from demo.utils import DemoContext, deferred_indexing, school_date
from events.models import EventIndexPage, EventPage, Registration

PROGRAMME_TIMES = ["12:30", "13:00", "13:10", "14:10", "14:25", "15:15", "16:00", "16:15"]


def test_demo_agenda_has_the_seeds_upcoming_events_and_every_registration_state(db, client):
    names = [module.__name__ for module in demo_modules()]
    assert names.index("events.demo") > names.index("practice_examples.demo")
    # Only the demo modules the agenda builds on; without the examples' demo the related
    # examples are left out, which is part of what this checks.
    context = DemoContext.create()
    with deferred_indexing():  # as load_demo does
        for module in (home.demo, taxonomy.demo, events.demo):
            module.load(context)
    nl, en = Locale.objects.get(language_code="nl"), Locale.objects.get(language_code="en")

    index = EventIndexPage.objects.get(locale=nl)
    assert (index.url, index.live, index.show_in_menus) == ("/agenda/", True, True)
    assert index.get_translation(en).url == "/en/events/"
    pages = EventPage.objects.live().filter(locale=nl)

    # The seed's development group and its sessions come from development_groups.demo.
    assert not pages.filter(kind=EventPage.Kind.SESSION).exists()

    # The 2019 action week with its regional activities, in every province.
    week = pages.get(slug="landelijke-actieweek-thuiszitters-2019")
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
    activities = pages.child_of(week)
    assert activities.count() >= 12
    assert set(activities.values_list("kind", flat=True)) == {EventPage.Kind.ACTIVITY}
    assert activities.values("region").distinct().count() == 12
    assert activities.filter(start_date=datetime.date(2019, 6, 3)).filter(
        title__icontains="Jongeren in woord en beeld"
    )

    # The knowledge afternoon of 6 June 2019 with its timed programme.
    afternoon = pages.child_of(index).get(slug="kennisdelingsbijeenkomst-onderwijs-en-jeugd")
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

    # A dozen upcoming events (one on the first school day from today), in every registration
    # state, and all on school days.
    now = timezone.now()
    upcoming = pages.filter(ends_at__gt=now)
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

    # Registrations: on Dutch pages only, never beyond capacity, a waiting list somewhere.
    assert not Registration.objects.filter(event__locale=en).exists()
    assert Registration.objects.filter(status=Registration.Status.WAITING).exists()
    assert Registration.objects.exclude(email__endswith="@example.nl").count() == 0
    counted = pages.exclude(capacity=None).annotate(
        confirmed=Count("registrations", filter=Q(registrations__status="confirmed"))
    )
    assert all(event.confirmed <= event.capacity for event in counted)
    assert all(
        not event.registrations.filter(status=Registration.Status.WAITING).exists()
        or event.confirmed == event.capacity
        for event in counted
    )

    # Some events in English too, under /en/events/.
    english = EventPage.objects.live().filter(locale=en)
    assert 3 <= english.count() <= 4
    for event in english:
        assert event.url.startswith("/en/events/")
        assert event.title != event.get_translation(nl).title

    # The pages render: the agenda in both languages, upcoming and past, and the seeds.
    for url in ["/agenda/", "/en/events/", "/agenda/?periode=verleden", week.url]:
        assert client.get(url).status_code == 200, url
    assert client.get(afternoon.url).status_code == 200
