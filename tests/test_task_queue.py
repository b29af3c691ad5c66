"""No e-mail is lost to a dead worker or a mail server that is down for a while
(core/task_queue.py, `manage.py task_worker`), and the operator sees what is stuck or failed
(`manage.py task_status`, /health/).

The worker that dies is real: `manage.py task_worker` in a subprocess, killed with SIGKILL while
it delivers; a second worker delivers the mail once the first one's task has run longer than
TASKS_RUNNING_TIMEOUT.
"""

import datetime
import os
import signal
import subprocess
import sys
import threading
import time
from io import StringIO
from pathlib import Path

import pytest
from django_tasks_db.models import DBTaskResult

from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, connections, transaction
from django.test import override_settings
from django.utils import timezone

from core.mail import queue_email
from core.task_queue import requeue_abandoned
from tests.mail_backends import FlakyMailServer
from tests.support import abandon, database_url, mail_tasks, production_mail, run_task_worker

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def postgres_only(test):
    skip = pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL")
    return pytest.mark.postgres(skip(test))


PROJECT = Path(__file__).resolve().parent.parent
MINUTE = 60


def task_status(*arguments):
    out = StringIO()
    try:
        call_command("task_status", *arguments, stdout=out)
    except SystemExit as exit:
        return exit.code, out.getvalue()
    return 0, out.getvalue()


def one_mail():
    queue_email("Bevestiging aanmelding", "Tot dan!", ["fatima@swv-utrecht.example"])
    return mail_tasks().get()


# --- Retries ------------------------------------------------------------------------------------


def test_a_failing_delivery_is_retried_after_growing_waits_then_given_up():
    with production_mail(delivery="tests.mail_backends.BrokenMailServer"):
        task = one_mail()
        waits = []
        for attempt in range(1, 7):
            before = timezone.now()
            run_task_worker()
            task.refresh_from_db()
            assert len(task.worker_ids) == attempt
            if task.status == "FAILED":
                break
            # Back in the queue with the last error, not due before its wait is over.
            assert task.status == "READY" and task.finished_at is None
            assert task.exception_class_path == "builtins.ConnectionRefusedError"
            waits.append(round((task.run_after - before).total_seconds() / MINUTE))
            run_task_worker()  # not due yet: nothing happens
            task.refresh_from_db()
            assert task.status == "READY" and len(task.worker_ids) == attempt
            # Time passes.
            DBTaskResult.objects.filter(pk=task.pk).update(run_after=timezone.now())

        assert waits == [1, 5, 25, 60, 60]  # minutes, at most an hour
        assert task.status == "FAILED" and len(task.worker_ids) == 6  # TASKS_MAX_ATTEMPTS
        assert "the mail server is down" in task.traceback
        run_task_worker()
    task.refresh_from_db()
    assert task.status == "FAILED" and len(task.worker_ids) == 6  # given up for good
    assert mail.outbox == []


def test_a_mail_server_back_after_two_failures_gets_the_mail_once(monkeypatch):
    monkeypatch.setattr(FlakyMailServer, "failures", 2)
    with production_mail(delivery="tests.mail_backends.FlakyMailServer"):
        task = one_mail()
        for _ in range(3):
            run_task_worker()
            DBTaskResult.objects.filter(pk=task.pk, status="READY").update(run_after=timezone.now())
    task.refresh_from_db()
    assert task.status == "SUCCESSFUL" and len(task.worker_ids) == 3
    assert [message.to for message in mail.outbox] == [["fatima@swv-utrecht.example"]]


def test_the_number_of_attempts_comes_from_the_settings():
    with production_mail(delivery="tests.mail_backends.BrokenMailServer"):
        task = one_mail()
        with override_settings(TASKS_MAX_ATTEMPTS=2):
            run_task_worker()
            DBTaskResult.objects.filter(pk=task.pk).update(run_after=timezone.now())
            run_task_worker()
    task.refresh_from_db()
    assert task.status == "FAILED" and len(task.worker_ids) == 2


# --- Abandoned tasks ----------------------------------------------------------------------------


