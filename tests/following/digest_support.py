"""What the digest tests share: subscribers with their follows, content published at a chosen
moment, queuing and sending as the task worker would."""

from django.core import mail
from django.utils import timezone

from wagtail.models import Page

from development_groups.factories import DevelopmentSessionPageFactory, SessionOutcomeFactory
from events.factories import EventPageFactory
from following.models import Follow, Frequency, Subscriber
from following.queuing import queue_digests
from practice_examples.factories import PracticeExamplePageFactory


def subscribe(email, *follows, language="nl", frequency=Frequency.WEEKLY, since=None):
    """A confirmed subscriber; each follow a dict of scope and taxa lists."""
    since = since or timezone.now()
    subscriber = Subscriber.objects.create(
        email=email,
        language=language,
        frequency=frequency,
        confirmed_at=since,
        digest_since=since,
    )
    for spec in follows:
        follow = Follow.objects.create(
            subscriber=subscriber,
            scope=spec.get("scope", Follow.Scope.EVERYTHING),
            confirmed_at=since,
        )
        for name in ("themes", "regions", "sectors"):
            getattr(follow, name).set(spec.get(name, []))
    return subscriber


def published_at(page, moment):
    """Pretend `page` was first published at `moment`."""
    Page.objects.filter(pk=page.pk).update(first_published_at=moment)
    page.first_published_at = moment
    return page


def example(parent, moment, **fields):
    return published_at(PracticeExamplePageFactory(parent=parent, **fields), moment)


def event(parent, moment, **fields):
    return published_at(EventPageFactory(parent=parent, **fields), moment)


def session_with_summary(group, moment, summary="Wat we leerden over terugkeer.", **fields):
    session = DevelopmentSessionPageFactory(parent=group, **fields)
    published_at(session, moment - timezone.timedelta(days=30))
    outcome = SessionOutcomeFactory(
        session=session, public_summary=summary, public_summary_published=True
    )
    from following.models import SummaryPublication

    SummaryPublication.objects.filter(outcome=outcome).update(published_at=moment)
    return session, outcome


def queue_and_send(capture, now=None, **kwargs):
    """Queue what is due at `now` and run the send tasks (which the immediate task backend runs
    after the commit). Returns the mails sent."""
    before = len(mail.outbox)
    with capture(execute=True):
        totals = queue_digests(now=now, **kwargs)
    return totals, mail.outbox[before:]


def html_of(message):
    return next(content for content, mimetype in message.alternatives if mimetype == "text/html")
