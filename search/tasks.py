from django_tasks import task

from .vocabulary import rebuild_vocabulary


@task()
def rebuild_vocabulary_task():
    rebuild_vocabulary()
