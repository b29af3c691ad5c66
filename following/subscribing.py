"""Subscribing, confirming and unsubscribing: the rules behind following's pages.

One Subscriber per address (stripped, lower case). Following something adds a Follow, which
waits for the link in the confirmation mail; the same follow twice is one follow. An address
gets at most one mail an hour from here, whatever is posted: the page after the form always
says the same, so the form never tells whether an address is subscribed.

Every change runs in one transaction that locks the subscriber's row (`SELECT ... FOR UPDATE`):
ten identical posts at once make one subscriber, one follow and one mail. Where the row does
not exist yet, the unique address decides: one insert wins, the others wait for its commit,
fail, and then lock the row it made. The mail is queued in the same transaction (core.mail).
"""

import datetime
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils import timezone

from core.localization import default_locale
from taxonomy.models import Region, Sector, Theme

from .mails import queue_confirmation
from .models import Follow, Subscriber

# No second mail to the same address within this time.
MAIL_INTERVAL = datetime.timedelta(hours=1)
VOCABULARIES = (("themes", Theme), ("regions", Region), ("sectors", Sector))


@dataclass(frozen=True)
class Wish:
    """What a visitor asked to follow: a scope and the slugs of its taxa (the same slug in
    every language)."""

    scope: str = Follow.Scope.EVERYTHING
    themes: tuple = field(default=())
    regions: tuple = field(default=())
    sectors: tuple = field(default=())

    def taxa(self):
        """{vocabulary: set of default-language taxon ids}: how a Follow stores them."""
        locale = default_locale()
        return {
            name: set(
                model.objects.filter(locale=locale, slug__in=getattr(self, name)).values_list(
                    "pk", flat=True
                )
            )
            for name, model in VOCABULARIES
        }


def normalise(email):
    return email.strip().lower()


def follow_key(scope, taxa):
    return (scope, *(frozenset(taxa[name]) for name, _model in VOCABULARIES))


def keys_of(follows):
    """{key: follow} of follows prefetched with their taxa."""
    return {
        follow_key(
            follow.scope,
            {
                name: {taxon.pk for taxon in getattr(follow, name).all()}
                for name, _m in VOCABULARIES
            },
        ): follow
        for follow in follows
    }


def locked_subscriber(email, language, frequency, now):
    """The address's subscriber, locked for this transaction; made when there is none. Call it
    inside an atomic block."""
    subscriber = Subscriber.objects.select_for_update().filter(email=email).first()
    if subscriber is not None:
        return subscriber
    try:
        with transaction.atomic():  # a savepoint: a twin's insert may win
            return Subscriber.objects.create(
                email=email, language=language, frequency=frequency, created_at=now
            )
    except IntegrityError:
        return Subscriber.objects.select_for_update().get(email=email)


def subscribe(email, language, frequency, wish, now=None):
    """Add `wish` to the address's follows and send the confirmation mail, unless one went to
    the address within the hour. Returns the subscriber (the page never shows it)."""
    email = normalise(email)
    now = now or timezone.now()
    taxa = wish.taxa()
    with transaction.atomic():
        subscriber = locked_subscriber(email, language, frequency, now)
        if not subscriber.is_confirmed:
            # Nothing is sent to it before confirmation: the latest form decides its mails.
            subscriber.language, subscriber.frequency = language, frequency
            subscriber.save(update_fields=["language", "frequency"])
        existing = keys_of(subscriber.follows.prefetch_related("themes", "regions", "sectors"))
        if follow_key(wish.scope, taxa) not in existing:
            follow = Follow.objects.create(subscriber=subscriber, scope=wish.scope, created_at=now)
            for name, _model in VOCABULARIES:
                getattr(follow, name).set(taxa[name])
        sent = subscriber.confirmation_sent_at
        if sent is None or now - sent >= MAIL_INTERVAL:
            subscriber.confirmation_sent_at = now
            subscriber.save(update_fields=["confirmation_sent_at"])
            queue_confirmation(subscriber)
    return subscriber


def confirm(subscriber, now=None, follow_ids=None):
    """Confirm the subscriber and the follows waiting for it: all of them, or those of
    `follow_ids` (what a page showed); confirming twice changes nothing. Returns the follows
    confirmed now."""
    now = now or timezone.now()
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().filter(pk=subscriber.pk).first()
        if subscriber is None:
            return []
        if subscriber.confirmed_at is None:
            subscriber.confirmed_at = now
            subscriber.digest_since = now
            subscriber.save(update_fields=["confirmed_at", "digest_since"])
        waiting = subscriber.follows.filter(confirmed_at__isnull=True)
        if follow_ids is not None:
            waiting = waiting.filter(pk__in=follow_ids)
        waiting = list(waiting)
        Follow.objects.filter(pk__in=[follow.pk for follow in waiting]).update(confirmed_at=now)
    return waiting


def unsubscribe(subscriber):
    """Delete the address and everything it follows; its links stop working."""
    Subscriber.objects.filter(pk=subscriber.pk).delete()


def remove_follow(subscriber, follow_id):
    """Stop one follow. The last one goes with the address: a subscription that follows
    nothing is deleted (True then)."""
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().filter(pk=subscriber.pk).first()
        if subscriber is None:
            return True
        subscriber.follows.filter(pk=follow_id).delete()
        if not subscriber.follows.exists():
            subscriber.delete()
            return True
    return False


def change_frequency(subscriber, frequency):
    Subscriber.objects.filter(pk=subscriber.pk).update(frequency=frequency)