def test_a_task_left_running_by_a_dead_worker_is_run_again_after_the_timeout(caplog):
    with production_mail():
        task = one_mail()
        abandon(task, minutes_ago=11)  # TASKS_RUNNING_TIMEOUT: 10 minutes
        run_task_worker("--worker-id", "worker-2")
    task.refresh_from_db()
    assert task.status == "SUCCESSFUL"
    assert task.worker_ids == ["dead-1", "worker-2"]
    assert len(mail.outbox) == 1
    assert "its worker dead-1 is gone" in caplog.text


def test_a_task_running_shorter_than_the_timeout_is_left_to_its_worker():
    with production_mail():
        task = one_mail()
        abandon(task, minutes_ago=9)
        run_task_worker()
    task.refresh_from_db()
    assert task.status == "RUNNING" and task.worker_ids == ["dead-1"]
    assert mail.outbox == []


def test_a_task_whose_worker_died_on_its_last_attempt_fails():
    """A task that kills its worker each time (say, memory) is not run for ever."""
    with production_mail():
        task = one_mail()
        abandon(task, minutes_ago=11, attempts=6)
        run_task_worker()
    task.refresh_from_db()
    assert task.status == "FAILED" and task.finished_at is not None
    assert task.exception_class_path == "core.task_queue.WorkerLost"
    assert "dead-6 stopped answering during attempt 6" in task.traceback
    assert mail.outbox == []


@postgres_only
def test_a_task_another_worker_is_requeueing_is_skipped_not_waited_for():
    """Two workers looking for abandoned tasks at once: the row one of them has locked is
    skipped by the other (SKIP LOCKED), as the library's claim does, so a task goes back to the
    queue once and no worker waits."""
    with production_mail():
        task = one_mail()
        abandon(task, minutes_ago=11)
        connections.close_all()
        locked, release, result = threading.Event(), threading.Event(), {}

        def other_worker():
            with transaction.atomic():
                list(DBTaskResult.objects.select_for_update().filter(pk=task.pk))
                locked.set()
                release.wait(timeout=30)
            connections.close_all()

        thread = threading.Thread(target=other_worker)
        thread.start()
        try:
            assert locked.wait(timeout=30)
            started = time.monotonic()
            result["skipped"] = requeue_abandoned("default")
            result["seconds"] = time.monotonic() - started
        finally:
            release.set()
            thread.join(timeout=30)
        assert result["skipped"] == 0 and result["seconds"] < 5
        assert requeue_abandoned("default") == 1  # free again
        assert requeue_abandoned("default") == 0  # and only once
    task.refresh_from_db()
    assert task.status == "READY"


