"""The result page of a completed scan: scores, levels and advice, chart, table, comparison,
where to start (examples and events on the weakest domains' themes), progress and versions."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from development_groups.models import DevelopmentGroupPage
from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import EventPage
from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory
from scan import chart, responses
from scan.factories import ScanPageFactory, domain_block
from scan.questionnaire import HIGH, LEVEL_LABELS, LOW, MIDDLE
from scan.result import render_result
from tests.support import answer_all, translate_page


def result_url(page, response, prefix=""):
    return f"{prefix}{page.url}{response.token}/"


def get_result(client, page, response, prefix=""):
    http_response = client.get(result_url(page, response, prefix))
    assert http_response.status_code == 200
    return BeautifulSoup(http_response.content, "html.parser")


def complete(response, *values_per_domain):
    """Answer each domain's statements with the values given for it, in order, and complete."""
    answers = {}
    for domain, values in zip(response.questionnaire.domains, values_per_domain, strict=True):
        answers.update(dict(zip(domain.statement_keys, values, strict=True)))
    responses.save_answers(response, answers)
    return responses.complete(response)


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def rows(soup):
    """{domain title: [cell texts]} of the table's body."""
    return {
        row.th.get_text(strip=True): [
            td.select_one(".scan-table__figure").get_text(" ", strip=True)
            for td in row.find_all("td")
        ]
        for row in soup.select(".scan-table tbody tr")
    }


def columns(soup):
    """The table's optional columns, by class: average, sector, sector-region, previous,
    change."""
    return [
        th["class"][0].removeprefix("scan-table__")
        for th in soup.select(".scan-table thead th[class]")
    ]


@pytest.fixture
def boundary_page(home_page):
    """Low below 50, high from 75; four domains to land exactly on and around the thresholds."""
    return publish(
        ScanPageFactory(
            parent=home_page,
            low_below=50,
            high_from=75,
            domains=[
                domain_block("Op de grens", ["a", "b"]),  # 2 and 3: 50, middle
                domain_block("Hoog", ["a", "b", "c", "d"]),  # 3, 3, 3, 4: 75, high
                domain_block("Laag", ["a", "b", "c"]),  # 1, 2, 3: 33.3, low
                domain_block("Niets van toepassing", ["a", "b"]),  # n.a.: no score
                domain_block("Net onder hoog", ["a", "b", "c"]),  # 3, 3, 3: 66.7, middle
            ],
        )
    )


@pytest.fixture
def boundary_result(boundary_page):
    response = responses.start(boundary_page)
    return complete(response, [2, 3], [3, 3, 3, 4], [1, 2, 3], [0, 0], [3, 3, 3])


# Scores, levels and advice ------------------------------------------------------------------


@pytest.mark.django_db
def test_each_domain_shows_its_score_level_and_the_advice_of_that_level(
    client, boundary_page, boundary_result
):
    soup = get_result(client, boundary_page, boundary_result)
    sections = {section.h3.get_text(strip=True): section for section in soup.select(".scan-domain")}
    expected = {
        "Op de grens": ("50", "middle", "Advies midden"),
        "Hoog": ("75", "high", "Advies hoog"),
        "Laag": ("33,3", "low", "Advies laag"),
        "Net onder hoog": ("66,7", "middle", "Advies midden"),
    }
    for title, (score, level, advice) in expected.items():
        section = sections[title]
        assert score in section.select_one(".scan-domain__score").get_text()
        assert section.select_one(".scan-level")["data-level"] == level
        assert section.select_one(".scan-domain__advice").get_text(strip=True) == (
            f"{advice}: {title}."
        )
        others = {"Advies laag", "Advies midden", "Advies hoog"} - {advice}
        assert not any(other in section.get_text() for other in others)


@pytest.mark.django_db
def test_a_domain_with_everything_not_applicable_has_no_score_level_or_advice(
    client, boundary_page, boundary_result
):
    soup = get_result(client, boundary_page, boundary_result)
    sections = soup.select(".scan-domain")
    section = next(s for s in sections if s.h3.get_text(strip=True) == "Niets van toepassing")
    assert section.select_one(".scan-level") is None
    assert section.select_one(".scan-domain__advice") is None
    assert "Advies" not in section.get_text()
    assert section.select_one(".scan-domain__score--none")
    cells = soup.select_one(f"tr[data-domain='{section['data-domain']}']").find_all("td")
    assert "scan-table__score--none" in cells[0]["class"]
    assert cells[1].select_one(".scan-table__figure").get_text(strip=True) == "—"
    assert section["data-score"] == ""
    weakest = [li.a.get_text(strip=True) for li in soup.select(".scan-weakest__list li")]
    assert weakest == ["Laag", "Op de grens"]
    # and it has no bar in the chart
    assert len(soup.select("svg .scan-chart__bar")) == 4


