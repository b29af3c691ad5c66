"""Rebuild the vocabulary after a commit that changed what the public may read: a page (saved,
published, moved, deleted), a page's privacy, a taxon. Once per transaction, in the background."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction

from taxonomy.models import Taxon

WATCHED = (Page, PageViewRestriction, Taxon)


def _enqueue_rebuild():
    from django_tasks_db import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    from .tasks import rebuild_vocabulary_task

    backend = rebuild_vocabulary_task.get_backend()
    if isinstance(backend, DatabaseBackend):
        waiting = DBTaskResult.objects.filter(
            task_path=rebuild_vocabulary_task.module_path, status="READY"
        )
        if waiting.exists():  # one rebuild waiting is enough: it reads the content as it is then
            return
    rebuild_vocabulary_task.enqueue()


def schedule_rebuild():
    """Queue a rebuild when the current transaction commits, once however many objects it
    changes (the demo content saves hundreds of pages in one transaction)."""
    pending = transaction.get_connection().run_on_commit
    if any(entry[1] is _enqueue_rebuild for entry in pending):
        return
    transaction.on_commit(_enqueue_rebuild)


@receiver(post_save, dispatch_uid="search.vocabulary.save")
@receiver(post_delete, dispatch_uid="search.vocabulary.delete")
def content_saved(sender, instance, raw=False, **kwargs):
    if not raw and isinstance(instance, WATCHED):
        schedule_rebuild()
