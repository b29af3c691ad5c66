"""Many people registering for the last places at the same moment, on PostgreSQL: the event row
lock makes them queue, so exactly `capacity` get a place, the rest wait, and nobody is lost.
Every waiting list number is given once, the same in the mail, on the result page and in the
admin; ten clicks at once on a cancel link, or one address registering fifty times at once,
mail only for what really changed.

SQLite has no row locks (it serialises whole-database writes and answers "database is locked"
to concurrent writers), so these tests run on PostgreSQL only.
"""

import csv
import io
import re

import pytest

from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.urls import reverse

from events.factories import EventPageFactory, RegistrationFactory
from events.models import EventPage, Registration
from events.registration import Outcome, register, waiting_position
from events.wagtail_hooks import registration_viewset
from tests.support import all_at_once

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


# Through the site: the mail, the result page and the admin -----------------------------------

WAITING_NUMBER = re.compile(r"op de wachtlijst, op nummer (\d+)\.")
NUMBER_ON_PAGE = re.compile(r"U staat op nummer (\d+) van de wachtlijst\.")


def post_registration(event, number, email=None):
    """One visitor (their own client and address, so the rate limit is theirs) sends the form
    and reads the page after it: (address, waiting list number on that page or None). The page
    is read as the visitor reads it: the test client's captured context mixes up threads."""
    client = Client(REMOTE_ADDR=f"10.0.{number // 250}.{number % 250 + 1}")
    url = event.url + event.reverse_subpage("register")
    response = client.post(
        url,
        {"name": f"Deelnemer {number}", "email": email or f"deelnemer{number}@example.nl",
         "consent": "on", "website": ""},
    )  # fmt: skip
    assert response.status_code == 302, response.status_code
    result = client.get(response["Location"]).content.decode()
    found = NUMBER_ON_PAGE.search(result)
    return (email or f"deelnemer{number}@example.nl").lower(), found and int(found.group(1))


@pytest.fixture
def full_event(event_index):
    cache.clear()  # the rate limit's counts
    event = EventPageFactory(
        parent=event_index, registration_mode=EventPage.RegistrationMode.SITE, capacity=5
    )
    yield event
    cache.clear()


def waiting_numbers_in_mails():
    """{address: number} from the waiting list mails; fails on an address mailed twice."""
    numbers = {}
    for message in mail.outbox:
        found = WAITING_NUMBER.search(message.body)
        if found:
            (address,) = message.to
            assert address not in numbers, f"{address} got two waiting list mails"
            numbers[address] = int(found.group(1))
    return numbers


def admin_waiting_numbers(event, django_user_model):
    admin = django_user_model.objects.create_superuser("beheer", "beheer@example.nl", "x")
    client = Client()
    client.force_login(admin)
    response = client.get(
        reverse(registration_viewset.get_url_name("list")), {"event": event.pk, "export": "csv"}
    )
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    return {row["E-mail"]: int(row["Wachtlijstnummer"]) for row in rows if row["Wachtlijstnummer"]}


def test_every_waiting_list_number_is_given_once_and_shown_alike(full_event, django_user_model):
    threads, capacity = 40, full_event.capacity
    results = all_at_once(threads, lambda n: post_registration(full_event, n))

    waiting = threads - capacity
    mailed = waiting_numbers_in_mails()
    assert sorted(mailed.values()) == list(range(1, waiting + 1))  # each number exactly once
    assert len(mail.outbox) == threads  # one mail each
    on_result_page = {email: position for email, position in results if position}
    assert on_result_page == mailed
    assert admin_waiting_numbers(full_event, django_user_model) == mailed
    # The order on the list is the order in which they got the lock: who moves up is who was
    # told number 1.
    first = Registration.objects.get(email=min(mailed, key=mailed.get))
    assert waiting_position(first) == 1


def test_ten_clicks_at_once_on_a_cancel_link_cancel_and_mail_once(full_event):
    mine, *_others = [RegistrationFactory(event=full_event) for _ in range(full_event.capacity)]
    first_waiting = RegistrationFactory(event=full_event, status=Registration.Status.WAITING)
    RegistrationFactory(event=full_event, status=Registration.Status.WAITING)
    url = full_event.url + full_event.reverse_subpage("cancel", kwargs={"token": mine.token})

    codes = all_at_once(10, lambda n: Client().post(url).status_code)

    assert set(codes) == {302}
    assert full_event.confirmed_count() == full_event.capacity
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [mine.email, first_waiting.email]
    )  # one "cancelled", one promotion


def test_one_address_fifty_times_at_once_is_one_registration_and_at_most_a_reminder(
    full_event,
):
    variants = ["Fatima@Example.nl", "fatima@example.nl", "FATIMA@EXAMPLE.NL", "fAtImA@example.NL"]
    results = all_at_once(
        50, lambda n: post_registration(full_event, n, email=variants[n % len(variants)])
    )

    registration = Registration.objects.get(event=full_event)
    assert len(results) == 50
    assert [message.to for message in mail.outbox] == [["fatima@example.nl"]] * 2
    assert registration.reminded_at is not None
