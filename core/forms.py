"""What every public form of the site shares.

Every text has a maximum length with a message that names the field (AccessibleFormMixin),
control characters are dropped (TextField, SingleLineField), a honeypot field catches robots
(HoneypotMixin, templates/includes/honeypot.html) and `error_summary()` lists the errors for the
summary at the top of the page (templates/includes/error_summary.html), each linked to its
field. `paragraphs_html` stores a visitor's plain text as rich text without running any markup.
"""

import re

from django import forms
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

# C0 control characters and DEL, but not tab and newline: a pasted text keeps its layout, and
# nothing reaches the database (PostgreSQL refuses NUL) or the editor that could upset either.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
EMAIL_MAX = 254  # Django's EmailField


def text_parameter(params, name, max_length):
    """A free-text GET parameter (a search, a tag, a slug) as the code can use it: one line of at
    most `max_length` characters, without control characters. Query parameters meet no form
    field: PostgreSQL refuses a NUL in a query, and a feed or calendar cannot carry the others
    or a line break (their titles show the search or the theme)."""
    return " ".join(CONTROL_CHARACTERS.sub("", params.get(name, "")).split())[:max_length]


def paragraphs_html(text):
    """Plain text as rich text: a <p> per paragraph, a <br/> per line break, everything else
    escaped. Whatever markup or script the sender typed is stored as text and shown as text."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "".join(
        "<p>" + "<br/>".join(escape(line.strip()) for line in p.splitlines()) + "</p>"
        for p in paragraphs
    )


class TextField(forms.CharField):
    """A CharField that keeps line breaks and drops control characters."""

    def to_python(self, value):
        if isinstance(value, str):
            value = CONTROL_CHARACTERS.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
        return super().to_python(value)


class SingleLineField(TextField):
    """A one-line text: any line breaks a robot or a paste brings become spaces."""

    def to_python(self, value):
        value = super().to_python(value)
        return " ".join(value.split())


def text_field(label, max_length, required, required_message="", rows=None, **kwargs):
    """A text field whose messages say which field is wrong, so they read well in the summary:
    a TextField in a text area of `rows` rows, or else a SingleLineField."""
    field_class = TextField if rows else SingleLineField
    widget = forms.Textarea(attrs={"rows": rows}) if rows else forms.TextInput
    messages = {"required": required_message} if required_message else {}
    return field_class(
        label=label,
        max_length=max_length,
        required=required,
        widget=widget,
        error_messages=messages,
        **kwargs,
    )


def email_field(help_text, max_length=EMAIL_MAX):
    """The visitor's own e-mail address, with messages that say what to do."""
    return forms.EmailField(
        label=_("Your e-mail address"),
        max_length=max_length,
        help_text=help_text,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter an e-mail address in the right format, like name@example.nl."),
        },
    )


class HoneypotMixin:
    """A field people never see or reach, which robots fill in.

    It sits off-screen, hidden from screen readers (aria-hidden) and out of the tab order; a
    browser does not autofill it. A filled honeypot makes the view pretend success without
    storing or sending anything (core.public_forms.PublicFormRoute). Call `add_honeypot()` in
    the form's __init__.
    """

    honeypot_name = "website"

    def add_honeypot(self):
        self.fields[self.honeypot_name] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )

    def is_spam(self):
        return bool(self.is_bound and self.data.get(self.honeypot_name, "").strip())


class AccessibleFormMixin:
    """Messages that name their field, and the error summary."""

    max_length_message = _("%(label)s can be at most %(limit)s characters (you entered %(count)s).")

    def name_length_errors(self):
        """Give every limited field a message with its label and its limit (call it at the end
        of the form's __init__)."""
        for field in self.fields.values():
            if getattr(field, "max_length", None):
                field.error_messages["max_length"] = str(self.max_length_message) % {
                    "label": field.label,
                    "limit": field.max_length,
                    "count": "%(show_value)d",
                }

    def error_summary(self):
        """[(id of the control to jump to, message)] for the summary at the top of the page.

        A group of checkboxes or radio buttons (a fieldset) has no element with the field's own
        id: its errors link to its first choice (e.g. #id_themes_0). Errors of the whole form
        have no link."""
        items = []
        for name, errors in self.errors.items():
            anchor = ""
            if name in self.fields:
                bound = self[name]
                anchor = bound.auto_id
                if bound.field.widget.use_fieldset:
                    subwidgets = bound.subwidgets
                    anchor = subwidgets[0].id_for_label if subwidgets else ""
            items.extend((anchor, message) for message in errors)
        return items