@pytest.mark.django_db
def test_the_overall_score_is_the_mean_of_the_scored_domains(
    client, boundary_page, boundary_result
):
    soup = get_result(client, boundary_page, boundary_result)
    # (50 + 75 + 33.3 + 66.7) / 4 = 56.25 -> 56.2 (rounded half to even) or 56.3
    overall = soup.select_one(".scan-overall__score").get_text(" ", strip=True)
    assert "56,2" in overall or "56,3" in overall
    footer = [
        td.get_text(strip=True) for td in soup.select(".scan-table tfoot td .scan-table__figure")
    ]
    assert footer[0] in ("56,2", "56,3")


@pytest.mark.django_db
def test_render_result_directly(rf, completed, scan_page):
    request = RequestFactory().get(result_url(scan_page, completed))
    request.user = AnonymousUser()
    http_response = render_result(request, scan_page, completed)
    http_response.render()
    assert http_response.status_code == 200
    assert b'role="img"' in http_response.content


# Chart and table ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_chart_is_an_image_with_a_text_alternative_and_a_bar_per_scored_domain(
    client, boundary_page, boundary_result
):
    soup = get_result(client, boundary_page, boundary_result)
    svg = soup.select_one("svg.scan-chart__svg")
    assert svg["role"] == "img"
    labelled_by = svg["aria-labelledby"].split()
    title, desc = (soup.find(id=name) for name in labelled_by)
    assert title.name == "title" and desc.name == "desc"
    assert title.get_text(strip=True)
    description = desc.get_text()
    for text in ("Op de grens: 50", "Hoog: 75", "Laag: 33,3", "Net onder hoog: 66,7"):
        assert text in description
    assert "Niets van toepassing" in description
    bars = svg.select(".scan-chart__bar")
    widths = {float(bar["data-score"]): float(bar["width"].removesuffix("%")) for bar in bars}
    assert widths == {
        50.0: chart.PLOT_PERCENT * 0.5,
        75.0: chart.PLOT_PERCENT * 0.75,
        33.3: round(chart.PLOT_PERCENT * 0.333, 2),
        66.7: round(chart.PLOT_PERCENT * 0.667, 2),
    }
    # no viewBox: the text keeps its size in CSS pixels, also on a phone
    assert not svg.has_attr("viewbox") and svg["width"] == "100%"
    sizes = [int(text["font-size"]) for text in svg.select("text")]
    assert sizes and min(sizes) >= 14
    # coordinates use a decimal point in every language
    assert all("," not in bar["width"] for bar in bars)
    ticks = [text.get_text() for text in svg.select(".scan-chart__tick")]
    assert ticks == ["0", "25", "50", "75", "100"]
    # no average marker and no previous bars: there is nothing to compare with
    assert not svg.select(".scan-chart__average, .scan-chart__bar--previous")


@pytest.mark.django_db
def test_the_table_holds_the_same_figures(client, boundary_page, boundary_result):
    soup = get_result(client, boundary_page, boundary_result)
    table = soup.select_one(".scan-table table")
    assert table.caption.get_text(strip=True)
    assert all(th["scope"] == "col" for th in table.select("thead th"))
    assert all(th["scope"] == "row" for th in table.select("tbody th"))
    found = rows(soup)
    del found["Niets van toepassing"][0]  # "no score" (tested above)
    assert found == {
        "Op de grens": ["50", str(LEVEL_LABELS[MIDDLE])],
        "Hoog": ["75", str(LEVEL_LABELS[HIGH])],
        "Laag": ["33,3", str(LEVEL_LABELS[LOW])],
        "Niets van toepassing": ["—"],
        "Net onder hoog": ["66,7", str(LEVEL_LABELS[MIDDLE])],
    }


# Comparison --------------------------------------------------------------------------------


def others(page, count, value=3, **taxa):
    for _ in range(count):
        answer_all(responses.start(page, **taxa), value)


@pytest.mark.django_db
def test_no_comparison_with_nine_others(client, scan_page, completed):
    others(scan_page, 9)
    soup = get_result(client, scan_page, completed)
    assert soup.select_one(".scan-comparison__all")["data-shown"] == "false"
    assert "10" in soup.select_one(".scan-comparison__all").get_text()
    assert columns(soup) == []
    assert not soup.select(".scan-chart__key--average")
    assert not soup.select("svg .scan-chart__average")


