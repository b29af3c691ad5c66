"""The daily digest job (deploy/systemd/kennisbank-digests.timer): queue the digests that are
due, the weekly ones of last week and the monthly ones of last month (following/queuing.py);
the task worker sends them. Running it again the same day queues nothing twice.
"""

from django.core.management.base import BaseCommand

from following.queuing import queue_digests


class Command(BaseCommand):
    help = "Queue the weekly and monthly digests that are due (run daily)."

    def handle(self, *args, **options):
        totals = queue_digests()
        self.stdout.write(
            f"{totals['subscribers']} subscribers due, {totals['digests']} digests queued "
            f"in {totals['tasks']} tasks"
        )
