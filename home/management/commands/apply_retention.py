"""The daily retention job (deploy/systemd/kennisbank-retention.timer): personal and temporary
data is kept no longer than needed.

- registrations: the registrations (and activity submitters) of events that ended more than
  EVENTS_REGISTRATION_RETENTION_DAYS ago are anonymised (events/retention.py);
- scans: scans never completed and not answered for SCAN_UNFINISHED_RETENTION_DAYS are deleted;
  completed scans stay, they make the national averages;
- task results: finished background tasks (sent e-mails and failures) older than
  TASKS_RESULT_RETENTION_DAYS are deleted with django-tasks-db's prune_db_task_results;
- login failures: django-axes' failed attempts whose cool-off (AXES_COOLOFF_TIME) has passed;
- senders of practice examples: their name and e-mail (practice_examples.Submission)
  SUBMISSION_RETENTION_DAYS after they were told the outcome, a year after sending at most;
- search counts: the daily counts of what visitors searched for (no personal data, but no use
  after the report's window) older than SEARCH_INSIGHT_DAYS are deleted (search/insight.py).

Running it again changes nothing; --dry-run counts what it would do and changes nothing.
"""

import datetime
from types import SimpleNamespace

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import timezone

from events.retention import apply_event_retention
from home.task_queue import database_task_backends
from practice_examples.models import Submission
from practice_examples.retention import expired_submissions
from scan.models import ScanResponse
from search.insight import clean as clean_search_counts


def unfinished_scans(days, now):
    return ScanResponse.objects.filter(
        completed_at__isnull=True, updated_at__lt=now - datetime.timedelta(days=days)
    )


def finished_task_results(days, now, backend):
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.finished().filter(
        backend_name=backend, finished_at__lte=now - datetime.timedelta(days=days)
    )


def expired_login_failures(now):
    """django-axes' failed attempts whose cool-off has passed: (queryset, handler, request), the
    handler's clean_expired_user_attempts deletes them; None when axes keeps them elsewhere or
    forever (no AXES_COOLOFF_TIME)."""
    from axes.attempts import get_cool_off_threshold
    from axes.handlers.proxy import AxesProxyHandler
    from axes.helpers import get_cool_off
    from axes.models import AccessAttempt

    handler = AxesProxyHandler.get_implementation()
    request = SimpleNamespace(axes_attempt_time=now)  # what axes' threshold is counted from
    if not hasattr(handler, "clean_expired_user_attempts") or get_cool_off(request) is None:
        return None
    expired = AccessAttempt.objects.filter(attempt_time__lte=get_cool_off_threshold(request))
    return expired, handler, request


class Command(BaseCommand):
    help = (
        "Anonymise old registrations, delete abandoned scans, senders of examples, old task "
        "results, expired login failures and old search counts (run daily)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what is due, change nothing."
        )

    def handle(self, *args, dry_run, **options):
        now = timezone.now()
        verb = "due" if dry_run else "done"
        self.stdout.write(f"Retention ({'dry run' if dry_run else 'applied'}):")

        days = settings.EVENTS_REGISTRATION_RETENTION_DAYS
        registrations, submitters = apply_event_retention(days, dry_run=dry_run)
        self.report(
            "registrations anonymised",
            registrations,
            verb,
            f"{submitters} activity submitter(s) too; events ended over {days} days ago",
        )

        days = settings.SCAN_UNFINISHED_RETENTION_DAYS
        scans = unfinished_scans(days, now)
        count = scans.count() if dry_run else scans.delete()[1].get(ScanResponse._meta.label, 0)
        self.report("unfinished scans deleted", count, verb, f"untouched for {days} days")

        days = settings.SUBMISSION_RETENTION_DAYS
        senders = expired_submissions(days, now)
        count = senders.count() if dry_run else senders.delete()[1].get(Submission._meta.label, 0)
        self.report("example senders deleted", count, verb, f"told the outcome {days} days ago")

        days = settings.TASKS_RESULT_RETENTION_DAYS
        backends = database_task_backends()
        count = 0
        for backend in backends:
            count += finished_task_results(days, now, backend).count()
            if not dry_run:
                call_command(
                    "prune_db_task_results",
                    f"--backend={backend}",
                    "--queue-name=*",
                    f"--min-age-days={days}",
                    verbosity=0,
                )
        if backends:
            self.report("task results deleted", count, verb, f"finished over {days} days ago")
        else:
            self.stdout.write("  task results: none kept (no database task backend)")

        failures = expired_login_failures(now)
        if failures is None:
            self.stdout.write("  login failures: kept by axes itself")
        else:
            expired, handler, request = failures
            count = expired.count() if dry_run else handler.clean_expired_user_attempts(request)
            self.report("expired login failures deleted", count, verb, "cool-off passed")

        days = settings.SEARCH_INSIGHT_DAYS
        count = clean_search_counts(days, dry_run=dry_run)
        self.report("daily search counts deleted", count, verb, f"older than {days} days")

    def report(self, what, count, verb, detail):
        self.stdout.write(f"  {what}: {count} {verb} ({detail})")