@pytest.mark.django_db
def test_comparison_with_ten_others_leaves_the_own_score_out(client, scan_page, completed):
    others(scan_page, 10, value=3)  # every domain 66.7; the school itself 0, 100, 100
    soup = get_result(client, scan_page, completed)
    assert soup.select_one(".scan-comparison__all")["data-shown"] == "true"
    assert "10" in soup.select_one(".scan-comparison__all").get_text()
    assert columns(soup) == ["average"]
    assert [cells[2] for cells in rows(soup).values()] == ["66,7", "66,7", "66,7"]
    markers = soup.select("svg .scan-chart__average")
    assert [float(marker["data-score"]) for marker in markers] == [66.7, 66.7, 66.7]
    assert soup.select_one("svg desc").get_text().count("66,7") == 3
    assert soup.select_one(".scan-chart__key--average")


@pytest.mark.django_db
def test_sector_and_sector_in_region_compare_with_their_own_counts(client, scan_page, taxa):
    own = answer_all(
        responses.start(scan_page, sector=taxa["po"], region=taxa["utrecht"]),
        4,
        Basisondersteuning=1,
    )
    others(scan_page, 10, value=4, sector=taxa["po"])  # 100 everywhere
    # 0 everywhere: nine PO schools in Utrecht, too few to compare with
    others(scan_page, 9, value=1, sector=taxa["po"], region=taxa["utrecht"])
    others(scan_page, 12, value=1, region=taxa["limburg"])  # no sector: only in all scans
    soup = get_result(client, scan_page, own)
    sector = soup.select_one(".scan-comparison__sector")
    sector_region = soup.select_one(".scan-comparison__sector-region")
    assert sector["data-shown"] == "true"
    assert "Primair onderwijs" in sector.get_text() and "19" in sector.get_text()
    assert sector_region["data-shown"] == "false"
    text = " ".join(sector_region.get_text().split())
    assert "Te weinig scans in Primair onderwijs in Utrecht om te vergelijken" in text
    assert soup.select_one(".scan-comparison__region") is None  # a region alone: not similar
    assert columns(soup) == ["average", "sector"]
    assert "Primair onderwijs" in soup.select_one("th.scan-table__sector").get_text()
    figures = [cells[2:] for cells in rows(soup).values()]
    # all: (10 x 100 + 9 x 0 + 12 x 0) / 31 = 32.3; sector: 1000 / 19 = 52.6
    assert figures == [["32,3", "52,6"]] * 3
    # the chart marks both, each with its own shape, and names them in the legend
    assert len(soup.select("svg .scan-chart__average--sector_average")) == 3
    legend = soup.select_one(".scan-chart__key--sector_average").get_text(" ", strip=True)
    assert legend == "Gemiddelde van Primair onderwijs (lijn met rondje)"
    assert "gemiddelde van Primair onderwijs 52,6" in soup.select_one("svg desc").get_text()


@pytest.mark.django_db
def test_the_same_sector_in_the_same_region_with_ten_others_is_shown_and_named(
    client, scan_page, taxa
):
    own = answer_all(responses.start(scan_page, sector=taxa["po"], region=taxa["limburg"]), 4)
    others(scan_page, 10, value=2, sector=taxa["po"], region=taxa["limburg"])  # 33.3
    others(scan_page, 10, value=4, sector=taxa["vo"], region=taxa["limburg"])  # 100
    soup = get_result(client, scan_page, own)
    assert soup.select_one(".scan-comparison__sector-region")["data-shown"] == "true"
    assert columns(soup) == ["average", "sector", "sector-region"]
    header = soup.select_one("th.scan-table__sector-region").get_text(" ", strip=True)
    assert header == "Gemiddelde Primair onderwijs in Limburg"
    assert [cells[2:] for cells in rows(soup).values()] == [["66,7", "33,3", "33,3"]] * 3
    assert len(soup.select("svg .scan-chart__average--sector_region_average")) == 3


@pytest.mark.django_db
def test_a_school_without_sector_compares_with_all_scans_only(client, scan_page, taxa):
    own = answer_all(responses.start(scan_page, region=taxa["limburg"]), 4)
    others(scan_page, 10, value=2, region=taxa["limburg"])
    soup = get_result(client, scan_page, own)
    assert soup.select_one(".scan-comparison__sector") is None
    assert soup.select_one(".scan-comparison__sector-region") is None
    assert columns(soup) == ["average"]


