"""How long the sender of a practice example is remembered (apply_retention, daily)."""

import datetime

from django.conf import settings
from django.db.models import Q

from core import retention

from .models import Submission

# A submission nobody acted on is forgotten after this long, whatever became of its page.
SUBMISSION_MAX_DAYS = 365


def expired_submissions(days, now):
    """Submissions whose sender was told the outcome more than `days` ago, or that were sent
    more than SUBMISSION_MAX_DAYS ago."""
    told = now - datetime.timedelta(days=days)
    return Submission.objects.filter(
        Q(published_mail_at__lt=told)
        | Q(rejected_mail_at__lt=told)
        | Q(submitted_at__lt=now - datetime.timedelta(days=SUBMISSION_MAX_DAYS))
    )


@retention.rule(30)
def senders(now, dry_run):
    days = settings.SUBMISSION_RETENTION_DAYS
    due = expired_submissions(days, now)
    count = retention.delete(due, dry_run)
    return retention.Outcome("example senders deleted", count, f"told the outcome {days} days ago")
