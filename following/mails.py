"""The confirmation mail, in the subscriber's language, with the headers every mail of
following carries: List-Unsubscribe and List-Unsubscribe-Post (RFC 8058), so a mail program
offers one-click unsubscribing."""

from django.template.loader import render_to_string
from django.utils import translation

from core.mail import queue_email

from . import links
from .describe import describe, follows_of


def unsubscribe_headers(subscriber):
    """The headers of every mail to a subscriber (the digests' too)."""
    return {
        "List-Unsubscribe": f"<{links.unsubscribe_url(subscriber)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def queue_confirmation(subscriber):
    """Queue the mail that confirms what the subscriber follows, in the current transaction.
    With nothing waiting for confirmation it says what they follow already and links to the
    page where they manage it (how someone who lost that link gets it back)."""
    with translation.override(subscriber.language):
        follows = describe(follows_of(subscriber))
        context = {
            "waiting": [words for follow, words in follows if follow.confirmed_at is None],
            "confirmed": [words for follow, words in follows if follow.confirmed_at],
            "confirm_url": links.confirm_url(subscriber),
            "manage_url": links.manage_url(subscriber),
            "unsubscribe_url": links.unsubscribe_url(subscriber),
            "frequency": subscriber.get_frequency_display(),
        }
        subject = render_to_string("following/email/confirmation_subject.txt", context)
        body = render_to_string("following/email/confirmation.txt", context)
    queue_email(subject, body, [subscriber.email], headers=unsubscribe_headers(subscriber))
