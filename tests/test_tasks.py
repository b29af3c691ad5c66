"""Background work in production: the site queues its e-mail (its own and Wagtail's) in the
database and `manage.py task_worker` sends it, so a slow or broken mail server never slows or
fails a request."""

import json
import threading
import time

import pytest
from django_tasks_db.models import DBTaskResult

from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.locmem import EmailBackend as LocMemBackend
from django.db import OperationalError, connection, connections
from django.utils import timezone

from core.mail import queue_email
from core.task_queue import TaskWorker
from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import EventPage, Registration
from events.registration import delete_person
from tests.production_settings import run_with_settings
from tests.support import (
    DATABASE_TASKS,
    MAIL_TASKS,
    mail_tasks,
    production_mail,
    run_task_worker,
    submission_data,
    submission_url,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


class BrokenMailServer(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise ConnectionRefusedError("the mail server is down")


class SlowMailServer(LocMemBackend):
    def send_messages(self, messages):
        time.sleep(0.02)
        return super().send_messages(messages)


@pytest.fixture
def event(home_page):
    return EventPageFactory(
        parent=EventIndexPageFactory(parent=home_page),
        title="Kennisdeelmiddag thuiszitters",
        registration_mode=EventPage.RegistrationMode.SITE,
        capacity=10,
    )


def register(client, event, **data):
    return client.post(
        event.url + event.reverse_subpage("register"),
        {
            "name": "Fatima el Amrani",
            "email": "fatima@swv-utrecht.example",
            "organisation": "SWV Utrecht PO",
            "role": "",
            "remarks": "",
            "consent": "on",
            "website": "",
            **data,
        },
    )


def test_a_registration_is_stored_at_once_and_its_mail_sent_by_the_worker(client, event):
    with production_mail():
        response = register(client, event)

        assert response.status_code == 302
        assert Registration.objects.get().email == "fatima@swv-utrecht.example"
        assert mail.outbox == []  # nothing sent while the visitor waited
        task = mail_tasks().get()
        assert task.task_path == "events.registration.send_registration_mail"
        # Its only task: a registration is no content for Wagtail's reference index.
        assert DBTaskResult.objects.get() == task
        assert task.status == "READY"

        output = run_task_worker()

    assert len(mail.outbox) == 1, output
    message = mail.outbox[0]
    assert message.to == ["fatima@swv-utrecht.example"]
    assert event.title in message.subject
    ((filename, content, mimetype),) = message.attachments
    assert filename.endswith(".ics") and mimetype.startswith("text/calendar")
    assert "Kennisdeelmiddag thuiszitters" in content
    task.refresh_from_db()
    assert task.status == "SUCCESSFUL" and len(task.worker_ids) == 1


def test_a_broken_mail_server_fails_the_task_not_the_request(client, event):
    with production_mail(delivery=f"{__name__}.BrokenMailServer"):
        response = register(client, event)
        assert response.status_code == 302
        assert response["Location"].endswith("?verzonden=1")
        assert client.get(response["Location"]).status_code == 200

        run_task_worker()

        assert Registration.objects.get().status == Registration.Status.CONFIRMED
        task = mail_tasks().get()
        # Back in the queue for a later attempt (tests/test_task_queue.py), with the error.
        assert task.status == "READY" and task.run_after > timezone.now()
        assert task.exception_class_path == "builtins.ConnectionRefusedError"
        assert "the mail server is down" in task.traceback
        assert mail.outbox == []
        run_task_worker()  # not before its wait is over
    task.refresh_from_db()
    assert task.status == "READY" and len(task.worker_ids) == 1


@pytest.fixture
def database_gone_for_mail(monkeypatch):
    """Call it to make the database go away when a mail is queued (only then: saving a model
    queues Wagtail's own tasks too)."""
    from django_tasks_db.backend import DatabaseBackend

    enqueue = DatabaseBackend.enqueue

    def gone(self, task, args, kwargs):
        if task.module_path in MAIL_TASKS:
            raise OperationalError("server closed the connection unexpectedly")
        return enqueue(self, task, args, kwargs)

    return lambda: monkeypatch.setattr(DatabaseBackend, "enqueue", gone)


def test_a_registration_and_its_mail_are_stored_together_or_not_at_all(
    client, event, monkeypatch, database_gone_for_mail
):
    """The database goes away as the mail is queued: the registration is not stored either, so
    the visitor's page tells the truth (briefly unavailable, try again), and nobody is registered
    unmailed."""
    client.raise_request_exception = False
    with production_mail():
        database_gone_for_mail()
        response = register(client, event)
        assert response.status_code == 503 and "Retry-After" in response
        assert not Registration.objects.exists()

        monkeypatch.undo()
        response = register(client, event)  # tried again
        assert response.status_code == 302
        assert Registration.objects.get().status == Registration.Status.CONFIRMED
        assert mail_tasks().count() == 1


def test_a_cancellation_and_its_mails_are_stored_together_or_not_at_all(
    client, event, database_gone_for_mail
):
    event.capacity = 1
    event.save()
    client.raise_request_exception = False
    with production_mail():
        register(client, event)
        register(client, event, email="jan@school.example")
        mine = Registration.objects.get(email="fatima@swv-utrecht.example")
        url = event.url + event.reverse_subpage("cancel", kwargs={"token": mine.token})
        database_gone_for_mail()

        assert client.post(url).status_code == 503

    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {"fatima@swv-utrecht.example": "confirmed", "jan@school.example": "waiting"}
    assert mail_tasks().count() == 2  # the two registrations' mails, nothing else


def test_a_retried_mail_is_the_same_message_with_the_same_message_id(client, event, settings):
    settings.BASE_URL = "https://kennisbank.example.nl"
    with production_mail():
        register(client, event)
        result = mail_tasks().get().task_result

        result.task.call(*result.args, **result.kwargs)
        result.task.call(*result.args, **result.kwargs)  # what a retry does

    first, again = mail.outbox
    assert first.extra_headers["Message-ID"] == again.extra_headers["Message-ID"]
    assert first.extra_headers["Message-ID"].endswith("@kennisbank.example.nl>")
    assert (first.subject, first.body) == (again.subject, again.body)
    assert "https://kennisbank.example.nl/" in first.body and "localhost" not in first.body
    assert first.message()["Message-ID"] == first.extra_headers["Message-ID"]


def test_every_queued_mail_gets_its_own_message_id(settings):
    settings.BASE_URL = "https://kennisbank.example.nl"
    with production_mail():
        queue_email("Een", "Tekst", ["a@example.nl"])
        queue_email("Twee", "Tekst", ["b@example.nl"])
        run_task_worker()

    ids = {message.message()["Message-ID"] for message in mail.outbox}
    assert len(ids) == 2
    assert all(value.endswith("@kennisbank.example.nl>") for value in ids)


def test_a_registration_deleted_before_its_mail_is_sent_gets_none(client, event):
    with production_mail():
        register(client, event)
        delete_person("fatima@swv-utrecht.example")  # a GDPR request before the worker ran
        run_task_worker()

    assert mail.outbox == []
    assert mail_tasks().get().status == "SUCCESSFUL"


def test_wagtails_moderation_mail_goes_through_the_queue_too(
    client,
    example_index,
    submission_vocabulary,
    site_staff,
):
    """A practice example enters Wagtail's workflow, whose notification to the moderators
    Wagtail sends itself: the queued e-mail backend makes it a task like ours."""
    with production_mail():
        response = client.post(submission_url(example_index), submission_data())
        assert response.status_code == 302
        assert mail.outbox == []
        paths = sorted(mail_tasks().values_list("task_path", flat=True))
        assert "core.mail.send_message" in paths  # Wagtail's notification
        assert paths.count("core.mail.send_email") == 4  # the sender and three editors

        run_task_worker()

    assert DBTaskResult.objects.exclude(status="SUCCESSFUL").count() == 0
    wagtails = [m for m in mail.outbox if m.extra_headers.get("Auto-Submitted")]
    assert wagtails, [m.subject for m in mail.outbox]
    assert {address for m in wagtails for address in m.to} <= set(site_staff)
    assert all("Eén aanspreekpunt" in m.subject + m.body for m in wagtails)
    assert len(mail.outbox) == len(wagtails) + 4


def test_the_queue_keeps_html_alternatives_and_binary_attachments():
    from django.core.mail import EmailMultiAlternatives

    with production_mail():
        message = EmailMultiAlternatives(
            "Onderwerp", "Tekst", "afzender@example.nl", ["ontvanger@example.nl"],
            cc=["cc@example.nl"], headers={"Auto-Submitted": "auto-generated"},
        )  # fmt: skip
        message.attach_alternative("<p>Tekst</p>", "text/html")
        message.attach("bijlage.bin", b"\x00\xff binary", "application/octet-stream")
        assert message.send() == 1
        assert mail.outbox == []
        run_task_worker()

    (sent,) = mail.outbox
    assert (sent.subject, sent.body, sent.from_email) == (
        "Onderwerp",
        "Tekst",
        "afzender@example.nl",
    )
    assert sent.to == ["ontvanger@example.nl"] and sent.cc == ["cc@example.nl"]
    assert sent.extra_headers["Auto-Submitted"] == "auto-generated"
    assert sent.extra_headers["Message-ID"].endswith("@testserver>")  # given when queued
    assert list(sent.alternatives) == [("<p>Tekst</p>", "text/html")]
    assert sent.attachments[0][1] == b"\x00\xff binary"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
def test_two_workers_never_send_the_same_mail_twice():
    count = 30
    with production_mail(delivery=f"{__name__}.SlowMailServer"):
        for number in range(count):
            queue_email(f"Bericht {number}", "Tekst", [f"lid{number}@example.nl"])
        connections.close_all()

        errors = []

        def work(worker_id):
            try:
                TaskWorker(
                    queue_names=["*"],
                    interval=0,
                    batch=True,
                    backend_name="default",
                    startup_delay=False,
                    max_tasks=None,
                    worker_id=worker_id,
                    excluded_queue_names=[],
                ).run()
            except Exception as error:  # pragma: no cover - reported below
                errors.append(error)
            finally:
                connections.close_all()

        threads = [threading.Thread(target=work, args=(f"worker-{n}",)) for n in (1, 2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)

    assert not errors
    subjects = sorted(message.subject for message in mail.outbox)
    assert subjects == sorted(f"Bericht {number}" for number in range(count))  # each once
    tasks = list(mail_tasks())
    assert all(task.status == "SUCCESSFUL" and len(task.worker_ids) == 1 for task in tasks)
    assert {task.worker_ids[0] for task in tasks} == {"worker-1", "worker-2"}  # both worked


def production_mail_settings(**env):
    return run_with_settings(
        "import json; from django.conf import settings as s; "
        "print(json.dumps([s.TASKS, s.EMAIL_BACKEND, s.EMAIL_DELIVERY_BACKEND]))",
        clear=("TASKS_", "EMAIL_"),
        EMAIL_URL="smtp+tls://mailer:secret@smtp.example:587",
        **env,
    )


@pytest.mark.django_db(transaction=False)
def test_production_queues_in_the_database_unless_told_otherwise():
    result = production_mail_settings()
    assert result.returncode == 0, result.stderr
    tasks, backend, delivery = json.loads(result.stdout)
    assert tasks == DATABASE_TASKS
    assert backend == "core.mail.QueuedEmailBackend"
    assert delivery == "django.core.mail.backends.smtp.EmailBackend"

    immediate = production_mail_settings(TASKS_BACKEND="immediate")
    assert json.loads(immediate.stdout)[0]["default"]["BACKEND"].endswith("ImmediateBackend")

    wrong = production_mail_settings(TASKS_BACKEND="celery")
    assert wrong.returncode != 0 and "TASKS_BACKEND must be one of" in wrong.stderr
