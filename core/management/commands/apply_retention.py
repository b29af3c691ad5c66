"""The daily retention job (deploy/systemd/kennisbank-retention.timer): personal and temporary
data is kept no longer than needed. Each app declares its rules in its own `retention.py`
(core/retention.py); today they are:

- registrations: the registrations (and activity submitters) of events that ended more than
  EVENTS_REGISTRATION_RETENTION_DAYS ago are anonymised (events/retention.py);
- scans: scans never completed and not answered for SCAN_UNFINISHED_RETENTION_DAYS are deleted;
  completed scans stay, they make the national averages (scan/retention.py);
- senders of practice examples: their name and e-mail (practice_examples.Submission)
  SUBMISSION_RETENTION_DAYS after they were told the outcome, a year after sending at most
  (practice_examples/retention.py);
- task results: finished background tasks (sent e-mails and failures) older than
  TASKS_RESULT_RETENTION_DAYS are deleted with django-tasks-db's prune_db_task_results
  (core/retention.py);
- login failures: django-axes' failed attempts whose cool-off (AXES_COOLOFF_TIME) has passed
  (security/retention.py);
- search counts: the daily counts of what visitors searched for (no personal data, but no use
  after the report's window) older than SEARCH_INSIGHT_DAYS are deleted (search/retention.py).

Running it again changes nothing; --dry-run counts what it would do and changes nothing.
"""

from django.core.management.base import BaseCommand
from django.utils import timezone

from core.retention import Outcome, rules


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
        for apply in rules():
            outcome = apply(now, dry_run)
            if isinstance(outcome, Outcome):
                line = f"{outcome.what}: {outcome.count} {verb} ({outcome.detail})"
            else:
                line = outcome
            self.stdout.write(f"  {line}")
