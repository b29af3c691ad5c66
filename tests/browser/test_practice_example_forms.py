"""The public forms of practice examples in a real browser: accessible when empty, accessible
with errors, the error summary takes the focus and leads to the fields."""

import re

import pytest
from playwright.sync_api import expect

from django.core.cache import cache

from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory
from practice_examples.models import PracticeExamplePage

from .axe import assert_accessible
from .content import dutch

pytestmark = pytest.mark.browser

CONTACT_EMAIL = "verborgen.contact@swv-utrecht.example"


@pytest.fixture
def index_page(site_content):
    cache.clear()  # no rate limit left over from another test
    return PracticeExampleIndexPageFactory(parent=site_content.home)


def submit_url(index_page):
    return index_page.url + index_page.reverse_subpage("submit")


def test_submission_form_is_accessible_empty_and_with_errors(page, index_page, external_requests):
    response = page.goto(submit_url(index_page))

    assert response.status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text(dutch("Share a practice example"))
    expect(page.locator("#error-summary")).to_have_count(0)
    assert_accessible(page)

    page.get_by_role("button", name=dutch("Send the example")).click()

    summary = page.locator("#error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    expect(page).to_have_title(re.compile("^" + re.escape(dutch("Error"))))
    links = summary.get_by_role("link")
    expect(links).to_have_count(7)  # title, summary, problem, approach, theme, name, e-mail
    expect(page.locator("#id_title")).to_have_attribute("aria-invalid", "true")
    assert_accessible(page)

    links.first.click()
    expect(page.locator("#id_title")).to_be_focused()
    assert not PracticeExamplePage.objects.exists()
    assert external_requests == []


def test_a_submission_lands_in_moderation(page, index_page, site_content):
    page.goto(submit_url(index_page))
    page.get_by_label(dutch("Title of the example")).fill("Samen aan tafel")
    page.locator("#id_intro").fill("School en jeugdhulp aan één tafel.")
    page.locator("#id_problem").fill("Leerlingen zaten thuis.")
    page.locator("#id_approach").fill("Een wekelijks overleg.")
    page.get_by_label(site_content.themes[0].name).check()
    page.locator("#id_contact_name").fill("Fatima el Amrani")
    page.locator("#id_contact_email").fill("fatima@swv-utrecht.example")

    page.get_by_role("button", name=dutch("Send the example")).click()

    expect(page).to_have_url(re.compile(r"/insturen/\?verzonden=1$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(dutch("Thank you for your example"))
    assert_accessible(page)
    example = PracticeExamplePage.objects.get()
    assert example.title == "Samen aan tafel"
    assert not example.live
    assert example.workflow_in_progress
    assert [theme.slug for theme in example.themes.all()] == [site_content.themes[0].slug]


def test_contact_form_is_accessible_and_keeps_the_address_hidden(page, index_page):
    example = PracticeExamplePageFactory(
        parent=index_page,
        title="Samen aan tafel",
        contact_name="Fatima el Amrani",
        contact_email=CONTACT_EMAIL,
        contact_method=PracticeExamplePage.ContactMethod.FORM,
    )
    page.goto(example.url + example.reverse_subpage("contact"))
    assert_accessible(page)
    assert CONTACT_EMAIL not in page.content()

    page.get_by_role("button", name=dutch("Send the message")).click()

    expect(page.locator("#error-summary")).to_be_focused()
    assert_accessible(page)
    assert CONTACT_EMAIL not in page.content()