@pytest.mark.django_db
def test_a_sector_is_not_shown_when_it_would_reveal_the_few_scans_outside_it(
    client, scan_page, taxa
):
    """All scans minus the sector: three schools. Their average would follow from the two
    averages shown, so the sector is left out (though it has ten others)."""
    own = answer_all(responses.start(scan_page, sector=taxa["po"]), 4)
    others(scan_page, 10, value=2, sector=taxa["po"])
    others(scan_page, 3, value=4, sector=taxa["vo"])
    soup = get_result(client, scan_page, own)
    assert soup.select_one(".scan-comparison__all")["data-shown"] == "true"
    assert soup.select_one(".scan-comparison__sector")["data-shown"] == "false"
    assert columns(soup) == ["average"]

    others(scan_page, 7, value=4, sector=taxa["vo"])  # ten outside the sector: both shown
    soup = get_result(client, scan_page, own)
    assert columns(soup) == ["average", "sector"]


@pytest.mark.django_db
def test_the_comparison_costs_the_same_queries_with_or_without_similar_schools(
    client, scan_page, taxa, django_assert_max_num_queries
):
    plain = answer_all(responses.start(scan_page), 4)
    similar = answer_all(responses.start(scan_page, sector=taxa["po"], region=taxa["utrecht"]), 4)
    others(scan_page, 10, value=2, sector=taxa["po"], region=taxa["utrecht"])
    others(scan_page, 10, value=2, sector=taxa["vo"], region=taxa["utrecht"])
    cache.clear()
    get_result(client, scan_page, plain)  # warm the page's own caches
    with CaptureQueriesContext(connection) as baseline:
        get_result(client, scan_page, plain)
    with django_assert_max_num_queries(len(baseline) + 2):  # the sector's and region's names
        soup = get_result(client, scan_page, similar)
    assert columns(soup) == ["average", "sector", "sector-region"]


@pytest.mark.django_db
def test_sector_and_region_are_named_in_the_visitors_language(
    client, scan_page, taxa, home_page_en, locale_en
):
    english_page = translate_page(scan_page, locale_en, title="Inclusive education scan")
    for key, name in (("po", "Primary education"), ("utrecht", "Utrecht province")):
        translation = taxa[key].copy_for_translation(locale_en)
        translation.name = name
        translation.save()
    own = answer_all(responses.start(scan_page, sector=taxa["po"], region=taxa["utrecht"]), 4)
    english = get_result(client, english_page, own, prefix="")
    text = english.select_one(".scan-comparison").get_text()
    assert "Primary education" in text and "Utrecht province" in text
    dutch = get_result(client, scan_page, own)
    assert "Primair onderwijs" in dutch.select_one(".scan-comparison").get_text()


# Where to start: examples and events -------------------------------------------------------


@pytest.mark.django_db
def test_the_weakest_domains_show_examples_and_events_on_their_themes(
    client, scan_page, completed, taxa
):
    # completed: Basisondersteuning 0 (no themes), Samenwerking met ouders 100 (ouders),
    # Verzuim voorkomen 100 (terugkeer): the weakest are the first two.
    index = PracticeExampleIndexPageFactory(parent=scan_page.get_parent())
    PracticeExamplePageFactory(parent=index, title="Ouders aan tafel", themes=[taxa["ouders"]])
    PracticeExamplePageFactory(parent=index, title="Terug in de klas", themes=[taxa["terugkeer"]])
    agenda = EventIndexPageFactory(parent=scan_page.get_parent())
    EventPageFactory(parent=agenda, title="Ouderavond over thuiszitten", themes=[taxa["ouders"]])
    EventPageFactory(parent=agenda, title="Terugkeer-webinar", themes=[taxa["terugkeer"]])
    EventPageFactory(
        parent=agenda,
        title="Voorbij",
        themes=[taxa["ouders"]],
        start_date=datetime.date.today() - datetime.timedelta(days=10),
    )
    soup = get_result(client, scan_page, completed)
    weakest = [li.a.get_text(strip=True) for li in soup.select(".scan-weakest__list li")]
    assert weakest == ["Basisondersteuning", "Samenwerking met ouders"]
    examples = soup.select_one("#scan-examples-heading").find_parent("section")
    assert [a.get_text(strip=True) for a in examples.select(".card__title a")] == [
        "Ouders aan tafel"
    ]
    events = soup.select_one("#scan-events-heading").find_parent("section")
    assert "Ouderavond over thuiszitten" in events.get_text()
    assert "Terugkeer-webinar" not in events.get_text()
    assert "Voorbij" not in events.get_text()


