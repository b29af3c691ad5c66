"""Versions: a response keeps the questionnaire it was given, whatever editors change later."""

import pytest

from django.core.exceptions import ValidationError

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage
from scan import responses
from scan.models import ScanPage, ScanVersion
from tests.support import answer_all

pytestmark = pytest.mark.django_db


def republish(page, change):
    """Edit the page's questionnaire as an editor would (a new revision) and publish it."""
    page = Page.objects.get(pk=page.pk).specific
    domains = page.domains.raw_data
    change(domains)
    page.domains = domains
    page.save_revision().publish()
    return ScanPage.objects.get(pk=page.pk)


def test_publishing_makes_the_first_version_and_an_unchanged_page_keeps_it(scan_page):
    version = ScanVersion.objects.get(page=scan_page)
    assert version.number == 1
    assert [d.title for d in version.content.domains] == [
        "Basisondersteuning",
        "Samenwerking met ouders",
        "Verzuim voorkomen",
    ]
    assert version.content.domain(version.content.domains[1].key).themes == ("ouderbetrokkenheid",)
    scan_page.save_revision().publish()  # published again, nothing changed
    assert scan_page.current_version() == version
    assert ScanVersion.objects.count() == 1


def test_rewording_a_statement_makes_a_new_version_and_keeps_earlier_results(scan_page):
    old = responses.start(scan_page)
    old = answer_all(old, 2)
    old_first = old.questionnaire.domains[0].statements[0]

    def reword(domains):
        domains[0]["value"]["statements"][0]["value"] = "Iedereen kent de basisondersteuning."

    page = republish(scan_page, reword)
    new_version = page.current_version()
    assert new_version.number == 2
    old.refresh_from_db()
    assert old.version.number == 1
    assert old.questionnaire.domains[0].statements[0] == old_first
    # The statement keeps its identity, so the domain's averages still add up across versions.
    new_first = new_version.content.domains[0].statements[0]
    assert new_first.key == old_first.key
    assert new_first.text == "Iedereen kent de basisondersteuning."


def test_a_scan_started_before_a_change_is_answered_and_scored_on_its_own_version(scan_page):
    response = responses.start(scan_page)
    first_domain = response.questionnaire.domains[0]
    responses.save_answers(response, dict.fromkeys(first_domain.statement_keys, 4))

    def remove_statement_and_domain(domains):
        domains[0]["value"]["statements"].pop()
        domains.pop()  # "Verzuim voorkomen" is gone

    page = republish(scan_page, remove_statement_and_domain)
    response = answer_all(response, 1, Basisondersteuning=4)
    assert response.version.number == 1
    assert len(response.scores) == 3  # all three domains of the version it was given with
    assert response.scores[first_domain.key] == 100.0
    assert len(page.current_version().content.domains) == 2


def test_each_translation_has_its_own_versions_with_the_same_domain_keys(scan_page, locale_en):
    english = scan_page.copy_for_translation(locale_en, copy_parents=True)
    english.save_revision().publish()
    english_version = ScanPage.objects.get(pk=english.pk).current_version()
    dutch_version = scan_page.current_version()
    assert english_version != dutch_version
    assert [d.key for d in english_version.content.domains] == [
        d.key for d in dutch_version.content.domains
    ]


def test_the_thresholds_must_be_in_order(scan_page):
    scan_page.low_below, scan_page.high_from = 80, 60
    with pytest.raises(ValidationError) as error:
        scan_page.full_clean()
    assert "high_from" in error.value.message_dict


class TestWhereTheScanLives(WagtailPageTestCase):
    def test_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(ScanPage, {HomePage})
        self.assertAllowedSubpageTypes(ScanPage, {})
        self.assertCanNotCreateAt(StandardPage, ScanPage)


def test_a_scan_opened_in_another_language_shows_that_languages_texts(
    client, scan_page, home_page_en, locale_en
):
    response = answer_all(responses.start(scan_page), 2)
    english = scan_page.copy_for_translation(locale_en, copy_parents=True)
    domains = english.domains.raw_data
    domains[0]["value"]["title"] = "Basic support"
    domains[0]["value"]["advice_low"] = "<p>Start with a shared picture of basic support.</p>"
    english.domains = domains
    english.save_revision().publish()

    dutch_page = client.get(f"{scan_page.url}{response.token}/").content.decode()
    english_page = client.get(f"/en/scan/{response.token}/").content.decode()

    assert "Basisondersteuning" in dutch_page and "Basic support" not in dutch_page
    assert "Basic support" in english_page
    assert "Start with a shared picture of basic support." in english_page
    step = client.get(f"/en/scan/{response.token}/stap/1/")
    assert step.status_code == 302  # complete: to the result, in English
    assert step["Location"] == f"/en/scan/{response.token}/"
