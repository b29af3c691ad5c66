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
import logging
import re
import threading
import time

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from .models import QueryDailyMisses
from .stemming import query_terms

logger = logging.getLogger(__name__)

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


class Tally:
    """The searches this process counted and has not written yet: {(day, query): [hits, misses]}.

    Counting a search in the database on every request made each search a write and a commit:
    a cached search page took five times the work of another cached page, most of it waiting
    for the commit (issue 18). The counts are written together instead, at most every
    SEARCH_INSIGHT_WRITE_SECONDS: at the next search or request of the process after that, when
    the report is shown, and when the process exits. A process that is killed loses what it
    counted since its last write (at most those seconds). 0 writes every search at once."""

    def __init__(self):
        self.counts = {}
        self.lock = threading.Lock()
        self.written_at = time.monotonic()

    def add(self, day, query_string, found):
        with self.lock:
            counts = self.counts.setdefault((day, query_string), [0, 0])
            counts[0] += 1
            if not found:
                counts[1] += 1

    def due(self):
        return bool(self.counts) and (
            time.monotonic() - self.written_at >= settings.SEARCH_INSIGHT_WRITE_SECONDS
        )

    def write(self):
        """Write what was counted, in one transaction; on failure the counts are kept for the
        next write."""
        with self.lock:
            counts, self.counts = self.counts, {}
            self.written_at = time.monotonic()
        if not counts:
            return
        try:
            with transaction.atomic():
                # In one order in every process: two processes writing the same queries' rows
                # in different orders deadlocked (PostgreSQL aborts one of them).
                for (day, query_string), (hits, misses) in sorted(counts.items()):
                    logged = _query(query_string, day)
                    if logged is None:
                        continue
                    _count(QueryDailyHits, "hits", logged, day, hits)
                    if misses:
                        _count(QueryDailyMisses, "misses", logged, day, misses)
        except DatabaseError:
            logger.exception("Search counts not written; kept for the next try")
            with self.lock:
                for key, (hits, misses) in counts.items():
                    kept = self.counts.setdefault(key, [0, 0])
                    kept[0] += hits
                    kept[1] += misses


tally = Tally()


def record_search(query, found):
    """Count one search for `query` today, and one that found nothing when `found` is false."""
    query_string = loggable(query)
    if query_string is None:
        return
    tally.add(timezone.localdate(), query_string, found)
    write_when_due()


def write_when_due(**kwargs):
    """Write the process's counts when SEARCH_INSIGHT_WRITE_SECONDS have passed (also connected
    to every request's end, so a process that stops getting searches still writes them)."""
    if tally.due():
        tally.write()


def write_counts():
    """Write the process's counts now (before the report is read; at exit)."""
    tally.write()


def write_at_exit():
    try:
        tally.write()
    except Exception:  # the interpreter is going: log, never raise
        logger.exception("Search counts not written at exit")


def _query(query_string, day):
    """The logged Query of `query_string`, made when new unless the day's new queries are at
    their maximum (then None)."""
    logged = Query.objects.filter(query_string=query_string).first()
    if logged is not None:
        return logged
    new_today = f"search-insight-new-queries:{day.isoformat()}"
    cache.add(new_today, 0, timeout=2 * 24 * 3600)
    if cache.get(new_today, 0) >= settings.SEARCH_INSIGHT_MAX_NEW_QUERIES_PER_DAY:
        return None
    logged, created = Query.objects.get_or_create(query_string=query_string)
    if created:
        try:
            cache.incr(new_today)
        except ValueError:  # expired in between
            cache.add(new_today, 1, timeout=2 * 24 * 3600)
    return logged


def _count(model, field, query, date, number=1):
    """Add `number` to the day's row, making it when it is the day's first (also when another
    process makes it at the same moment)."""
    rows = model.objects.filter(query=query, date=date)
    if rows.update(**{field: F(field) + number}):
        return
    try:
        with transaction.atomic():
            model.objects.create(query=query, date=date, **{field: number})
    except IntegrityError:
        rows.update(**{field: F(field) + number})


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