@pytest.mark.django_db
def test_without_examples_the_result_says_so(client, scan_page, completed):
    soup = get_result(client, scan_page, completed)
    examples = soup.select_one("#scan-examples-heading").find_parent("section")
    assert not examples.select(".card")
    assert examples.p.get_text(strip=True)
    assert soup.select_one("#scan-events-heading") is None  # no events: nothing shown


@pytest.mark.django_db
def test_in_english_without_english_examples_the_dutch_ones_are_linked(
    client, scan_page, completed, taxa, home_page_en, locale_en
):
    index = PracticeExampleIndexPageFactory(parent=scan_page.get_parent())
    for title in ("Ouders aan tafel", "Ouders in de klas"):
        PracticeExamplePageFactory(parent=index, title=title, themes=[taxa["ouders"]])
    english_page = translate_page(scan_page, locale_en, title="Inclusive education scan")

    english = get_result(client, english_page, completed)
    examples = english.select_one("#scan-examples-heading").find_parent("section")
    assert not examples.select(".card")
    link = examples.select("a")[-1]
    assert link["href"] == f"{index.url}?thema=ouderbetrokkenheid"
    assert link["hreflang"] == "nl"
    assert link.get_text(strip=True) == "2 examples on these themes in Dutch"
    # In Dutch the examples themselves show, and no such link.
    dutch = get_result(client, scan_page, completed)
    assert not dutch.select('a[hreflang="nl"]')


@pytest.mark.django_db
def test_more_examples_than_shown_link_to_the_listing(client, scan_page, completed, taxa):
    index = PracticeExampleIndexPageFactory(parent=scan_page.get_parent())
    for number in range(8):
        PracticeExamplePageFactory(
            parent=index, title=f"Voorbeeld {number}", themes=[taxa["ouders"]]
        )
    soup = get_result(client, scan_page, completed)
    examples = soup.select_one("#scan-examples-heading").find_parent("section")
    assert len(examples.select(".card")) == 6
    link = examples.select("a")[-1]
    assert link["href"] == f"{index.url}?thema=ouderbetrokkenheid"
    assert "8" in link.get_text()


@pytest.mark.django_db
def test_the_link_to_the_listing_filters_by_the_schools_sector_too(
    client, scan_page, taxa, django_assert_max_num_queries
):
    index = PracticeExampleIndexPageFactory(parent=scan_page.get_parent())
    for number in range(5):
        PracticeExamplePageFactory(
            parent=index, title=f"PO {number}", themes=[taxa["ouders"]], sectors=[taxa["po"]]
        )
    for number in range(3):
        PracticeExamplePageFactory(parent=index, title=f"Alle {number}", themes=[taxa["ouders"]])
    PracticeExamplePageFactory(
        parent=index, title="VO", themes=[taxa["ouders"]], sectors=[taxa["vo"]]
    )
    school = answer_all(responses.start(scan_page, sector=taxa["po"]), 4, Samenwerking_met_ouders=1)
    plain = answer_all(responses.start(scan_page), 4, Samenwerking_met_ouders=1)
    cache.clear()
    get_result(client, scan_page, plain)
    with CaptureQueriesContext(connection) as baseline:
        soup = get_result(client, scan_page, plain)
    baseline_count = len(baseline)
    link = soup.select_one("#scan-examples-heading").find_parent("section").select("a")[-1]
    assert link["href"] == f"{index.url}?thema=ouderbetrokkenheid"
    assert "9" in link.get_text()

    # the sector, its examples' count, and the language switch of this address's header (the
    # plain result's header was kept: core/fragment_cache.py)
    with django_assert_max_num_queries(baseline_count + 4):
        soup = get_result(client, scan_page, school)
    link = soup.select_one("#scan-examples-heading").find_parent("section").select("a")[-1]
    assert link["href"] == f"{index.url}?thema=ouderbetrokkenheid&sector=po"
    assert " ".join(link.get_text().split()) == (
        "Alle 5 voorbeelden over deze thema's voor Primair onderwijs"
    )
    # the listing accepts the parameters and shows just those five
    listing = BeautifulSoup(client.get(link["href"]).content, "html.parser")
    titles = {a.get_text(strip=True) for a in listing.select(".card__title a")}
    assert titles == {f"PO {number}" for number in range(5)}


