"""Plain-text e-mail sent in the background, through Django's tasks interface.

A mail is queued in the same transaction as what it announces: both are stored, or neither.
`enqueue` is the one place that decides how: the database task backend (production) writes the
task row on the default connection, so inside the current transaction; the immediate backend
(development, tests) would send at once, for something that may still roll back, so its tasks
wait for the commit (transaction.on_commit). Callers just queue inside their atomic block.

A mail server that is down fails the task, never the request: what the visitor submitted is
already stored. Every message gets its Message-ID when it is queued (`new_message_id`, on the
host of settings.BASE_URL) and carries it as a task argument, so a task that is run again sends
the same message, recognisable as such.

Attachments travel as task arguments, so they are JSON: a list of [filename, text, mimetype]
(text attachments only, such as an event's .ics).

Mail that other code sends (Wagtail's moderation notifications, the admin's password reset) takes
the same road: the e-mail backend QueuedEmailBackend (settings.EMAIL_BACKEND) queues each message
as the task send_message, and both tasks deliver with settings.EMAIL_DELIVERY_BACKEND. With the
database task backend (production) a worker sends them (`manage.py task_worker`), with the
immediate backend they are sent after the commit.
"""

import base64
import logging
from urllib.parse import urlsplit

from django_tasks import task
from django_tasks.backends.immediate import ImmediateBackend

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection, make_msgid
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction

from .links import base_url

logger = logging.getLogger(__name__)

QUEUED_BACKEND = "core.mail.QueuedEmailBackend"


def delivery_connection():
    """A connection of the backend that really delivers: EMAIL_DELIVERY_BACKEND behind the
    queue, or else EMAIL_BACKEND itself (tests set the local-memory backend there)."""
    backend = settings.EMAIL_BACKEND
    if backend == QUEUED_BACKEND:
        backend = settings.EMAIL_DELIVERY_BACKEND
    return get_connection(backend)


def enqueue(task_, *args, **kwargs):
    """Queue a task in the current transaction: stored with it by a backend that stores tasks,
    run after the commit by one that runs them at once (nothing at all on a rollback). Returns
    the stored task's result, or None when it waits for the commit."""
    if isinstance(task_.get_backend(), ImmediateBackend):
        transaction.on_commit(lambda: task_.enqueue(*args, **kwargs))
        return None
    return task_.enqueue(*args, **kwargs)


def new_message_id():
    """A Message-ID on the site's own host name (settings.BASE_URL)."""
    return make_msgid(domain=urlsplit(base_url()).hostname or "kennisbank")


def deliver(subject, body, to, reply_to=None, attachments=None, message_id=None, headers=None):
    """Send one plain-text message now, through the backend that really delivers. `headers`:
    extra headers, {name: value} (such as List-Unsubscribe)."""
    headers = {str(name): single_line(value) for name, value in (headers or {}).items()}
    if message_id:
        headers["Message-ID"] = message_id
    EmailMessage(
        subject=single_line(subject),
        body=str(body),
        to=to,
        reply_to=reply_to or None,
        attachments=[tuple(attachment) for attachment in attachments or []],
        headers=headers or None,
        connection=delivery_connection(),
    ).send()


@task()
def send_email(subject, body, to, reply_to=None, attachments=None, message_id=None, headers=None):
    deliver(subject, body, to, reply_to, attachments, message_id, headers)


def message_to_json(message):
    """An EmailMessage as task arguments (JSON), or None when it cannot travel that way (an
    attachment given as a MIME part)."""
    attachments = []
    for attachment in message.attachments:
        if not isinstance(attachment, tuple):
            return None
        filename, content, mimetype = attachment
        if isinstance(content, bytes):
            attachments.append([filename, base64.b64encode(content).decode(), mimetype, True])
        else:
            attachments.append([filename, str(content), mimetype, False])
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": str(message.from_email),
        "to": [str(address) for address in message.to],
        "cc": [str(address) for address in message.cc],
        "bcc": [str(address) for address in message.bcc],
        "reply_to": [str(address) for address in message.reply_to],
        "headers": {str(name): str(value) for name, value in message.extra_headers.items()},
        "alternatives": [
            [str(content), str(mimetype)]
            for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": attachments,
    }


def message_from_json(data, connection=None):
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        alternatives=[tuple(alternative) for alternative in data["alternatives"]],
        connection=connection,
    )
    for filename, content, mimetype, is_base64 in data["attachments"]:
        message.attach(filename, base64.b64decode(content) if is_base64 else content, mimetype)
    return message


@task()
def send_message(data):
    """Deliver a message that QueuedEmailBackend queued (message_to_json)."""
    message_from_json(data, connection=delivery_connection()).send()


class QueuedEmailBackend(BaseEmailBackend):
    """An e-mail backend that queues every message as a task instead of sending it, so mail from
    code the site does not own (Wagtail's) never waits for the mail server in a request."""

    def send_messages(self, email_messages):
        for message in email_messages:
            data = message_to_json(message)
            if data is None:
                logger.warning("Sent at once, cannot be queued: %s", message.subject)
                delivery_connection().send_messages([message])
            else:
                if not any(name.lower() == "message-id" for name in data["headers"]):
                    data["headers"]["Message-ID"] = new_message_id()
                enqueue(send_message, data)
        return len(email_messages)


def single_line(text):
    """Text fit for a header such as the subject: one line, no control characters."""
    return " ".join(str(text).split())


def queue_email(subject, body, to, reply_to=None, attachments=None, headers=None):
    """Queue one message in the current transaction (see `enqueue`); to and reply_to are lists
    of addresses, attachments a list of (filename, text, mimetype), headers a dict of extra
    headers (one line each, such as List-Unsubscribe and List-Unsubscribe-Post)."""
    return enqueue(
        send_email,
        single_line(subject),
        str(body),
        [str(a) for a in to],
        [str(a) for a in reply_to or []],
        [[str(name), str(content), str(mimetype)] for name, content, mimetype in attachments or []],
        message_id=new_message_id(),
        headers={str(name): single_line(value) for name, value in (headers or {}).items()},
    )
