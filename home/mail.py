"""Plain-text e-mail sent in the background, through Django's tasks interface.

The request renders the message (in the visitor's language) and queues it; the task only sends.
A mail server that is down fails the task, never the request: what the visitor submitted is
already stored.
"""

from django_tasks import task

from django.core.mail import EmailMessage


@task()
def send_email(subject, body, to, reply_to=None):
    EmailMessage(subject=subject, body=body, to=to, reply_to=reply_to or None).send()


def single_line(text):
    """Text fit for a header such as the subject: one line, no control characters."""
    return " ".join(str(text).split())


def queue_email(subject, body, to, reply_to=None):
    """Queue one message; to and reply_to are lists of addresses."""
    return send_email.enqueue(
        single_line(subject), str(body), [str(a) for a in to], [str(a) for a in reply_to or []]
    )
