"""The listing's finder on a phone and beside the results: the "Filters (n)" disclosure, the active
filters as chips, "Clear all filters", options that would leave nothing, long facets folded, and
the sort order of a new search (issue 15)."""

import datetime
import html
import re
from urllib.parse import parse_qs, urlsplit

import pytest

from django.core.cache import cache

from practice_examples.factories import PracticeExamplePageFactory
from taxonomy.factories import RegionFactory
from tests.support import examples_listing, listing_titles, text_of


def chips(body):
    """{visible text of the chip: the parameters of its link}."""
    found = {}
    links = re.findall(r'<a class="filter-chip"\s+href="([^"]+)"[^>]*>(.*?)</a>', body, re.S)
    for href, inner in links:
        text = re.sub(r'<span class="visually-hidden">[^<]*</span>', "", inner)
        found[text_of(text)] = parse_qs(urlsplit(html.unescape(href)).query)
    return found


def clear_all(body):
    href = re.search(r'<a class="filter-chips__clear"\s+href="([^"]+)"', body).group(1)
    return parse_qs(urlsplit(html.unescape(href)).query)


def option(body, param, value):
    """The <input> of one filter option."""
    match = re.search(rf'<input type="checkbox"\s+id="f-{param}-{value}"[^>]*>', body)
    assert match, f"no option {param}={value}"
    return match.group(0)


def filters_button(body):
    summary = re.search(r'<summary class="example-finder__toggle"[^>]*>(.*?)</summary>', body, re.S)
    # the count is an inline element: its tags join the text without a space
    return " ".join(re.sub(r"<[^>]+>", "", summary.group(1)).split())


def test_the_filters_open_from_a_button_that_counts_the_active_values(client, examples):
    body = examples_listing(client)
    assert '<details class="example-finder__panel"' in body
    assert filters_button(body) == "Filters"

    body = examples_listing(
        client, q="ouders", regio=["utrecht", "limburg"], sector="po", tag="ouders"
    )
    # two regions, a sector and the tag; the search words are not a filter
    assert filters_button(body) == "Filters (4 actief)"


def test_the_results_come_before_nothing_but_the_filters_button(client, examples):
    """In the page's order the first card follows the button, not the 40 checkboxes: on a phone
    the filters are closed (a <details> without `open`), the results are next."""
    body = examples_listing(client)
    panel = re.search(r'<details class="example-finder__panel"[^>]*>', body).group(0)
    assert " open" not in panel
    assert body.index('id="example-filter-toggle"') < body.index('id="example-filters"')
    assert body.index('id="example-filters"') < body.index('class="card__title"')


def test_each_active_filter_is_a_chip_that_removes_only_itself(client, examples):
    body = examples_listing(
        client, q="thuiszitten", regio=["utrecht", "limburg"], sector="vo", sort="titel"
    )
    found = chips(body)
    assert set(found) == {"Utrecht", "Limburg", "Voortgezet onderwijs"}
    assert found["Utrecht"] == {
        "q": ["thuiszitten"],
        "regio": ["limburg"],
        "sector": ["vo"],
        "sort": ["titel"],
    }
    assert found["Voortgezet onderwijs"] == {
        "q": ["thuiszitten"],
        "regio": ["utrecht", "limburg"],
        "sort": ["titel"],
    }
    # the chip's link gives the listing without that value
    url = re.search(r'<a class="filter-chip"\s+href="([^"]+)"', body).group(1)
    assert set(chips(client.get(html.unescape(url)).content.decode())) == {
        "Limburg",
        "Voortgezet onderwijs",
    }


def test_the_chips_name_their_filter_for_screen_readers(client, examples):
    body = examples_listing(client, regio="utrecht")
    chip = re.search(r'<a class="filter-chip".*?</a>', body, re.S).group(0)
    assert "Regio:" in chip and "filter verwijderen" in chip


def test_the_tag_is_a_chip_too(client, examples):
    body = examples_listing(client, tag="ouders", thema="ouderbetrokkenheid")
    found = chips(body)
    assert found["Tag: ouders"] == {"thema": ["ouderbetrokkenheid"]}
    assert found["Ouderbetrokkenheid"] == {"tag": ["ouders"]}


def test_clear_all_filters_keeps_the_search_words_and_the_order(client, examples):
    body = examples_listing(
        client, q="thuiszitten", regio="utrecht", sector="vo", sort="titel", tag="x"
    )
    assert "Wis alle filters" in body
    assert clear_all(body) == {"q": ["thuiszitten"], "sort": ["titel"]}


def test_without_filters_there_are_no_chips(client, examples):
    body = examples_listing(client, q="thuiszitten")
    assert 'class="filter-chip' not in body
    assert "Wis alle filters" not in body


