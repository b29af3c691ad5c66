"""Recompute the scan's averages (ScanStatistic) from the completed responses.

The averages are running totals, kept up to date as scans are completed. Run this after
repairing or importing responses, or when in doubt: it replaces every total with what the
responses say, in one transaction. Running it again changes nothing.
"""

from django.core.management.base import BaseCommand

from scan import statistics
from scan.models import ScanResponse, ScanStatistic


class Command(BaseCommand):
    help = "Recompute the averages of the scan from the completed responses."

    def handle(self, *args, **options):
        statistics.rebuild()
        completed = ScanResponse.objects.filter(completed_at__isnull=False).count()
        totals = ScanStatistic.objects.count()
        self.stdout.write(
            f"Rebuilt the scan averages from {completed} completed scan(s): {totals} total(s)."
        )
