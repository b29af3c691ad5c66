"""The listing at /praktijkvoorbeelden/: search, counted filters, sorting and pages."""

import re

import pytest

from django.core.cache import cache

from wagtail.models import PageViewRestriction

from practice_examples.factories import PracticeExamplePageFactory
from tests.support import EXAMPLES_LISTING_URL, examples_listing, listing_titles


def count_of(body, param, value):
    match = re.search(
        rf'id="f-{param}-{value}"[^>]*>\s*<label[^>]*>[^<]*<span class="facet__count">\((\d+)\)',
        body,
    )
    assert match, f"no option {param}={value}"
    return int(match.group(1))


def test_all_examples_newest_first(client, examples):
    assert listing_titles(examples_listing(client)) == [
        "Stap voor stap terug naar de klas",
        "Ouders aan tafel bij elk thuiszittersoverleg",
        "Aanpak verzuim met de leerplichtambtenaar",
    ]


def test_filter_by_theme_and_region(client, examples):
    assert listing_titles(
        examples_listing(client, thema="ouderbetrokkenheid", regio="utrecht")
    ) == ["Ouders aan tafel bij elk thuiszittersoverleg"]


def test_options_within_a_filter_are_alternatives(client, examples):
    assert len(listing_titles(examples_listing(client, regio=["utrecht", "limburg"]))) == 3


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"sector": "po"}, {"Ouders aan tafel bij elk thuiszittersoverleg"}),
        ({"doelgroep": "ouders"}, {"Ouders aan tafel bij elk thuiszittersoverleg"}),
        ({"organisatie": "municipality"}, {"Stap voor stap terug naar de klas"}),
        (
            {"organisatie": "school_alliance"},
            {
                "Ouders aan tafel bij elk thuiszittersoverleg",
                "Aanpak verzuim met de leerplichtambtenaar",
            },
        ),
    ],
)
def test_every_filter_finds_its_examples(client, examples, params, expected):
    assert set(listing_titles(examples_listing(client, **params))) == expected


def test_counts_say_what_each_option_would_yield(client, examples):
    body = examples_listing(client, thema="terug-naar-onderwijs")
    # within the theme: one example in Limburg, one in Utrecht
    assert count_of(body, "regio", "limburg") == 1
    assert count_of(body, "regio", "utrecht") == 1
    # the theme filter's own options count without it, so switching is predictable
    assert count_of(body, "thema", "ouderbetrokkenheid") == 2
    assert count_of(body, "thema", "terug-naar-onderwijs") == 2
    assert count_of(body, "sector", "po") == 0


def test_dutch_search_finds_word_forms(client, examples):
    assert set(listing_titles(examples_listing(client, q="thuiszitters"))) == {
        "Ouders aan tafel bij elk thuiszittersoverleg",
        "Stap voor stap terug naar de klas",
        "Aanpak verzuim met de leerplichtambtenaar",
    }
    assert listing_titles(examples_listing(client, q="leerplichtambtenaren")) == [
        "Aanpak verzuim met de leerplichtambtenaar"
    ]


def test_search_combined_with_filters_and_counts(client, examples):
    body = examples_listing(client, q="thuiszitten", sector="vo")
    assert set(listing_titles(body)) == {
        "Stap voor stap terug naar de klas",
        "Aanpak verzuim met de leerplichtambtenaar",
    }
    assert count_of(body, "sector", "po") == 1  # with the search, without the sector filter


def test_sort_by_title(client, examples):
    assert (
        listing_titles(examples_listing(client, sort="titel"))[0]
        == "Aanpak verzuim met de leerplichtambtenaar"
    )


def test_unknown_values_are_ignored_not_errors(client, examples):
    body = examples_listing(client, thema="bestaat-niet", sort="'; DROP TABLE x", page="zz")
    assert len(listing_titles(body)) == 3


@pytest.mark.parametrize("query", ["x" * 10_000, "<script>alert(1)</script>", "!!!", "' OR 1=1 --"])
def test_odd_searches_get_a_page(client, examples, query):
    body = examples_listing(client, q=query)
    assert "<script>alert(1)</script>" not in body


def test_control_characters_in_the_tag_and_search_are_dropped(client, examples):
    """PostgreSQL refuses a NUL in a query (found by the fuzz test)."""
    examples["tafel"].tags.add("ouders")
    examples["tafel"].save()
    assert len(listing_titles(examples_listing(client, tag="\x00"))) == 3
    assert listing_titles(examples_listing(client, tag="oud\x00ers", q="\x00")) == [
        examples["tafel"].title
    ]


