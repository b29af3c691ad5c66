"""The two public forms of practice examples: proposing an example and contacting its contact.

Both are plain Django forms with the safeguards of every public form (core/forms.py): every
text has a maximum length with a message that names the field, control characters are dropped,
a honeypot field catches robots and `error_summary()` lists the errors for the summary at the
top of the page, each linked to its field.
"""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import AccessibleFormMixin, HoneypotMixin, email_field, text_field
from taxonomy.models import Audience, Organisation, Region, Sector, Theme

TITLE_MAX = 200
INTRO_MAX = 600  # BasePage.intro
SECTION_MAX = 5000
NAME_MAX = 120
ORGANISATION_MAX = 200
ORGANISATIONS_MAX = 1000
MESSAGE_MAX = 5000

TAXA = [
    # (form field and page field, model, label, help text, invalid choice message)
    (
        "themes",
        Theme,
        _("Themes"),
        _("Which themes does the example fit? Choose at least one."),
        _("“%(value)s” is not one of the themes. Choose themes from the list."),
    ),
    (
        "regions",
        Region,
        _("Provinces"),
        _("Where did it happen?"),
        _("“%(value)s” is not one of the provinces. Choose provinces from the list."),
    ),
    (
        "sectors",
        Sector,
        _("Sectors"),
        _("Which kinds of education took part?"),
        _("“%(value)s” is not one of the sectors. Choose sectors from the list."),
    ),
    (
        "audiences",
        Audience,
        _("Audiences"),
        _("Who will find the example useful?"),
        _("“%(value)s” is not one of the audiences. Choose audiences from the list."),
    ),
]


class SubmissionForm(AccessibleFormMixin, HoneypotMixin, forms.Form):
    """A proposed practice example, in the structure of PracticeExamplePage."""

    title = text_field(
        _("Title of the example"),
        TITLE_MAX,
        True,
        _("Enter the title of the example."),
        help_text=_(
            "Say in a few words what worked, for example “One contact person for school and "
            "youth care”."
        ),
    )
    intro = text_field(
        _("Summary"),
        INTRO_MAX,
        True,
        _("Enter a short summary."),
        rows=3,
        help_text=_("Two or three sentences: what did you do and what did it bring?"),
    )
    problem = text_field(
        _("Problem or question"),
        SECTION_MAX,
        True,
        _("Describe the problem or question you started from."),
        rows=6,
        help_text=_("What was the situation, and for which pupils?"),
    )
    approach = text_field(
        _("Approach"),
        SECTION_MAX,
        True,
        _("Describe your approach."),
        rows=8,
        help_text=_("What did you do, who took part, and how long did it take?"),
    )
    results = text_field(
        _("Results"),
        SECTION_MAX,
        False,
        rows=6,
        help_text=_("What changed? Give figures where you have them."),
    )
    working_elements = text_field(
        _("What made it work"),
        SECTION_MAX,
        False,
        rows=6,
        help_text=_("The few things without which it would not have worked."),
    )
    conditions = text_field(
        _("Conditions and costs"),
        SECTION_MAX,
        False,
        rows=6,
        help_text=_("What does it take: time, people, money, agreements?"),
    )
    lessons = text_field(
        _("Lessons and tips"),
        SECTION_MAX,
        False,
        rows=6,
        help_text=_("What would you tell a region that wants to start?"),
    )
    organisations = text_field(
        _("Organisations involved"),
        ORGANISATIONS_MAX,
        False,
        rows=4,
        help_text=_(
            "One organisation per line, for example a school alliance, a municipality or a school."
        ),
    )
    contact_name = text_field(
        _("Your name"),
        NAME_MAX,
        True,
        _("Enter your name."),
    )
    contact_role = text_field(
        _("Your role"), NAME_MAX, False, help_text=_("For example “support coordinator”.")
    )
    contact_organisation = text_field(_("Your organisation"), ORGANISATION_MAX, False)
    contact_email = email_field(
        _("We send you a confirmation and may ask you questions about the example.")
    )
    consent = forms.BooleanField(
        label=_("Visitors may send me a message about this example through a contact form."),
        help_text=_(
            "Your e-mail address is never shown on the site. Without this, only the editors can "
            "contact you."
        ),
        required=False,
    )

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.locale = locale
        for name, model, label, help_text, invalid in TAXA:
            choices = model.slug_choices(locale)
            if not choices:
                continue  # nothing to choose from: no question
            self.fields[name] = forms.MultipleChoiceField(
                label=label,
                help_text=help_text,
                choices=choices,
                required=name == "themes",
                widget=forms.CheckboxSelectMultiple,
                error_messages={
                    "invalid_choice": invalid,
                    "required": _("Choose at least one theme."),
                    "invalid_list": invalid,
                },
            )
        self.order_fields(
            ["title", "intro", "problem", "approach", "results", "working_elements", "conditions"]
            + ["lessons", *(taxon[0] for taxon in TAXA), "organisations", "contact_name"]
        )
        self.add_honeypot()
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"
        self.fields["contact_role"].widget.attrs["autocomplete"] = "organization-title"
        self.fields["contact_organisation"].widget.attrs["autocomplete"] = "organization"
        self.name_length_errors()

    def clean_organisations(self):
        """The organisations, one per line (or separated by semicolons), without repeats."""
        names = []
        for line in re.split(r"[\n;]", self.cleaned_data["organisations"]):
            name = " ".join(line.split())
            if len(name) > ORGANISATION_MAX:
                raise forms.ValidationError(
                    _(
                        "An organisation’s name can be at most %(max)d characters long. Put each "
                        "organisation on a line of its own."
                    )
                    % {"max": ORGANISATION_MAX}
                )
            if name and name.casefold() not in {n.casefold() for n in names}:
                names.append(name)
        return names

    def taxon_names(self, name):
        """The names of the chosen options of a vocabulary field."""
        chosen = set(self.cleaned_data.get(name, []))
        if not chosen:
            return []
        return [label for value, label in self.fields[name].choices if value in chosen]

    def matching_organisations(self):
        """(the Organisation snippets named, the names that match none), in the form's language;
        a name matches whatever its case, spaces or punctuation."""
        names = self.cleaned_data["organisations"]
        known = Organisation.named(names, self.locale)
        found = list({known[name.casefold()]: None for name in names if name.casefold() in known})
        unknown = [name for name in names if name.casefold() not in known]
        return found, unknown


class ContactForm(AccessibleFormMixin, HoneypotMixin, forms.Form):
    """A visitor's message to the contact person of an example."""

    name = text_field(_("Your name"), NAME_MAX, True, _("Enter your name."))
    email = email_field(_("The contact person replies to this address."))
    message = text_field(_("Your message"), MESSAGE_MAX, True, _("Enter your message."), rows=8)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_honeypot()
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.name_length_errors()
