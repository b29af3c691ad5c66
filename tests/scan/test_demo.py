"""The demo scan: /scan/ with five domains in Dutch and English, a few hundred generated scans,
averages that match the responses, the demo school's result at its fixed link, and clearing it
for `load_demo --reset`.

Only the demo modules the scan builds on are loaded (home and taxonomy), once for this module
(`demo`); each test checks one part of it, the last one clears it.
"""

import datetime
import time
from statistics import mean

import pytest

from django.utils import timezone

from wagtail.models import Locale

import home.demo
import scan.demo
import taxonomy.demo
from demo.management.commands.load_demo import demo_modules
from demo.utils import DemoContext
from scan import statistics
from scan.models import ScanPage, ScanResponse, ScanStatistic, ScanVersion
from scan.questionnaire import NOT_APPLICABLE, weakest_domains
from tests.support import DUTCH_WORDS, built_once, text_of


def totals():
    return sorted(
        (row.scope, row.domain_key, row.responses, round(row.score_total, 6))
        for row in ScanStatistic.objects.all()
    )


def load():
    """The scan's demo on top of home's and taxonomy's; how long the scan's own part took."""
    context = DemoContext.create()
    for module in (home.demo, taxonomy.demo):
        module.load(context)
    started = time.monotonic()
    scan.demo.load(context)
    return time.monotonic() - started


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The seconds loading the scan's demo took."""
    yield from built_once(django_db_blocker, load)


def locales():
    return Locale.objects.get(language_code="nl"), Locale.objects.get(language_code="en")


def scan_pages():
    """The Dutch /scan/ and its English translation."""
    nl, en = locales()
    page = ScanPage.objects.get(locale=nl)
    return page, page.get_translation(en)


def completed_scans():
    return list(ScanResponse.objects.filter(completed_at__isnull=False).select_related("version"))


def test_the_scan_demo_comes_after_the_taxonomy_demo():
    names = [module.__name__ for module in demo_modules()]
    assert names.index("scan.demo") > names.index("taxonomy.demo")


def test_the_scan_demo_loads_in_seconds(demo, db):
    assert demo < 20, demo  # about 2 s; generous for slow CI machines


def test_the_scan_in_the_menu_in_dutch_and_english(demo, db):
    page, page_en = scan_pages()
    assert (page.url, page.live, page.show_in_menus) == ("/scan/", True, True)
    assert page.title == "Scan Passend Onderwijs"
    assert page.intro and page.body and page.result_intro
    assert (page_en.url, page_en.live, page_en.title) == (
        "/en/scan/",
        True,
        "Appropriate Education Scan",
    )


def test_five_domains_with_advice_and_no_dutch_in_the_english_questionnaire(demo, db):
    # Five domains of five to eight statements, with themes and advice for every level; the
    # English questionnaire has the same keys and no Dutch left.
    page, page_en = scan_pages()
    questionnaire = page.questionnaire()
    questionnaire_en = page_en.questionnaire()
    assert len(questionnaire.domains) == 5
    for domain, domain_en in zip(questionnaire.domains, questionnaire_en.domains, strict=True):
        assert 5 <= len(domain.statements) <= 8
        assert domain.statement_keys == domain_en.statement_keys
        assert domain.themes and domain.themes == domain_en.themes
        assert domain.title != domain_en.title
        assert all(domain.advice[level] for level in ("low", "middle", "high"))
        english = [domain_en.title, domain_en.intro]
        english += [statement.text for statement in domain_en.statements]
        english += [text_of(text) for text in domain_en.advice.values()]
        for text in english:
            assert text and not DUTCH_WORDS.search(text), text
    assert questionnaire.domains[0].title == "Basisondersteuning"
    assert not DUTCH_WORDS.search(text_of(page_en.body + page_en.result_intro + page_en.intro))


def test_two_versions_the_older_scans_keep_the_first_wording(demo, db):
    page, _page_en = scan_pages()
    first, current = ScanVersion.objects.filter(page=page).order_by("number")
    assert current.content == page.questionnaire()
    assert first.content.statement_keys < current.content.statement_keys


