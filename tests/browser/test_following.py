"""Following a theme in a real browser, in Dutch and English, on a phone (390 px) and a desktop
(1280 px): the button on the theme page opens the form, the error summary, the page that asks to
check the mailbox, the link in the confirmation mail, the page that manages everything and
unsubscribing; each step checked with axe for WCAG 2.1 AA."""

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from django.core import mail
from django.core.cache import cache
from django.utils import translation

from following.models import Subscriber
from tests.support import translate_page

from .axe import assert_accessible
from .support import keep_screenshot

pytestmark = pytest.mark.browser

WIDTHS = {"phone": 390, "desktop": 1280}


def text(language, message):
    with translation.override(language):
        return translation.gettext(message)


@pytest.fixture
def theme_url(site_content, locale_en, request):
    cache.clear()  # no rate limit left over from another test
    mail.outbox.clear()
    theme = site_content.themes[0]
    index = site_content.theme_index
    english_index = translate_page(index, locale_en, title="Themes")
    english = theme.copy_for_translation(locale_en)
    english.name = "Back to school"
    english.save()
    return {
        "nl": index.url + index.reverse_subpage("theme", kwargs={"slug": theme.slug}),
        "en": english_index.url
        + english_index.reverse_subpage("theme", kwargs={"slug": theme.slug}),
    }


def link_in(body, pattern):
    return urlsplit(re.search(pattern + r"\S+", body).group(0)).path


@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("language", ["nl", "en"])
def test_follow_a_theme_confirm_manage_and_unsubscribe(page, theme_url, language, width):
    shot = f"following-{language}-{width}"
    page.set_viewport_size({"width": WIDTHS[width], "height": 900})
    page.goto(theme_url[language])
    toggle = page.locator("#follow summary")
    expect(toggle).to_have_text(text(language, "Follow this theme"))
    expect(page.locator("#follow-email")).to_be_hidden()
    keep_screenshot(page, f"{shot}-1-theme", full_page=False)
    assert_accessible(page)

    toggle.click()
    expect(page.locator("#follow-email")).to_be_visible()
    keep_screenshot(page, f"{shot}-2-form", full_page=False)
    assert_accessible(page)

    page.locator("#follow-email").fill("geen-adres")
    page.get_by_role("button", name=text(language, "Follow"), exact=True).click()
    summary = page.locator("#error-summary")
    expect(summary).to_be_focused()
    keep_screenshot(page, f"{shot}-3-error")
    assert_accessible(page)
    assert not Subscriber.objects.exists()

    page.locator("#follow-email").fill("Fatima@Example.nl")
    page.locator("label", has_text=text(language, "Monthly")).click()
    page.get_by_role("button", name=text(language, "Follow"), exact=True).click()
    expect(page.locator("#follow-sent")).to_have_text(text(language, "Check your mailbox"))
    keep_screenshot(page, f"{shot}-4-sent")
    assert_accessible(page)

    [message] = mail.outbox
    subscriber = Subscriber.objects.get(email="fatima@example.nl")
    assert (subscriber.language, subscriber.frequency) == (language, "monthly")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    page.goto(link_in(message.body, r"http://[^/]+/(en/)?(volgen|follow)/(bevestigen|confirm)/"))
    expect(page.locator("#follow-confirm")).to_be_visible()
    keep_screenshot(page, f"{shot}-5-confirm")
    assert_accessible(page)
    subscriber.refresh_from_db()
    assert subscriber.confirmed_at is None  # opening the link changes nothing

    page.get_by_role("button", name=text(language, "Confirm")).click()
    expect(page.locator("#follow-notice")).to_be_visible()
    expect(page.locator(".follow-list--manage li")).to_have_count(1)
    keep_screenshot(page, f"{shot}-6-manage")
    assert_accessible(page)
    subscriber.refresh_from_db()
    assert subscriber.confirmed_at is not None

    page.locator("#frequency-weekly").check()
    page.get_by_role("button", name=text(language, "Save")).click()
    expect(page.locator("#follow-notice")).to_be_visible()
    subscriber.refresh_from_db()
    assert subscriber.frequency == "weekly"

    page.goto(link_in(message.body, r"http://[^/]+/(en/)?(volgen|follow)/(afmelden|unsubscribe)/"))
    expect(page.locator("#follow-unsubscribe-page")).to_be_visible()
    keep_screenshot(page, f"{shot}-7-unsubscribe")
    assert_accessible(page)
    page.get_by_role("button", name=text(language, "Unsubscribe")).click()
    expect(page.locator("#follow-unsubscribed")).to_be_visible()
    keep_screenshot(page, f"{shot}-8-unsubscribed")
    assert_accessible(page)
    assert not Subscriber.objects.exists()

    page.goto(link_in(message.body, r"http://[^/]+/(en/)?(volgen|follow)/(beheren|manage)/"))
    expect(page.locator("#follow-link-problem")).to_have_attribute("data-why", "gone")
    keep_screenshot(page, f"{shot}-9-gone")
    assert_accessible(page)
