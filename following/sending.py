"""Sending digests: claimed one at a time, so that each goes out once, rendered in the
subscriber's language as HTML with a plain-text part.

A task (following/tasks.py `send_digests`) sends a list of digests. Each is claimed with one
conditional UPDATE, queued → sending, that records the task's id (`claimed_by`); of two workers
that reach the same digest at once (the same digest named by two tasks), only one changes the
row, the other leaves it. Once sent, the digest is `sent` and no task touches it again.

A worker that dies while sending leaves its digest `sending`, claimed by its task. The task
queue runs that same task again (core/task_queue.py: after TASKS_RUNNING_TIMEOUT, or after its
back-off when it failed); the new attempt has the same id and so may take over what it had
claimed. The digest then goes out, rarely twice (the worker died after the mail server took it
and before the row said so) but then with the same Message-ID (chosen at queuing), which mail
clients recognise. Another task never takes over a `sending` digest: it may be being sent now.

What was unpublished (or made private, or ended) since the digest was queued is left out; a
digest with nothing left is marked `empty` and not mailed.

A task starts no new digest after SEND_BUDGET seconds and returns the rest, which tasks.py
queues as a new task: no task runs near TASKS_RUNNING_TIMEOUT, after which the task queue would
take it for abandoned and run it a second time beside the first.
"""

import datetime
import time

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

from wagtail.models import Page, Site

from core.links import absolute_url, page_url
from core.localization import default_locale
from core.mail import delivery_connection, single_line
from development_groups.models import DevelopmentSessionPage, SessionOutcome
from events.cards import event_place, event_when, prepare_cards
from events.models import EventPage
from home.models import SiteSettings
from practice_examples.models import PracticeExamplePage

from . import links
from .mails import unsubscribe_headers
from .models import Digest
from .news import EVENTS, EXAMPLES, KINDS, SUMMARIES

# What a digest shows of an example or a session, and what its address needs.
LISTED_FIELDS = ("title", "intro", "url_path", "locale_id", "translation_key", "path", "depth")


def send_budget():
    """Seconds a task may start new digests: a quarter of the time after which the task queue
    would take it for abandoned, at most two minutes."""
    return min(settings.TASKS_RUNNING_TIMEOUT / 4, 120)


class Content:
    """The pages the digests of one task name, loaded once for all of them (a few queries) and
    only as far as they are still live, public and, for events, not over."""

    def __init__(self, digests, now=None):
        now = now or timezone.now()
        ids = {kind: set() for kind in KINDS}
        for digest in digests:
            for kind in KINDS:
                ids[kind].update(digest.items.get(kind, []))
        private = Page.objects.private_q()  # the site's private sections, in one query
        self.examples = {
            page.pk: page
            for page in PracticeExamplePage.objects.live()
            .exclude(private)
            .filter(pk__in=ids[EXAMPLES])
            .only(*LISTED_FIELDS)
        }
        events = (
            EventPage.objects.live().exclude(private).filter(pk__in=ids[EVENTS], ends_at__gt=now)
        )
        self.events = {event.pk: event for event in prepare_cards(events)}
        sessions = list(
            DevelopmentSessionPage.objects.live()
            .exclude(private)
            .filter(pk__in=ids[SUMMARIES])
            .only(*LISTED_FIELDS)
        )
        texts = dict(
            SessionOutcome.objects.filter(
                public_summary_published=True,
                session__locale=default_locale(),
                session__translation_key__in=[session.translation_key for session in sessions],
            ).values_list("session__translation_key", "public_summary")
        )
        self.summaries = {
            session.pk: (session, texts[session.translation_key])
            for session in sessions
            if session.translation_key in texts
        }
        self._urls = {}
        site = Site.objects.filter(is_default_site=True).first()
        self.settings = SiteSettings.for_site(site) if site else None

    def url(self, page):
        if page.pk not in self._urls:
            self._urls[page.pk] = page_url(page)
        return self._urls[page.pk]

    def examples_of(self, digest):
        return [
            {"page": page, "url": self.url(page)}
            for page in self._pages(self.examples, digest.items.get(EXAMPLES, []))
        ]

    def events_of(self, digest):
        """Each with when and where in words and what the event's card says of registering,
        or that it was cancelled or postponed; call it in the subscriber's language."""
        result = []
        for event in self._pages(self.events, digest.items.get(EVENTS, [])):
            off = event.off_or_over_state()
            result.append(
                {
                    "page": event,
                    "url": self.url(event),
                    "when": event_when(event),
                    "place": event_place(event),
                    "state": event.card_state,
                    "places_left": event.card_places_left,
                    "off": off.label if off else "",
                }
            )
        return result

    def summaries_of(self, digest):
        return [
            {"page": session, "url": self.url(session), "summary": text}
            for session, text in self._pages(self.summaries, digest.items.get(SUMMARIES, []))
        ]

    @staticmethod
    def _pages(loaded, ids):
        return [loaded[pk] for pk in ids if pk in loaded]


