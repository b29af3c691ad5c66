"""The scan in a real browser, with axe-core: a school starts (choosing a sector), answers step by
step, is stopped at a skipped statement without losing anything, completes the scan and reads
its result (chart and table); another school saves halfway and continues from its private link.
"""

import re

import pytest
from playwright.sync_api import expect

from scan import statistics
from scan.factories import ScanPageFactory
from scan.models import ScanResponse
from scan.questionnaire import NOT_APPLICABLE
from taxonomy.factories import RegionFactory, SectorFactory

from .axe import assert_accessible
from .content import dutch

pytestmark = pytest.mark.browser

STEP_URL = re.compile(r"/scan/([A-Za-z0-9_-]+)/stap/1/$")  # (also for Playwright: no (?P<>))
OTHER_SCANS = statistics.MIN_COMPARISON  # enough for the comparison to show


@pytest.fixture
def scan_page(site_content):
    """/scan/ with the factory's three domains (3, 2 and 3 statements), two sectors, a province,
    and enough completed scans of other schools for the comparison to show."""
    sector = SectorFactory(name="Primair onderwijs", slug="po", abbreviation="PO")
    SectorFactory(name="Voortgezet onderwijs", slug="vo", abbreviation="VO")
    RegionFactory(name="Utrecht", slug="utrecht", code="UT")
    page = ScanPageFactory(parent=site_content.home)
    page.save_revision().publish()
    page.refresh_from_db()
    version = page.current_version()
    for number in range(OTHER_SCANS):
        answers = dict.fromkeys(version.content.statement_keys, 1 + number % 4)
        ScanResponse.objects.create(
            version=version,
            sector=sector,
            answers=answers,
            scores=version.content.scores(answers),
            completed_at=version.created_at,
        )
    statistics.rebuild()
    return page


def statement(page, text):
    """The fieldset of one statement (its legend is the statement)."""
    return page.get_by_role("group", name=text)


def answer(page, text, label):
    statement(page, text).get_by_label(dutch(label), exact=True).check()


def step_heading(number, count):
    return dutch("Step %(number)s of %(count)s") % {"number": number, "count": count}


def start(page, sector=""):
    page.goto("/scan/")
    if sector:
        page.locator("#id_sector").select_option(sector)
    page.get_by_role("button", name=dutch("Start the scan")).click()
    expect(page).to_have_url(STEP_URL)
    return ScanResponse.objects.get(token=STEP_URL.search(page.url)[1])


