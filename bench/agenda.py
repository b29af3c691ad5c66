"""Time the agenda (upcoming, a theme, a month, past events) and an event page; count queries.

    DATABASE_URL=postgres://... .venv/bin/python bench/agenda.py [--runs 200]

Run it on a database filled by `manage.py bench_seed_events --events N` (see bench/README.md).
Prints a Markdown table: per case the SQL queries of one request, the number of events the list
finds, and the median and 95th percentile of the server time over the runs.
How it measures: bench/common.py.
"""

import datetime
import re
import statistics
import sys
import time
from urllib.parse import urlencode

import common  # first: sets up Django

from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Locale

from events.models import EventIndexPage, EventPage
from taxonomy.models import Theme

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


def main():
    parser = common.argument_parser(__doc__)
    args = parser.parse_args()

    measurement = common.Measurement()
    client = common.measuring_client()
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
    print(measurement.heading(f"{total} live Dutch events", args.runs))
    print("| case | address | status | queries | events found | median ms | p95 ms |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for name, url, status, queries, shown in rows:
        values = sorted(timings[url])
        print(
            f"| {name} | `{url}` | {status} | {queries} | {shown or ''} "
            f"| {statistics.median(values):.1f} | {common.percentile(values, 0.95):.1f} |"
        )


if __name__ == "__main__":
    main()