def start_worker(worker_id, mail_dir, **env):
    return subprocess.Popen(
        [
            sys.executable, "manage.py", "task_worker", "--queue-name", "*", "--interval", "0.2",
            "--no-startup-delay", "--worker-id", worker_id,
        ],
        cwd=PROJECT,
        env={
            **{key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")},
            "DJANGO_SETTINGS_MODULE": "tests.worker_settings",
            "DATABASE_URL": database_url(connection.settings_dict["NAME"]),
            "EMAIL_FILE_PATH": str(mail_dir),
            **env,
        },
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )  # fmt: skip


def wait_for(condition, timeout, process):
    deadline = time.monotonic() + timeout
    while not condition():
        if process.poll() is not None:
            raise AssertionError(f"the worker stopped:\n{process.stdout.read()}")
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def stop(process):
    if process.poll() is None:
        process.terminate()
    try:
        return process.communicate(timeout=30)[0]
    except subprocess.TimeoutExpired:
        process.kill()
        return process.communicate()[0]


@postgres_only
def test_a_mail_whose_worker_is_killed_while_sending_is_delivered_by_the_next(tmp_path):
    mail_dir, stall = tmp_path / "mail", tmp_path / "stall"
    mail_dir.mkdir()
    stall.touch()
    with production_mail():
        task = one_mail()
    connections.close_all()  # the workers see the committed task

    first = start_worker("worker-1", mail_dir, STALL_FILE=str(stall))
    try:
        sending = Path(f"{stall}.sending")
        assert wait_for(sending.exists, 60, first), "the first worker never started sending"
        first.send_signal(signal.SIGKILL)  # dies in the middle of the delivery
        first.wait(timeout=30)
    finally:
        stop(first)
    task.refresh_from_db()
    assert task.status == "RUNNING" and task.worker_ids == ["worker-1"]  # left behind
    assert list(mail_dir.iterdir()) == []
    stall.unlink()

    killed_at = time.monotonic()
    second = start_worker("worker-2", mail_dir, TASKS_RUNNING_TIMEOUT="2")
    try:
        delivered = wait_for(lambda: any(mail_dir.iterdir()), 60, second)
        seconds = time.monotonic() - killed_at
    finally:
        output = stop(second)
    assert delivered, output
    (message,) = mail_dir.iterdir()
    content = message.read_text()
    assert "Subject: Bevestiging aanmelding" in content
    assert "To: fatima@swv-utrecht.example" in content
    task.refresh_from_db()
    assert task.status == "SUCCESSFUL"
    assert task.worker_ids == ["worker-1", "worker-2"]
    assert "its worker worker-1 is gone" in output
    print(f"delivered {seconds:.1f} s after the kill (timeout 2 s)")


# --- What the operator sees ---------------------------------------------------------------------


def test_task_status_reports_an_empty_queue_as_ok():
    with production_mail():
        code, output = task_status()
    assert code == 0, output
    assert "ready: 0" in output and "stuck: 0" in output and output.rstrip().endswith("ok")


def test_task_status_reports_stuck_failed_and_late_tasks_and_exits_1():
    with production_mail():
        stuck, failed, late, retrying = (one_mail_with(n) for n in range(4))
        abandon(stuck, minutes_ago=11)
        DBTaskResult.objects.filter(pk=failed.pk).update(
            status="FAILED",
            finished_at=timezone.now(),
            worker_ids=["w"] * 6,
            exception_class_path="smtplib.SMTPServerDisconnected",
            traceback="smtplib.SMTPServerDisconnected: Connection unexpectedly closed\n",
        )
        DBTaskResult.objects.filter(pk=late.pk).update(
            enqueued_at=timezone.now() - datetime.timedelta(minutes=15)
        )
        DBTaskResult.objects.filter(pk=retrying.pk).update(
            run_after=timezone.now() + datetime.timedelta(minutes=5),
            exception_class_path="builtins.ConnectionRefusedError",
            worker_ids=["w"],
        )
        code, output = task_status()
    assert code == 1
    assert "ready: 1, the oldest waits 9" in output  # 900 s
    assert "waiting: 1 (to run later; 1 of all" in output
    assert "stuck: 1" in output
    assert "failed: 1 in the last 24 h" in output
    assert "Connection unexpectedly closed" in output and "(6 attempts)" in output
    assert "needs attention: stuck, failed, late" in output


def test_task_status_queues_recent_failures_again():
    with production_mail():
        task = one_mail()
        DBTaskResult.objects.filter(pk=task.pk).update(
            status="FAILED", finished_at=timezone.now(), worker_ids=["w"] * 6
        )
        code, output = task_status("--retry-failed")
        assert code == 0, output
        assert "1 failed task(s) queued again" in output
        run_task_worker()
    task.refresh_from_db()
    assert task.status == "SUCCESSFUL" and len(task.worker_ids) == 7
    assert len(mail.outbox) == 1


def one_mail_with(number):
    result = queue_email(f"Bericht {number}", "Tekst", [f"lid{number}@example.nl"])
    return DBTaskResult.objects.get(pk=result.id)


def test_health_reports_the_queue_without_failing_the_web_server(
    client, django_assert_max_num_queries
):
    with production_mail():
        assert client.get("/health/").json() == {"database": "ok", "cache": "ok", "tasks": "ok"}
        abandon(one_mail(), minutes_ago=11)
        # The queue's state is kept a minute: a probe every few seconds costs one query.
        with django_assert_max_num_queries(1):
            assert client.get("/health/").json()["tasks"] == "ok"
        cache.clear()  # a minute later
        response = client.get("/health/")
    # The web server still serves: a stuck mail is the worker's problem, not the load balancer's.
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok", "tasks": "attention"}


def test_health_without_a_database_queue_says_nothing_of_tasks(client):
    assert client.get("/health/").json() == {"database": "ok", "cache": "ok"}
