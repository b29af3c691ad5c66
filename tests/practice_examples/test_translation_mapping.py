"""What a translated page takes over from the Dutch one, and what it maps: its slug follows the
translated title, its tags become their English equivalents (the tag translations), its related
examples and featured pages are their English translations or are left out."""

import json

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import translate_object

from demo import utils as demo_utils
from home.models import TagTranslation
from practice_examples.factories import PracticeExamplePageFactory
from practice_examples.models import RelatedExample
from tests.support import translate_page


@pytest.fixture
def index_en(example_index, home_page_en, locale_en):
    return translate_page(example_index, locale_en, title="Practice examples")


@pytest.fixture
def translate(locale_en, django_capture_on_commit_callbacks):
    """Translate a page as wagtail-localize does: submit, translate the strings named (by their
    field), publish. Returns the published translation."""

    def translate(page, **strings):
        translate_object(page, [locale_en])
        translation = Translation.objects.get(
            source__object_id=page.translation_key, target_locale=locale_en
        )
        for segment in StringSegment.objects.filter(source=translation.source).select_related(
            "string", "context"
        ):
            if segment.context.path in strings:
                StringTranslation.objects.update_or_create(
                    translation_of=segment.string,
                    locale=locale_en,
                    context=segment.context,
                    # as the translation editor stores what a translator typed
                    defaults={
                        "data": strings[segment.context.path],
                        "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                        "tool_name": "",
                    },
                )
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)
        return Page.objects.get(pk=page.get_translation(locale_en).pk).specific

    return translate


def example(parent, title, slug, **fields):
    return PracticeExamplePageFactory(parent=parent, title=title, slug=slug, **fields)


# --- The slug ------------------------------------------------------------------------------------


def test_translated_title_gives_the_slug_when_the_translator_leaves_it(
    example_index, index_en, translate
):
    page = example(example_index, "Ouders aan tafel", "ouders-aan-tafel")

    english = translate(page, title="Parents at the table")

    assert english.slug == "parents-at-the-table"
    assert english.url == "/en/practice-examples/parents-at-the-table/"
    assert page.specific.slug == "ouders-aan-tafel"


def test_the_translators_own_slug_stays(example_index, index_en, translate, locale_en):
    page = example(example_index, "Ouders aan tafel", "ouders-aan-tafel")
    translate(page, title="Parents at the table", slug="parents-join")

    # Translating the title again leaves the slug the translator wrote.
    english = translate(page, title="Parents join the meeting")

    assert english.title == "Parents join the meeting"
    assert english.slug == "parents-join"


def test_a_retranslated_title_moves_a_slug_made_from_the_title(example_index, index_en, translate):
    page = example(example_index, "Ouders aan tafel", "ouders-aan-tafel")
    translate(page, title="Parents at the table")

    assert translate(page, title="Parents join in").slug == "parents-join-in"


def test_the_slug_is_unique_among_its_siblings(example_index, index_en, translate):
    first = translate(
        example(example_index, "Ouders aan tafel", "ouders-aan-tafel"), title="Parents"
    )
    second = translate(example(example_index, "Ouders erbij", "ouders-erbij"), title="Parents")

    assert first.slug == "parents"
    assert second.slug not in {"parents", "ouders-erbij"}
    assert second.slug.startswith("parents")


def test_the_demo_gives_the_translation_its_english_address_and_publishes(
    example_index, index_en, locale_en
):
    page = example(
        example_index, "Ouders aan tafel", "ouders-aan-tafel", intro="Ouders praten mee."
    )
    english = {
        page.title: "Parents at the table",
        page.intro: "Parents take part.",
        page.problem: "<p>Parents take part.</p>",
        page.approach: "<p>One point of contact.</p>",
        page.results: "<p>Fewer pupils at home.</p>",
        page.contact_name: page.contact_name,
    }

    translated = demo_utils.translate(page, locale_en, english)

    assert translated.live
    assert translated.slug == "parents-at-the-table"  # after its English title
    assert translated.title == "Parents at the table"
    assert translated.url == "/en/practice-examples/parents-at-the-table/"


# --- Tags ----------------------------------------------------------------------------------------


def tagged(page, *names):
    page.tags.add(*names)
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def tag_names(page):
    return sorted(tag.name for tag in Page.objects.get(pk=page.pk).specific.tags.all())


