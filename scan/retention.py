"""How long an unfinished scan is kept (apply_retention, daily): scans never completed and not
answered for SCAN_UNFINISHED_RETENTION_DAYS are deleted; completed scans stay, they make the
national averages."""

import datetime

from django.conf import settings

from core import retention

from .models import ScanResponse


def unfinished_scans(days, now):
    return ScanResponse.objects.filter(
        completed_at__isnull=True, updated_at__lt=now - datetime.timedelta(days=days)
    )


@retention.rule(20)
def abandoned_scans(now, dry_run):
    days = settings.SCAN_UNFINISHED_RETENTION_DAYS
    scans = unfinished_scans(days, now)
    count = retention.delete(scans, dry_run)
    return retention.Outcome("unfinished scans deleted", count, f"untouched for {days} days")
