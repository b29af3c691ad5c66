"""The Dutch admin in a browser: wagtail-localize's translation editor, which React renders from
its own bundle, speaks Dutch, also where the bundle writes English outside gettext."""

import pytest
from playwright.sync_api import expect

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource

from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory

from .content import sign_in_to_admin

PASSWORD = "een-lang-redacteurswachtwoord"


@pytest.fixture
def dutch_admin(db):
    user = get_user_model().objects.create_superuser("beheerder", "b@example.nl", PASSWORD)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "nl"
    profile.save()
    return user


@pytest.fixture
def translated_example(site_content, locale_en):
    examples = PracticeExampleIndexPageFactory(parent=site_content.home)
    example = PracticeExamplePageFactory(parent=examples, title="Ouders aan tafel")
    source, _created = TranslationSource.get_or_create_from_instance(example)
    Translation.objects.create(source=source, target_locale=locale_en).save_target()
    return example.get_translation(locale_en)


def test_the_translation_editor_speaks_dutch(page, dutch_admin, translated_example):
    sign_in_to_admin(page, dutch_admin, PASSWORD)

    page.goto(reverse("wagtailadmin_pages:edit", args=[translated_example.pk]))
    editor = page.locator(".js-translation-editor")
    # One section per tab (content, promote), each titled in Dutch.
    titles = editor.get_by_role("heading", name="Vertaling van het Nederlands naar het Engels")
    expect(titles.first).to_be_visible()
    expect(page.get_by_role("button", name="Publiceer in het Engels")).to_be_visible()
    text = editor.text_content()
    assert "translation" not in text
    assert "More actions" not in text
    assert "Meer acties" in text  # the label a screen reader gives the footer's menu button
