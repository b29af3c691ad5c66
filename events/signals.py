"""What happens when an event is published: its calendar SEQUENCE goes up, so calendar apps
update the event instead of adding a second copy; and when a registration changes: the cached
pages that show the event's places are out of date (core/page_cache.py)."""

from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.signals import page_published

from core import page_cache

from .models import EventPage, Registration, card_key, places_key


@receiver(page_published)
def count_calendar_change(sender, instance, **kwargs):
    if isinstance(instance, EventPage):
        EventPage.objects.filter(pk=instance.pk).update(sequence=F("sequence") + 1)
        instance.sequence += 1


@receiver(page_published)
def tell_registrants(sender, instance, **kwargs):
    """A cancelled event: every registrant hears it once; more places: the waiting list moves
    up (registration.event_published). Runs after count_calendar_change, so the .ics in the
    e-mails carries the new SEQUENCE."""
    if isinstance(instance, EventPage):
        from .registration import event_published

        event_published(instance)


@receiver([post_save, post_delete], sender=Registration)
def places_changed(sender, instance, **kwargs):
    """The event's own page, which shows how many places are left, is rendered afresh; so are the
    agenda and the cards elsewhere when what a card shows changed (after the commit: card_changed).
    The rest of the site stays in the page cache."""
    if Registration.event.is_cached(instance):
        translation_key = instance.event.translation_key
    else:
        events = EventPage.objects.filter(pk=instance.event_id)
        translation_key = events.values_list("translation_key", flat=True).first()
    if translation_key is not None:
        page_cache.changed(places_key(translation_key))
        event_id = instance.event_id
        transaction.on_commit(lambda: card_changed(event_id, translation_key))


def card_changed(event_id, translation_key):
    """Raise the event's card key when what its card shows (EventPage.card_registration) is no
    longer what the cache remembers. Under the event's row lock, as registering takes it: the
    changes of one event are compared one after another, each with what the one before it saw,
    so the remembered value always ends as the last committed state. A value the cache lost
    counts as changed."""
    with transaction.atomic():
        event = EventPage.objects.select_for_update(of=("self",)).filter(pk=event_id).first()
        if event is None:
            return
        shows = [str(value) if value is not None else None for value in event.card_registration()]
        remembered = f"event-card-shows:{translation_key}"
        if cache.get(remembered) != shows:
            page_cache.changed(card_key(translation_key))
            cache.set(remembered, shows, timeout=None)
