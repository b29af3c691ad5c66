"""Registering for an event in a real browser: from the event's registration box to the form,
the error summary, the result page (a place or the waiting list) and cancelling, each checked
with axe for WCAG 2.1 AA."""

import re

import pytest
from playwright.sync_api import expect

from django.core.cache import cache

from events.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from events.models import EventPage, Registration

from .axe import assert_accessible
from .content import dutch

pytestmark = pytest.mark.browser


@pytest.fixture
def event(site_content):
    cache.clear()  # no rate limit left over from another test
    index = EventIndexPageFactory(parent=site_content.home)
    return EventPageFactory(
        parent=index,
        title="Kennisdeelmiddag thuiszitters",
        registration_mode=EventPage.RegistrationMode.SITE,
        capacity=1,
    )


def register_url(event):
    return event.url + event.reverse_subpage("register")


def fill_in(page, email):
    page.locator("#id_name").fill("Fatima el Amrani")
    page.locator("#id_email").fill(email)
    page.locator("#id_organisation").fill("SWV Utrecht PO")
    page.locator("#id_consent").check()


def test_register_from_the_event_page(page, event, external_requests):
    page.goto(event.url)
    page.locator("#registration a.button").click()

    expect(page).to_have_url(re.compile(r"/aanmelden/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(event.title)
    expect(page.locator("#error-summary")).to_have_count(0)
    assert_accessible(page)

    page.get_by_role("button", name=dutch("Register")).click()

    summary = page.locator("#error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    expect(page).to_have_title(re.compile("^" + re.escape(dutch("Error"))))
    expect(summary.get_by_role("link")).to_have_count(3)  # name, e-mail, consent
    expect(page.locator("#id_email")).to_have_attribute("aria-invalid", "true")
    assert_accessible(page)
    assert not Registration.objects.exists()

    fill_in(page, "fatima@swv-utrecht.example")
    page.get_by_role("button", name=dutch("Register")).click()

    expect(page).to_have_url(re.compile(r"/aanmelden/\?verzonden=1$"))
    expect(page.locator("#registration-result")).to_have_attribute("data-outcome", "confirmed")
    assert_accessible(page)
    registration = Registration.objects.get()
    assert registration.status == Registration.Status.CONFIRMED
    assert external_requests == []


def test_waiting_list_and_cancelling(page, event):
    taken = RegistrationFactory(event=event)
    page.goto(register_url(event))
    expect(page.locator("#registration-full")).to_be_visible()

    fill_in(page, "wachtend@example.nl")
    page.get_by_role("button", name=dutch("Join the waiting list")).click()

    expect(page.locator("#registration-result")).to_have_attribute("data-outcome", "waiting")
    assert_accessible(page)

    page.goto(event.url + event.reverse_subpage("cancel", kwargs={"token": taken.token}))
    expect(page.locator("#cancel-result")).to_have_attribute("data-state", "confirm")
    assert_accessible(page)
    page.get_by_role("button", name=dutch("Cancel my registration")).click()

    expect(page.locator("#cancel-result")).to_have_attribute("data-state", "cancelled")
    assert_accessible(page)
    waiting = Registration.objects.get(email="wachtend@example.nl")
    assert waiting.status == Registration.Status.CONFIRMED  # promoted


def test_a_closed_event_says_why(page, event):
    event.registration_closed = True
    event.save_revision().publish()

    page.goto(register_url(event))

    expect(page.locator("#registration-closed")).to_be_visible()
    expect(page.locator("form.registration-form")).to_have_count(0)
    assert_accessible(page)
