"""Queuing digests: which period is due, what counts as new in it, once per subscriber and
period however often the job runs, and a fixed number of queries per batch."""

import datetime

import pytest

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from following.models import Digest, Follow, Frequency, SummaryPublication
from following.periods import last_full_period
from following.queuing import queue_digests
from tests.following.digest_support import (
    example,
    queue_and_send,
    session_with_summary,
    subscribe,
)


def test_last_full_week_and_month_in_amsterdam_time():
    now = timezone.now()
    week = last_full_period(Frequency.WEEKLY, now)
    start, end = timezone.localtime(week.start), timezone.localtime(week.end)
    assert start.weekday() == 0 and end.weekday() == 0
    assert (start.hour, start.minute, end.hour, end.minute) == (0, 0, 0, 0)
    assert end - start in (
        datetime.timedelta(days=7),
        datetime.timedelta(days=7, hours=1),  # the week the clocks went back
        datetime.timedelta(days=7, hours=-1),
    )
    assert week.end <= now < week.end + datetime.timedelta(days=7)
    year, number, _day = start.date().isocalendar()
    assert week.key == f"{year}-W{number:02d}"

    month = last_full_period(Frequency.MONTHLY, now)
    start, end = timezone.localtime(month.start), timezone.localtime(month.end)
    assert start.day == 1 and end.day == 1 and start.hour == 0 and end.hour == 0
    assert month.end <= now and timezone.localdate(now).month == end.month
    assert month.key == f"{start:%Y-%m}"


def test_a_moment_just_after_midnight_monday_closes_the_week():
    monday = last_full_period(Frequency.WEEKLY).end
    assert last_full_period(Frequency.WEEKLY, monday).start == monday - datetime.timedelta(days=7)
    assert last_full_period(Frequency.WEEKLY, monday - datetime.timedelta(seconds=1)).end == (
        monday - datetime.timedelta(days=7)
    )


@pytest.fixture
def week():
    return last_full_period(Frequency.WEEKLY)


def test_period_boundaries(week, example_index, taxa, django_capture_on_commit_callbacks):
    second = datetime.timedelta(seconds=1)
    pages = {
        "before": example(example_index, week.start - second, title="Net te vroeg"),
        "first": example(example_index, week.start, title="Op de eerste seconde"),
        "last": example(example_index, week.end - second, title="Op de laatste seconde"),
        "after": example(example_index, week.end, title="Al de volgende week"),
    }
    subscriber = subscribe("a@example.nl", {"scope": Follow.Scope.EXAMPLES}, since=week.start)
    queue_and_send(django_capture_on_commit_callbacks)
    items = Digest.objects.get(subscriber=subscriber).items["examples"]
    assert sorted(items) == sorted([pages["first"].pk, pages["last"].pk])

    # Next week's digest gets what came at the very end of last week's run.
    next_monday = week.end + datetime.timedelta(days=7, hours=6)
    queue_and_send(django_capture_on_commit_callbacks, now=next_monday)
    later = Digest.objects.exclude(period=week.key).get(subscriber=subscriber)
    assert later.items["examples"] == [pages["after"].pk]


def test_confirmed_midweek_gets_what_is_new_since(
    week, example_index, django_capture_on_commit_callbacks
):
    early = example(example_index, week.start + datetime.timedelta(days=1), title="Maandag")
    late = example(example_index, week.start + datetime.timedelta(days=4), title="Vrijdag")
    subscriber = subscribe(
        "b@example.nl",
        {"scope": Follow.Scope.EXAMPLES},
        since=week.start + datetime.timedelta(days=3),
    )
    queue_and_send(django_capture_on_commit_callbacks)
    assert Digest.objects.get(subscriber=subscriber).items == {"examples": [late.pk]}
    assert early.pk


def test_confirmed_after_the_period_waits_for_the_next(
    week, example_index, django_capture_on_commit_callbacks
):
    example(example_index, week.start + datetime.timedelta(days=1))
    subscribe(
        "c@example.nl",
        {"scope": Follow.Scope.EXAMPLES},
        since=week.end + datetime.timedelta(hours=1),
    )
    totals, sent = queue_and_send(django_capture_on_commit_callbacks)
    assert totals["subscribers"] == 0 and sent == []


