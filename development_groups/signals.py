"""A development group gets its members, facilitators, documents and ballot when it is created;
a question asked or removed renews the kept list of its group's questions."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from core import page_cache

from .access import ensure_access
from .models import DevelopmentGroupPage, Question, questions_key


@receiver(post_save, sender=Question)
@receiver(post_delete, sender=Question)
def questions_changed(sender, instance, **kwargs):
    page_cache.changed(questions_key(instance.group_page_id))


@receiver(post_save, sender=DevelopmentGroupPage)
def give_group_access(sender, instance, raw=False, **kwargs):
    if raw or instance.alias_of_id:
        return
    ensure_access(instance)
