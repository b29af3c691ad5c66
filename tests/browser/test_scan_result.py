"""The result of a redone scan in a real browser, with axe-core: chart, table, comparison,
progress, examples and events on the weakest domains; and its print layout."""

import datetime
import uuid

import pytest
from playwright.sync_api import expect

from events.factories import EventIndexPageFactory, EventPageFactory
from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory
from scan import responses, statistics
from scan.factories import ScanPageFactory, default_domains
from taxonomy.factories import RegionFactory, SectorFactory
from taxonomy.models import Theme
from tests.support import translate_page

from .axe import assert_accessible
from .support import keep_screenshot

pytestmark = pytest.mark.browser


def answer(response, *values):
    answers = {}
    for domain, value in zip(response.questionnaire.domains, values, strict=True):
        answers.update(dict.fromkeys(domain.statement_keys, value))
    responses.save_answers(response, answers)
    return responses.complete(response)


@pytest.fixture
def redone(site_content):
    """A school that redid the scan (sector PO), 10 other scans, an example and an event on the
    theme of its weakest domain."""
    theme = Theme.objects.get(slug="terug-naar-school")
    domains = default_domains()
    domains[0]["value"]["themes"] = [{"type": "item", "id": str(uuid.uuid4()), "value": theme.pk}]
    page = ScanPageFactory(parent=site_content.home, domains=domains)
    page.save_revision().publish()
    page.refresh_from_db()
    sector = SectorFactory(name="Primair onderwijs", slug="po", abbreviation="PO")
    for number in range(statistics.MIN_COMPARISON):
        answer(responses.start(page, sector=sector), 1 + number % 4, 3, 2)
    first = answer(responses.start(page, sector=sector), 1, 2, 3)
    second = answer(responses.redo(first), 2, 4, 3)
    index = PracticeExampleIndexPageFactory(parent=site_content.home)
    PracticeExamplePageFactory(
        parent=index, title="Elke dag een uur terug naar school", themes=[theme]
    )
    agenda = EventIndexPageFactory(parent=site_content.home)
    EventPageFactory(
        parent=agenda,
        title="Netwerkdag terug naar school",
        themes=[theme],
        start_date=datetime.date.today() + datetime.timedelta(days=20),
    )
    return page, second


def test_the_result_of_a_redone_scan(page, redone, external_requests):
    scan_page, response = redone
    page.goto(f"/scan/{response.token}/")
    chart = page.locator("svg[role=img]")
    expect(chart).to_be_visible()
    expect(page.locator(".scan-chart__bar--previous")).to_have_count(3)
    expect(page.locator(".scan-chart__average--average")).to_have_count(3)
    expect(page.locator(".scan-chart__average--sector_average")).to_have_count(3)
    expect(page.locator(".scan-comparison__sector")).to_have_attribute("data-shown", "true")
    expect(page.locator(".scan-table__change").first).to_be_visible()
    expect(page.get_by_text("Elke dag een uur terug naar school")).to_be_visible()
    expect(page.get_by_text("Netwerkdag terug naar school")).to_be_visible()
    expect(page.locator("#scan-share-link")).to_have_value(
        f"{page.url.split('/scan/')[0]}/scan/{response.token}/"
    )
    assert_accessible(page)
    assert external_requests == []


def test_the_print_layout(page, redone):
    scan_page, response = redone
    page.goto(f"/scan/{response.token}/")
    page.emulate_media(media="print")
    for hidden in (".site-header", ".site-footer", ".scan-redo", "#scan-share-link"):
        expect(page.locator(hidden)).to_be_hidden()
    expect(page.locator(".scan-share__print-url")).to_be_visible()
    expect(page.locator(".scan-share__print-url")).to_contain_text(f"/scan/{response.token}/")
    expect(page.locator("svg[role=img]")).to_be_visible()
    expect(page.locator(".scan-table table")).to_be_visible()
    adjust = page.locator(".scan-chart__svg").evaluate(
        "element => getComputedStyle(element).printColorAdjust"
    )
    assert adjust == "exact"
    inside = page.locator(".scan-domain").first.evaluate(
        "element => getComputedStyle(element).breakInside"
    )
    assert inside == "avoid"


