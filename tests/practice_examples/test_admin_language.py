"""The admin in the page's own language: the pickers of a practice example offer the themes,
regions, sectors, audiences and organisations of its language, the related-example chooser
opens at the practice examples of that language and offers only those, and the admin listings
put the editor's language first."""

import re

import pytest

from django.urls import reverse
from django.utils import translation

from wagtail.users.models import UserProfile

from practice_examples.factories import PracticeExamplePageFactory
from practice_examples.models import PracticeExamplePage, RelatedExample
from taxonomy.factories import (
    AudienceFactory,
    OrganisationFactory,
    RegionFactory,
    SectorFactory,
    ThemeFactory,
)
from tests.support import translate_page

from .edit_form import edit_form

PICKERS = ["themes", "regions", "sectors", "audiences", "organisations"]


def translated(snippet, locale, name):
    english = snippet.copy_for_translation(locale)
    english.name = name
    english.save()
    return english


@pytest.fixture
def vocabulary(locale_nl, locale_en):
    """Dutch taxa and their English translations; one organisation (Zwolle) without one."""
    dutch = {
        "themes": ThemeFactory(name="Terug naar school", slug="terug"),
        "regions": RegionFactory(name="Noord-Brabant", slug="noord-brabant", code="NB"),
        "sectors": SectorFactory(name="Primair onderwijs", slug="po", abbreviation="PO"),
        "audiences": AudienceFactory(name="Ouders", slug="ouders"),
        "organisations": OrganisationFactory(
            name="Samenwerkingsverband Utrecht", slug="swv-u", region=None, sector=None
        ),
    }
    english = {
        "themes": translated(dutch["themes"], locale_en, "Back to school"),
        "regions": translated(dutch["regions"], locale_en, "North Brabant"),
        "sectors": translated(dutch["sectors"], locale_en, "Primary education"),
        "audiences": translated(dutch["audiences"], locale_en, "Parents"),
        "organisations": translated(dutch["organisations"], locale_en, "School alliance Utrecht"),
    }
    drenthe = RegionFactory(name="Drenthe", slug="drenthe", code="DR")
    english["drenthe"] = translated(drenthe, locale_en, "Drenthe (en)")
    OrganisationFactory(name="Gemeente Zwolle", slug="zwolle", region=None, sector=None)
    return {"nl": dutch, "en": english, "drenthe": drenthe}


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("redacteur", "r@example.nl", "x")
    client.force_login(user)
    return user


@pytest.fixture
def index_en(example_index, locale_en):
    return translate_page(example_index, locale_en, title="Practice examples")


def choice_labels(response, name):
    return [str(label) for _value, label in response.context["form"].fields[name].choices]


def test_create_form_offers_the_dutch_taxa_only(client, editor, example_index, vocabulary):
    url = reverse(
        "wagtailadmin_pages:add",
        args=["practice_examples", "practiceexamplepage", example_index.pk],
    )
    response = client.get(url)
    assert choice_labels(response, "regions") == ["Drenthe", "Noord-Brabant"]  # by name
    assert choice_labels(response, "themes") == ["Terug naar school"]
    assert choice_labels(response, "organisations") == [
        "Gemeente Zwolle",
        "Samenwerkingsverband Utrecht",
    ]
    html = response.content.decode()
    for english in ["North Brabant", "Back to school", "Parents", "School alliance Utrecht"]:
        assert english not in html
    # Checkboxes, the organisations with the box that finds them by typing.
    assert html.count('name="regions"') == 2
    assert html.count('name="organisations"') == 2
    # The box to find by typing is hidden until the admin's script shows it.
    assert re.search(r'<input type="search"[^>]* hidden [^>]*data-checkbox-filter-input>', html)


def test_create_form_under_the_english_index_offers_the_english_taxa(
    client, editor, index_en, vocabulary
):
    url = reverse(
        "wagtailadmin_pages:add", args=["practice_examples", "practiceexamplepage", index_en.pk]
    )
    response = client.get(url)
    assert choice_labels(response, "regions") == ["Drenthe (en)", "North Brabant"]
    assert choice_labels(response, "organisations") == ["School alliance Utrecht"]
    assert "Noord-Brabant" not in response.content.decode()


def test_edit_form_of_an_english_page_ticks_the_english_translations(
    client, editor, example_index, index_en, vocabulary
):
    # A translation copies the Dutch page's choices (wagtail-localize copies many-to-many
    # fields as they are): the English form shows them ticked, in English.
    dutch = PracticeExamplePageFactory(
        parent=example_index, **{name: [vocabulary["nl"][name]] for name in PICKERS}
    )
    english = translate_page(dutch, index_en.locale, title="Parents at the table")
    assert set(english.regions.all()) == {vocabulary["nl"]["regions"]}  # the Dutch ones
    response = client.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))
    form = response.context["form"]
    for name in PICKERS:
        model = type(vocabulary["en"][name])
        assert list(form.fields[name].queryset) == list(
            model.objects.filter(locale=index_en.locale)
        )
        assert list(form[name].value()) == [vocabulary["en"][name].pk], name
    html = response.content.decode()
    assert re.search(rf'value="{vocabulary["en"]["regions"].pk}"[^>]*checked', html)


def post_edit(client, page, related=(), **choices):
    """Publish `page` through its edit form with these related example rows and choices
    ({"regions": [pk, ...]})."""
    data = edit_form(page, related, **{"action-publish": "publish"})
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data | choices)


def test_a_taxon_of_the_other_language_is_refused_in_dutch(
    client, editor, example_index, vocabulary
):
    page = PracticeExamplePageFactory(parent=example_index)
    with translation.override("nl"):
        response = post_edit(client, page, regions=[vocabulary["en"]["regions"].pk])
    assert response.status_code == 200
    assert "Kies er een in de taal van deze pagina." in response.content.decode()
    assert not page.regions.exists()