def test_a_school_answers_every_step_and_reads_its_result(page, scan_page, external_requests):
    domains = scan_page.questionnaire().domains
    page.goto("/scan/")
    expect(page.get_by_role("heading", level=1)).to_have_text(scan_page.title)
    for domain in domains:
        expect(page.locator(".scan-domains__list")).to_contain_text(domain.title)
    assert_accessible(page)

    response = start(page, sector="po")
    assert response.sector.slug == "po" and response.region is None
    assert page.url.endswith(f"/scan/{response.token}/stap/1/")

    # Step 1: its statements, the progress (step 1 current) and the private link.
    expect(page.get_by_role("heading", level=1)).to_have_text(domains[0].title)
    expect(page.locator("#scan-step-count")).to_have_text(step_heading(1, 3))
    current = page.locator(".scan-progress [aria-current=step]")
    expect(current).to_have_count(1)
    expect(current).to_contain_text(domains[0].title)
    expect(page.locator("#scan-private-link")).to_contain_text(f"/scan/{response.token}/")
    for item in domains[0].statements:
        answer(page, item.text, "Largely true")
    page.get_by_role("button", name=dutch("Next")).click()
    expect(page).to_have_url(re.compile(rf"/scan/{response.token}/stap/2/$"))

    # Step 2 with one statement skipped: not saved, the error summary says which one and takes
    # the focus, and the answer given stays selected.
    first, second = domains[1].statements
    answer(page, first.text, "Fully true")
    page.get_by_role("button", name=dutch("Next")).click()
    summary = page.locator("#error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    expect(summary).to_contain_text(second.text.rstrip("."))
    expect(summary.get_by_role("link")).to_have_count(1)
    expect(page.locator(".form-field--error")).to_have_count(1)
    expect(page.locator(".form-field--error")).to_contain_text(second.text)
    expect(statement(page, first.text).get_by_label(dutch("Fully true"))).to_be_checked()
    expect(page.locator("#scan-step-count")).to_have_text(step_heading(2, 3))
    response.refresh_from_db()
    assert first.key not in response.answers  # nothing half-saved
    assert set(response.answers) == set(domains[0].statement_keys)
    assert_accessible(page)

    # The error summary links to the statement; answering it goes on to the last step.
    summary.get_by_role("link").first.click()
    answer(page, second.text, "Partly true")
    page.get_by_role("button", name=dutch("Next")).click()
    expect(page).to_have_url(re.compile(rf"/scan/{response.token}/stap/3/$"))

    # The last step: "not applicable" counts as an answer; the button leads to the result.
    last = domains[2].statements
    answer(page, last[0].text, "Not applicable")
    for item in last[1:]:
        answer(page, item.text, "Not true")
    page.get_by_role("button", name=dutch("See the result")).click()
    expect(page).to_have_url(re.compile(rf"/scan/{response.token}/$"))

    response.refresh_from_db()
    assert response.is_complete
    assert response.answers[last[0].key] == NOT_APPLICABLE
    assert response.scores == {domains[0].key: 66.7, domains[1].key: 66.7, domains[2].key: 0.0}

    # The result: the chart (an image with a text alternative), the table, the comparison.
    expect(page.get_by_role("heading", level=1)).to_have_text(dutch("Your result"))
    chart = page.locator("svg[role=img]")
    expect(chart).to_be_visible()
    expect(chart.locator("title")).not_to_be_empty()
    expect(page.locator(".scan-chart__bar")).to_have_count(3)
    table = page.get_by_role("table")
    expect(table).to_be_visible()
    for domain in domains:
        expect(table).to_contain_text(domain.title)
    expect(page.locator(".scan-comparison__all")).to_have_attribute("data-shown", "true")
    assert_accessible(page)

    # Going back to a step of a completed scan leads to the result.
    page.goto(f"/scan/{response.token}/stap/1/")
    expect(page).to_have_url(re.compile(rf"/scan/{response.token}/$"))
    assert external_requests == []


def test_save_and_continue_later_from_the_private_link(
    page, browser, live_server, scan_page, external_requests
):
    domains = scan_page.questionnaire().domains
    response = start(page)
    assert response.sector is None
    for item in domains[0].statements:
        answer(page, item.text, "Fully true")
    page.get_by_role("button", name=dutch("Next")).click()
    expect(page).to_have_url(re.compile(rf"/scan/{response.token}/stap/2/$"))

    # Halfway step 2: save what is answered and stop.
    first, second = domains[1].statements
    answer(page, first.text, "Partly true")
    page.get_by_role("button", name=dutch("Save and continue later")).click()
    expect(page).to_have_url(re.compile(rf"/scan/{response.token}/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        dutch("Your scan is not complete yet")
    )
    link = page.locator("#scan-private-link").get_attribute("href")
    assert link.endswith(f"/scan/{response.token}/")
    response.refresh_from_db()
    assert response.answers[first.key] == 2 and second.key not in response.answers
    assert not response.is_complete
    assert_accessible(page)

    # A colleague opens the link in another browser and goes on where it stopped.
    other = browser.new_context(base_url=live_server.url, locale="nl-NL")
    try:
        colleague = other.new_page()
        colleague.goto(link)
        expect(colleague.locator("#scan-resume-progress")).to_be_visible()
        colleague.locator("#scan-continue").click()
        expect(colleague).to_have_url(re.compile(rf"/scan/{response.token}/stap/2/$"))
        expect(statement(colleague, first.text).get_by_label(dutch("Partly true"))).to_be_checked()
        done = colleague.locator(".scan-progress__step--done")
        expect(done).to_have_count(1)
        expect(done).to_contain_text(domains[0].title)
        answer(colleague, second.text, "Largely true")
        colleague.get_by_role("button", name=dutch("Next")).click()
        expect(colleague).to_have_url(re.compile(rf"/scan/{response.token}/stap/3/$"))
    finally:
        other.close()
    response.refresh_from_db()
    assert response.answers[second.key] == 3
    assert external_requests == []
