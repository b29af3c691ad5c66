"""Two-factor sign-in for the Wagtail admin (django-otp), when ADMIN_TWO_FACTOR_REQUIRED is on.

After the password (Wagtail's login page, locked after repeated failures by django-axes), everyone
with access to the admin proves once per session that they hold their second factor:

- verify: the 6-digit code of their authenticator app (TOTP), or one of their single-use backup
  codes. django-otp's throttling refuses every attempt for 1, 2, 4, 8 ... seconds after each
  wrong code in a row, so codes cannot be guessed; a right code resets it.
- setup, for whoever has no confirmed app yet: a new TOTP secret as a QR code and as text. It is
  confirmed (and the sign-in verified) by a valid code; ten backup codes are then shown once.
- manage (linked from the account page): new backup codes, or a new app after removing the old.

Members (no admin access) are never asked: they sign in on the site's own /account/ pages.
An administrator resets a user who lost their phone with `manage.py reset_two_factor <name>`.
"""

import math
from base64 import b32encode
from urllib.parse import urlencode

import segno
from django_otp import DEVICE_ID_SESSION_KEY, devices_for_user, user_has_device
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from django import forms
from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from wagtail import hooks
from wagtail.admin.auth import require_admin_access

BACKUP_CODE_COUNT = 10
BACKUP_CODES_SESSION_KEY = "two_factor_backup_codes"
APP_DEVICE_NAME = "Authenticator app"
BACKUP_DEVICE_NAME = "Backup codes"

# Admin views an unverified user may open: signing in and out, the two-factor pages themselves
# (URL names starting with "two_factor_"), and what every admin page loads (icons, translations).
EXEMPT_VIEWS = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
}
EXEMPT_VIEW_PREFIXES = ("two_factor_", "wagtailadmin_password_reset")


def needs_second_factor(user):
    """An admin user who has not yet given a code in this session (OTPMiddleware's
    is_verified)."""
    return (
        user.is_authenticated
        and not user.is_verified()
        and user.has_perm("wagtailadmin.access_admin")
    )


class AdminTwoFactorMiddleware:
    """Sends an admin user who has not given a code in this session from any admin page to the
    verify page (or to the setup page when they have no confirmed app), and back afterwards."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not settings.ADMIN_TWO_FACTOR_REQUIRED:
            return None
        if not request.path_info.startswith(reverse("wagtailadmin_home")):
            return None
        url_name = request.resolver_match.url_name or ""
        if url_name in EXEMPT_VIEWS or url_name.startswith(EXEMPT_VIEW_PREFIXES):
            return None
        if not needs_second_factor(request.user):
            return None
        step = "two_factor_verify" if user_has_device(request.user) else "two_factor_setup"
        return redirect(with_next(reverse(step), request.get_full_path()))


# --- Helpers ---------------------------------------------------------------------------------


def with_next(url, next_url):
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


def next_url(request):
    """Where to go after this step: the `next` the user came with, if it stays on this site."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("wagtailadmin_home")


def normalise(code):
    """A code as typed, without spaces or hyphens, lower case (backup codes are lower case)."""
    return "".join(code.split()).replace("-", "").lower()


def is_app_code(code):
    return len(code) == 6 and code.isdigit()


def check_code(user, code):
    """The confirmed device of `user` that accepts `code`, and if none does, until when the
    devices that could have accepted it refuse every code after wrong ones in a row
    (django-otp's throttling), or None when they tried it (and it was wrong).
    A 6-digit code is tried on the authenticator app, anything else on the backup codes.
    The devices are locked for the check, so parallel guesses wait for each other."""
    code = normalise(code)
    model = TOTPDevice if is_app_code(code) else StaticDevice
    locked_until = None
    with transaction.atomic():
        devices = model.objects.devices_for_user(user, confirmed=True).select_for_update()
        for device in devices:
            allowed, info = device.verify_is_allowed()
            if not allowed:
                until = (info or {}).get("locked_until")
                if until and (locked_until is None or until > locked_until):
                    locked_until = until
                continue
            if device.verify_token(code):
                return device, None
    return None, locked_until


def wait_message(locked_until):
    seconds = max(1, math.ceil((locked_until - timezone.now()).total_seconds()))
    if seconds < 120:
        return ngettext(
            "Too many wrong codes. Wait %(count)d second and try again.",
            "Too many wrong codes. Wait %(count)d seconds and try again.",
            seconds,
        ) % {"count": seconds}
    minutes = math.ceil(seconds / 60)
    return ngettext(
        "Too many wrong codes. Wait %(count)d minute and try again.",
        "Too many wrong codes. Wait %(count)d minutes and try again.",
        minutes,
    ) % {"count": minutes}


def sign_in_with(request, device):
    """Marks this session as verified by `device`, under a new session key."""
    request.session.cycle_key()
    otp_login(request, device)


def new_backup_codes(user):
    """Replaces the user's backup codes by BACKUP_CODE_COUNT new ones and returns them."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=BACKUP_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def qr_code_svg(device):
    """The device's otpauth:// address as an inline SVG QR code (no style attribute)."""
    qr = segno.make(device.config_url, error="m")
    return qr.svg_inline(
        scale=5,
        omitsize=True,
        dark="#000",
        light="#fff",
        svgclass="two-factor__qr",
        title=str(_("QR code")),
    )


def group_secret(device):
    """The base32 secret in groups of four, as apps ask for it when typed in by hand."""
    secret = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


