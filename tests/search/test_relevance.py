"""Relevance: title and intro above body text, words side by side above the same words apart, on
both databases, in site search and in the practice example listing."""

import re

import pytest

from home.factories import StandardPageFactory
from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory
from search.backends import search_queryset
from search.views import visible_pages
from tests.support import search_result_titles, site_search

FILLER = " ".join(["Wij werken samen met scholen, gemeenten en ouders in de regio."] * 6)


def card_titles(client, **params):
    body = client.get("/praktijkvoorbeelden/", params).content.decode()
    return re.findall(r'class="card__title">\s*<a href="[^"]*">([^<]*)</a>', body)


def paragraph(text):
    return f'[{{"type": "paragraph", "value": "<p>{text}</p>"}}]'


def test_title_match_ranks_above_body_match(client, home_page):
    StandardPageFactory(
        parent=home_page, title="Nieuws uit de regio", body=paragraph(f"Over verzuim. {FILLER}")
    )
    StandardPageFactory(parent=home_page, title="Verzuim aanpakken", body=paragraph(FILLER))
    assert search_result_titles(site_search(client, "verzuim")) == [
        "Verzuim aanpakken",
        "Nieuws uit de regio",
    ]


def test_intro_match_ranks_above_body_match(client, home_page):
    StandardPageFactory(
        parent=home_page,
        title="Nieuws uit de regio",
        intro="Een terugblik op het jaar.",
        body=paragraph(f"Over leerplicht en de leerplicht. {FILLER}"),
    )
    StandardPageFactory(
        parent=home_page,
        title="Uit het land",
        intro="De leerplicht geldt voor ieder kind.",
        body=paragraph(FILLER),
    )
    assert search_result_titles(site_search(client, "leerplicht")) == [
        "Uit het land",
        "Nieuws uit de regio",
    ]


@pytest.fixture
def passend(home_page):
    """The issue's case: the phrase in one page, the two words far apart (and more often) in
    another, both in the body."""
    StandardPageFactory(
        parent=home_page,
        title="Verspreid",
        body=paragraph(
            "Passend bij de vraag van ouders. Passend bij de school. "
            f"{FILLER} Het onderwijs in de klas en onderwijs thuis."
        ),
    )
    StandardPageFactory(
        parent=home_page,
        title="Als zin",
        body=paragraph(f"{FILLER} Sinds 2014 geldt de wet passend onderwijs. {FILLER}"),
    )


def test_phrase_ranks_above_scattered_words(client, passend):
    assert search_result_titles(site_search(client, "passend onderwijs")) == [
        "Als zin",
        "Verspreid",
    ]


def test_phrase_keeps_word_forms(client, passend):
    # the stems stay prefixes within the phrase: "passende onderwijsvormen" is a phrase too
    assert search_result_titles(site_search(client, "Passende onderwijsvormen")) == []
    assert search_result_titles(site_search(client, "passende onderwijs")) == [
        "Als zin",
        "Verspreid",
    ]


def test_words_in_the_other_order_are_no_phrase(client, home_page, passend):
    # no phrase bonus for "onderwijs passend": the pages stay as the words rank them
    titles = search_result_titles(site_search(client, "onderwijs passend"))
    assert sorted(titles) == ["Als zin", "Verspreid"]


def test_phrase_bonus_in_search_queryset(home_page, passend):
    ranked = search_queryset(visible_pages(None), "passend onderwijs")
    assert [page.title for page in ranked] == ["Als zin", "Verspreid"]
    assert ranked.count() == 2


def test_three_words_need_all_three(client, passend):
    # the phrase bonus never adds a page that lacks a word
    assert search_result_titles(site_search(client, "passend onderwijs leerplichtambtenaar")) == []


def test_listing_with_search_words_ranks_by_relevance(client, home_page, taxa):
    index = PracticeExampleIndexPageFactory(parent=home_page)
    make = PracticeExamplePageFactory
    make(
        parent=index,
        title="Nieuwste voorbeeld",
        intro="Een nieuw overleg.",
        problem=f"<p>{FILLER} Soms thuiszitten. {FILLER}</p>",
        publication_date="2026-06-01",
    )
    make(
        parent=index,
        title="Minder thuiszitten in Zeeland",
        intro="Thuiszitten voorkomen met een vast team.",
        problem=f"<p>{FILLER}</p>",
        publication_date="2024-01-01",
    )
    best, newest = "Minder thuiszitten in Zeeland", "Nieuwste voorbeeld"
    assert card_titles(client, q="thuiszitten") == [best, newest]
    # the date order stays available
    assert card_titles(client, q="thuiszitten", sort="nieuwste") == [newest, best]


def test_a_search_typed_while_newest_first_shows_is_ranked_by_relevance(client, home_page, taxa):
    index = PracticeExampleIndexPageFactory(parent=home_page)
    PracticeExamplePageFactory(
        parent=index, title="Nieuw", intro=f"{FILLER} Thuiszitten.", publication_date="2026-06-01"
    )
    PracticeExamplePageFactory(
        parent=index,
        title="Thuiszitten voorkomen",
        intro="Thuiszitten.",
        publication_date="2024-01-01",
    )
    body = client.get("/praktijkvoorbeelden/").content.decode()
    # the form sends what its sort menu shows: "newest first", the default without search words
    selected = re.search(r'<option value="([^"]*)"\s+selected>', body)
    assert selected.group(1) == ""
    assert card_titles(client, q="thuiszitten", sort=selected.group(1)) == [
        "Thuiszitten voorkomen",
        "Nieuw",
    ]
