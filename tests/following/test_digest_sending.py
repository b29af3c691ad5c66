"""Sending digests: each exactly once, also when a worker dies halfway or two workers reach
the same digest; what was unpublished since queuing is left out."""

import datetime

import pytest

from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.db import connection

from following import sending
from following.models import Digest, Follow, Frequency
from following.periods import last_full_period
from following.queuing import queue_digests
from tests.following.digest_support import example, subscribe
from tests.support import all_at_once


@pytest.fixture
def week():
    return last_full_period(Frequency.WEEKLY)


@pytest.fixture
def queued(week, example_index, taxa):
    """Three subscribers, each with a queued digest of two examples (queued only: the send tasks
    wait for a commit that the test's transaction never makes)."""
    pages = [
        example(example_index, week.start + datetime.timedelta(days=1), title=title)
        for title in ("Eerste voorbeeld", "Tweede voorbeeld")
    ]
    for number in range(3):
        subscribe(f"s{number}@example.nl", {"scope": Follow.Scope.EXAMPLES}, since=week.start)
    queue_digests()
    digests = list(Digest.objects.order_by("pk"))
    assert len(digests) == 3 and all(d.state == Digest.State.QUEUED for d in digests)
    return pages, [digest.pk for digest in digests]


def test_sent_once_then_never_again(queued):
    _pages, ids = queued
    assert sending.send_digests(ids, claimant="task-1") == []
    assert len(mail.outbox) == 3
    sending.send_digests(ids, claimant="task-1")  # the same task run again
    sending.send_digests(ids, claimant="task-2")  # another task naming them
    assert len(mail.outbox) == 3
    assert set(Digest.objects.values_list("state", flat=True)) == {Digest.State.SENT}
    assert sorted(m.extra_headers["Message-ID"] for m in mail.outbox) == sorted(
        Digest.objects.values_list("message_id", flat=True)
    )


def test_a_worker_killed_while_sending_is_taken_over_by_its_own_retry(queued, monkeypatch):
    """The worker dies as the second mail goes out: the first is sent, the second stays
    `sending`. Another task leaves it alone; the retry of the same task sends it and the third,
    with the Message-ID chosen at queuing."""
    _pages, ids = queued
    send = EmailMultiAlternatives.send
    calls = []

    def dies_on_the_second(self, *args, **kwargs):
        calls.append(self)
        if len(calls) == 2:
            raise SystemExit("worker killed")
        return send(self, *args, **kwargs)

    monkeypatch.setattr(EmailMultiAlternatives, "send", dies_on_the_second)
    with pytest.raises(SystemExit):
        sending.send_digests(ids, claimant="task-1")
    monkeypatch.setattr(EmailMultiAlternatives, "send", send)
    states = dict(Digest.objects.values_list("pk", "state"))
    assert [states[pk] for pk in ids] == ["sent", "sending", "queued"]
    assert len(mail.outbox) == 1

    sending.send_digests(ids, claimant="task-2")  # a task that also names them
    assert Digest.objects.get(pk=ids[1]).state == Digest.State.SENDING
    assert len(mail.outbox) == 2  # it sent the third, still queued

    sending.send_digests(ids, claimant="task-1")  # the retry of the killed task
    assert Digest.objects.get(pk=ids[1]).state == Digest.State.SENT
    assert len(mail.outbox) == 3
    retried = mail.outbox[-1]
    assert retried.extra_headers["Message-ID"] == Digest.objects.get(pk=ids[1]).message_id
    assert retried.to == [Digest.objects.get(pk=ids[1]).subscriber.email]


def test_unpublished_since_queuing_is_left_out(queued):
    pages, ids = queued
    pages[0].unpublish()
    sending.send_digests(ids[:1], claimant="task-1")
    (message,) = mail.outbox
    assert "Eerste voorbeeld" not in message.body and "Tweede voorbeeld" in message.body
    assert message.subject == "Nieuw in de Kennisbank: 1 praktijkvoorbeeld"


