"""Time the main pages and count their queries, against the current database.

    .venv/bin/python bench/pages.py [--runs 30] [URL ...]

Run it on a database with the demo content (`make demo`). Prints, per address, the SQL queries of
one request and the median and 90th percentile of the response time over the runs, all in one
process with Django's test client (no network, no server), so it measures the site's own work.
Compare two versions only in alternating runs: the CPU speed of these machines swings.
"""

import argparse
import logging
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kennisbank.settings.dev")

import django  # noqa: E402

django.setup()

from django.core.signals import request_started  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

DEFAULT_URLS = [
    "/",
    "/en/",
    "/over-het-steunpunt/",
    "/themas/",
    "/zoeken/?q=thuiszitters",
    "/zoeken/?q=samenwerking+gemeente",
    "/bestaat-niet/",
]


def measure(client, url, runs):
    client.get(url)  # warm caches and template loaders
    with CaptureQueriesContext(connection) as queries:
        status = client.get(url).status_code
    query_count = len(queries)
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return status, query_count, statistics.median(timings), timings[int(len(timings) * 0.9) - 1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("urls", nargs="*", default=DEFAULT_URLS)
    args = parser.parse_args()
    request_started.disconnect(reset_queries)  # keep the query log across the request
    logging.disable(logging.WARNING)  # no "Not Found" lines between the figures
    client = Client(HTTP_HOST="localhost")
    print(f"{'address':40} {'status':>6} {'queries':>7} {'median ms':>9} {'p90 ms':>7}")
    for url in args.urls:
        status, queries, median, p90 = measure(client, url, args.runs)
        print(f"{url:40} {status:>6} {queries:>7} {median:>9.1f} {p90:>7.1f}")


if __name__ == "__main__":
    main()
