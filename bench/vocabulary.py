"""What the field's vocabulary (synonyms, compounds) costs a search: the same searches with the
expansion off (A) and on (B), taking turns request by request, cold and warm.

    DATABASE_URL=postgres://... .venv/bin/python bench/vocabulary.py [--runs 50]

A switches the expansion off inside the process (search.vocabulary.vocabulary_for gives None, so
search.stemming.query_terms expands nothing: the search as before). Cold: the content version
and the vocabulary's version are raised before the request, so neither the listing's derived
data nor the synonyms and related words are cached. Prints a Markdown table of medians and the
queries of one cold request.
"""

import statistics
import time
from urllib.parse import urlencode

import common  # first: sets up Django

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale

from core.derived_cache import raise_version
from practice_examples.models import PracticeExampleIndexPage
from search import vocabulary

QUERIES = ["thuiszitters", "verzuim", "swv", "jeugdhulp", "schoolverzuim"]
real_vocabulary_for = vocabulary.vocabulary_for


def expansion(on):
    vocabulary.vocabulary_for = real_vocabulary_for if on else (lambda query, language=None: None)


def cold():
    raise_version()
    raise_version(vocabulary.VOCABULARY_VERSION_KEY)


def main():
    parser = common.argument_parser(__doc__)
    parser.set_defaults(runs=50)
    parser.add_argument("--queries", nargs="+", default=QUERIES, help="search words")
    args = parser.parse_args()
    measurement = common.Measurement()
    client = common.measuring_client()
    index = PracticeExampleIndexPage.objects.live().filter(locale=Locale.get_default()).first()
    urls = []
    for query in args.queries:
        urls.append(f"/zoeken/?{urlencode({'q': query})}")
        if index is not None:
            urls.append(f"{index.url}?{urlencode({'q': query})}")
    timings = {(url, side, kind): [] for url in urls for side in "AB" for kind in ("cold", "warm")}
    queries = {}
    for url in urls:
        for side in "AB":
            expansion(side == "B")
            client.get(url)
            cold()
            with CaptureQueriesContext(connection) as captured:
                client.get(url)
            queries[url, side] = len(captured)
    for _ in range(args.runs):
        for url in urls:
            for side in "AB":
                expansion(side == "B")
                cold()
                for kind in ("cold", "warm"):
                    start = time.perf_counter()
                    client.get(url)
                    timings[url, side, kind].append((time.perf_counter() - start) * 1000)
    expansion(True)
    print(measurement.heading("A: expansion off, B: on", args.runs))
    print(
        "| address | queries cold A / B | cold median ms A / B | warm median ms A / B |\n"
        "| --- | ---: | ---: | ---: |"
    )
    for url in urls:
        medians = {
            (side, kind): statistics.median(timings[url, side, kind])
            for side in "AB"
            for kind in ("cold", "warm")
        }
        print(
            f"| `{url}` | {queries[url, 'A']} / {queries[url, 'B']} "
            f"| {medians['A', 'cold']:.1f} / {medians['B', 'cold']:.1f} "
            f"| {medians['A', 'warm']:.1f} / {medians['B', 'warm']:.1f} |"
        )


if __name__ == "__main__":
    main()