def test_nothing_left_is_not_mailed(queued):
    pages, ids = queued
    for page in pages:
        page.unpublish()
    sending.send_digests(ids, claimant="task-1")
    assert mail.outbox == []
    assert set(Digest.objects.values_list("state", flat=True)) == {Digest.State.EMPTY}


def test_a_task_that_runs_long_hands_the_rest_on(queued, monkeypatch):
    _pages, ids = queued
    monkeypatch.setattr(sending, "send_budget", lambda: -1)
    assert sending.send_digests(ids, claimant="task-1") == ids
    assert mail.outbox == []
    assert set(Digest.objects.values_list("state", flat=True)) == {Digest.State.QUEUED}


def test_the_task_sends_after_the_commit(week, example_index, django_capture_on_commit_callbacks):
    """Through the task (the immediate backend runs it after the commit), with its own id."""
    example(example_index, week.start + datetime.timedelta(days=1))
    subscribe("t@example.nl", {"scope": Follow.Scope.EXAMPLES}, since=week.start)
    with django_capture_on_commit_callbacks(execute=True):
        queue_digests()
    digest = Digest.objects.get()
    assert digest.state == Digest.State.SENT and len(mail.outbox) == 1
    assert digest.claimed_by and digest.sent_at


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs concurrent transactions: set DATABASE_URL to a PostgreSQL database",
)
def test_two_workers_send_each_digest_exactly_once(home_page, example_index):
    week = last_full_period(Frequency.WEEKLY)
    example(example_index, week.start + datetime.timedelta(days=1), title="Voor iedereen")
    for number in range(12):
        subscribe(f"w{number}@example.nl", {"scope": Follow.Scope.EVERYTHING}, since=week.start)
    queue_digests()  # autocommit: the immediate backend runs the tasks at once ...
    Digest.objects.update(state=Digest.State.QUEUED, claimed_by="", sent_at=None)
    mail.outbox.clear()  # ... so put them back, to race two workers over them
    ids = list(Digest.objects.order_by("pk").values_list("pk", flat=True))
    assert len(ids) == 12

    # Both tasks name every digest (as two runs of the queuing would): they race for each.
    all_at_once(2, lambda number: sending.send_digests(ids, claimant=f"task-{number}"))
    sent_to = sorted(message.to[0] for message in mail.outbox)
    assert sent_to == sorted(f"w{number}@example.nl" for number in range(12))
    assert set(Digest.objects.values_list("state", flat=True)) == {Digest.State.SENT}
    assert set(Digest.objects.values_list("claimed_by", flat=True)) <= {"task-0", "task-1"}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_digest_left_sending_by_a_dead_worker_is_sent_when_its_task_runs_again(
    home_page, example_index
):
    """Through the real queue: the worker claimed the digest and died; another task naming the
    digest leaves it alone; the task queue gives the dead worker's task to the next worker
    (core/task_queue.py), whose attempt has the task's id and sends the digest."""
    from django_tasks_db.models import DBTaskResult

    from core.mail import enqueue
    from following.tasks import send_digests
    from tests.support import abandon, production_mail, run_task_worker

    week = last_full_period(Frequency.WEEKLY)
    example(example_index, week.start + datetime.timedelta(days=1), title="Na een herstart")
    subscriber = subscribe("k@example.nl", {"scope": Follow.Scope.EXAMPLES}, since=week.start)
    with production_mail():
        queue_digests()
        task = DBTaskResult.objects.get(task_path="following.tasks.send_digests")
        digest = Digest.objects.get()
        Digest.objects.update(state=Digest.State.SENDING, claimed_by=str(task.pk))
        abandon(task, minutes_ago=11)  # TASKS_RUNNING_TIMEOUT: 10 minutes
        enqueue(send_digests, [digest.pk])  # a second task naming it, as a second queuing would
        run_task_worker("--worker-id", "worker-2")
    task.refresh_from_db()
    digest.refresh_from_db()
    assert task.status == "SUCCESSFUL" and task.worker_ids[-1] == "worker-2"
    assert digest.state == Digest.State.SENT and digest.claimed_by == str(task.pk)
    assert [message.to for message in mail.outbox] == [[subscriber.email]]
    assert mail.outbox[0].extra_headers["Message-ID"] == digest.message_id
