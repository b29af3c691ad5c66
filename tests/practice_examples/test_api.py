"""Practice examples in the Wagtail API: structured fields and taxa, filterable by theme."""

import datetime

import pytest

from wagtail.models import PageViewRestriction

from practice_examples.factories import PracticeExamplePageFactory
from taxonomy.factories import (
    AudienceFactory,
    OrganisationFactory,
    RegionFactory,
    SectorFactory,
    ThemeFactory,
)

EXAMPLES = "/api/v2/pages/?type=practice_examples.PracticeExamplePage&fields=*&limit=20"
STRUCTURED_FIELDS = {
    "intro",
    "problem",
    "approach",
    "results",
    "working_elements",
    "conditions",
    "lessons",
    "body",
    "publication_date",
    "themes",
    "regions",
    "sectors",
    "audiences",
    "organisations",
    "tags",
}


def items(client, url=EXAMPLES):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response.json()["items"]


def titles(client, url=EXAMPLES):
    return {item["title"] for item in items(client, url)}


@pytest.fixture
def themes(locale_nl):
    return {
        "ouders": ThemeFactory(name="Ouderbetrokkenheid", slug="ouderbetrokkenheid"),
        "verzuim": ThemeFactory(name="Verzuim", slug="verzuim"),
        "leeg": ThemeFactory(name="Zonder voorbeelden", slug="leeg"),
    }


@pytest.fixture
def example(example_index, themes):
    example = PracticeExamplePageFactory(
        parent=example_index,
        title="Ouders aan tafel",
        intro="Ouders praten mee.",
        problem="<p>Ouders voelden zich niet gehoord.</p>",
        working_elements="<p>Een vaste gespreksleider.</p>",
        lessons="<p>Begin klein.</p>",
        publication_date=datetime.date(2025, 3, 1),
        contact_name="Mr. Geheim",
        contact_role="Coördinator",
        contact_email="geheim@example.nl",
        themes=[themes["ouders"]],
        regions=[RegionFactory(name="Utrecht", slug="utrecht")],
        sectors=[SectorFactory(name="Primair onderwijs", slug="po")],
        audiences=[AudienceFactory(name="Ouders", slug="ouders")],
        organisations=[OrganisationFactory(name="SWV Utrecht PO")],
    )
    example.tags.add("ouders", "overleg")
    example.save_revision().publish()
    return example


def test_examples_carry_their_structured_fields_and_taxa(client, example):
    (item,) = items(client)

    assert set(item) >= STRUCTURED_FIELDS
    assert item["title"] == "Ouders aan tafel"
    assert item["meta"]["type"] == "practice_examples.PracticeExamplePage"
    assert item["intro"] == "Ouders praten mee."
    assert item["problem"] == "<p>Ouders voelden zich niet gehoord.</p>"
    assert item["working_elements"] == "<p>Een vaste gespreksleider.</p>"
    assert item["publication_date"] == "2025-03-01"
    assert item["themes"] == [{"slug": "ouderbetrokkenheid", "name": "Ouderbetrokkenheid"}]
    assert item["regions"] == [{"slug": "utrecht", "name": "Utrecht"}]
    assert item["sectors"] == [{"slug": "po", "name": "Primair onderwijs"}]
    assert item["audiences"] == [{"slug": "ouders", "name": "Ouders"}]
    assert item["organisations"] == ["SWV Utrecht PO"]
    assert item["tags"] == ["ouders", "overleg"]


def test_detail_carries_the_same_fields(client, example):
    response = client.get(f"/api/v2/pages/{example.pk}/")

    assert response.status_code == 200
    data = response.json()
    assert set(data) >= STRUCTURED_FIELDS
    assert data["themes"] == [{"slug": "ouderbetrokkenheid", "name": "Ouderbetrokkenheid"}]


def test_no_contact_details(client, example):
    listing = client.get(EXAMPLES).content.decode()
    detail = client.get(f"/api/v2/pages/{example.pk}/").content.decode()

    for body in (listing, detail):
        assert "geheim@example.nl" not in body
        assert "Mr. Geheim" not in body
        assert "contact" not in body
    for field in ("contact_email", "contact_name", "review_date"):
        response = client.get(f"{EXAMPLES}&fields={field}")
        assert response.status_code == 400


def test_filter_by_theme(client, example_index, example, themes):
    PracticeExamplePageFactory(parent=example_index, title="Verzuim", themes=[themes["verzuim"]])
    PracticeExamplePageFactory(
        parent=example_index, title="Beide", themes=[themes["verzuim"], themes["ouders"]]
    )
    PracticeExamplePageFactory(parent=example_index, title="Zonder thema")

    assert titles(client, f"{EXAMPLES}&thema=ouderbetrokkenheid") == {"Ouders aan tafel", "Beide"}
    assert titles(client, f"{EXAMPLES}&thema=verzuim") == {"Verzuim", "Beide"}
    assert titles(client, f"{EXAMPLES}&thema=verzuim,ouderbetrokkenheid") == {
        "Ouders aan tafel",
        "Verzuim",
        "Beide",
    }
    assert titles(client, f"{EXAMPLES}&thema=leeg") == set()
    assert titles(client, f"{EXAMPLES}&thema=bestaat-niet") == set()


def test_filters_narrow_each_other_and_work_without_type(client, example_index, example, themes):
    PracticeExamplePageFactory(parent=example_index, title="Elders", themes=[themes["ouders"]])

    assert titles(client, f"{EXAMPLES}&thema=ouderbetrokkenheid&regio=utrecht") == {
        "Ouders aan tafel"
    }
    # Without a type, the theme filter still returns practice examples only.
    assert titles(client, "/api/v2/pages/?thema=ouderbetrokkenheid") == {
        "Ouders aan tafel",
        "Elders",
    }


def test_theme_filter_combines_with_search(client, example_index, example, themes):
    PracticeExamplePageFactory(
        parent=example_index, title="Ouders elders", themes=[themes["verzuim"]]
    )

    assert titles(client, f"{EXAMPLES}&thema=ouderbetrokkenheid&search=ouders") == {
        "Ouders aan tafel"
    }


def test_drafts_and_private_examples_never_appear(client, example_index, example, themes):
    draft = PracticeExamplePageFactory(
        parent=example_index, title="Concept", live=False, themes=[themes["ouders"]]
    )
    private = PracticeExamplePageFactory(
        parent=example_index, title="Besloten", themes=[themes["ouders"]]
    )
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    assert titles(client) == {"Ouders aan tafel"}
    assert titles(client, f"{EXAMPLES}&thema=ouderbetrokkenheid") == {"Ouders aan tafel"}
    for page in (draft, private):
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404


def test_listing_queries_do_not_grow_per_taxon(
    client, example_index, themes, django_assert_max_num_queries
):
    """The taxa are prefetched: more examples cost no extra queries for them."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def add(count):
        for _ in range(count):
            PracticeExamplePageFactory(
                parent=example_index, themes=[themes["ouders"], themes["verzuim"]]
            )

    url = EXAMPLES.replace("fields=*", "fields=themes,regions,sectors,audiences,organisations")
    add(2)
    client.get(url)
    with CaptureQueriesContext(connection) as two:
        assert len(items(client, url)) == 2
    add(10)
    with django_assert_max_num_queries(len(two.captured_queries)):
        assert len(items(client, url)) == 12