def test_a_translation_carries_the_english_tags_and_leaves_out_the_untranslated(
    client, example_index, index_en, translate, locale_en
):
    page = tagged(example(example_index, "Ouders", "ouders"), "ouderbetrokkenheid", "thuiszitten")
    TagTranslation.objects.create(
        tag=page.tags.get(name="ouderbetrokkenheid"), locale=locale_en, name="parental involvement"
    )

    english = translate(page, title="Parents")

    assert tag_names(english) == ["parental involvement"]
    assert tag_names(page) == ["ouderbetrokkenheid", "thuiszitten"]
    # Its revision says so too: publishing it again keeps the English tags.
    english.get_latest_revision().publish()
    assert tag_names(english) == ["parental involvement"]

    # On the page, the tag links to the English listing filtered by the English tag, which
    # finds the page.
    body = client.get(english.url).content.decode()
    assert 'href="/en/practice-examples/?tag=parental-involvement"' in body
    assert "thuiszitten" not in body
    listing = client.get("/en/practice-examples/", {"tag": "parental-involvement"})
    assert english.url in listing.content.decode()


def test_a_new_tag_translation_applies_at_the_next_translation(
    example_index, index_en, translate, locale_en
):
    page = tagged(example(example_index, "Ouders", "ouders"), "thuiszitten")
    assert tag_names(translate(page, title="Parents")) == []

    TagTranslation.objects.create(
        tag=page.tags.get(name="thuiszitten"), locale=locale_en, name="school absence"
    )

    assert tag_names(translate(page, title="Parents")) == ["school absence"]


def test_dutch_pages_keep_their_tags(example_index, locale_en, locale_nl):
    page = tagged(example(example_index, "Ouders", "ouders"), "thuiszitten")
    TagTranslation.objects.create(
        tag=page.tags.get(name="thuiszitten"), locale=locale_en, name="school absence"
    )

    page.save_revision().publish()

    assert tag_names(page) == ["thuiszitten"]


def test_editors_keep_the_tag_translations_in_the_dutch_admin(
    client, django_user_model, example_index, locale_en, locale_nl
):
    page = tagged(example(example_index, "Ouders", "ouders"), "thuiszitten")
    tag = page.tags.get()
    editor = django_user_model.objects.create_user("redacteur", "r@example.nl", "wachtwoord")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    add = reverse("wagtailsnippets_home_tagtranslation:add")

    refused = client.post(add, {"tag": tag.pk, "locale": locale_nl.pk, "name": "thuiszitten"})
    assert refused.status_code == 200
    assert "Kies de taal waarin de tag vertaald is." in refused.content.decode()
    assert not TagTranslation.objects.exists()

    response = client.post(add, {"tag": tag.pk, "locale": locale_en.pk, "name": "school absence"})

    assert response.status_code == 302
    assert TagTranslation.objects.get().name == "school absence"


# --- Related examples -------------------------------------------------------------------------


def test_related_examples_are_the_english_translations_or_left_out(
    client, example_index, index_en, translate
):
    translated = example(example_index, "Vast aanspreekpunt", "vast-aanspreekpunt")
    untranslated = example(example_index, "Alleen in het Nederlands", "alleen-nederlands")
    page = example(example_index, "Ouders aan tafel", "ouders-aan-tafel")
    for order, related in enumerate([translated, untranslated]):
        RelatedExample.objects.create(page=page, example=related, sort_order=order)
    page.save_revision().publish()
    translated_en = translate(translated, title="One point of contact")

    english = translate(page, title="Parents at the table")
    body = client.get(english.url).content.decode()
    dutch = client.get(page.url).content.decode()

    assert f'href="{translated_en.url}"' in body
    assert "One point of contact" in body
    assert "Alleen in het Nederlands" not in body
    assert "Vast aanspreekpunt" not in body
    assert f'href="{untranslated.url}"' in dutch
    assert f'href="{translated.url}"' in dutch


def test_the_english_home_page_features_english_pages_only(
    client, example_index, index_en, home_page_en, translate
):
    translated = example(example_index, "Vast aanspreekpunt", "vast-aanspreekpunt")
    untranslated = example(example_index, "Alleen in het Nederlands", "alleen-nederlands")
    translated_en = translate(translated, title="One point of contact")
    home_page_en.featured = json.dumps(
        [
            {"type": "page", "value": {"page": translated.pk, "text": "Read this."}},
            {"type": "page", "value": {"page": untranslated.pk, "text": "And this."}},
        ]
    )
    home_page_en.save_revision().publish()

    body = client.get("/en/").content.decode()

    assert f'href="{translated_en.url}"' in body
    assert "Read this." in body
    assert "Alleen in het Nederlands" not in body
    assert "And this." not in body
