"""The form through which anyone proposes an activity for an action week.

It behaves like every public form of the site (core/forms.py): messages that name their field,
a maximum length on every text, control characters dropped, a honeypot and an error summary.
The date must fall within the week and not before today; the end time after the start time.
"""

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from core.forms import AccessibleFormMixin, HoneypotMixin, email_field, text_field
from taxonomy.models import Audience, Organisation, Region

TITLE_MAX = 200
NAME_MAX = 200
PLACE_MAX = 100
DESCRIPTION_MAX = 3000


class ActivityForm(AccessibleFormMixin, HoneypotMixin, forms.Form):
    organisation = text_field(
        _("Organisation"),
        NAME_MAX,
        True,
        _("Enter the organisation that organises the activity."),
        help_text=_("Who organises the activity, for example a school alliance or a municipality."),
    )
    contact_name = text_field(_("Your name"), NAME_MAX, True, _("Enter your name."))
    contact_email = email_field(
        _(
            "We send you a confirmation and may ask you about the activity. Your name and "
            "e-mail address are never shown on the site."
        )
    )
    title = text_field(
        _("Title of the activity"), TITLE_MAX, True, _("Enter the title of the activity.")
    )
    date = forms.DateField(
        label=_("Date"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": _("Enter the date of the activity."),
            "invalid": _("Enter the date as day-month-year, for example 4-6-2027."),
        },
    )
    start_time = forms.TimeField(
        label=_("Start time"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={
            "required": _("Enter the start time."),
            "invalid": _("Enter the start time as hours:minutes, for example 13:30."),
        },
    )
    end_time = forms.TimeField(
        label=_("End time"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={
            "invalid": _("Enter the end time as hours:minutes, for example 16:00."),
        },
    )
    venue = text_field(
        _("Venue"), NAME_MAX, False, help_text=_("The name of the building, or “online”.")
    )
    city = text_field(_("Place"), PLACE_MAX, True, _("Enter the place where the activity is held."))
    region = forms.ChoiceField(
        label=_("Province"),
        error_messages={
            "required": _("Choose the province."),
            "invalid_choice": _(
                "“%(value)s” is not one of the provinces. Choose one from the list."
            ),
        },
    )
    description = text_field(
        _("Description"),
        DESCRIPTION_MAX,
        True,
        _("Describe the activity."),
        rows=8,
        help_text=_("What happens, for whom, and how to take part. Plain text."),
    )
    audiences = forms.MultipleChoiceField(
        label=_("Of interest to"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _(
                "“%(value)s” is not one of the audiences. Choose audiences from the list."
            ),
            "invalid_list": _("Choose audiences from the list."),
        },
    )

    def __init__(self, *args, week, **kwargs):
        super().__init__(*args, **kwargs)
        self.week = week
        self.locale = week.locale
        self.fields["region"].choices = [("", _("Choose a province"))] + Region.slug_choices(
            self.locale
        )
        audiences = Audience.slug_choices(self.locale)
        if audiences:
            self.fields["audiences"].choices = audiences
        else:
            del self.fields["audiences"]
        first, last = self.date_range()
        self.fields["date"].widget.attrs.update({"min": first.isoformat(), "max": last.isoformat()})
        self.fields["date"].help_text = _("A day from %(first)s to %(last)s.") % {
            "first": date_format(first, "j F Y"),
            "last": date_format(last, "j F Y"),
        }
        # The order of the page, so the error summary lists the errors in that order too.
        self.order_fields(
            ["title", "description", "organisation", "audiences", "date", "start_time"]
            + ["end_time", "venue", "city", "region", "contact_name", "contact_email"]
        )
        self.add_honeypot()
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"
        self.name_length_errors()

    def date_range(self):
        """The days an activity can still take place: from today (or the week's first day) to
        the week's last day."""
        today = timezone.localdate()
        return max(self.week.start_date, today), self.week.last_date

    def clean_date(self):
        date = self.cleaned_data["date"]
        first, last = self.date_range()
        if date < timezone.localdate():
            raise forms.ValidationError(_("The date has passed. Choose a day in the week."))
        if not first <= date <= last:
            raise forms.ValidationError(
                _("Choose a day within the week: from %(first)s to %(last)s.")
                % {"first": date_format(first, "j F Y"), "last": date_format(last, "j F Y")}
            )
        return date

    def clean_contact_email(self):
        return self.cleaned_data["contact_email"].strip().lower()

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_time"), cleaned.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", _("The end time must be after the start time."))
        return cleaned

    def organisation_match(self):
        """The Organisation of the form's language whose name is the typed name, or None."""
        name = self.cleaned_data["organisation"]
        return Organisation.objects.filter(locale=self.locale, name__iexact=name).first()

    def chosen_region(self):
        return Region.objects.get(locale=self.locale, slug=self.cleaned_data["region"])

    def chosen_audiences(self):
        return Audience.objects.filter(
            locale=self.locale, slug__in=self.cleaned_data.get("audiences", [])
        )

    def audience_names(self):
        chosen = set(self.cleaned_data.get("audiences", []))
        field = self.fields.get("audiences")
        return [label for value, label in field.choices if value in chosen] if field else []

    def region_name(self):
        return dict(self.fields["region"].choices).get(self.cleaned_data.get("region"), "")