@pytest.mark.django_db
def test_without_examples_of_the_sector_the_link_filters_by_theme_only(client, scan_page, taxa):
    index = PracticeExampleIndexPageFactory(parent=scan_page.get_parent())
    for number in range(7):
        PracticeExamplePageFactory(parent=index, title=f"Alle {number}", themes=[taxa["ouders"]])
    school = answer_all(responses.start(scan_page, sector=taxa["po"]), 4, Samenwerking_met_ouders=1)
    soup = get_result(client, scan_page, school)
    link = soup.select_one("#scan-examples-heading").find_parent("section").select("a")[-1]
    assert link["href"] == f"{index.url}?thema=ouderbetrokkenheid"


def card_titles(soup, heading_id):
    section = soup.select_one(f"#{heading_id}").find_parent("section")
    return [a.get_text(strip=True) for a in section.select(".card__title a")]


@pytest.mark.django_db
def test_examples_match_the_schools_sector_and_region_first_then_national(client, scan_page, taxa):
    index = PracticeExampleIndexPageFactory(parent=scan_page.get_parent())
    today = datetime.date.today()

    def example(title, days_ago, regions=(), sectors=()):
        PracticeExamplePageFactory(
            parent=index,
            title=title,
            themes=[taxa["ouders"]],
            regions=list(regions),
            sectors=list(sectors),
            publication_date=today - datetime.timedelta(days=days_ago),
        )

    example("Landelijk en nieuwst", 1)
    example("PO in Utrecht", 30, [taxa["utrecht"]], [taxa["po"]])
    example("Utrecht, alle sectoren", 20, [taxa["utrecht"]])
    example("PO, heel het land", 10, sectors=[taxa["po"]])
    example("VO in Limburg", 2, [taxa["limburg"]], [taxa["vo"]])
    example("PO in Limburg", 2, [taxa["limburg"]], [taxa["po"]])
    example("VO in Utrecht", 2, [taxa["utrecht"]], [taxa["vo"]])
    response = responses.start(scan_page, sector=taxa["po"], region=taxa["utrecht"])
    answer_all(response, 4, Basisondersteuning=1)
    soup = get_result(client, scan_page, response)
    assert card_titles(soup, "scan-examples-heading") == [
        "PO in Utrecht",
        "Utrecht, alle sectoren",
        "PO, heel het land",
        "Landelijk en nieuwst",
    ]


@pytest.mark.django_db
def test_events_match_the_region_first_and_never_closed_ones_or_closed_groups(
    client, scan_page, taxa
):
    from development_groups.factories import (
        DevelopmentGroupIndexPageFactory,
        DevelopmentGroupPageFactory,
        DevelopmentSessionPageFactory,
    )

    home = scan_page.get_parent()
    agenda = EventIndexPageFactory(parent=home)
    today = datetime.date.today()

    def event(title, days, factory=EventPageFactory, parent=agenda, **fields):
        factory(
            parent=parent,
            title=title,
            themes=[taxa["ouders"]],
            start_date=today + datetime.timedelta(days=days),
            **fields,
        )

    event("Landelijk webinar", 5)
    event("In Utrecht", 40, region=taxa["utrecht"])
    event("In Limburg", 3, region=taxa["limburg"])
    event("Aanmelding gesloten", 4, registration_closed=True)
    event("Deadline voorbij", 4, registration_deadline=timezone.now() - datetime.timedelta(days=1))
    event("Uitgesteld", 4, status=EventPage.Status.POSTPONED, status_reason="Ziekte")
    groups = DevelopmentGroupIndexPageFactory(parent=home)
    closed = DevelopmentGroupPageFactory(
        parent=groups, registration_state=DevelopmentGroupPage.RegistrationState.CLOSED
    )
    open_group = DevelopmentGroupPageFactory(parent=groups)
    event("Sessie gesloten groep", 2, DevelopmentSessionPageFactory, closed)
    event("Sessie open groep", 6, DevelopmentSessionPageFactory, open_group)
    response = responses.start(scan_page, sector=taxa["po"], region=taxa["utrecht"])
    answer_all(response, 4, Basisondersteuning=1)
    soup = get_result(client, scan_page, response)
    section = soup.select_one("#scan-events-heading").find_parent("section")
    titles = [a.get_text(strip=True) for a in section.select("h3 a, .card__title a")]
    assert titles == ["In Utrecht", "Landelijk webinar", "Sessie open groep"]


