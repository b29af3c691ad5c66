"""Many people registering for the last places at the same moment, on PostgreSQL: the event row
lock makes them queue, so exactly `capacity` get a place, the rest wait, and nobody is lost.

SQLite has no row locks (it serialises whole-database writes and answers "database is locked"
to concurrent writers), so these tests run on PostgreSQL only.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from django.db import connection, connections

from events.factories import EventPageFactory
from events.models import EventPage, Registration
from events.registration import Outcome, register

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL row locks (select_for_update): set DATABASE_URL to a PostgreSQL "
        "database to run it",
    ),
]

THREADS = 30
CAPACITY = 10


def data(number):
    return {
        "name": f"Deelnemer {number}",
        "email": f"deelnemer{number}@example.nl",
        "consent": True,
    }


def all_at_once(count, work):
    """Run work(i) for i in range(count) in `count` threads that start together; each thread
    closes its own database connection. Returns the results, or raises the first error."""
    barrier = threading.Barrier(count)

    def run(number):
        try:
            barrier.wait(timeout=30)
            return work(number)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=count) as pool:
        return [future.result() for future in [pool.submit(run, n) for n in range(count)]]


@pytest.fixture
def event(event_index):
    return EventPageFactory(
        parent=event_index, registration_mode=EventPage.RegistrationMode.SITE, capacity=CAPACITY
    )


def test_exactly_capacity_confirmed_the_rest_waiting(event):
    results = all_at_once(THREADS, lambda n: register(event, data(n), "nl"))

    outcomes = [outcome for _registration, outcome in results]
    assert outcomes.count(Outcome.CONFIRMED) == CAPACITY
    assert outcomes.count(Outcome.WAITING) == THREADS - CAPACITY
    registrations = Registration.objects.filter(event=event)
    assert registrations.count() == THREADS  # none lost
    assert registrations.filter(status=Registration.Status.CONFIRMED).count() == CAPACITY
    assert registrations.filter(status=Registration.Status.WAITING).count() == THREADS - CAPACITY


def test_the_same_address_at_once_is_one_registration(event):
    results = all_at_once(8, lambda n: register(event, data(0), "nl"))

    assert Registration.objects.filter(event=event).count() == 1
    outcomes = sorted(outcome for _registration, outcome in results)
    assert outcomes == [Outcome.ALREADY_REGISTERED] * 7 + [Outcome.CONFIRMED]
    assert len({registration.pk for registration, _outcome in results}) == 1