@pytest.mark.parametrize("width", [390, 1280])
def test_where_to_start_comes_first_and_the_advice_opens_without_javascript(
    page_without_js, redone, width
):
    """KB_SCREENSHOTS=<folder> keeps a screenshot of the result at the width."""
    page = page_without_js
    scan_page, response = redone
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"/scan/{response.token}/")
    start = page.get_by_role("heading", name="Waar u kunt beginnen")
    advice = page.get_by_role("heading", name="Advies per domein")
    assert start.bounding_box()["y"] < advice.bounding_box()["y"]
    assert start.bounding_box()["y"] < 900 * 2  # within two screens, also on a phone
    key = page.locator("details.scan-domain:not([open])").first.get_attribute("data-domain")
    closed = page.locator(f"details.scan-domain[data-domain='{key}']")
    expect(closed.locator(".scan-domain__advice")).to_be_hidden()
    closed.locator("summary").click()
    expect(closed.locator(".scan-domain__advice")).to_be_visible()
    keep_screenshot(page, f"scan-result-{width}")


@pytest.fixture
def compared(site_content, locale_en):
    """A PO school in Utrecht that redid the scan, compared with all scans, PO and PO in
    Utrecht (ten others each, ten more outside the sector); the result in Dutch and English."""
    domains = default_domains()
    page = ScanPageFactory(parent=site_content.home, domains=domains)
    page.save_revision().publish()
    page.refresh_from_db()
    translate_page(page, locale_en, title="Inclusive education scan")
    po = SectorFactory(name="Primair onderwijs", slug="po", abbreviation="PO")
    vo = SectorFactory(name="Voortgezet onderwijs", slug="vo", abbreviation="VO")
    utrecht = RegionFactory(name="Utrecht", slug="utrecht", code="UT")
    for number in range(statistics.MIN_COMPARISON - 1):
        answer(responses.start(page, sector=po, region=utrecht), 1 + number % 4, 3, 2)
    for number in range(statistics.MIN_COMPARISON):
        answer(responses.start(page, sector=vo), 4, 2 + number % 3, 3)
    first = answer(responses.start(page, sector=po, region=utrecht), 1, 2, 3)
    return answer(responses.redo(first), 2, 4, 3)


CHART_TEXT_SIZES = """svg => [...svg.querySelectorAll('text')].map(text => ({
    text: text.textContent,
    size: parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM().a,
    right: text.getBoundingClientRect().right,
    left: text.getBoundingClientRect().left,
}))"""

TABLE_CELLS = """table => [...table.querySelectorAll('th, td')]
    .map(cell => ({text: cell.textContent.trim(), box: cell.getBoundingClientRect()}))
    .filter(cell => cell.box.width > 1 && cell.box.height > 1)
    .map(cell => ({text: cell.text, left: cell.box.left, right: cell.box.right}))"""


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("width", [390, 1280])
def test_the_chart_and_table_are_readable_on_a_phone_and_a_desktop(
    page, compared, width, language, external_requests
):
    """Chart text at least 14 CSS px; no table cell outside the viewport; axe clean.
    KB_SCREENSHOTS=<folder> keeps a screenshot of the scores."""
    page.set_viewport_size({"width": width, "height": 900})
    prefix = "/en" if language == "en" else ""
    page.goto(f"{prefix}/scan/{compared.token}/")
    names = ["Primair onderwijs", "Primair onderwijs in Utrecht"]
    for kind, name in zip(["sector", "sector-region"], names, strict=True):
        item = page.locator(f".scan-comparison__{kind}")
        expect(item).to_have_attribute("data-shown", "true")
        expect(item).to_contain_text(name)
    expect(page.locator(".scan-chart__average")).to_have_count(9)  # three averages, three domains
    viewport = page.evaluate("document.documentElement.clientWidth")
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport

    texts = page.locator("svg.scan-chart__svg").evaluate(CHART_TEXT_SIZES)
    assert len(texts) >= 5 + 3 * 3  # ticks, and per domain a label, a score, a previous score
    for text in texts:
        assert text["size"] >= 14, text
        assert text["left"] >= 0 and text["right"] <= viewport + 1, text

    cells = page.locator(".scan-table table").evaluate(TABLE_CELLS)
    header = "Average Primair onderwijs in Utrecht" if language == "en" else "Gemiddelde"
    assert any(header in cell["text"] for cell in cells)
    for cell in cells:
        assert cell["left"] >= 0 and cell["right"] <= viewport + 0.5, cell
    # the table stays a table for screen readers, also as cards
    headers = page.get_by_role("columnheader")
    expect(headers).to_have_count(8)  # domain, score, level, three averages, previous, change
    expect(page.get_by_role("rowheader")).to_have_count(4)
    assert_accessible(page)
    assert external_requests == []
    keep_screenshot(page, f"scan-scores-{language}-{width}", page.locator(".scan-overview"))
