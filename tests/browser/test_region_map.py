"""The map of provinces and the example cards in a real browser: keyboard, focus, axe-core."""

import re

import pytest
from playwright.sync_api import expect

from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory
from taxonomy.factories import RegionFactory, SectorFactory

from .axe import assert_accessible

pytestmark = pytest.mark.browser

FOCUS_YELLOW = "rgb(255, 221, 0)"


@pytest.fixture
def examples(site_content):
    index = PracticeExampleIndexPageFactory(parent=site_content.home)
    theme = site_content.themes[0]
    regions = [
        RegionFactory(name="Zeeland", slug="zeeland", code="ZE"),
        RegionFactory(name="Utrecht", slug="utrecht", code="UT"),
        RegionFactory(name="Groningen", slug="groningen", code="GR"),
    ]
    sector = SectorFactory(name="Voortgezet onderwijs", slug="vo", abbreviation="VO")
    for n in range(3):
        PracticeExamplePageFactory(
            parent=index,
            title=f"Voorbeeld {n}",
            themes=[theme],
            regions=[regions[n % 2]],
            sectors=[sector],
        )
    return {"index": index, "theme": theme}


def tab_into_the_map(page, start):
    """Tab from `start` until the keyboard is on a province of the map; its slug."""
    page.locator(start).focus()
    for _ in range(40):
        page.keyboard.press("Tab")
        slug = page.evaluate(
            "() => document.activeElement.closest('.region-map svg')"
            " ? document.activeElement.getAttribute('data-region') : null"
        )
        if slug:
            return slug
    raise AssertionError("no province of the map took the keyboard focus")


def focused_fill(page):
    return page.evaluate(
        "() => getComputedStyle(document.activeElement.querySelector('path')).fill"
    )


@pytest.mark.parametrize("width", [390, 1280])
def test_listing_map_and_cards_are_accessible(page, examples, width, external_requests):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(examples["index"].url)
    expect(page.locator(".region-map svg a")).to_have_count(2)
    expect(page.locator('.region-map a[data-region="zeeland"]')).to_have_attribute(
        "aria-label", "Zeeland: 2 voorbeelden"
    )
    expect(page.locator(".card__facts").first).to_contain_text("VO")
    assert_accessible(page)
    assert external_requests == []


def test_listing_map_links_are_reached_and_followed_by_keyboard(page, examples):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(examples["index"].url + "?sector=vo")
    slug = tab_into_the_map(page, "#example-q")
    assert focused_fill(page) == FOCUS_YELLOW  # the focus is visible
    assert_accessible(page)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"\?regio={slug}&sector=vo$"))
    expect(page.locator(f'.region-map a[data-region="{slug}"]')).to_have_attribute(
        "aria-current", "true"
    )


@pytest.mark.parametrize("width", [390, 1280])
def test_theme_page_map_by_keyboard_and_axe(page, examples, width):
    page.set_viewport_size({"width": width, "height": 900})
    theme = examples["theme"]
    page.goto(f"/themas/{theme.slug}/")
    expect(page.locator(".region-map svg a")).to_have_count(2)
    tab_into_the_map(page, "#theme-examples-heading ~ p a")
    assert focused_fill(page) == FOCUS_YELLOW
    assert_accessible(page)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"\?thema={theme.slug}&regio=(zeeland|utrecht)$"))
    expect(page.locator("#example-results .card")).not_to_have_count(0)
