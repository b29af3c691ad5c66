"""The event form picks in the event's language: themes, audiences, the region and the
(co-)organisers of that language, the organisers in a list that filters as you type, and the
related practice example through the chooser that opens at the examples of that language."""

import pytest

from django.urls import reverse

from core.admin_locale import FilterableCheckboxSelectMultiple, LocalePageChooser
from taxonomy.factories import AudienceFactory, OrganisationFactory, RegionFactory, ThemeFactory
from tests.support import translate_page


def in_english(snippet, locale, name):
    english = snippet.copy_for_translation(locale)
    english.name = name
    english.save()
    return english


@pytest.fixture
def editor(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("r", "r@example.nl", "x"))


@pytest.fixture
def vocabulary(locale_nl, locale_en):
    for factory, dutch, english in [
        (ThemeFactory, "Terug naar school", "Back to school"),
        (AudienceFactory, "Ouders", "Parents"),
        (RegionFactory, "Noord-Brabant", "North Brabant"),
        (OrganisationFactory, "Gemeente Tilburg", "Municipality of Tilburg"),
    ]:
        kwargs = {"region": None, "sector": None} if factory is OrganisationFactory else {}
        in_english(factory(name=dutch, **kwargs), locale_en, english)


def choices(form, name):
    return [str(label) for value, label in form.fields[name].choices if value]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_event_form_picks_in_the_event_language(
    client, editor, event_index, vocabulary, locale_en, language
):
    parent = event_index if language == "nl" else translate_page(event_index, locale_en)
    url = reverse("wagtailadmin_pages:add", args=["events", "eventpage", parent.pk])
    form = client.get(url).context["form"]
    expected = {
        "nl": ["Terug naar school", "Ouders", "Noord-Brabant", "Gemeente Tilburg"],
        "en": ["Back to school", "Parents", "North Brabant", "Municipality of Tilburg"],
    }[language]
    for name, label in zip(
        ["themes", "audiences", "region", "co_organisers"], expected, strict=True
    ):
        assert choices(form, name) == [label], name
    assert list(form.fields["organiser"].queryset.values_list("name", flat=True)) == [expected[3]]
    assert isinstance(form.fields["co_organisers"].widget, FilterableCheckboxSelectMultiple)
    related = form.formsets["related_examples"].empty_form.fields["example"].widget
    assert isinstance(related, LocalePageChooser)
