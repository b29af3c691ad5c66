"""A development group gets its members, facilitators, documents and ballot when it is created."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from .access import ensure_access
from .models import DevelopmentGroupPage


@receiver(post_save, sender=DevelopmentGroupPage)
def give_group_access(sender, instance, raw=False, **kwargs):
    if raw or instance.alias_of_id:
        return
    ensure_access(instance)
