"""Time the main pages and count their queries, against the current database.

    .venv/bin/python bench/pages.py [--runs 30] [--user E-MAIL] [URL ...]

Run it on a database with the demo content (`make demo`). Prints, per address, the SQL queries of
one request and the median and 90th percentile of the response time over the runs, all in one
process with Django's test client (no network, no server), so it measures the site's own work.
`--user` logs in as that account first (a demo member: `sanne.devries@example.nl`), to time
what a member sees. Compare two versions only in alternating runs: the CPU speed of these
machines swings.
"""

import argparse
import statistics
import time

from common import measuring_client  # first: sets up Django

from django.db import connection
from django.test.utils import CaptureQueriesContext

DEFAULT_URLS = [
    "/",
    "/en/",
    "/over-het-steunpunt/",
    "/themas/",
    "/zoeken/?q=thuiszitters",
    "/zoeken/?q=samenwerking+gemeente",
    "/ontwikkelgroepen/",
    "/ontwikkelgroepen/terugkeer-naar-onderwijs/",
    "/ontwikkelgroepen/terugkeer-naar-onderwijs/eerste-bijeenkomst/",
    "/scan/",
    "/scan/voorbeeld-scan-2026-PO/",
    "/scan/voorbeeld-scan-2026-PO/stap/1/",
    "/account/",
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
    parser.add_argument("--user", help="log in as this user (user name) first")
    parser.add_argument("urls", nargs="*", default=DEFAULT_URLS)
    args = parser.parse_args()
    client = measuring_client(production=False)
    if args.user:
        from django.contrib.auth import get_user_model

        client.force_login(get_user_model().objects.get(username=args.user))
    print(f"{'address':40} {'status':>6} {'queries':>7} {'median ms':>9} {'p90 ms':>7}")
    for url in args.urls:
        status, queries, median, p90 = measure(client, url, args.runs)
        print(f"{url:40} {status:>6} {queries:>7} {median:>9.1f} {p90:>7.1f}")


if __name__ == "__main__":
    main()
