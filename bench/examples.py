"""Time the practice example listing and a detail page, and count their queries.

    DATABASE_URL=postgres://... .venv/bin/python bench/examples.py [--runs 200]

Run it on a database filled by `manage.py bench_seed --examples N` (see bench/README.md). Prints a
Markdown table: per case the SQL queries of one request, the number of examples the listing
shows, and the median and 95th percentile of the server time over the runs.
How it measures: bench/common.py.
"""

import re
import statistics
import sys
import time
from urllib.parse import urlencode

import common  # first: sets up Django

from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale

from core.derived_cache import raise_version
from practice_examples.models import PracticeExampleIndexPage, PracticeExamplePage
from taxonomy.models import Region, Theme

COUNT = re.compile(r'class="example-finder__count"[^>]*>\s*(\d+)')


def most_used(model):
    """The slug of the Dutch term that the most examples have."""
    return (
        model.objects.filter(locale=Locale.get_default())
        .annotate(n=Count("practiceexamplepage"))
        .order_by("-n", "slug")
        .values_list("slug", flat=True)
        .first()
    )


def cases(query, detail_slug):
    index = PracticeExampleIndexPage.objects.live().filter(locale=Locale.get_default()).first()
    if index is None:
        sys.exit("No practice example index: run `manage.py bench_seed` first.")
    base = index.url
    theme = most_used(Theme)
    region = most_used(Region)
    examples = PracticeExamplePage.objects.live().child_of(index)
    detail = examples.filter(slug=detail_slug).first() or examples.order_by("path").first()
    if detail is None:
        sys.exit("No practice examples: run `manage.py bench_seed` first.")
    return [
        ("index, no filters", base),
        ("theme filter", f"{base}?{urlencode({'thema': theme})}"),
        ("two filters", f"{base}?{urlencode({'thema': theme, 'regio': region})}"),
        ("search", f"{base}?{urlencode({'q': query})}"),
        ("search + filters", f"{base}?{urlencode({'q': query, 'thema': theme, 'regio': region})}"),
        ("detail page", detail.url),
    ]


def main():
    parser = common.argument_parser(__doc__)
    parser.add_argument("--query", default="thuiszitters", help="search words (thuiszitters)")
    parser.add_argument("--detail", default="bench-00000", help="slug of the detail page")
    args = parser.parse_args()

    measurement = common.Measurement()
    client = common.measuring_client()
    rows = []
    timings = {}
    for name, url in cases(args.query, args.detail):
        client.get(url)  # warm template loaders and renditions
        raise_version()
        with CaptureQueriesContext(connection) as cold:
            response = client.get(url)
        with CaptureQueriesContext(connection) as warm:
            client.get(url)
        match = COUNT.search(response.content.decode())
        rows.append([name, url, response.status_code, len(cold), len(warm), match and match[1]])
        timings[url] = {"cold": [], "warm": []}
    for _ in range(args.runs):
        for _name, url, *_rest in rows:
            raise_version()  # nothing derived is cached: the request computes it all
            for kind in ("cold", "warm"):
                start = time.perf_counter()
                client.get(url)
                timings[url][kind].append((time.perf_counter() - start) * 1000)

    total = PracticeExamplePage.objects.live().count()
    print(measurement.heading(f"{total} live examples", args.runs))
    print(
        "| case | address | status | queries cold / warm | examples shown "
        "| cold median ms | cold p95 ms | warm median ms | warm p95 ms |"
    )
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, url, status, cold, warm, shown in rows:
        figures = []
        for kind in ("cold", "warm"):
            values = sorted(timings[url][kind])
            figures += [
                f"{statistics.median(values):.1f}",
                f"{common.percentile(values, 0.95):.1f}",
            ]
        print(
            f"| {name} | `{url}` | {status} | {cold} / {warm} | {shown or ''} | "
            + " | ".join(figures)
            + " |"
        )


if __name__ == "__main__":
    main()
