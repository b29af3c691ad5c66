"""Plain-text e-mail sent in the background, through Django's tasks interface.

The request renders the message (in the visitor's language) and queues it; the task only sends.
A mail server that is down fails the task, never the request: what the visitor submitted is
already stored.

Attachments travel as task arguments, so they are JSON: a list of [filename, text, mimetype]
(text attachments only, such as an event's .ics).
"""

from django_tasks import task

from django.core.mail import EmailMessage


@task()
def send_email(subject, body, to, reply_to=None, attachments=None):
    EmailMessage(
        subject=subject,
        body=body,
        to=to,
        reply_to=reply_to or None,
        attachments=[tuple(attachment) for attachment in attachments or []],
    ).send()


def single_line(text):
    """Text fit for a header such as the subject: one line, no control characters."""
    return " ".join(str(text).split())


def queue_email(subject, body, to, reply_to=None, attachments=None):
    """Queue one message; to and reply_to are lists of addresses, attachments a list of
    (filename, text, mimetype)."""
    return send_email.enqueue(
        single_line(subject),
        str(body),
        [str(a) for a in to],
        [str(a) for a in reply_to or []],
        [[str(name), str(content), str(mimetype)] for name, content, mimetype in attachments or []],
    )
