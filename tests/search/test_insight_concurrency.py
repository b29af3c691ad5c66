"""Two server processes writing their search counts at the same moment (search/insight.py):
PostgreSQL's row locks, so only on PostgreSQL."""

import contextlib
import threading

import pytest

from django.db import connection
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search import insight
from tests.support import all_at_once

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL row locks: set DATABASE_URL to a PostgreSQL database to run it",
    ),
]


def test_two_processes_write_the_same_queries_without_a_deadlock(monkeypatch):
    today = timezone.localdate()
    for query_string in ("passend onderwijs", "verzuim"):
        QueryDailyHits.objects.create(
            query=Query.objects.create(query_string=query_string), date=today, hits=1
        )
    # Each process counted both queries, in the opposite order; each waits after its first row
    # until the other holds its first row too: written in that order, they would deadlock.
    tallies = [insight.Tally(), insight.Tally()]
    for tally, order in zip(
        tallies, (["passend onderwijs", "verzuim"], ["verzuim", "passend onderwijs"]), strict=True
    ):
        for query_string in order:
            tally.add(today, query_string, found=True)
    first_rows = threading.Barrier(2, timeout=1)
    count = insight._count

    def slow_count(model, field, query, date, number=1):
        count(model, field, query, date, number)
        # the other may be waiting for this one's row already: then go on
        with contextlib.suppress(threading.BrokenBarrierError):
            first_rows.wait()

    monkeypatch.setattr(insight, "_count", slow_count)
    all_at_once(2, lambda n: tallies[n].write())

    assert dict(QueryDailyHits.objects.values_list("query__query_string", "hits")) == {
        "passend onderwijs": 3,
        "verzuim": 3,
    }
    assert all(not tally.counts for tally in tallies)