@pytest.mark.django_db
def test_suggestions_for_a_sector_and_region_take_a_constant_number_of_queries(
    client, scan_page, taxa, django_assert_max_num_queries
):
    index = PracticeExampleIndexPageFactory(parent=scan_page.get_parent())
    agenda = EventIndexPageFactory(parent=scan_page.get_parent())
    response = responses.start(scan_page, sector=taxa["po"], region=taxa["utrecht"])
    answer_all(response, 4, Basisondersteuning=1)

    def add(number):
        PracticeExamplePageFactory(
            parent=index,
            themes=[taxa["ouders"]],
            regions=[taxa["utrecht"]],
            sectors=[taxa["po"]],
        )
        EventPageFactory(
            parent=agenda,
            themes=[taxa["ouders"]],
            region=taxa["utrecht"] if number % 2 else None,
        )

    for number in range(7):  # more than a page shows: the example count is queried from the start
        add(number)
    get_result(client, scan_page, response)  # warm the caches every page shares
    counts = []
    for extra in (0, 10):
        for number in range(extra):
            add(number)
        cache.clear()
        with django_assert_max_num_queries(60) as captured:
            get_result(client, scan_page, response)
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1]


@pytest.mark.django_db
def test_the_summary_and_where_to_start_come_before_the_details(client, scan_page, completed):
    soup = get_result(client, scan_page, completed)
    headings = [h2["id"] for h2 in soup.select(".scan-result h2[id]")]
    order = [
        "scan-summary-heading",
        "scan-weakest-heading",
        "scan-overview-heading",
        "scan-advice-heading",
        "scan-redo-heading",
    ]
    assert [heading for heading in headings if heading in order] == order
    summary = soup.select_one("#scan-summary-heading").find_parent("section")
    assert summary.select_one(".scan-overall__score")
    assert soup.select_one(".scan-advice .scan-overall__score") is None


@pytest.mark.django_db
def test_the_advice_per_domain_is_collapsible_with_the_weakest_open(client, scan_page, completed):
    soup = get_result(client, scan_page, completed)
    domains = soup.select(".scan-advice details.scan-domain")
    assert len(domains) == 3
    opened = {d.summary.h3.get_text(strip=True): d.has_attr("open") for d in domains}
    assert opened == {
        "Basisondersteuning": True,
        "Samenwerking met ouders": True,
        "Verzuim voorkomen": False,
    }
    for link in soup.select(".scan-weakest__list a"):  # "Where to start" opens at the advice
        assert soup.select_one(link["href"]).has_attr("open")


# Private link, redo, print -----------------------------------------------------------------


@pytest.mark.django_db
def test_the_private_link_the_redo_form_and_the_print_hint(client, scan_page, completed):
    soup = get_result(client, scan_page, completed)
    link = soup.select_one("#scan-share-link")
    assert link["value"] == f"http://testserver/scan/{completed.token}/"
    assert link["readonly"] is not None
    assert soup.select_one("#scan-share-hint")
    form = soup.select_one(".scan-redo form")
    assert form["method"] == "post"
    assert form["action"] == f"/scan/{completed.token}/opnieuw/"
    assert form.select_one("input[name=csrfmiddlewaretoken]")
    assert form.select_one("button[type=submit]")
    assert soup.select_one(".scan-share__print-hint")


@pytest.mark.django_db
def test_the_result_intro_of_the_page(client, scan_page, completed):
    scan_page.result_intro = "<p>Bespreek de uitkomst met je team.</p>"
    publish(scan_page)
    soup = get_result(client, scan_page, completed)
    assert "Bespreek de uitkomst met je team." in soup.select_one(".scan-result__intro").get_text()


# Progress ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_redone_scan_shows_the_progress_per_domain(client, scan_page, completed):
    again = answer_all(responses.redo(completed), 3)  # 66.7 everywhere; was 0, 100, 100
    soup = get_result(client, scan_page, again)
    assert columns(soup) == ["previous", "change"]
    assert [cells[-2:] for cells in rows(soup).values()] == [
        ["0", "+66,7"],
        ["100", "-33,3"],
        ["100", "-33,3"],
    ]
    footer = [
        td.get_text(strip=True) for td in soup.select(".scan-table tfoot td .scan-table__figure")
    ]
    assert footer[-2:] == ["66,7", "0"]
    previous = soup.select("svg .scan-chart__bar--previous")
    assert [float(bar["data-score"]) for bar in previous] == [0.0, 100.0, 100.0]
    assert soup.select_one(".scan-chart__key--previous")
    assert "+66,7" in soup.select(".scan-domain")[0].get_text()