# --- Forms and views ---------------------------------------------------------------------------


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autofocus": True, "spellcheck": "false"}
        ),
    )

    def __init__(self, *args, help_text="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].help_text = help_text


def two_factor_view(view):
    """An admin view of this module: signed in with admin access, never cached."""
    return never_cache(require_admin_access(view))


@two_factor_view
def verify(request):
    user = request.user
    if user.is_verified():
        return redirect(next_url(request))
    if not user_has_device(user):
        return redirect(with_next(reverse("two_factor_setup"), next_url(request)))
    help_text = _(
        "The 6-digit code your authenticator app shows for this site, or one of your backup codes."
    )
    form = CodeForm(request.POST or None, help_text=help_text)
    if request.method == "POST" and form.is_valid():
        device, locked_until = check_code(user, form.cleaned_data["code"])
        if device is not None:
            sign_in_with(request, device)
            if isinstance(device, StaticDevice):
                left = device.token_set.count()
                messages.warning(
                    request,
                    ngettext(
                        "You used a backup code. You have %(count)d backup code left.",
                        "You used a backup code. You have %(count)d backup codes left.",
                        left,
                    )
                    % {"count": left},
                )
            return redirect(next_url(request))
        if locked_until is not None:
            form.add_error("code", wait_message(locked_until))
        else:
            form.add_error(
                "code",
                _("This code is not right. Enter the code your authenticator app shows now."),
            )
    return render(request, "two_factor/verify.html", {"form": form, "next": next_url(request)})


@two_factor_view
def setup(request):
    user = request.user
    if user_has_device(user):
        # A confirmed app exists: a new one only after verifying (manage page), never instead.
        if user.is_verified():
            return redirect("two_factor_manage")
        return redirect(with_next(reverse("two_factor_verify"), next_url(request)))
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
    form = CodeForm(
        request.POST or None,
        help_text=_("The 6-digit code your authenticator app shows after adding this site."),
    )
    if request.method == "POST" and form.is_valid():
        code = normalise(form.cleaned_data["code"])
        with transaction.atomic():
            device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
            allowed, info = device.verify_is_allowed()
            confirmed = allowed and is_app_code(code) and device.verify_token(code)
            if confirmed:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
                TOTPDevice.objects.filter(user=user, confirmed=False).delete()
                codes = new_backup_codes(user)
        if confirmed:
            sign_in_with(request, device)
            request.session[BACKUP_CODES_SESSION_KEY] = codes
            messages.success(request, _("Two-factor authentication is set up."))
            return redirect(with_next(reverse("two_factor_backup_codes"), next_url(request)))
        if not allowed and (info or {}).get("locked_until"):
            form.add_error("code", wait_message(info["locked_until"]))
        else:
            form.add_error(
                "code",
                _(
                    "This code is not right. Check that you added the code above to the app "
                    "and enter the code it shows now."
                ),
            )
    return render(
        request,
        "two_factor/setup.html",
        {
            "form": form,
            "next": next_url(request),
            "qr_code": qr_code_svg(device),
            "secret": group_secret(device),
        },
    )


@two_factor_view
def backup_codes(request):
    """The backup codes just made, once: they leave the session as this page shows them."""
    if not request.user.is_verified():
        return redirect(with_next(reverse("two_factor_verify"), next_url(request)))
    codes = request.session.pop(BACKUP_CODES_SESSION_KEY, None)
    if not codes:
        return redirect(next_url(request))
    return render(
        request, "two_factor/backup_codes.html", {"codes": codes, "next": next_url(request)}
    )


@two_factor_view
def manage(request):
    user = request.user
    if not user_has_device(user):
        return redirect("two_factor_setup")
    if not user.is_verified():
        return redirect(with_next(reverse("two_factor_verify"), request.get_full_path()))
    backup = StaticDevice.objects.filter(user=user, confirmed=True).first()
    return render(
        request,
        "two_factor/manage.html",
        {"backup_codes_left": backup.token_set.count() if backup else 0},
    )


@require_POST
@two_factor_view
def regenerate_backup_codes(request):
    if not request.user.is_verified():
        return redirect("two_factor_verify")
    request.session[BACKUP_CODES_SESSION_KEY] = new_backup_codes(request.user)
    return redirect(with_next(reverse("two_factor_backup_codes"), reverse("two_factor_manage")))


@require_POST
@two_factor_view
def replace_app(request):
    """Removes the user's authenticator app and backup codes; the setup page follows."""
    if not request.user.is_verified():
        return redirect("two_factor_verify")
    remove_devices(request.user)
    request.session.pop(DEVICE_ID_SESSION_KEY, None)
    return redirect("two_factor_setup")


def remove_devices(user):
    """Deletes every two-factor device of `user`; returns how many there were."""
    devices = list(devices_for_user(user, confirmed=None))
    for device in devices:
        device.delete()
    return len(devices)


urlpatterns = [
    path("", manage, name="two_factor_manage"),
    path("verify/", verify, name="two_factor_verify"),
    path("setup/", setup, name="two_factor_setup"),
    path("backup-codes/", backup_codes, name="two_factor_backup_codes"),
    path("backup-codes/new/", regenerate_backup_codes, name="two_factor_regenerate"),
    path("replace/", replace_app, name="two_factor_replace"),
]


@hooks.register("register_account_menu_item")
def account_menu_item(request):
    """'Two-factor authentication' on the admin's account page."""
    return {
        "url": reverse("two_factor_manage"),
        "label": _("Two-factor authentication"),
        "help_text": _("Your authenticator app and backup codes."),
    }
