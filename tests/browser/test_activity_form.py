"""Proposing an activity for an action week in a real browser: the form is accessible empty and
with errors, the error summary takes the focus, a filled-in form ends in the thank-you state and
a draft in moderation; the week's overview of activities is accessible too."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from django.core.cache import cache

from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import EventPage
from taxonomy.factories import AudienceFactory, RegionFactory

from .axe import assert_accessible
from .content import dutch

pytestmark = pytest.mark.browser


@pytest.fixture
def week(site_content):
    cache.clear()  # no rate limit left over from another test
    RegionFactory(name="Utrecht", slug="utrecht", code="UT")
    RegionFactory(name="Limburg", slug="limburg", code="LI")
    AudienceFactory(name="Ouders", slug="ouders")
    agenda = EventIndexPageFactory(parent=site_content.home)
    start = datetime.date.today() + datetime.timedelta(days=10)
    return EventPageFactory(
        parent=agenda,
        title="Landelijke Actieweek Thuiszitters",
        slug="actieweek",
        kind=EventPage.Kind.ACTION_WEEK,
        start_date=start,
        end_date=start + datetime.timedelta(days=4),
        start_time=None,
        end_time=None,
    )


def submit_url(week):
    return week.url + week.reverse_subpage("submit_activity")


def test_the_form_is_accessible_empty_and_with_errors(page, week, external_requests):
    response = page.goto(submit_url(week))

    assert response.status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text(dutch("Submit an activity"))
    expect(page.locator("#error-summary")).to_have_count(0)
    assert_accessible(page)

    page.locator("#id_title").fill("Open inloop")
    page.locator("#id_date").fill((week.end_date + datetime.timedelta(days=3)).isoformat())
    page.locator("#id_start_time").fill("15:00")
    page.locator("#id_end_time").fill("14:00")
    page.get_by_role("button", name=dutch("Send the activity")).click()

    summary = page.locator("#error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    expect(page).to_have_title(re.compile("^" + re.escape(dutch("Error"))))
    expect(page.locator("#id_date")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_end_time")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_title")).to_have_value("Open inloop")
    assert_accessible(page)

    summary.get_by_role("link").first.click()
    expect(page.locator("#id_description")).to_be_focused()
    assert not EventPage.objects.filter(kind=EventPage.Kind.ACTIVITY).exists()
    assert external_requests == []


def test_a_proposed_activity_lands_in_moderation(page, week):
    page.goto(submit_url(week))
    page.locator("#id_title").fill("Open inloop voor ouders")
    page.locator("#id_description").fill("Ouders praten met school en leerplicht.")
    page.locator("#id_organisation").fill("SWV Utrecht PO")
    page.get_by_label("Ouders").check()
    page.locator("#id_date").fill((week.start_date + datetime.timedelta(days=1)).isoformat())
    page.locator("#id_start_time").fill("13:30")
    page.locator("#id_end_time").fill("15:00")
    page.locator("#id_venue").fill("Wijkcentrum De Pijler")
    page.locator("#id_city").fill("Utrecht")
    page.locator("#id_region").select_option("utrecht")
    page.locator("#id_contact_name").fill("Fatima el Amrani")
    page.locator("#id_contact_email").fill("fatima@swv-utrecht.example")

    page.get_by_role("button", name=dutch("Send the activity")).click()

    expect(page).to_have_url(re.compile(r"/activiteit-aanmelden/\?verzonden=1$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(dutch("Thank you for your activity"))
    assert_accessible(page)
    activity = EventPage.objects.get(kind=EventPage.Kind.ACTIVITY)
    assert activity.title == "Open inloop voor ouders"
    assert not activity.live
    assert activity.workflow_in_progress
    assert activity.get_parent().pk == week.pk


def test_the_weeks_overview_is_accessible(page, week):
    EventPageFactory(
        parent=week,
        kind=EventPage.Kind.ACTIVITY,
        title="Open inloop voor ouders",
        start_date=week.start_date,
        region=RegionFactory(name="Gelderland", slug="gelderland", code="GE"),
    )

    page.goto(week.url)

    section = page.locator("section.activities")
    expect(section.get_by_role("heading", level=2)).to_have_text(
        dutch("Activities during the week")
    )
    expect(section.get_by_role("link", name="Open inloop voor ouders")).to_be_visible()
    expect(section.get_by_role("link", name=dutch("Submit an activity"))).to_have_attribute(
        "href", submit_url(week)
    )
    assert_accessible(page)
