"""The two forms of the scan: starting it (optional sector and region) and answering one step.

Both behave like every public form of the site (core/forms.py): messages that say what to do,
the error summary at the top linked to the fields. The start form has a honeypot; a step form
needs none (it is only reached with a private link).
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import AccessibleFormMixin, HoneypotMixin
from core.localization import active_locale, default_locale
from taxonomy.models import Region, Sector

from .questionnaire import ANSWER_CHOICES

# (form field, model, label, help text, the empty choice, invalid choice message)
TAXA = [
    (
        "sector",
        Sector,
        _("Sector"),
        _("To compare your school with other schools in its sector."),
        _("No sector chosen"),
        _("“%(value)s” is not one of the sectors. Choose one from the list."),
    ),
    (
        "region",
        Region,
        _("Province"),
        _("To compare your school with other schools in its province."),
        _("No province chosen"),
        _("“%(value)s” is not one of the provinces. Choose one from the list."),
    ),
]
SHOWN_VALUE_MAX = 20  # of a wrong answer in its message


class StartForm(AccessibleFormMixin, HoneypotMixin, forms.Form):
    """Optional sector and region, chosen by slug among the taxa of the visitor's language.

    The response stores the taxon of the default language: slugs are the same in every
    language, so a scan started on the English site counts in the same sector and region."""

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        locale = locale or active_locale()
        for name, model, label, help_text, empty, invalid in TAXA:
            choices = model.slug_choices(locale)
            if not choices:
                continue  # nothing to choose from: no question
            self.fields[name] = forms.ChoiceField(
                label=label,
                help_text=help_text,
                required=False,
                choices=[("", empty), *choices],
                error_messages={"invalid_choice": invalid},
            )
        self.add_honeypot()

    def taxa(self):
        """{"sector": Sector or None, "region": Region or None} in the default language."""
        found = {}
        for name, model, *_rest in TAXA:
            slug = self.cleaned_data.get(name)
            found[name] = (
                model.objects.filter(locale=default_locale(), slug=slug).first() if slug else None
            )
        return found


def quoted(text):
    """A statement inside a sentence of a message: without its own full stop, so the message
    does not end in “….”."""
    return text.rstrip(". ")


class AnswerField(forms.TypedChoiceField):
    """One statement's answer. A value that is not one of the answers (a changed or forged
    post) gets a message naming the statement; the statement's text is never read as a format
    string, so a "%" in it is harmless."""

    def validate(self, value):
        if value not in self.empty_values and not self.valid_value(value):
            shown = value if len(value) <= SHOWN_VALUE_MAX else value[:SHOWN_VALUE_MAX] + "…"
            raise forms.ValidationError(
                _("“%(value)s” is not one of the answers to “%(statement)s”. Choose an answer.")
                % {"value": shown, "statement": quoted(self.label)},
                code="invalid_choice",
            )
        super().validate(value)


class StepForm(AccessibleFormMixin, forms.Form):
    """The statements of one domain, each answered on the scale or "not applicable".

    A field per statement, named by the statement's key: keys of other steps in a post are not
    fields here, so they are ignored. Every statement needs an answer to go on; `valid_answers()`
    gives what can be saved without the rest ("save and continue later")."""

    def __init__(self, *args, domain, **kwargs):
        super().__init__(*args, **kwargs)
        self.domain = domain
        choices = [(str(value), label) for value, label in ANSWER_CHOICES]
        for statement in domain.statements:
            self.fields[statement.key] = AnswerField(
                label=statement.text,
                choices=choices,
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Choose an answer to “%(statement)s”.")
                    % {"statement": quoted(statement.text)}
                },
            )

    def valid_answers(self):
        """{statement key: value} of the statements answered with a valid value (the form must
        have been cleaned: call is_valid() first)."""
        return {key: value for key, value in self.cleaned_data.items() if isinstance(value, int)}
