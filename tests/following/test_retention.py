"""Unconfirmed subscriptions and follows are deleted after 7 days by the daily retention job;
confirmed ones stay; a dry run and a second run change nothing."""

import datetime
from io import StringIO

import pytest

from django.core.management import call_command
from django.utils import timezone

from following.models import Follow, Subscriber
from following.subscribing import Wish, confirm, subscribe

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def run(*args):
    out = StringIO()
    call_command("apply_retention", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def subscriptions(taxa):
    old = subscribe("oud@example.nl", "nl", "weekly", Wish(), days_ago(8))
    young = subscribe("jong@example.nl", "nl", "weekly", Wish(), days_ago(6))
    kept = subscribe("blijft@example.nl", "nl", "weekly", Wish(), days_ago(30))
    confirm(kept, days_ago(29))
    # A follow added later and never confirmed: it goes, the subscriber and its confirmed
    # follow stay.
    subscribe("blijft@example.nl", "nl", "weekly", Wish(regions=("utrecht",)), days_ago(8))
    # A confirmed subscriber left with nothing to follow goes too.
    alone = subscribe("alleen@example.nl", "nl", "weekly", Wish(), days_ago(20))
    confirm(alone, days_ago(19))
    Follow.objects.filter(subscriber=alone).update(confirmed_at=None, created_at=days_ago(9))
    return {"old": old, "young": young, "kept": kept, "alone": alone}


def test_unconfirmed_after_7_days_is_deleted(subscriptions):
    output = run()

    assert set(Subscriber.objects.values_list("email", flat=True)) == {
        "jong@example.nl",
        "blijft@example.nl",
    }
    kept = subscriptions["kept"]
    assert kept.follows.count() == 1
    assert kept.follows.get().confirmed_at is not None
    assert "unconfirmed subscribers deleted" in output
    assert "unconfirmed follows deleted" in output


def test_a_dry_run_changes_nothing(subscriptions):
    before = (Subscriber.objects.count(), Follow.objects.count())
    run("--dry-run")
    assert (Subscriber.objects.count(), Follow.objects.count()) == before


def test_a_second_run_changes_nothing(subscriptions):
    run()
    after = (Subscriber.objects.count(), Follow.objects.count())
    run()
    assert (Subscriber.objects.count(), Follow.objects.count()) == after == (2, 2)
