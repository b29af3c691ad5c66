"""What visitors search for, for the editors: every search of /zoeken/ and of the practice example
listing is counted per query and day, with Wagtail's query log (search_promotions' Query and
QueryDailyHits) and, for the searches that found nothing, QueryDailyMisses.

Nothing about who searched is stored: no user, address, session or time of day, only the query
and a count per day. A query is normalised first (lower case, spaces collapsed, cut to
MAX_LENGTH) so the report groups "Passend  Onderwijs" with "passend onderwijs"; a query without a
meaningful word, or that looks like an e-mail address or a phone number, is not stored.
At most SEARCH_INSIGHT_MAX_NEW_QUERIES_PER_DAY new queries are added a day, so a flood of random
queries cannot grow the tables without bound; counts older than SEARCH_INSIGHT_DAYS are deleted
by the daily `manage.py apply_retention` (`clean`).
"""

import datetime
import re

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from .models import QueryDailyMisses
from .stemming import query_terms

MAX_LENGTH = 100
PERSONAL = re.compile(r"@|\d[\d\s-]{5,}\d")  # an e-mail address, a phone or citizen number


CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def normalise(query):
    """The query as the report groups it: lower case, single spaces, no control characters
    (PostgreSQL refuses NUL), at most MAX_LENGTH."""
    return " ".join(CONTROL.sub(" ", query).lower().split())[:MAX_LENGTH].strip()


def loggable(query):
    normalised = normalise(query)
    if not normalised or PERSONAL.search(normalised) or not query_terms(normalised):
        return None
    return normalised


def record_search(query, found):
    """Count one search for `query` today, and one that found nothing when `found` is false."""
    query_string = loggable(query)
    if query_string is None:
        return
    today = timezone.localdate()
    logged = Query.objects.filter(query_string=query_string).first()
    if logged is None:
        new_today = f"search-insight-new-queries:{today.isoformat()}"
        cache.add(new_today, 0, timeout=2 * 24 * 3600)
        if cache.get(new_today, 0) >= settings.SEARCH_INSIGHT_MAX_NEW_QUERIES_PER_DAY:
            return
        logged, created = Query.objects.get_or_create(query_string=query_string)
        if created:
            try:
                cache.incr(new_today)
            except ValueError:  # expired in between
                cache.add(new_today, 1, timeout=2 * 24 * 3600)
    _count(QueryDailyHits, "hits", logged, today)
    if not found:
        _count(QueryDailyMisses, "misses", logged, today)


def _count(model, field, query, date):
    """Add one to the day's row, making it when it is the day's first (also when another request
    makes it at the same moment)."""
    rows = model.objects.filter(query=query, date=date)
    if rows.update(**{field: F(field) + 1}):
        return
    try:
        with transaction.atomic():
            model.objects.create(query=query, date=date, **{field: 1})
    except IntegrityError:
        rows.update(**{field: F(field) + 1})


def since(days=None):
    days = settings.SEARCH_INSIGHT_DAYS if days is None else days
    return timezone.localdate() - datetime.timedelta(days=days - 1)


def _totals(model, field, limit, days):
    return list(
        model.objects.filter(date__gte=since(days))
        .values("query_id", "query__query_string")
        .annotate(total=Sum(field))
        .order_by("-total", "query__query_string")[:limit]
    )


def most_frequent(limit=50, days=None):
    """[{query_id, query__query_string, total}] of the last `days` days, most searched first."""
    return _totals(QueryDailyHits, "hits", limit, days)


def found_nothing(limit=50, days=None):
    """The same for the searches that found nothing."""
    return _totals(QueryDailyMisses, "misses", limit, days)


def clean(days=None, dry_run=False):
    """Delete the counts older than the report's days, then the queries left without counts and
    without promotions. Returns how many daily counts were (or would be) deleted."""
    old_hits = QueryDailyHits.objects.filter(date__lt=since(days))
    old_misses = QueryDailyMisses.objects.filter(date__lt=since(days))
    count = old_hits.count() + old_misses.count()
    if not dry_run:
        old_misses.delete()
        old_hits.delete()
        Query.garbage_collect()
    return count