def test_empty_result_offers_to_widen_the_search(client, examples):
    body = examples_listing(client, q="thuiszitten", sector="po", regio="limburg")
    assert listing_titles(body) == []
    assert 'href="/praktijkvoorbeelden/?q=thuiszitten"' in body
    assert 'href="/praktijkvoorbeelden/"' in body


def test_drafts_private_and_other_languages_stay_out(client, examples, example_index, home_page_en):
    PracticeExamplePageFactory(parent=example_index, title="Concept", live=False)
    private = PracticeExamplePageFactory(parent=example_index, title="Besloten")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    from tests.support import translate_page

    translate_page(examples["stap"], home_page_en.locale, title="Step by step back to class")

    body = examples_listing(client)
    assert len(listing_titles(body)) == 3
    assert "Concept" not in body and "Besloten" not in body
    english = client.get("/en/practice-examples/").content.decode()
    assert listing_titles(english) == ["Step by step back to class"]
    # English pages carry the Dutch taxa: the same slugs filter them
    assert listing_titles(
        client.get("/en/practice-examples/", {"thema": "terug-naar-onderwijs"}).content.decode()
    ) == ["Step by step back to class"]


def test_pages_of_twelve(client, example_index, taxa):
    for n in range(14):
        PracticeExamplePageFactory(parent=example_index, title=f"Voorbeeld {n:02d}")
    assert len(listing_titles(examples_listing(client))) == 12
    second = examples_listing(client, page=2)
    assert len(listing_titles(second)) == 2


def test_the_next_page_keeps_every_ticked_filter(client, example_index, taxa):
    """Two regions ticked: page 2 shows the rest of the same selection (it used to keep only the
    last region)."""
    for n in range(8):
        PracticeExamplePageFactory(
            parent=example_index, title=f"Utrecht {n}", regions=[taxa["utrecht"]]
        )
        PracticeExamplePageFactory(
            parent=example_index, title=f"Limburg {n}", regions=[taxa["limburg"]]
        )
    first = client.get(EXAMPLES_LISTING_URL, {"regio": ["utrecht", "limburg"]}).content.decode()
    link = re.search(r'href="\?([^"]+)" rel="next"', first).group(1).replace("&amp;", "&")
    assert sorted(re.findall(r"regio=([\w-]+)", link)) == ["limburg", "utrecht"]
    assert "page=2" in link
    second = listing_titles(client.get(f"{EXAMPLES_LISTING_URL}?{link}").content.decode())
    assert len(second) == 4 and not set(second) & set(listing_titles(first))


def test_query_count_is_constant(client, example_index, taxa, django_assert_max_num_queries):
    def add(n):
        for _ in range(n):
            PracticeExamplePageFactory(
                parent=example_index, themes=[taxa["ouders"]], regions=[taxa["utrecht"]]
            )

    add(3)
    examples_listing(client, q="thuiszitten", thema="ouderbetrokkenheid")
    cache.clear()  # measure the listing computed, not read from the derived-data cache
    with django_assert_max_num_queries(40) as few:
        examples_listing(client, q="thuiszitten", thema="ouderbetrokkenheid")
    add(20)
    cache.clear()
    with django_assert_max_num_queries(len(few.captured_queries)):
        examples_listing(client, q="thuiszitten", thema="ouderbetrokkenheid")


def test_repeated_listing_is_read_from_the_cache(client, examples, django_assert_max_num_queries):
    first = examples_listing(client, thema="ouderbetrokkenheid")
    with django_assert_max_num_queries(40) as cold:
        cache.clear()
        examples_listing(client, thema="ouderbetrokkenheid")
    with django_assert_max_num_queries(len(cold.captured_queries) - 6):
        assert examples_listing(client, thema="ouderbetrokkenheid") == first


def test_content_changes_reach_the_cached_listing_at_once(client, example_index, examples, taxa):
    assert "Ouders aan tafel" in examples_listing(client, thema="ouderbetrokkenheid")

    examples["tafel"].unpublish()
    assert "Ouders aan tafel" not in examples_listing(client, thema="ouderbetrokkenheid")

    new = PracticeExamplePageFactory(
        parent=example_index, title="Samen aan tafel met jeugdhulp", themes=[taxa["ouders"]]
    )
    assert new.title in examples_listing(client, thema="ouderbetrokkenheid")

    PageViewRestriction.objects.create(page=new, restriction_type=PageViewRestriction.LOGIN)
    assert new.title not in examples_listing(client, thema="ouderbetrokkenheid")

    taxa["ouders"].slug = "ouders-en-school"
    taxa["ouders"].save()
    assert "Stap voor stap" in examples_listing(client, thema="ouders-en-school")
