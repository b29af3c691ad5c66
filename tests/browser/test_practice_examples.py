"""The practice example finder and an example page in a real browser, with axe-core."""

import re

import pytest
from playwright.sync_api import expect

from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory

from .axe import assert_accessible
from .content import dutch

pytestmark = pytest.mark.browser


@pytest.fixture
def examples(site_content):
    index = PracticeExampleIndexPageFactory(parent=site_content.home)
    first, second = site_content.themes[:2]
    return {
        "index": index,
        "first_theme": first,
        "a": PracticeExamplePageFactory(parent=index, title="Ouders aan tafel", themes=[first]),
        "b": PracticeExamplePageFactory(parent=index, title="Terug naar de klas", themes=[second]),
    }


def cards(page):
    return page.locator("#example-results .card__title")


def test_filters_update_the_list_without_a_page_load(page, examples, external_requests):
    theme = examples["first_theme"]
    page.goto(examples["index"].url)
    expect(cards(page)).to_have_count(2)
    assert_accessible(page)
    page.evaluate("window.stillTheSamePage = true")

    page.get_by_label(re.compile(re.escape(theme.name))).check()

    expect(page).to_have_url(re.compile(rf"thema={theme.slug}"))
    expect(cards(page)).to_have_text(["Ouders aan tafel"])
    assert page.evaluate("window.stillTheSamePage") is True
    expect(page.get_by_label(re.compile(re.escape(theme.name)))).to_be_focused()
    assert_accessible(page)

    page.go_back()
    expect(cards(page)).to_have_count(2)
    assert external_requests == []


def test_filters_work_without_javascript(page_without_js, examples):
    theme = examples["first_theme"]
    page = page_without_js
    page.goto(examples["index"].url)

    page.get_by_label(re.compile(re.escape(theme.name))).check()
    page.get_by_role("button", name=dutch("Apply filters")).click()

    expect(page).to_have_url(re.compile(rf"thema={theme.slug}"))
    expect(cards(page)).to_have_text(["Ouders aan tafel"])


def test_example_page_is_accessible(page, examples, external_requests):
    page.goto(examples["a"].url)

    expect(page.get_by_role("heading", level=1)).to_have_text("Ouders aan tafel")
    expect(page.get_by_role("link", name=examples["first_theme"].name, exact=True)).to_be_visible()
    assert_accessible(page)
    assert external_requests == []
