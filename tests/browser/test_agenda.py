"""The agenda and an event page in a real browser, with axe-core."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from django.utils import timezone

from events.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from events.models import EventPage, ProgrammeItem

from .axe import assert_accessible
from .content import dutch
from .support import keep_screenshot

pytestmark = pytest.mark.browser


def days(n):
    return datetime.date.today() + datetime.timedelta(days=n)


@pytest.fixture
def agenda(site_content):
    index = EventIndexPageFactory(parent=site_content.home)
    first, second = site_content.themes[:2]
    afternoon = EventPageFactory(
        parent=index,
        title="Kennisdelingsbijeenkomst onderwijs en jeugd",
        start_date=days(10),
        start_time=datetime.time(12, 30),
        end_time=datetime.time(16, 30),
        themes=[first],
        registration_mode=EventPage.RegistrationMode.SITE,
        capacity=3,
    )
    afternoon.tags.add("kennisdeling")
    afternoon.save()
    RegistrationFactory(event=afternoon)
    for n, (time, title) in enumerate(
        [(datetime.time(12, 30), "Inloop"), (datetime.time(16, 15), "Netwerkborrel")]
    ):
        ProgrammeItem.objects.create(page=afternoon, sort_order=n, time=time, title=title)
    cancelled = EventPageFactory(
        parent=index,
        title="Ontwikkelgroep thuiszitten",
        start_date=days(20),
        themes=[second],
        status=EventPage.Status.CANCELLED,
        status_reason="Vanwege het coronavirus gaat de bijeenkomst niet door.",
    )
    EventPageFactory(
        parent=index,
        title="Webinar thuiszitterspact",
        kind=EventPage.Kind.WEBINAR,
        start_date=days(30),
        location_kind=EventPage.LocationKind.ONLINE,
        themes=[second],
    )
    return {"index": index, "afternoon": afternoon, "cancelled": cancelled, "theme": first}


def cards(page):
    return page.locator("#agenda-results .card__title")


def test_agenda_filters_without_a_page_load(page, agenda, external_requests):
    theme = agenda["theme"]
    page.goto(agenda["index"].url)
    expect(cards(page)).to_have_count(3)
    expect(page.locator(".event-card--cancelled")).to_have_count(1)
    assert_accessible(page)
    page.evaluate("window.stillTheSamePage = true")

    page.get_by_label(dutch("Theme"), exact=True).select_option(theme.slug)

    expect(page).to_have_url(re.compile(rf"thema={theme.slug}"))
    expect(cards(page)).to_have_text(["Kennisdelingsbijeenkomst onderwijs en jeugd"])
    assert page.evaluate("window.stillTheSamePage") is True
    expect(page.locator("#agenda-thema")).to_be_focused()
    assert_accessible(page)

    page.go_back()
    expect(cards(page)).to_have_count(3)
    assert external_requests == []


def test_agenda_filters_without_javascript(page_without_js, agenda):
    page = page_without_js
    page.goto(agenda["index"].url)
    page.locator("#agenda-soort").select_option("webinar")
    page.get_by_role("button", name=dutch("Apply filters")).click()

    expect(page).to_have_url(re.compile(r"soort=webinar"))
    expect(cards(page)).to_have_text(["Webinar thuiszitterspact"])


def test_empty_agenda_offers_to_clear_the_filters(page, agenda):
    page.goto(agenda["index"].url + "?soort=conference")
    expect(cards(page)).to_have_count(0)
    page.get_by_role("link", name=dutch("Clear the filters")).click()
    expect(cards(page)).to_have_count(3)
    assert_accessible(page)


def test_event_page_is_accessible(page, agenda, external_requests):
    event = agenda["afternoon"]
    page.goto(agenda["index"].url)
    page.get_by_role("link", name=event.title).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(event.title)
    expect(page.locator(".programme__title")).to_have_text(["Inloop", "Netwerkborrel"])
    expect(page.get_by_role("link", name=agenda["theme"].name, exact=True)).to_be_visible()
    assert_accessible(page)
    assert external_requests == []


def test_cancelled_event_page_is_accessible(page, agenda):
    page.goto(agenda["cancelled"].url)
    expect(page.locator("#status-heading")).to_be_visible()
    expect(page.get_by_text(agenda["cancelled"].status_reason)).to_be_visible()
    assert_accessible(page)


def event_in_state(index, state):
    """An event on the site's registration, in `state` (a RegistrationState value)."""
    fields = {
        "open": {},
        "waiting_list": {"capacity": 1},
        "closed": {"registration_deadline": timezone.now() - datetime.timedelta(hours=1)},
        "past": {"start_date": days(-5)},
        "postponed": {
            "status": EventPage.Status.POSTPONED,
            "status_reason": "De spreker is ziek; een nieuwe datum volgt.",
        },
        "cancelled": {
            "status": EventPage.Status.CANCELLED,
            "status_reason": "Te weinig aanmeldingen.",
        },
    }[state]
    fields = {"capacity": 20, "start_date": days(12), **fields}
    event = EventPageFactory(
        parent=index,
        title=f"Bijeenkomst {state.replace('_', ' ')}",
        registration_mode=EventPage.RegistrationMode.SITE,
        **fields,
    )
    if state == "waiting_list":
        RegistrationFactory(event=event)
    return event