def test_an_option_that_would_leave_nothing_is_disabled_unless_ticked(client, examples):
    body = examples_listing(client, regio="limburg")
    # within Limburg nothing is about parents' audience "ouders" ...
    assert " disabled" in option(body, "doelgroep", "ouders")
    assert "(0)" in body.split('id="f-doelgroep-ouders"')[1].split("</label>")[0]
    # ... but VO is, and stays tickable
    assert " disabled" not in option(body, "sector", "vo")
    # a ticked option that now yields nothing stays enabled, so it can be unticked
    body = examples_listing(client, regio="limburg", doelgroep="ouders")
    assert "checked" in option(body, "doelgroep", "ouders")
    assert " disabled" not in option(body, "doelgroep", "ouders")


def test_a_long_facet_folds_after_five_but_never_hides_a_ticked_option(client, examples):
    for n in range(10):
        RegionFactory(name=f"Regio {n:02d}", slug=f"regio-{n:02d}")
    body = examples_listing(client, regio="regio-09")
    fieldset = body.split("<legend>Regio</legend>")[1].split("</fieldset>")[0]
    shown, folded = fieldset.split('<details class="facet__more"')
    assert "Toon alle 12" in folded
    assert len(re.findall(r'type="checkbox"', shown)) == 6  # the first five and the ticked one
    assert 'id="f-regio-regio-09"' in shown
    assert len(re.findall(r'type="checkbox"', folded)) == 6
    # a short facet is not folded
    sectors = body.split("<legend>Sector</legend>")[1].split("</fieldset>")[0]
    assert "facet__more" not in sectors


@pytest.fixture
def leerplicht(example_index):
    """An older example all about "leerplicht", and a newer one that names it once."""
    strong = PracticeExamplePageFactory(
        parent=example_index,
        title="Leerplicht in de wijk",
        intro="De leerplichtambtenaar en de leerplicht dichtbij: leerplicht als gesprek.",
        publication_date=datetime.date.today() - datetime.timedelta(days=400),
    )
    weak = PracticeExamplePageFactory(
        parent=example_index,
        title="Een rustige start op de nieuwe school",
        intro="Een leerling begint met een paar uur per week; ook de leerplicht denkt mee.",
        publication_date=datetime.date.today() - datetime.timedelta(days=3),
    )
    return strong, weak


def test_a_new_search_is_ordered_by_relevance(client, leerplicht):
    strong, weak = leerplicht
    # The form without search words showed "Newest first" as its first option, with no value:
    # typing words and submitting sends sort="" and gives the best match first.
    body = examples_listing(client)
    assert listing_titles(body)[0] == weak.title
    select = re.search(r'<select id="example-sort" name="sort">(.*?)</select>', body, re.S)
    first = re.search(r'<option value="([^"]*)"\s*selected>([^<]+)', select.group(1))
    assert first.groups() == ("", "Nieuwste eerst")
    assert 'value="nieuwste"' not in select.group(1)

    for sort in ("", "relevantie"):
        assert listing_titles(examples_listing(client, q="leerplicht", sort=sort)) == [
            strong.title,
            weak.title,
        ]
    assert listing_titles(examples_listing(client, q="leerplicht")) == [strong.title, weak.title]


def test_newest_first_stays_a_choice_with_search_words(client, leerplicht, taxa):
    strong, weak = leerplicht
    body = examples_listing(client, q="leerplicht", sort="nieuwste")
    assert listing_titles(body) == [weak.title, strong.title]
    select = re.search(r'<select id="example-sort" name="sort">(.*?)</select>', body, re.S).group(1)
    assert re.search(r'<option value=""\s*>Relevantie', select)
    assert re.search(r'<option value="nieuwste"\s*selected>\s*Nieuwste eerst', select)
    # the chosen order travels with the chips and "Clear all filters"
    body = examples_listing(client, q="leerplicht", sort="nieuwste", regio="utrecht")
    assert clear_all(body) == {"q": ["leerplicht"], "sort": ["nieuwste"]}


def test_an_old_link_with_newest_first_and_no_search_keeps_the_default(client, leerplicht):
    """sort=nieuwste without words is the default order: the menu shows its first option, so
    words typed into that form are ordered by relevance."""
    body = examples_listing(client, sort="nieuwste")
    assert re.search(r'<option value=""\s*selected>\s*Nieuwste eerst', body)


def test_the_finder_adds_no_queries(client, examples, django_assert_max_num_queries):
    """Chips, counts and folding come from what the listing computed already."""
    examples_listing(client, q="thuiszitten", regio="utrecht")
    cache.clear()
    with django_assert_max_num_queries(40) as plain:
        examples_listing(client, q="thuiszitten")
    cache.clear()
    with django_assert_max_num_queries(len(plain.captured_queries)):
        examples_listing(
            client, q="thuiszitten", regio=["utrecht", "limburg"], sector="vo", tag="x"
        )