def test_saving_the_english_form_stores_the_english_taxa(
    client, editor, example_index, index_en, vocabulary
):
    dutch = PracticeExamplePageFactory(parent=example_index)
    english = translate_page(dutch, index_en.locale, title="Parents at the table")
    response = post_edit(
        client,
        english,
        regions=[vocabulary["en"]["regions"].pk],
        organisations=[vocabulary["en"]["organisations"].pk],
    )
    assert response.status_code == 302
    english = PracticeExamplePage.objects.get(pk=english.pk)
    assert list(english.regions.all()) == [vocabulary["en"]["regions"]]
    assert list(english.organisations.all()) == [vocabulary["en"]["organisations"]]


# --- The related-example chooser ---------------------------------------------------------


@pytest.fixture
def both_languages(example_index, index_en):
    dutch = [
        PracticeExamplePageFactory(parent=example_index, title="Ouders aan tafel"),
        PracticeExamplePageFactory(parent=example_index, title="Ouders thuis"),
    ]
    english = translate_page(dutch[0], index_en.locale, title="Ouders at the table (en)")
    return {"nl": dutch, "en": english, "index_nl": example_index, "index_en": index_en}


def chooser_widget(response):
    form = response.context["form"].formsets["related_examples"].empty_form
    return form.fields["example"].widget


def test_related_example_chooser_opens_at_the_examples_of_the_page_language(
    client, editor, both_languages
):
    page = both_languages["nl"][0]
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    chooser_url = chooser_widget(response).get_chooser_modal_url()
    assert f'data-chooser-url="{chooser_url}"' in response.content.decode()
    # The chooser sends the page's language (Wagtail's active content locale) and its type.
    params = {"page_type": "practice_examples.practiceexamplepage", "locale": "nl"}
    modal = client.get(chooser_url, params).json()
    assert modal["parent_page_id"] == both_languages["index_nl"].pk
    assert "Ouders thuis" in modal["html"]
    assert "Ouders at the table (en)" not in modal["html"]
    english = client.get(chooser_url, params | {"locale": "en"}).json()
    assert english["parent_page_id"] == both_languages["index_en"].pk
    assert "Ouders at the table (en)" in english["html"]
    assert "Ouders thuis" not in english["html"]


def test_related_example_chooser_reopens_at_the_chosen_example_parent(
    client, editor, both_languages
):
    # With a page chosen, Wagtail's chooser appends its parent's id to the chooser's address.
    url = reverse("kennisbank_choose_page_in_locale_child", args=[both_languages["index_nl"].pk])
    modal = client.get(url, {"page_type": "practice_examples.practiceexamplepage", "locale": "nl"})
    assert modal.json()["parent_page_id"] == both_languages["index_nl"].pk


def test_related_example_search_finds_the_page_language_only(client, editor, both_languages):
    params = {"page_type": "practice_examples.practiceexamplepage", "q": "Ouders"}
    search = reverse("wagtailadmin_choose_page_search")
    dutch = client.get(search, params | {"locale": "nl"}).content.decode()
    assert "Ouders thuis" in dutch and "(en)" not in dutch
    english = client.get(search, params | {"locale": "en"}).content.decode()
    assert "Ouders at the table (en)" in english and "Ouders thuis" not in english


def test_a_link_chooser_of_any_page_is_not_limited(client, editor, both_languages):
    params = {"page_type": "wagtailcore.page", "q": "Ouders", "locale": "nl"}
    html = client.get(reverse("wagtailadmin_choose_page_search"), params).content.decode()
    assert "Ouders at the table (en)" in html


def test_related_example_of_the_other_language_is_refused(client, editor, both_languages):
    page = both_languages["nl"][1]
    with translation.override("nl"):
        response = post_edit(client, page, related=[{"example": both_languages["en"].pk}])
    assert response.status_code == 200
    assert "Kies er een in de taal van deze pagina." in response.content.decode()
    assert not RelatedExample.objects.filter(page=page).exists()
    response = post_edit(client, page, related=[{"example": both_languages["nl"][0].pk}])
    assert response.status_code == 302
    assert RelatedExample.objects.get(page=page).example_id == both_languages["nl"][0].pk


# --- The listings --------------------------------------------------------------------------


def listed_titles(response):
    return [page.title for page in response.context["object_list"]]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_example_listing_shows_the_editor_language_first(
    client, editor, both_languages, language, django_assert_max_num_queries
):
    # The English translation is the newest edit: by date alone it would come first.
    UserProfile.objects.update_or_create(user=editor, defaults={"preferred_language": language})
    with django_assert_max_num_queries(40):  # 34 measured
        response = client.get(reverse("practice_examples:index"))
    titles = listed_titles(response)
    english_at = titles.index("Ouders at the table (en)")
    if language == "nl":
        assert english_at == len(titles) - 1
    else:
        assert english_at == 0


def test_example_listing_sorted_by_title_keeps_the_editor_language_first(
    client, editor, both_languages
):
    response = client.get(reverse("practice_examples:index"), {"ordering": "-title"})
    assert listed_titles(response) == [
        "Ouders thuis",
        "Ouders aan tafel",
        "Ouders at the table (en)",
    ]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_explorer_root_lists_the_editor_language_first(
    client, editor, both_languages, home_page, language
):
    UserProfile.objects.update_or_create(user=editor, defaults={"preferred_language": language})
    response = client.get(reverse("wagtailadmin_explore_root"))
    locales = [page.locale.language_code for page in response.context["object_list"]]
    assert locales[0] == language
    assert sorted(locales) == ["en", "nl"]
