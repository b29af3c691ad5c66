"""`manage.py bench_seed_events`: generated events for the benchmark, consistent with edited ones,
and an agenda whose number of queries does not grow with the number of events."""

from io import StringIO

import pytest

from django.core.management import call_command
from django.db import connection, reset_queries
from django.db.models import Count, Q
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Page

from core.derived_cache import content_version
from events.models import EventIndexPage, EventPage, Registration
from taxonomy.factories import AudienceFactory, OrganisationFactory

AGENDA = "/agenda/"


@pytest.fixture
def vocabularies(home_page, taxa):
    OrganisationFactory(name="Samenwerkingsverband VO Utrecht", region=taxa["utrecht"])
    AudienceFactory(name="Leraren", slug="leraren")
    return taxa


def seed(events):
    out = StringIO()
    call_command("bench_seed_events", events=events, stdout=out)
    return out.getvalue()


def test_seeds_live_events_past_and_upcoming_with_registrations_within_capacity(
    vocabularies, client
):
    assert "60 generated events" in seed(60)

    events = EventPage.objects.live()
    assert events.count() == 60
    assert all(slug.startswith("bench-") for slug in events.values_list("slug", flat=True))
    assert all(not problems for problems in Page.find_problems())  # a consistent page tree
    assert EventIndexPage.objects.get().get_children().count() == 60
    assert events.filter(themes__isnull=False).distinct().count() == 60
    assert events.filter(audiences__isnull=False).distinct().count() == 60
    now = timezone.now()
    assert events.filter(ends_at__gt=now).exists() and events.filter(ends_at__lte=now).exists()
    for event in events:  # the derived times agree with the typed ones
        assert (event.starts_at, event.ends_at) == event.compute_times()

    assert Registration.objects.exists()
    counted = events.exclude(capacity=None).annotate(
        confirmed=Count("registrations", filter=Q(registrations__status="confirmed"))
    )
    assert all(event.confirmed <= event.capacity for event in counted)

    assert client.get(AGENDA).status_code == 200
    assert client.get(AGENDA, {"periode": "verleden"}).status_code == 200
    assert client.get(events.first().url).status_code == 200


def test_seeding_again_replaces_the_generated_events(vocabularies):
    seed(30)
    version = content_version()
    assert "30 earlier ones deleted" in seed(12)
    assert content_version() != version  # no cached listing shows the deleted events
    assert EventPage.objects.count() == 12
    assert EventIndexPage.objects.get().get_children().count() == 12
    assert all(not problems for problems in Page.find_problems())


@pytest.mark.parametrize(
    "params",
    [{}, {"thema": "ouderbetrokkenheid"}, {"periode": "verleden"}],
)
def test_agenda_queries_do_not_grow_with_the_events(
    vocabularies, client, params, django_assert_max_num_queries
):
    seed(10)
    client.get(AGENDA, params)  # warm: locale and site look-ups
    reset_queries()  # the capture counts from the log's length, which a request resets
    with CaptureQueriesContext(connection) as queries:
        assert client.get(AGENDA, params).status_code == 200
    at_10 = len(queries)
    seed(40)
    client.get(AGENDA, params)
    reset_queries()
    with django_assert_max_num_queries(at_10):
        assert client.get(AGENDA, params).status_code == 200
