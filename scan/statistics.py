"""Averages per domain for comparison, kept as running totals (ScanStatistic).

A completed scan adds its domain scores to four scopes: all scans, its sector, its region (for
the editors' report) and its sector within its region. A result compares with all scans and with
similar schools (the same sector; the same sector in the same region): with the *other* scans of
a scope (its own score taken out) and only when there are at least MIN_COMPARISON of them, so no
school can be recognised in an average. Nor by subtraction: a narrower group is left out when the
wider group shown beside it has between 1 and MIN_COMPARISON - 1 scans more (their average would
follow from the two figures).
"""

from collections import defaultdict
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F

from .models import ScanResponse, ScanStatistic

MIN_COMPARISON = 10
ALL = "all"


def sector_scope(sector_id):
    return f"sector:{sector_id}" if sector_id else None


def sector_region_scope(sector_id, region_id):
    return f"sector:{sector_id}:region:{region_id}" if sector_id and region_id else None


def scopes(response):
    """The scopes a response counts in: all scans, its sector, its region, its sector in its
    region (as far as given)."""
    found = [ALL]
    if response.sector_id:
        found.append(sector_scope(response.sector_id))
    if response.region_id:
        found.append(f"region:{response.region_id}")
    if response.sector_id and response.region_id:
        found.append(sector_region_scope(response.sector_id, response.region_id))
    return found


def compared_scopes(response):
    """The scopes a result compares with, widest first: all scans, the same sector, the same
    sector in the same region (as far as given)."""
    found = [ALL, sector_scope(response.sector_id)]
    found.append(sector_region_scope(response.sector_id, response.region_id))
    return [scope for scope in found if scope]


def record(response):
    """Add a completed response's scores to the totals (call once, inside its transaction)."""
    scored = {key: score for key, score in (response.scores or {}).items() if score is not None}
    if not scored:
        return
    rows = [
        ScanStatistic(domain_key=key, scope=scope) for key in scored for scope in scopes(response)
    ]
    ScanStatistic.objects.bulk_create(rows, ignore_conflicts=True)
    rows = ScanStatistic.objects.filter(domain_key__in=scored, scope__in=scopes(response))
    # Lock in one order, so two scans completed at the same moment cannot deadlock.
    list(rows.select_for_update().order_by("pk").values_list("pk", flat=True))
    for key, score in scored.items():
        rows.filter(domain_key=key).update(
            responses=F("responses") + 1, score_total=F("score_total") + score
        )


@transaction.atomic
def rebuild():
    """Recompute every total from the completed responses (after a repair or an import)."""
    totals = defaultdict(lambda: [0, 0.0])
    responses = ScanResponse.objects.filter(completed_at__isnull=False).only(
        "scores", "sector_id", "region_id"
    )
    for response in responses.iterator(chunk_size=2000):
        for key, score in (response.scores or {}).items():
            if score is None:
                continue
            for scope in scopes(response):
                total = totals[key, scope]
                total[0] += 1
                total[1] += score
    ScanStatistic.objects.all().delete()
    ScanStatistic.objects.bulk_create(
        ScanStatistic(domain_key=key, scope=scope, responses=count, score_total=total)
        for (key, scope), (count, total) in totals.items()
    )


@dataclass(frozen=True)
class Average:
    score: float
    count: int


def separable(wider, narrower):
    """Whether the scans in `wider` but not in `narrower` are few enough (1 to MIN_COMPARISON - 1)
    to be recognised from the two averages."""
    return 0 < wider - narrower < MIN_COMPARISON


def comparison(response):
    """{scope: {domain key: Average of the other scans}} for the scopes the result compares with
    (compared_scopes, in that order), in one query.

    A domain appears only where at least MIN_COMPARISON other scans scored it, and in a narrower
    scope only where no wider scope shown for it tells a small group apart (separable).
    """
    compared = compared_scopes(response)
    own = {key: score for key, score in (response.scores or {}).items() if score is not None}
    rows = ScanStatistic.objects.filter(
        domain_key__in=list(response.scores or {}), scope__in=compared
    ).values_list("scope", "domain_key", "responses", "score_total")
    found = {}
    for scope, key, count, total in rows:
        if response.is_complete and key in own:  # take the school's own score out
            count, total = count - 1, total - own[key]
        if count >= MIN_COMPARISON:
            found[scope, key] = Average(score=round(total / count, 1), count=count)
    result = {scope: {} for scope in compared}
    for position, scope in enumerate(compared):
        for (found_scope, key), average in found.items():
            if found_scope != scope:
                continue
            wider = [result[other].get(key) for other in compared[:position]]
            if not any(w is not None and separable(w.count, average.count) for w in wider):
                result[scope][key] = average
    return result
