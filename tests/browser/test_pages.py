"""Every page type renders in a real browser, shows its content and passes WCAG 2.1 A/AA."""

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from playwright.sync_api import expect

from home.blocks import BodyBlock

from .axe import assert_accessible
from .content import BLOCK_TEXT, SEARCH_WORD, STANDARD_PAGE_TITLE, dutch

pytestmark = pytest.mark.browser


def home_shows_featured_cards_and_themes(page, site):
    featured = page.get_by_role("region", name=dutch("Featured"))
    expect(featured.get_by_role("link", name=STANDARD_PAGE_TITLE)).to_be_visible()
    expect(featured.get_by_role("link", name=site.theme_index.title)).to_be_visible()
    for theme in site.themes:
        tile = page.locator(".theme-tile a", has_text=theme.name)
        expect(tile).to_have_attribute("href", site.theme_index.theme_url(theme))


def standard_page_shows_every_block(page, site):
    stored = {block.block_type for block in site.standard.body}
    assert stored == set(BodyBlock.base_blocks), "the test content lacks a block type"
    main = page.get_by_role("main")
    expect(main.get_by_role("heading", level=2, name=BLOCK_TEXT["heading"])).to_be_visible()
    expect(main.locator(".rich-text")).to_contain_text(BLOCK_TEXT["paragraph"])
    expect(main.locator("figure.block-image img")).to_have_attribute("alt", BLOCK_TEXT["alt_text"])
    expect(main.locator("blockquote")).to_contain_text(BLOCK_TEXT["quote"])
    expect(main.get_by_role("heading", name=BLOCK_TEXT["cta_title"])).to_be_visible()
    expect(main.get_by_role("link", name=BLOCK_TEXT["cta_label"])).to_have_attribute(
        "href", site.theme_index.url
    )
    expect(main.get_by_role("heading", name=BLOCK_TEXT["documents_heading"])).to_be_visible()
    expect(main.get_by_role("link", name=BLOCK_TEXT["document_title"])).to_be_visible()
    expect(main.get_by_role("link", name=BLOCK_TEXT["video_title"])).to_be_visible()
    table = main.get_by_role("table", name=BLOCK_TEXT["table_caption"])
    expect(table.get_by_role("columnheader")).to_have_text(["Regio", "Aantal"])
    expect(table.get_by_role("row")).to_have_count(3)


def theme_index_lists_the_themes(page, site):
    for theme in site.themes:
        expect(page.get_by_role("main").get_by_text(theme.name, exact=True)).to_be_visible()


def search_lists_the_standard_page(page, site):
    expect(page.get_by_role("status")).to_contain_text(SEARCH_WORD)
    results = page.locator(".result-list")
    expect(results.get_by_role("link", name=STANDARD_PAGE_TITLE)).to_be_visible()


@dataclass
class PageType:
    address: Callable
    heading: Callable
    status: int = 200
    shows: Callable = None


PAGE_TYPES = {
    "home": PageType(
        lambda site: "/", lambda site: site.home.title, shows=home_shows_featured_cards_and_themes
    ),
    "home_en": PageType(lambda site: "/en/", lambda site: site.home_en.title),
    "standard_page": PageType(
        lambda site: site.standard.url,
        lambda site: STANDARD_PAGE_TITLE,
        shows=standard_page_shows_every_block,
    ),
    "theme_index": PageType(
        lambda site: site.theme_index.url,
        lambda site: site.theme_index.title,
        shows=theme_index_lists_the_themes,
    ),
    "theme_page": PageType(
        lambda site: site.theme_index.theme_url(site.themes[0]), lambda site: site.themes[0].name
    ),
    "search_results": PageType(
        lambda site: f"/zoeken/?q={SEARCH_WORD}",
        lambda site: dutch("Search"),
        shows=search_lists_the_standard_page,
    ),
    "not_found": PageType(
        lambda site: "/bestaat-niet/", lambda site: dutch("Page not found"), status=404
    ),
}


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_page_type_renders_accessibly(page, site_content, external_requests, name):
    page_type = PAGE_TYPES[name]
    address = page_type.address(site_content)

    response = page.goto(address)

    assert response.status == page_type.status, f"{address} answered {response.status}"
    expect(page.get_by_role("heading", level=1)).to_have_text(page_type.heading(site_content))
    if page_type.shows:
        page_type.shows(page, site_content)
    assert external_requests == [], "the page contacted another host"
    stylesheet_rules = page.evaluate(
        "() => [...document.styleSheets].reduce((n, sheet) => n + sheet.cssRules.length, 0)"
    )
    assert stylesheet_rules > 0, "no stylesheet loaded: the contrast checks would mean nothing"
    assert_accessible(page)
