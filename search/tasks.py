from django_tasks import task
from django_tasks.base import TASK_MIN_PRIORITY

from .vocabulary import rebuild_vocabulary


# Last in the queue: a rebuild reads the search index, so every index update queued before the
# worker gets to it (also one queued after it, by a commit that found it already waiting,
# search/signals.py) must run first.
@task(priority=TASK_MIN_PRIORITY)
def rebuild_vocabulary_task():
    rebuild_vocabulary()
