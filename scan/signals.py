"""A published questionnaire gets its version at once (not at the first answer)."""

from django.dispatch import receiver

from wagtail.signals import page_published

from .models import ScanPage


@receiver(page_published, sender=ScanPage)
def make_version(sender, instance, **kwargs):
    instance.current_version()
