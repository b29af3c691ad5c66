"""Ten identical follows at once, on PostgreSQL: the unique address and the subscriber's row
lock make one subscriber, one follow and one mail; ten different wishes at once of one address
are ten follows and still one mail.

SQLite has no row locks (it serialises whole-database writes), so these run on PostgreSQL only.
"""

import datetime

import pytest

from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.utils import timezone

from following.models import Follow, Subscriber
from following.subscribing import Wish, subscribe
from taxonomy.factories import RegionFactory, ThemeFactory
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

THREADS = 10


@pytest.fixture
def theme(locale_nl):
    return ThemeFactory(name="Verzuim", slug="verzuim")


def test_ten_identical_posts_at_once_make_one_subscriber_and_one_mail(theme):
    cache.clear()
    mail.outbox = []

    def post(number):
        return Client(REMOTE_ADDR=f"10.0.0.{number}").post(
            "/volgen/",
            {
                "email": "Fatima@example.nl",
                "frequency": "weekly",
                "scope": "all",
                "thema": "verzuim",
            },
        )

    responses = all_at_once(THREADS, post)

    assert {response.status_code for response in responses} == {302}
    assert Subscriber.objects.count() == 1
    assert Follow.objects.count() == 1
    assert len(mail.outbox) == 1


def test_ten_wishes_of_one_address_at_once_are_ten_follows_and_one_mail(locale_nl):
    mail.outbox = []
    regions = [
        RegionFactory(name=f"Regio {n}", slug=f"regio-{n}", code=f"R{n}") for n in range(THREADS)
    ]

    all_at_once(
        THREADS,
        lambda n: subscribe("a@example.nl", "nl", "weekly", Wish(regions=(regions[n].slug,))),
    )

    assert Subscriber.objects.count() == 1
    assert Follow.objects.count() == THREADS
    assert len(mail.outbox) == 1


def test_ten_posts_at_once_for_an_address_that_exists_make_one_follow_and_one_mail(theme):
    earlier = timezone.now() - datetime.timedelta(hours=2)
    subscribe("a@example.nl", "nl", "weekly", Wish(), earlier)
    mail.outbox = []

    all_at_once(
        THREADS, lambda n: subscribe("a@example.nl", "nl", "weekly", Wish(themes=("verzuim",)))
    )

    assert Follow.objects.count() == 2
    assert len(mail.outbox) == 1
