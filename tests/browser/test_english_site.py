"""The English site in English (issue 17): English addresses, "Events" for the agenda, the home
page's default featured pages and an event's "Last updated", at 390 and 1280 px with axe-core."""

import datetime

import pytest
from playwright.sync_api import expect

from events.factories import EventIndexPageFactory, EventPageFactory
from practice_examples.factories import PracticeExampleIndexPageFactory
from scan.factories import ScanPageFactory
from tests.support import translate_page

from .axe import assert_accessible
from .support import keep_screenshot

pytestmark = pytest.mark.browser

SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}


def shot(page, name):
    keep_screenshot(page, f"english-{name}")


@pytest.fixture
def english_site(site_content, locale_en):
    home = site_content.home
    examples = PracticeExampleIndexPageFactory(parent=home, intro="Wat elders werkt.")
    translate_page(examples, locale_en, title="Practice examples", intro="What works elsewhere.")
    scan = ScanPageFactory(parent=home, intro="Hoe staat uw school ervoor?")
    translate_page(
        scan, locale_en, title="Appropriate Education Scan", intro="Where does your school stand?"
    )
    agenda = EventIndexPageFactory(parent=home, intro="Bijeenkomsten.", show_in_menus=True)
    agenda_en = translate_page(agenda, locale_en, title="Events", intro="Meetings and webinars.")
    event = EventPageFactory(
        parent=agenda,
        title="Kennismiddag",
        start_date=datetime.date.today() + datetime.timedelta(days=12),
    )
    event_en = translate_page(
        event, locale_en, title="Knowledge afternoon", intro="An afternoon on sharing what works."
    )
    return {"agenda": agenda_en, "event": event_en}


@pytest.mark.parametrize("size", SIZES)
def test_the_english_home_and_agenda_read_in_english(page, english_site, size):
    page.set_viewport_size(SIZES[size])
    assert english_site["agenda"].url == "/en/events/"

    page.goto("/en/")
    featured = page.get_by_role("region", name="Featured")
    expect(featured.get_by_role("link")).to_have_text(
        ["Practice examples", "Appropriate Education Scan", "Events"]
    )
    expect(featured).to_contain_text("Where does your school stand?")
    expect(page.locator('.main-nav a[href="/en/events/"]')).to_have_text("Events")
    expect(page.get_by_role("heading", level=2, name="Events", exact=True)).to_be_visible()
    assert_accessible(page)
    shot(page, f"home-{size}")

    page.goto("/en/events/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Events")
    expect(page.get_by_role("link", name="Knowledge afternoon")).to_be_visible()
    assert_accessible(page)
    shot(page, f"events-{size}")

    page.goto(english_site["event"].url)
    expect(page.locator(".last-updated")).to_contain_text("Last updated")
    expect(page.get_by_role("link", name="Back to all events")).to_be_visible()
    assert_accessible(page)
    shot(page, f"event-{size}")
