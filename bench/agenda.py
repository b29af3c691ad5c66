"""Time the agenda (upcoming, a theme, a month, past events) and an event page; count queries.

    DATABASE_URL=postgres://... .venv/bin/python bench/agenda.py [--runs 200]

Run it on a database filled by `manage.py bench_seed_events --events N` (see bench/README.md).
Prints a Markdown table: per case the SQL queries of one request, the number of events the list
finds, and the median and 95th percentile of the server time over the runs. All in one process
with Django's test client (no network, no server), with DEBUG off as in production: DEBUG keeps a
log of every query, which costs time. The queries are counted in a request of their own.

The cases take turns, request by request, so a swing in CPU speed hits each of them alike.
"""

import argparse
import datetime
import logging
import math
import os
import re
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kennisbank.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.signals import request_started  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from wagtail.models import Locale  # noqa: E402

from events.models import EventIndexPage, EventPage  # noqa: E402
from taxonomy.models import Theme  # noqa: E402

COUNT = re.compile(r'class="agenda-results__count"[^>]*>\s*(\d+)')


def cases():
    locale = Locale.get_default()
    index = EventIndexPage.objects.live().filter(locale=locale).first()
    if index is None:
        sys.exit("No agenda: run `manage.py bench_seed_events` first.")
    base = index.url
    now = timezone.now()
    events = EventPage.objects.live().filter(locale=locale)
    upcoming = events.filter(ends_at__gt=now)
    theme = (
        Theme.objects.filter(locale=locale)
        .annotate(n=Count("eventpage"))
        .order_by("-n", "slug")
        .values_list("slug", flat=True)
        .first()
    )
    month = timezone.localdate() + datetime.timedelta(days=40)  # a month well into the future
    # The richest event page: upcoming, registration on the site with a capacity, a programme.
    detail = (
        upcoming.filter(
            slug__startswith="bench-",
            registration_mode=EventPage.RegistrationMode.SITE,
            capacity__isnull=False,
            programme_items__isnull=False,
        )
        .order_by("starts_at")
        .first()
        or upcoming.order_by("starts_at").first()
    )
    if detail is None:
        sys.exit("No upcoming events: run `manage.py bench_seed_events` first.")
    return [
        ("upcoming, no filters", base),
        ("theme filter", f"{base}?{urlencode({'thema': theme})}"),
        ("month filter", f"{base}?{urlencode({'maand': month.strftime('%Y-%m')})}"),
        ("past events", f"{base}?{urlencode({'periode': 'verleden'})}"),
        ("event page", detail.url),
    ]


def percentile(sorted_values, fraction):
    return sorted_values[max(0, math.ceil(len(sorted_values) * fraction) - 1)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=200, help="requests per case (200)")
    args = parser.parse_args()

    started = time.monotonic()
    load_before = os.getloadavg()[0]  # other work on the machine slows every figure
    settings.DEBUG = False  # before the first request: no query log, templates as in production
    request_started.disconnect(reset_queries)  # keep the query log across the request
    logging.disable(logging.WARNING)
    client = Client(HTTP_HOST="localhost")
    rows = []
    timings = {}
    for name, url in cases():
        client.get(url)  # warm caches, template loaders and renditions
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        match = COUNT.search(response.content.decode())
        rows.append([name, url, response.status_code, len(queries), match and match[1]])
        timings[url] = []
    for _ in range(args.runs):
        for _name, url, *_rest in rows:
            start = time.perf_counter()
            client.get(url)
            timings[url].append((time.perf_counter() - start) * 1000)

    total = EventPage.objects.live().filter(locale=Locale.get_default()).count()
    load = " / ".join(f"{value:.1f}" for value in (load_before, *os.getloadavg()[:1]))
    print(
        f"{total} live Dutch events, {connection.vendor}, {args.runs} requests per case, "
        f"{time.monotonic() - started:.0f} s; load average before / after: {load}\n"
    )
    print("| case | address | status | queries | events found | median ms | p95 ms |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for name, url, status, queries, shown in rows:
        values = sorted(timings[url])
        print(
            f"| {name} | `{url}` | {status} | {queries} | {shown or ''} "
            f"| {statistics.median(values):.1f} | {percentile(values, 0.95):.1f} |"
        )


if __name__ == "__main__":
    main()
