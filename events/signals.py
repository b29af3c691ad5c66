"""What happens when an event is published: its calendar SEQUENCE goes up, so calendar apps
update the event instead of adding a second copy."""

from django.db.models import F
from django.dispatch import receiver

from wagtail.signals import page_published

from .models import EventPage


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