@pytest.mark.django_db
def test_progress_matches_domains_by_key_across_versions(client, scan_page, completed):
    old = list(scan_page.domains.raw_data)
    # The second domain is removed, a new one is added, the first is reworded (same key).
    first = dict(old[0])
    first["value"] = {**first["value"], "title": "Basisondersteuning op orde"}
    scan_page.domains = [first, old[2], domain_block("Nieuw domein", ["Een nieuwe stelling."])]
    publish(scan_page)
    again = answer_all(responses.redo(completed), 4)
    soup = get_result(client, scan_page, again)
    assert {title: cells[-2:] for title, cells in rows(soup).items()} == {
        "Basisondersteuning op orde": ["0", "+100"],
        "Verzuim voorkomen": ["100", "0"],
        "Nieuw domein": ["—", "—"],
    }


@pytest.mark.django_db
def test_a_first_scan_shows_no_progress(client, scan_page, completed):
    soup = get_result(client, scan_page, completed)
    assert columns(soup) == []
    assert not soup.select(".scan-chart__key--previous")
    assert not soup.select("svg .scan-chart__bar--previous")


# Versions ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_result_keeps_the_texts_of_the_version_it_answered(client, scan_page, completed):
    domains = list(scan_page.domains.raw_data)
    changed = dict(domains[0])
    changed["value"] = {
        **changed["value"],
        "title": "Ondersteuning in de basis",
        "advice_low": "<p>Nieuw advies.</p>",
    }
    scan_page.domains = [changed, *domains[1:]]
    scan_page.low_below = 10
    publish(scan_page)
    soup = get_result(client, scan_page, completed)
    text = soup.get_text()
    assert "Basisondersteuning" in text
    assert "Ondersteuning in de basis" not in text
    assert "Advies laag: Basisondersteuning." in text
    assert "Nieuw advies" not in text
    thresholds = soup.select_one(".scan-overall .meta").get_text()
    assert re.search(r"\b50\b", thresholds) and not re.search(r"\b10\b", thresholds)


# Queries -----------------------------------------------------------------------------------


def page_with_domains(parent, count, slug, taxa):
    return publish(
        ScanPageFactory(
            parent=parent,
            slug=slug,
            domains=[
                domain_block(f"Domein {n}", ["a", "b", "c"], themes=[taxa["ouders"]])
                for n in range(count)
            ],
        )
    )


@pytest.mark.django_db
def test_the_number_of_queries_does_not_grow_with_domains_or_a_previous_scan(
    client, home_page, taxa, django_assert_max_num_queries
):
    index = PracticeExampleIndexPageFactory(parent=home_page)
    PracticeExamplePageFactory(parent=index, themes=[taxa["ouders"]])
    EventPageFactory(parent=EventIndexPageFactory(parent=home_page), themes=[taxa["ouders"]])
    cases = {}
    for count in (3, 8):
        page = page_with_domains(home_page, count, f"scan-{count}", taxa)
        first = answer_all(responses.start(page, sector=taxa["po"], region=taxa["utrecht"]), 2)
        second = answer_all(responses.redo(first), 3)
        others(page, 10, sector=taxa["po"], region=taxa["utrecht"])
        cases[count, False] = (page, first)
        cases[count, True] = (page, second)
    get_result(client, *cases[3, False])  # warm the caches every page shares
    counts = {}
    for key, (page, response) in cases.items():
        cache.clear()
        with django_assert_max_num_queries(60) as captured:
            soup = get_result(client, page, response)
        assert len(soup.select(".scan-table tbody tr")) == key[0]
        counts[key] = len(captured.captured_queries)
    assert counts[3, False] == counts[8, False]
    assert counts[3, True] == counts[8, True]
    assert counts[3, True] <= counts[3, False] + 1


@pytest.mark.django_db
def test_damaged_scores_still_give_a_result(client, scan_page, completed):
    """Scores of unknown domains are ignored; a domain without a stored score has none."""
    again = answer_all(responses.redo(completed), 3)
    completed.scores = None  # the previous scan lost its scores
    completed.save(update_fields=["scores"])
    again.scores = {"unknown": 50, again.questionnaire.domains[0].key: 80}
    again.save(update_fields=["scores"])
    soup = get_result(client, scan_page, again)
    assert [cells[0] for cells in rows(soup).values()][0] == "80"
    assert len(soup.select("svg .scan-chart__bar")) == 1
    assert columns(soup) == []  # no usable previous scan