def test_monthly_subscribers_get_the_last_month(example_index, django_capture_on_commit_callbacks):
    month = last_full_period(Frequency.MONTHLY)
    inside = example(example_index, month.start + datetime.timedelta(days=10), title="In de maand")
    subscriber = subscribe(
        "d@example.nl",
        {"scope": Follow.Scope.EXAMPLES},
        frequency=Frequency.MONTHLY,
        since=month.start,
    )
    _totals, sent = queue_and_send(django_capture_on_commit_callbacks)
    digest = Digest.objects.get(subscriber=subscriber)
    assert digest.period == month.key and digest.items == {"examples": [inside.pk]}
    assert len(sent) == 1


def test_queuing_twice_queues_once(week, example_index, django_capture_on_commit_callbacks):
    example(example_index, week.start + datetime.timedelta(days=1))
    subscribe("e@example.nl", {"scope": Follow.Scope.EVERYTHING}, since=week.start)
    first, sent = queue_and_send(django_capture_on_commit_callbacks)
    second, sent_again = queue_and_send(django_capture_on_commit_callbacks)
    assert (first["digests"], len(sent)) == (1, 1)
    assert (second["subscribers"], second["digests"], sent_again) == (0, 0, [])
    assert Digest.objects.count() == 1


def test_a_digest_row_already_there_is_not_queued_again(
    week, example_index, django_capture_on_commit_callbacks
):
    """Two runs that both saw the subscriber due: the second's row gives way to the first's."""
    example(example_index, week.start + datetime.timedelta(days=1))
    subscriber = subscribe("f@example.nl", {"scope": Follow.Scope.EVERYTHING}, since=week.start)
    Digest.objects.create(
        subscriber=subscriber,
        period=week.key,
        period_start=week.start,
        period_end=week.end,
        state=Digest.State.SENT,
        items={"examples": [1]},
    )
    totals, sent = queue_and_send(django_capture_on_commit_callbacks)
    assert sent == [] and totals["digests"] == 0
    assert Digest.objects.get().state == Digest.State.SENT


def test_management_command(week, example_index, django_capture_on_commit_callbacks, capsys):
    example(example_index, week.start + datetime.timedelta(days=1))
    subscribe("g@example.nl", {"scope": Follow.Scope.EVERYTHING}, since=week.start)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("queue_digests")
    assert "1 digests queued" in capsys.readouterr().out


def test_summary_published_once_not_again_after_an_edit(group, taxa):
    moment = timezone.now() - datetime.timedelta(days=3)
    _session, outcome = session_with_summary(group, moment)
    outcome.public_summary = "Bijgewerkt."
    outcome.save()
    assert SummaryPublication.objects.get(outcome=outcome).published_at == moment


def many_subscribers(count, taxa, since, start=0):
    themes, regions = [taxa["ouders"], taxa["terugkeer"]], [taxa["utrecht"], taxa["limburg"]]
    for number in range(start, start + count):
        subscribe(
            f"s{number}@example.nl",
            {"themes": [themes[number % 2]]},
            {"regions": [regions[number % 2]]},
            {"scope": Follow.Scope.EXAMPLES, "themes": themes, "sectors": [taxa["vo"]]},
            since=since,
        )


def test_queries_per_batch_do_not_grow_with_subscribers(
    week, example_index, taxa, django_assert_max_num_queries
):
    for number in range(5):
        example(
            example_index,
            week.start + datetime.timedelta(days=1),
            themes=[taxa["ouders"]],
            regions=[taxa["utrecht"]],
            sectors=[taxa["vo"]],
            title=f"Voorbeeld {number}",
        )
    many_subscribers(10, taxa, week.start)
    with CaptureQueriesContext(connection) as queries:
        assert queue_digests(batch_size=500)["digests"] == 10
    assert len(queries) <= 30
    many_subscribers(100, taxa, week.start, start=1000)
    # SQLite takes at most 999 parameters a statement: Django splits the 100 rows' INSERT in two.
    split_insert = 1 if connection.vendor == "sqlite" else 0
    with django_assert_max_num_queries(len(queries) + split_insert):
        assert queue_digests(batch_size=500)["digests"] == 100