def subject(counts):
    """ "New in the Kennisbank: 3 practice examples and 2 events", in the active language."""
    parts = []
    if counts[EXAMPLES]:
        parts.append(
            ngettext("%(count)d practice example", "%(count)d practice examples", counts[EXAMPLES])
            % {"count": counts[EXAMPLES]}
        )
    if counts[EVENTS]:
        parts.append(
            ngettext("%(count)d event", "%(count)d events", counts[EVENTS])
            % {"count": counts[EVENTS]}
        )
    if counts[SUMMARIES]:
        parts.append(
            ngettext("%(count)d session summary", "%(count)d session summaries", counts[SUMMARIES])
            % {"count": counts[SUMMARIES]}
        )
    news = parts[0]
    if len(parts) > 1:
        news = gettext("%(first)s and %(last)s") % {
            "first": ", ".join(parts[:-1]),
            "last": parts[-1],
        }
    return gettext("New in the Kennisbank: %(news)s") % {"news": news}


def render(digest, content):
    """(subject, text, html) of a digest in its subscriber's language, or None
    when nothing it named can still be shown."""
    subscriber = digest.subscriber
    with translation.override(subscriber.language):
        context = {
            EXAMPLES: content.examples_of(digest),
            EVENTS: content.events_of(digest),
            SUMMARIES: content.summaries_of(digest),
        }
        counts = {kind: len(context[kind]) for kind in KINDS}
        if not any(counts.values()):
            return None
        org = content.settings
        context.update(
            subject=single_line(subject(counts)),
            language=subscriber.language,
            first_day=timezone.localdate(digest.period_start),
            last_day=timezone.localdate(digest.period_end) - datetime.timedelta(days=1),
            manage_url=links.manage_url(subscriber),
            unsubscribe_url=links.unsubscribe_url(subscriber),
            site_name=org.organisation_name if org else "Kennisbank",
            site_url=absolute_url(
                "/" if subscriber.language == settings.LANGUAGE_CODE else f"/{subscriber.language}/"
            ),
        )
        text = render_to_string("following/email/digest.txt", context)
        html = render_to_string("following/email/digest.html", context)
    return context["subject"], text, html


def message(digest, content, connection=None):
    """The digest as an EmailMultiAlternatives, or None when nothing is left to show."""
    rendered = render(digest, content)
    if rendered is None:
        return None
    subject_, text, html = rendered
    mail = EmailMultiAlternatives(
        subject=subject_,
        body=text,
        to=[digest.subscriber.email],
        headers={
            "Message-ID": digest.message_id,
            **unsubscribe_headers(digest.subscriber),
        },
        connection=connection,
    )
    mail.attach_alternative(html, "text/html")
    return mail


def claim(digest, claimant):
    """Whether `claimant` (a task's id) may send the digest now: it was queued, or this same
    task had claimed it before (an earlier attempt that died or failed)."""
    mine = Q(state=Digest.State.QUEUED) | Q(state=Digest.State.SENDING, claimed_by=claimant)
    return bool(
        Digest.objects.filter(mine, pk=digest.pk).update(
            state=Digest.State.SENDING, claimed_by=claimant
        )
    )


def finish(digest, claimant, state):
    Digest.objects.filter(pk=digest.pk, state=Digest.State.SENDING, claimed_by=claimant).update(
        state=state, sent_at=timezone.now()
    )


def send_digests(digest_ids, claimant):
    """Send the digests of `digest_ids` that are still to be sent. Returns the ids left when
    the task ran out of time (to go on in a new task), else []."""
    started = time.monotonic()
    digests = list(
        Digest.objects.filter(
            pk__in=digest_ids, state__in=[Digest.State.QUEUED, Digest.State.SENDING]
        )
        .select_related("subscriber")
        .order_by("pk")
    )
    if not digests:
        return []
    content = Content(digests)
    connection = delivery_connection()
    with connection:
        for index, digest in enumerate(digests):
            if time.monotonic() - started > send_budget():
                return [left.pk for left in digests[index:]]
            if not claim(digest, claimant):
                continue
            mail = message(digest, content, connection)
            if mail is None:
                finish(digest, claimant, Digest.State.EMPTY)
                continue
            mail.send()
            finish(digest, claimant, Digest.State.SENT)
    return []
