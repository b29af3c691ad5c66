"""How long the sender of a practice example is remembered (apply_retention, daily)."""

import datetime

from django.db.models import Q

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
