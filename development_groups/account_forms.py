"""The forms of the members' area (/account/): log in, ask for a new password, set a password,
accept an invitation.

A member's user name is their e-mail address in lower case, so logging in ignores case. The
forms render like every form of the site (core/forms.py: messages that name their field and the
error summary); the password rules are Django's AUTH_PASSWORD_VALIDATORS.
"""

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm, SetPasswordForm
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from core.forms import AccessibleFormMixin, email_field, text_field
from core.mail import queue_email

NAME_MAX = 150


def account_for_email(email):
    """The account of an e-mail address: the one whose user name it is (in any case), or else the
    only one with it as its e-mail address; None when there is none (or no telling which)."""
    email = (email or "").strip()
    if not email:
        return None
    users = get_user_model()._default_manager
    account = users.filter(username__iexact=email).order_by("pk").first()
    if account is None:
        by_email = list(users.filter(email__iexact=email)[:2])
        account = by_email[0] if len(by_email) == 1 else None
    return account


class LoginForm(AccessibleFormMixin, AuthenticationForm):
    username = email_field(help_text="")
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": _("Enter your password.")},
    )

    error_messages = {
        "invalid_login": _(
            "The e-mail address or the password is not right. Check both and try again. "
            "Forgotten your password? Ask for a new one below."
        ),
        "inactive": _("This account is blocked. Ask the organiser of your development group."),
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].widget.attrs["autocomplete"] = "username"
        self.name_length_errors()

    def clean_username(self):
        """The user name of the account with this address, whatever its case."""
        email = self.cleaned_data["username"].strip().lower()
        account = account_for_email(email)
        return account.username if account is not None else email


class PasswordResetRequestForm(AccessibleFormMixin, PasswordResetForm):
    email = email_field(
        _("We send a link to set a new password to this address, if it belongs to an account.")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.name_length_errors()

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        """Queued like every mail of the site, so a slow mail server never slows the page."""
        subject = render_to_string(subject_template_name, context)
        body = render_to_string(email_template_name, context)
        queue_email(subject, body, [to_email])


class NewPasswordForm(AccessibleFormMixin, SetPasswordForm):
    """A new password, twice, checked against the password rules for `user`."""

    new_password1, new_password2 = SetPasswordForm.create_password_fields(
        label1=_("New password"), label2=_("Repeat the new password")
    )

    error_messages = {
        "password_mismatch": _("The two passwords are not the same. Type the same password twice."),
    }

    def __init__(self, user, *args, **kwargs):
        super().__init__(user, *args, **kwargs)
        first, second = self.fields["new_password1"], self.fields["new_password2"]
        # One sentence instead of Django's HTML list, which cannot sit in the hint paragraph.
        first.help_text = " ".join(password_validation.password_validators_help_texts())
        first.error_messages["required"] = _("Choose a password.")
        second.help_text = _("Type the same password again, to be sure it is right.")
        second.error_messages["required"] = _("Type the password a second time.")
        self.name_length_errors()


class ChangePasswordForm(NewPasswordForm):
    """The current password, then a new one twice."""

    old_password = forms.CharField(
        label=_("Current password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": _("Enter your current password.")},
    )

    field_order = ["old_password", "new_password1", "new_password2"]

    def clean_old_password(self):
        old_password = self.cleaned_data["old_password"]
        if not self.user.check_password(old_password):
            raise forms.ValidationError(
                _("Your current password is not right. Type it again."),
                code="password_incorrect",
            )
        return old_password


class AcceptInvitationForm(NewPasswordForm):
    """A name and a password for a new member's account (`user`: the account, not yet saved)."""

    name = text_field(_("Your name"), NAME_MAX, True, _("Enter your name."))
    new_password1, new_password2 = SetPasswordForm.create_password_fields(
        label1=_("Choose a password"), label2=_("Repeat the password")
    )

    field_order = ["name", "new_password1", "new_password2"]

    def __init__(self, user, *args, **kwargs):
        super().__init__(user, *args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"

    def clean(self):
        # The name first: the password must not look like it either.
        first_name, _space, last_name = self.cleaned_data.get("name", "").partition(" ")
        self.user.first_name, self.user.last_name = first_name, last_name
        return super().clean()
