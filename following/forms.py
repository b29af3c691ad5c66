"""The follow form: an e-mail address, weekly or monthly, and what to follow (hidden fields
the page fills in: the scope and the slugs of its theme, region and sector filters)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import AccessibleFormMixin, HoneypotMixin, email_field
from core.localization import default_locale
from taxonomy.models import Region, Sector, Theme

from .models import Follow, Frequency
from .subscribing import Wish

TAXA = (("thema", "themes", Theme), ("regio", "regions", Region), ("sector", "sectors", Sector))
MAX_TAXA = 20  # per vocabulary; more is not a filter a page makes
BACK_MAX = 500


def local_path(value):
    """An address on this site to go back to ("/themas/verzuim/"), or "" for anything else."""
    value = str(value or "")
    if (
        value.startswith("/")
        and not value.startswith("//")
        and "\\" not in value
        and value.isprintable()
        and len(value) <= BACK_MAX
    ):
        return value
    return ""


class FollowForm(HoneypotMixin, AccessibleFormMixin, forms.Form):
    email = email_field(help_text="")
    frequency = forms.ChoiceField(
        label=_("How often?"),
        choices=Frequency.choices,
        initial=Frequency.WEEKLY,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose how often you want to receive the overview."),
            "invalid_choice": _("Choose how often you want to receive the overview."),
        },
    )
    scope = forms.ChoiceField(
        choices=Follow.Scope.choices, initial=Follow.Scope.EVERYTHING, widget=forms.HiddenInput
    )
    back = forms.CharField(required=False, widget=forms.HiddenInput)

    invalid_wish = _(
        "What you wanted to follow no longer exists. Go back to the page and try again."
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "follow-%s")
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs["maxlength"] = self.fields["email"].max_length
        self.add_honeypot()
        self.name_length_errors()

    def clean_back(self):
        return local_path(self.cleaned_data.get("back"))

    def clean(self):
        cleaned = super().clean()
        if self.errors.get("scope"):
            del self.errors["scope"]
            self.add_error(None, self.invalid_wish)
        wanted = {}
        locale = default_locale()
        for param, name, model in TAXA:
            values = self.data.getlist(param) if hasattr(self.data, "getlist") else []
            values = list(dict.fromkeys(str(value) for value in values))
            known = set(
                model.objects.filter(locale=locale, slug__in=values[:MAX_TAXA]).values_list(
                    "slug", flat=True
                )
            )
            if len(values) > MAX_TAXA or set(values) - known:
                self.add_error(None, self.invalid_wish)
                return cleaned
            wanted[name] = tuple(sorted(known))
        if "scope" in cleaned:
            cleaned["wish"] = Wish(scope=cleaned["scope"], **wanted)
        return cleaned

    def wish_params(self):
        """The hidden fields that say what to follow, as the page gave them (to post again)."""
        if not self.is_bound:
            return []
        return [
            (param, str(value)[:100])
            for param, _name, _model in TAXA
            for value in self.data.getlist(param)[:MAX_TAXA]
        ]


def form_for(wish, back="", data=None):
    """The follow form for a page: unbound with the page's wish in its hidden fields."""
    return FollowForm(data, initial={"scope": wish.scope, "back": local_path(back)})
