"""What an example's card says at a glance (region, sector, first theme, organisation, date)
wherever cards of examples appear, and the dates on an example's own page."""

import datetime
import json

import pytest

from django.core.cache import cache
from django.utils import timezone

from home.factories import StandardPageFactory
from practice_examples.factories import PracticeExamplePageFactory
from practice_examples.models import RelatedExample
from tests.support import text_of, translate_page


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


def card_facts(body, title):
    """The text of the facts of the card (or search result) titled `title`, separators and
    hidden labels included, whitespace collapsed."""
    start = body.index(f">{title}</a>")
    block = body[start:].split('<div class="card__facts">', 1)[1].split("</div>", 1)[0]
    return text_of(block)


def test_listing_cards_answer_where_for_whom_what_who_and_when(client, examples):
    body = get(client, "/praktijkvoorbeelden/")

    facts = card_facts(body, "Ouders aan tafel bij elk thuiszittersoverleg")
    assert "Regio: Utrecht" in facts
    assert "Sector: PO" in facts
    assert "Thema: Ouderbetrokkenheid" in facts
    assert "Organisatie: SWV Utrecht PO" in facts
    assert '<time datetime="2025-03-01">1 mrt 2025</time>' in body

    # The first of its two themes, as its page lists them (by slug).
    stap = card_facts(body, "Stap voor stap terug naar de klas")
    assert "Thema: Ouderbetrokkenheid" in stap
    assert "Terug naar onderwijs" not in stap
    assert "Regio: Limburg" in stap and "Gemeente Maastricht" in stap


def test_a_card_without_taxa_still_shows_its_date(client, example_index):
    PracticeExamplePageFactory(
        parent=example_index, title="Zonder labels", publication_date=datetime.date(2026, 1, 9)
    )
    facts = card_facts(get(client, "/praktijkvoorbeelden/"), "Zonder labels")
    assert facts == "Gepubliceerd: 9 jan 2026"


def test_english_cards_name_taxa_in_english(client, examples, home_page_en, taxa):
    region = taxa["limburg"].copy_for_translation(home_page_en.locale)
    region.name = "Limburg (EN)"
    region.save()
    theme = taxa["ouders"].copy_for_translation(home_page_en.locale)
    theme.name = "Parental involvement"
    theme.save()
    translate_page(examples["stap"], home_page_en.locale, title="Step by step back to class")

    body = get(client, "/en/practice-examples/")
    facts = card_facts(body, "Step by step back to class")
    assert "Region: Limburg (EN)" in facts
    assert "Theme: Parental involvement" in facts
    assert "Published: 1 May 2026" in facts


def test_theme_page_related_examples_and_search_show_the_facts(client, examples, theme_index):
    theme_page = get(client, "/themas/terug-naar-onderwijs/")
    assert "Regio: Limburg" in card_facts(theme_page, "Stap voor stap terug naar de klas")

    RelatedExample.objects.create(page=examples["tafel"], example=examples["stap"])
    detail = get(client, examples["tafel"].url)
    related = detail.split('id="related-heading"')[1]
    assert "Sector: VO" in card_facts(related, "Stap voor stap terug naar de klas")

    search = get(client, "/zoeken/", q="thuiszitten")
    facts = card_facts(search, "Aanpak verzuim met de leerplichtambtenaar")
    assert "Regio: Utrecht" in facts and "Sector: VO" in facts


def test_home_page_featured_example_shows_its_facts_other_pages_none(client, examples, home_page):
    other = StandardPageFactory(parent=home_page, title="Wat is passend onderwijs?")
    home_page.featured = json.dumps(
        [
            {"type": "page", "value": {"page": examples["stap"].pk, "text": "Uitgelicht!"}},
            {"type": "page", "value": {"page": other.pk, "text": ""}},
        ]
    )
    home_page.save_revision().publish()

    body = get(client, "/")
    assert "Regio: Limburg" in card_facts(body, "Stap voor stap terug naar de klas")
    assert "Uitgelicht!" in body
    assert body.count('<div class="card__facts">') == 1


def test_card_facts_follow_a_change_of_taxa(client, examples, taxa):
    assert "Regio: Utrecht" in card_facts(
        get(client, "/praktijkvoorbeelden/"), "Ouders aan tafel bij elk thuiszittersoverleg"
    )
    taxa["utrecht"].name = "Provincie Utrecht"
    taxa["utrecht"].save()
    assert "Regio: Provincie Utrecht" in card_facts(
        get(client, "/praktijkvoorbeelden/"), "Ouders aan tafel bij elk thuiszittersoverleg"
    )


def add_examples(example_index, taxa, n):
    for _ in range(n):
        PracticeExamplePageFactory(
            parent=example_index,
            intro="Thuiszitten voorkomen.",
            themes=[taxa["ouders"], taxa["terugkeer"]],
            regions=[taxa["utrecht"]],
            sectors=[taxa["po"]],
        )


@pytest.mark.parametrize(
    "url, params",
    [
        ("/praktijkvoorbeelden/", {}),
        ("/praktijkvoorbeelden/", {"q": "thuiszitten", "regio": "utrecht"}),
        ("/themas/ouderbetrokkenheid/", {}),
        ("/zoeken/", {"q": "thuiszitten"}),
    ],
)
def test_cards_cost_the_same_queries_for_3_and_23_examples(
    client, example_index, theme_index, taxa, django_assert_max_num_queries, url, params
):
    """Cold (computed) and warm (from the derived-data cache), the facts of a page of cards
    cost a fixed number of queries; warm they cost none."""
    add_examples(example_index, taxa, 3)
    get(client, url, **params)
    cache.clear()
    with django_assert_max_num_queries(60) as few_cold:
        get(client, url, **params)
    cold = len(few_cold.captured_queries)
    with django_assert_max_num_queries(cold) as few_warm:
        get(client, url, **params)
    warm = len(few_warm.captured_queries)

    add_examples(example_index, taxa, 20)
    cache.clear()
    with django_assert_max_num_queries(cold):
        body = get(client, url, **params)
    assert body.count('<div class="card__facts">') >= 3
    with django_assert_max_num_queries(warm):
        get(client, url, **params)


def test_example_page_shows_its_publication_date(client, examples):
    body = get(client, examples["stap"].url)
    assert "<dt>Gepubliceerd</dt>" in body
    assert '<time datetime="2026-05-01">1 mei 2026</time>' in body
    assert "Laatst bijgewerkt" not in body


def test_example_page_shows_the_last_update_when_republished_later(client, examples):
    page = examples["stap"]
    now = timezone.now()
    page.first_published_at = now - datetime.timedelta(days=30)
    page.last_published_at = now
    page.publication_date = (now - datetime.timedelta(days=30)).date()
    page.save()
    body = get(client, page.url)
    today = timezone.localdate(now)
    assert "<dt>Laatst bijgewerkt</dt>" in body
    assert f'<time datetime="{today:%Y-%m-%d}">' in body

    # Republished the day it was first published: no separate update date.
    page.first_published_at = now
    page.save()
    assert "Laatst bijgewerkt" not in get(client, page.url)


def test_english_example_page_dates_in_english(client, examples, home_page_en):
    english = translate_page(examples["stap"], home_page_en.locale, title="Step by step")
    body = get(client, english.url)
    assert "<dt>Published</dt>" in body
    assert '<time datetime="2026-05-01">1 May 2026</time>' in body