# What an event page offers in each state: (the registration button, "Add to your calendar").
OFFERS = {
    "open": ("Register", True),
    "waiting_list": ("Join the waiting list", True),
    "closed": (None, True),
    "past": (None, False),
    "postponed": (None, False),
    "cancelled": (None, False),
}


@pytest.mark.parametrize("width", [390, 1280])
def test_an_event_in_each_state_offers_only_what_is_possible(page, agenda, width):
    """The card and the page of an event in each registration state say that state and offer
    only what can be done: registering (or the waiting list) while places can be had, the
    calendar while the event is still ahead as planned. KB_SCREENSHOTS=<folder> keeps them."""
    events = {state: event_in_state(agenda["index"], state) for state in OFFERS}
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(agenda["index"].url)
    for state, event in events.items():
        if state == "past":
            continue  # the agenda lists what is ahead
        card = page.locator(".event-card", has_text=event.title)
        label = dutch(EventPage.RegistrationState(state).label)
        if state in EventPage.OFF_OR_OVER:  # a badge beside the kind, no registration line
            expect(card.locator(".event-card__meta .badge")).to_have_text(label)
            expect(card.locator(".event-card__registration")).to_have_count(0)
        else:
            expect(card.locator(".event-card__registration")).to_have_text(label)
    keep_screenshot(page, f"agenda-{width}")
    assert_accessible(page)

    calendar = re.compile(dutch("Add to your calendar"))
    for state, (button, calendar_offered) in OFFERS.items():
        page.goto(events[state].url)
        box = page.locator("#registration")
        expect(box).to_be_visible()
        registration = box.get_by_role("link", name=re.compile(dutch("Register")))
        if button:
            expect(box.get_by_role("link", name=dutch(button), exact=True)).to_be_visible()
        else:
            expect(registration).to_have_count(0)
            expect(box.get_by_role("link", name=dutch("Join the waiting list"))).to_have_count(0)
        expect(page.get_by_role("link", name=calendar)).to_have_count(1 if calendar_offered else 0)
        keep_screenshot(page, f"event-{state}-{width}")
        assert_accessible(page)


# The words of each card title, and the month filter's "Alle maanden", that do not fit their box
# on one line (so the browser would break them mid-word where it has no Dutch hyphenation).
WORDS_THAT_DO_NOT_FIT = """() => {
    const context = document.createElement("canvas").getContext("2d");
    const measure = (element, text) => {
        const style = getComputedStyle(element);
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        return context.measureText(text).width;
    };
    const tooWide = [];
    for (const link of document.querySelectorAll("#agenda-results .card__title a")) {
        for (const word of link.textContent.trim().split(/\\s+/)) {
            if (measure(link, word) > link.parentElement.clientWidth) tooWide.push(word);
        }
    }
    const select = document.querySelector("#agenda-maand");
    const style = getComputedStyle(select);
    const arrow = 20;
    const room = select.clientWidth - parseFloat(style.paddingLeft)
        - parseFloat(style.paddingRight) - arrow;
    const text = select.options[select.selectedIndex].text;
    if (measure(select, text) > room) tooWide.push(text);
    return tooWide;
}"""


@pytest.mark.parametrize("width", [390, 1280])
def test_dutch_compounds_fit_the_cards_and_the_month_filter(page, agenda, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(agenda["index"].url)
    expect(cards(page).first).to_have_text("Kennisdelingsbijeenkomst onderwijs en jeugd")
    expect(page.locator("#agenda-maand option").first).to_have_text(dutch("All months"))
    assert page.evaluate(WORDS_THAT_DO_NOT_FIT) == []
    assert page.evaluate("document.documentElement.lang") == "nl"
