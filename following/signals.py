"""Remember when a session's public summary is first published (SummaryPublication): the digests
announce it then, and an edit afterwards does not announce it again."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from development_groups.models import SessionOutcome

from .models import SummaryPublication


@receiver(post_save, sender=SessionOutcome, dispatch_uid="following.summary_published")
def remember_publication(sender, instance, raw=False, **kwargs):
    if instance.public_summary_published and not raw:
        SummaryPublication.objects.get_or_create(outcome=instance)
