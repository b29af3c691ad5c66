"""An editor translates a published practice example in the Dutch admin: "Vertalen" makes an
English draft that the English site does not show; the title translated in wagtail-localize's
editor and the translation published, the English page is live under its English slug."""

import re

import pytest
from playwright.sync_api import expect

from django.contrib.auth.models import Group

from wagtail.users.models import UserProfile

from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory
from tests.support import translate_page

from .content import sign_in_to_admin
from .support import keep_screenshot

PASSWORD = "een-lang-redacteurswachtwoord"
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def example(site_content, locale_en):
    index = PracticeExampleIndexPageFactory(parent=site_content.home)
    translate_page(index, locale_en, title="Practice examples")
    example = PracticeExamplePageFactory(
        parent=index, title="Ouders aan tafel", slug="ouders-aan-tafel", live=False
    )
    example.save_revision().publish()
    return example


@pytest.fixture
def moderator(django_user_model):
    """An editor who may publish (in this site's groups, a moderator), reading Dutch."""
    user = django_user_model.objects.create_user("moderator", "m@example.nl", PASSWORD)
    user.groups.add(Group.objects.get(name="Moderators"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "nl"
    profile.save()
    return user


def shot(page, name):
    keep_screenshot(page, f"translation-{name}")


def test_an_editor_translates_an_example_and_publishes_the_translation(page, example, moderator):
    page.set_viewport_size(DESKTOP)
    sign_in_to_admin(page, moderator, PASSWORD)

    # "Vertaal" in the example's actions.
    page.goto(f"/admin/pages/{example.pk}/edit/")
    page.get_by_role("button", name=re.compile("Meer acties|Acties")).first.click()
    page.get_by_role("link", name=re.compile(r"^Vertaal")).first.click()
    expect(page).to_have_url(re.compile(r"/admin/localize/submit/page/"))
    page.get_by_label("Engels").check()
    shot(page, "1-submit")
    page.locator("form button[type=submit], form input[type=submit]").last.click()

    # The translation editor of the English draft; the English site does not show it.
    expect(page.locator(".js-translation-editor")).not_to_be_empty()
    translation_editor = page.url
    shot(page, "2-translation-editor")
    page.goto("/en/practice-examples/")
    expect(page.locator("main")).not_to_contain_text("Ouders aan tafel")
    assert page.goto("/en/practice-examples/ouders-aan-tafel/").status == 404

    # The title translated, the translation published.
    page.goto(translation_editor)
    segment = page.locator("li:has(> p.title)")  # the title's string
    segment.get_by_role("button", name="Vertaal").click()
    segment.locator("textarea").fill("Parents at the table")
    segment.get_by_role("button", name=re.compile("Opslaan|Save")).click()
    expect(segment).to_contain_text("Parents at the table")
    shot(page, "3-title-translated")
    # The slug followed the title; the translator sees it (and may change it) with the settings.
    page.reload()
    page.get_by_role("tab", name="Eigenschappen").click()
    expect(page.get_by_text("parents-at-the-table")).to_be_visible()
    shot(page, "3b-slug")
    page.get_by_role("button", name=re.compile("Publiceer")).first.click()
    expect(page.locator(".messages")).to_be_visible()
    shot(page, "4-published")

    assert page.goto("/en/practice-examples/parents-at-the-table/").status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text("Parents at the table")
    shot(page, "5-english-page")
    page.goto("/en/practice-examples/")
    expect(page.locator("main")).to_contain_text("Parents at the table")
    shot(page, "6-english-listing")
