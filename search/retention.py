"""How long search counts are kept (apply_retention, daily): the daily counts of what visitors
searched for hold no personal data, but are of no use after the report's window
(SEARCH_INSIGHT_DAYS); older ones are deleted (search/insight.py)."""

from django.conf import settings

from core import retention

from .insight import clean


@retention.rule(60)
def search_counts(now, dry_run):
    days = settings.SEARCH_INSIGHT_DAYS
    count = clean(days, dry_run=dry_run)
    return retention.Outcome("daily search counts deleted", count, f"older than {days} days")
