"""The registration form: name, e-mail, organisation, role, remarks and consent.

It behaves like every public form of the site (core/forms.py): messages that name their field, a
maximum length on every text, control characters dropped, a honeypot for robots and
`error_summary()` for the summary at the top of the page.
"""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core.forms import AccessibleFormMixin, HoneypotMixin, email_field, text_field

from .models import Registration

NAME_MAX = Registration._meta.get_field("name").max_length
EMAIL_MAX = Registration._meta.get_field("email").max_length
ORGANISATION_MAX = Registration._meta.get_field("organisation").max_length
ROLE_MAX = Registration._meta.get_field("role").max_length
REMARKS_MAX = Registration._meta.get_field("remarks").max_length


class RegistrationForm(AccessibleFormMixin, HoneypotMixin, forms.Form):
    name = text_field(_("Your name"), NAME_MAX, True, _("Enter your name."))
    email = email_field(
        _("We send the confirmation and any news about the event to this address."), EMAIL_MAX
    )
    organisation = text_field(_("Your organisation"), ORGANISATION_MAX, False)
    role = text_field(
        _("Your role"),
        ROLE_MAX,
        False,
        help_text=_("For example “support coordinator” or “attendance officer”."),
    )
    remarks = text_field(
        _("Remarks"),
        REMARKS_MAX,
        False,
        rows=4,
        help_text=_("For example dietary wishes or what you need to take part."),
    )
    consent = forms.BooleanField(
        label=_("I agree that my data are stored for this registration."),
        error_messages={"required": _("Agree to the storage of your data to register.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_honeypot()
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"
        self.fields["role"].widget.attrs["autocomplete"] = "organization-title"
        self.fields["consent"].help_text = _(
            "We use your data only to organise this event and to inform you about it. They are "
            "never shown on the site and are removed %(days)s days after the event."
        ) % {"days": settings.EVENTS_REGISTRATION_RETENTION_DAYS}
        self.name_length_errors()

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()
