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
