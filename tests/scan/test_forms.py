"""The scan's forms on their own: the start form's taxa and a step's answers."""

import pytest

from django.utils import translation

from scan.forms import StartForm, StepForm
from scan.questionnaire import Domain, Statement

pytestmark = pytest.mark.django_db

DOMAIN = Domain(
    key="d1",
    title="Verzuim",
    intro="",
    statements=(
        Statement("s1", "We registreren elk verzuim."),
        Statement("s2", "80% van de leerlingen is er elke dag."),  # a "%" in the text
    ),
    themes=(),
    advice={},
)


def test_the_start_form_offers_the_taxa_of_the_language(taxa, locale_nl):
    form = StartForm(locale=locale_nl)

    assert [value for value, _label in form.fields["sector"].choices] == ["", "po", "vo"]
    assert ("utrecht", "Utrecht") in form.fields["region"].choices
    assert not form.fields["sector"].required and not form.fields["region"].required
    assert "website" in form.fields


def test_the_start_form_stores_taxa_of_the_default_language(taxa, locale_nl, locale_en):
    english = taxa["vo"].copy_for_translation(locale_en)
    english.name = "Secondary education"
    english.save()

    form = StartForm({"sector": "vo", "region": ""}, locale=locale_en)

    assert form.is_valid()
    assert form.fields["sector"].choices[1] == ("vo", "Secondary education")
    assert form.taxa() == {"sector": taxa["vo"], "region": None}


def test_the_start_form_without_taxa_asks_nothing(locale_nl):
    form = StartForm({}, locale=locale_nl)

    assert set(form.fields) == {"website"}
    assert form.is_valid() and form.taxa() == {"sector": None, "region": None}


def test_the_start_form_refuses_an_unknown_slug(taxa, locale_nl):
    form = StartForm({"sector": "hbo"}, locale=locale_nl)

    assert not form.is_valid()
    with translation.override("en"):
        assert form.errors["sector"] == [
            "“hbo” is not one of the sectors. Choose one from the list."
        ]
    assert form.error_summary()[0][0] == "id_sector"


def test_the_honeypot_marks_a_robot(taxa, locale_nl):
    assert StartForm({"website": "http://x"}, locale=locale_nl).is_spam()
    assert not StartForm({"website": " "}, locale=locale_nl).is_spam()


def test_a_step_form_has_a_radio_group_per_statement():
    form = StepForm(domain=DOMAIN)

    assert list(form.fields) == ["s1", "s2"]
    assert [value for value, _label in form.fields["s1"].choices] == ["1", "2", "3", "4", "0"]
    assert form["s1"].field.widget.use_fieldset
    assert form["s2"].label == "80% van de leerlingen is er elke dag."


def test_a_step_form_gives_integers_and_ignores_other_keys():
    form = StepForm({"s1": "4", "s2": "0", "s9": "3", "action": "next"}, domain=DOMAIN)

    assert form.is_valid()
    assert form.valid_answers() == {"s1": 4, "s2": 0}


def test_every_statement_needs_an_answer():
    with translation.override("en"):
        form = StepForm({"s1": "2"}, domain=DOMAIN)
        assert not form.is_valid()
        assert form.errors["s2"] == ["Choose an answer to “80% van de leerlingen is er elke dag”."]
    assert form.valid_answers() == {"s1": 2}
    assert form.error_summary() == [("id_s2_0", form.errors["s2"][0])]


@pytest.mark.parametrize("value", ["5", "7", "-1", "abc", "1.5", " 3", "x" * 500])
def test_a_value_outside_the_scale_is_an_error_that_names_the_statement(value):
    with translation.override("en"):
        form = StepForm({"s1": "3", "s2": value}, domain=DOMAIN)
        assert not form.is_valid()
        (message,) = form.errors["s2"]
    assert "is not one of the answers to “80% van de leerlingen is er elke dag”" in message
    assert len(message) < 200  # a long forged value is cut short
    assert form.valid_answers() == {"s1": 3}


def test_a_step_form_shows_the_saved_answers():
    form = StepForm(initial={"s1": "3"}, domain=DOMAIN)

    html = str(form["s1"])
    assert 'value="3" id="id_s1_2" checked' in html or ('value="3"' in html and "checked" in html)
    assert "checked" not in str(form["s2"])
