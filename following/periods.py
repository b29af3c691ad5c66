"""The period a digest covers: the last full ISO week (Monday to Sunday) or the last full
calendar month, in the site's time (Europe/Amsterdam), before a given moment."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from .models import Frequency


@dataclass(frozen=True)
class Period:
    frequency: str
    key: str  # "2026-W49" or "2026-12": unique per subscriber in Digest
    start: datetime.datetime  # aware, inclusive
    end: datetime.datetime  # aware, exclusive: the next period's start


def _midnight(day):
    zone = timezone.get_default_timezone()
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min), zone)


def last_full_period(frequency, now=None):
    """The last period of `frequency` that ended at or before `now`."""
    today = timezone.localdate(now or timezone.now())
    if frequency == Frequency.WEEKLY:
        end = today - datetime.timedelta(days=today.weekday())
        start = end - datetime.timedelta(days=7)
        year, week, _weekday = start.isocalendar()
        key = f"{year}-W{week:02d}"
    else:
        end = today.replace(day=1)
        start = (end - datetime.timedelta(days=1)).replace(day=1)
        key = f"{start:%Y-%m}"
    return Period(frequency, key, _midnight(start), _midnight(end))
