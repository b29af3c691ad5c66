"""`manage.py bench_seed`: generated examples for the benchmark, found like edited ones, and a
listing whose number of queries does not grow with the number of examples."""

import re
from io import StringIO

import pytest

from django.core.management import call_command
from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page

from core.derived_cache import content_version
from practice_examples.models import PracticeExampleIndexPage, PracticeExamplePage
from taxonomy.factories import OrganisationFactory

COUNT = re.compile(r'class="example-finder__count"[^>]*>\s*(\d+)')
LISTING = "/praktijkvoorbeelden/"


@pytest.fixture
def vocabularies(home_page, taxa):
    OrganisationFactory(name="Samenwerkingsverband VO Utrecht", region=taxa["utrecht"])
    return taxa


def seed(examples):
    out = StringIO()
    call_command("bench_seed", examples=examples, stdout=out)
    return out.getvalue()


def shown(response):
    assert response.status_code == 200
    return int(COUNT.search(response.content.decode())[1])


def test_seeds_live_examples_that_the_listing_and_the_dutch_search_find(vocabularies, client):
    assert "30 generated examples" in seed(30)

    examples = PracticeExamplePage.objects.live()
    assert examples.count() == 30
    assert all(slug.startswith("bench-") for slug in examples.values_list("slug", flat=True))
    assert all(not problems for problems in Page.find_problems())  # a consistent page tree
    index = PracticeExampleIndexPage.objects.get()
    assert index.get_children().count() == 30
    assert examples.filter(themes__isnull=False).distinct().count() == 30
    assert examples.filter(regions__isnull=False).distinct().count() == 30

    assert shown(client.get(LISTING)) == 30
    assert 0 < shown(client.get(LISTING, {"thema": "terug-naar-onderwijs"})) < 30
    # Dutch search: "thuiszitters" finds "thuiszitterstafel" too; "leerplichtambtenaren" finds
    # "leerplichtambtenaar".
    assert 0 < shown(client.get(LISTING, {"q": "thuiszitters"})) < 30
    assert shown(client.get(LISTING, {"q": "leerplichtambtenaren"})) > 0
    assert shown(client.get(LISTING, {"q": "woordendieerniestaan"})) == 0
    example = examples.first()
    assert client.get(example.url).status_code == 200


def test_seeding_again_replaces_the_generated_examples(vocabularies):
    seed(30)
    version = content_version()
    assert "30 earlier ones deleted" in seed(12)
    assert content_version() != version  # no cached listing shows the deleted examples
    assert PracticeExamplePage.objects.count() == 12
    assert PracticeExampleIndexPage.objects.get().get_children().count() == 12
    assert all(not problems for problems in Page.find_problems())


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"thema": "ouderbetrokkenheid", "regio": "utrecht"},
        {"q": "thuiszitters", "sector": "vo"},
    ],
)
def test_listing_queries_do_not_grow_with_the_examples(
    vocabularies, client, params, django_assert_max_num_queries
):
    seed(10)
    client.get(LISTING, params)  # warm: locale and site look-ups
    reset_queries()  # the capture counts from the log's length, which a request resets
    with CaptureQueriesContext(connection) as queries:
        client.get(LISTING, params)
    at_10 = len(queries)  # now: the capture is a view on the log, which the next request clears
    seed(30)
    client.get(LISTING, params)
    reset_queries()
    with django_assert_max_num_queries(at_10):
        assert shown(client.get(LISTING, params)) > 0