def test_a_few_hundred_scans_over_18_months_and_the_domains_differ(demo, db):
    # A few hundred completed scans over the past 18 months, in every sector and most regions;
    # some left unfinished (no scores).
    page, page_en = scan_pages()
    first, current = ScanVersion.objects.filter(page=page).order_by("number")
    now = timezone.now()
    completed = completed_scans()
    assert len(completed) >= 300
    assert ScanResponse.objects.filter(completed_at=None, scores__isnull=True).exists()
    for response in completed:
        assert now - datetime.timedelta(days=560) < response.completed_at <= now
        assert response.started_at < response.completed_at == response.updated_at
    assert {r.version_id for r in completed} == {first.pk, current.pk, page_en.current_version().pk}
    for response in completed:
        assert response.scores == response.version.content.scores(response.answers)
        assert response.version.content.is_complete(response.answers)
    assert any(NOT_APPLICABLE in response.answers.values() for response in completed)
    assert any(None in response.scores.values() for response in completed)

    # The domains differ: the return to education scores lower than basic support.
    keys = [domain.key for domain in page.questionnaire().domains]

    def average(key):
        return mean(r.scores[key] for r in completed if r.scores.get(key) is not None)

    assert average(keys[4]) + 10 < average(keys[0])


def test_the_averages_are_the_totals_of_the_responses(demo, db):
    # The averages are the totals of the responses; a sector and a region to compare with,
    # and a region with too few scans.
    page, _page_en = scan_pages()
    keys = [domain.key for domain in page.questionnaire().domains]
    before = totals()
    statistics.rebuild()
    assert totals() == before
    counts = {row.scope: row.responses for row in ScanStatistic.objects.filter(domain_key=keys[0])}
    assert counts[statistics.ALL] >= 300
    sectors = [count for scope, count in counts.items() if scope.startswith("sector:")]
    regions = [count for scope, count in counts.items() if scope.startswith("region:")]
    assert max(sectors) > statistics.MIN_COMPARISON
    assert max(regions) > statistics.MIN_COMPARISON
    assert min(regions) < statistics.MIN_COMPARISON


def test_the_demo_school_did_the_scan_twice_and_compares_and_progresses(demo, db):
    # The demo school did the scan twice; its result compares with all scans, its sector and
    # its sector in its region, and shows progress.
    page, _page_en = scan_pages()
    questionnaire = page.questionnaire()
    keys = [domain.key for domain in questionnaire.domains]
    first, current = ScanVersion.objects.filter(page=page).order_by("number")
    now = timezone.now()
    school = ScanResponse.objects.get(token=scan.demo.DEMO_TOKEN)
    assert len(school.token) == 22 and school.is_complete
    assert school.version == current and school.sector.abbreviation == "PO"
    previous = school.previous
    assert previous.is_complete and previous.version == first
    assert previous.completed_at < now - datetime.timedelta(days=300)
    assert all(school.scores[key] >= previous.scores[key] for key in keys)
    comparison = statistics.comparison(school)
    assert len(comparison) == 3
    assert all(len(averages) == 5 for averages in comparison.values())
    weakest = weakest_domains(questionnaire, school.scores)
    assert weakest[0].key == keys[4]
    assert scan.demo.logins() == [
        f"Scan: voorbeeldresultaat op http://testserver/scan/{scan.demo.DEMO_TOKEN}/"
    ]


def test_the_start_page_and_the_demo_schools_result_render(demo, db, client):
    # The pages render: the start page in both languages, the demo school's result.
    assert client.get("/scan/").status_code == 200
    assert client.get("/en/scan/").status_code == 200
    result = client.get(f"/scan/{scan.demo.DEMO_TOKEN}/")
    assert result.status_code == 200
    body = result.content.decode()
    # compared with all scans, its sector and its sector in its province
    for scope in ("all", "sector", "sector-region"):
        assert f'class="scan-comparison__{scope}" data-shown="true"' in body, scope
    assert 'role="img"' in body
    assert "scan-chart__average" in body and "scan-chart__bar--previous" in body


# Last in the module (it deletes what the others check), though like every test's changes
# this is rolled back after it.
def test_reset_deletes_the_pages_versions_responses_and_averages(demo, db):
    # `load_demo --reset` deletes the pages (with them the versions and the responses), then
    # `clear()` the averages.
    for scan_page in ScanPage.objects.all():
        scan_page.delete()
    scan.demo.clear()
    assert not ScanVersion.objects.exists()
    assert not ScanResponse.objects.exists()
    assert not ScanStatistic.objects.exists()
    assert scan.demo.logins() == []
