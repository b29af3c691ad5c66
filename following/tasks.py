"""The digests' task: sending a list of digests in the task worker (following/sending.py)."""

from django_tasks import task

from core.mail import enqueue

from . import sending


@task(takes_context=True)
def send_digests(context, digest_ids):
    """Send the digests; what is left when the task runs long goes on in a new task (with an
    id of its own: those digests were not claimed yet)."""
    left = sending.send_digests(digest_ids, claimant=str(context.task_result.id))
    if left:
        enqueue(send_digests, left)
