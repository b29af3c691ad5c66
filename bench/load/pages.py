"""The addresses the load test requests, picked from the demo content in the database.

    DJANGO_SETTINGS_MODULE=bench.load.settings DATABASE_URL=... python -m bench.load.pages

prints them as JSON: [[name, path], ...]. The filters are the theme the most Dutch examples have
and, within it, the region the most of those have, as bench/examples.py picks them.
"""

import json

import django

django.setup()

from django.utils import translation  # noqa: E402

from bench.load.urls import BARE_PATH  # noqa: E402
from events.models import EventIndexPage, EventPage  # noqa: E402
from practice_examples.filters import FACETS, published_examples  # noqa: E402
from practice_examples.models import PracticeExampleIndexPage  # noqa: E402

SEARCH = "thuiszitters"


def most_common(facet, examples):
    counts = facet.counts(examples.values("pk"))
    return max(sorted(counts), key=counts.get)


def pick():
    with translation.override("nl"):
        theme_facet, region_facet = FACETS[0], FACETS[1]
        examples = published_examples()
        theme = most_common(theme_facet, examples)
        region = most_common(region_facet, examples.filter(themes__slug=theme))
        index = PracticeExampleIndexPage.objects.live().filter(locale__language_code="nl").get()
        example = examples.order_by("path").first()
        agenda = EventIndexPage.objects.live().filter(locale__language_code="nl").get()
        event = (
            EventPage.objects.live()
            .public()
            .exact_type(EventPage)
            .filter(locale__language_code="nl")
            .order_by("starts_at", "pk")
            .last()
        )
        index_url = index.get_url()
        return [
            ["home", "/"],
            ["example index", index_url],
            ["index, one filter", f"{index_url}?thema={theme}"],
            ["index, two filters", f"{index_url}?thema={theme}&regio={region}"],
            ["example", example.get_url()],
            ["agenda", agenda.get_url()],
            ["event", event.get_url()],
            ["search", f"/zoeken/?q={SEARCH}"],
            ["bare view", BARE_PATH],
        ]


if __name__ == "__main__":
    print(json.dumps(pick()))
