"""Phone first (issue 15): at 390x844 the compact header opens its menu from a button, the
example listing shows its first result in the first screen and opens its filters from a
"Filters (n)" button, active filters are chips; at 1280 the filters are a sidebar beside the
results. With and without JavaScript, with axe-core."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from events.factories import EventIndexPageFactory, EventPageFactory
from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory
from taxonomy.factories import RegionFactory

from .axe import assert_accessible
from .content import dutch

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
PROVINCES = [
    "Drenthe",
    "Flevoland",
    "Friesland",
    "Gelderland",
    "Groningen",
    "Limburg",
    "Noord-Brabant",
    "Noord-Holland",
    "Overijssel",
    "Utrecht",
    "Zeeland",
    "Zuid-Holland",
]


@pytest.fixture
def listing(site_content):
    index = PracticeExampleIndexPageFactory(
        parent=site_content.home,
        title="Praktijkvoorbeelden",
        intro=(
            "Wat werkt er elders tegen thuiszitten? Samenwerkingsverbanden, gemeenten, "
            "schoolbesturen en scholen laten zien hoe zij het aanpakten: het probleem, de "
            "aanpak, de resultaten en wat ze anderen meegeven."
        ),
    )
    regions = {name: RegionFactory(name=name, slug=name.lower()) for name in PROVINCES}
    first, second = site_content.themes[:2]
    today = datetime.date.today()
    with_examples = ["Drenthe", "Flevoland", "Friesland", "Utrecht"]
    for n in range(14):
        PracticeExamplePageFactory(
            parent=index,
            title=f"Voorbeeld {n:02d} uit {with_examples[n % 4]}",
            intro="Een samenwerkingsverband en de gemeente vonden samen een plek op school.",
            publication_date=today - datetime.timedelta(days=n),
            themes=[first if n % 2 else second],
            regions=[regions[with_examples[n % 4]]],
        )
    return index


def cards(page):
    return page.locator("#example-results .card__title")


def filters_button(page):
    return page.locator("#example-filter-toggle")


def test_the_menu_button_opens_the_menu_on_a_phone(page, site_content, external_requests):
    page.set_viewport_size(PHONE)
    page.goto(site_content.standard.url)

    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= 80
    navigation = page.get_by_role("navigation", name=dutch("Main navigation"))
    expect(navigation).to_be_hidden()
    expect(page.locator("#header-search")).to_be_hidden()
    assert_accessible(page)

    menu = page.locator(".site-menu__button")
    menu.focus()
    page.keyboard.press("Enter")
    expect(navigation).to_be_visible()
    expect(page.locator("#header-search")).to_be_visible()
    expect(page.get_by_role("link", name=dutch("Members"))).to_be_visible()
    expect(page.locator(".language-switch a[hreflang=en]")).to_be_visible()
    assert_accessible(page)

    navigation.get_by_role("link", name=dutch("Home")).click()
    expect(page).to_have_url(re.compile(r"/$"))
    assert external_requests == []


def test_the_menu_works_without_javascript(page_without_js, site_content):
    page = page_without_js
    page.set_viewport_size(PHONE)
    page.goto(site_content.standard.url)
    navigation = page.get_by_role("navigation", name=dutch("Main navigation"))
    expect(navigation).to_be_hidden()
    page.locator(".site-menu__button").click()
    expect(navigation).to_be_visible()


@pytest.mark.parametrize("javascript", [True, False])
def test_on_a_wide_screen_the_menu_stands_open(browser, live_server, site_content, javascript):
    context = browser.new_context(
        base_url=live_server.url, viewport=DESKTOP, java_script_enabled=javascript
    )
    try:
        page = context.new_page()
        page.goto(site_content.standard.url)
        expect(page.locator(".site-menu__button")).to_be_hidden()
        expect(page.get_by_role("navigation", name=dutch("Main navigation"))).to_be_visible()
        expect(page.locator("#header-search")).to_be_visible()
        if javascript:
            assert page.locator(".site-menu").evaluate("details => details.open") is True
            assert_accessible(page)
    finally:
        context.close()


def test_the_first_result_is_in_the_first_screen_of_a_phone(page, listing, external_requests):
    page.set_viewport_size(PHONE)
    page.goto(listing.url)

    expect(cards(page).first).to_be_in_viewport()
    expect(page.locator("#f-regio-drenthe")).to_be_hidden()
    expect(filters_button(page)).to_have_text(dutch("Filters"))
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert_accessible(page)
    assert external_requests == []


def test_the_filters_button_opens_the_filters_and_they_work(page, listing):
    page.set_viewport_size(PHONE)
    page.goto(listing.url)

    filters_button(page).click()
    drenthe = page.get_by_role("checkbox", name=re.compile(r"^Drenthe"))
    expect(drenthe).to_be_visible()
    assert_accessible(page)

    drenthe.check()
    expect(page).to_have_url(re.compile(r"regio=drenthe"))
    expect(cards(page)).to_have_count(4)
    expect(filters_button(page)).to_have_text(re.compile(r"Filters\s*\(1 actief\)"))
    # the long list of provinces folds after five; "Show all 12" opens the rest, and stays open
    # while ticking
    more = page.locator("#facet-more-regio > summary")
    expect(more).to_have_text(re.compile("Toon alle 12"))
    expect(page.get_by_role("checkbox", name=re.compile(r"^Zuid-Holland"))).to_be_hidden()
    more.click()
    page.get_by_role("checkbox", name=re.compile(r"^Utrecht")).check()
    expect(page).to_have_url(re.compile(r"regio=utrecht"))
    expect(page.get_by_role("checkbox", name=re.compile(r"^Zuid-Holland"))).to_be_visible()
    # provinces without an example can no longer be ticked
    expect(page.get_by_role("checkbox", name=re.compile(r"^Zeeland"))).to_be_disabled()
    assert_accessible(page)


def test_a_chip_removes_its_filter(page, listing):
    page.set_viewport_size(PHONE)
    page.goto(f"{listing.url}?regio=drenthe&regio=flevoland&q=samenwerkingsverband")
    expect(cards(page)).to_have_count(8)
    chips = page.locator(".filter-chip")
    expect(chips).to_have_count(2)
    assert_accessible(page)
    page.evaluate("window.stillTheSamePage = true")

    chips.filter(has_text="Drenthe").click()

    expect(page).to_have_url(re.compile(r"regio=flevoland"))
    expect(page).not_to_have_url(re.compile(r"drenthe"))
    expect(page).to_have_url(re.compile(r"q=samenwerkingsverband"))
    expect(cards(page)).to_have_count(4)
    expect(chips).to_have_count(1)
    expect(filters_button(page)).to_have_text(re.compile(r"\(1 actief\)"))
    expect(page.locator(".filter-chip")).to_be_focused()
    assert page.evaluate("window.stillTheSamePage") is True

    page.get_by_role("link", name=dutch("Clear all filters")).click()
    expect(page).to_have_url(re.compile(r"\?q=samenwerkingsverband$"))
    expect(cards(page)).to_have_count(12)
    expect(page.locator("#example-count")).to_be_focused()


def test_filters_button_and_chips_without_javascript(page_without_js, listing):
    page = page_without_js
    page.set_viewport_size(PHONE)
    page.goto(listing.url)
    filters_button(page).click()
    page.get_by_role("checkbox", name=re.compile(r"^Drenthe")).check()
    page.get_by_role("button", name=dutch("Apply filters")).click()
    expect(page).to_have_url(re.compile(r"regio=drenthe"))
    expect(cards(page)).to_have_count(4)
    expect(cards(page).first).to_be_in_viewport()  # the filters are closed again
    page.locator(".filter-chip").click()
    expect(cards(page)).to_have_count(12)


@pytest.mark.parametrize("javascript", [True, False])
def test_on_a_wide_screen_the_filters_are_beside_the_results(
    browser, live_server, listing, javascript
):
    context = browser.new_context(
        base_url=live_server.url, viewport=DESKTOP, java_script_enabled=javascript
    )
    try:
        page = context.new_page()
        page.goto(listing.url)
        expect(filters_button(page)).to_be_hidden()
        checkbox = page.get_by_role("checkbox", name=re.compile(r"^Drenthe"))
        expect(checkbox).to_be_visible()
        filters = page.locator("#example-filters").bounding_box()
        results = page.locator("#example-results").bounding_box()
        assert filters["x"] + filters["width"] <= results["x"]
        assert filters["y"] < results["y"] + results["height"]
        assert results["y"] < filters["y"] + filters["height"]
        expect(cards(page).first).to_be_in_viewport()
        if javascript:
            assert_accessible(page)
        checkbox.check()
        if not javascript:
            page.get_by_role("button", name=dutch("Apply filters")).click()
        expect(cards(page)).to_have_count(4)
    finally:
        context.close()


def test_the_agenda_on_a_phone(page, site_content, external_requests):
    index = EventIndexPageFactory(parent=site_content.home)
    first, second = site_content.themes[:2]
    for n, theme in enumerate([first, second, first]):
        EventPageFactory(
            parent=index,
            title=f"Bijeenkomst {n}",
            start_date=datetime.date.today() + datetime.timedelta(days=10 + n),
            themes=[theme],
        )
    page.set_viewport_size(PHONE)
    page.goto(index.url)
    assert page.locator(".site-header").bounding_box()["height"] <= 80
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert_accessible(page)
    page.get_by_label(dutch("Theme"), exact=True).select_option(label=first.name)
    expect(page).to_have_url(re.compile(rf"thema={first.slug}"))
    expect(page.locator("#agenda-results .card__title")).to_have_count(2)
    assert external_requests == []
