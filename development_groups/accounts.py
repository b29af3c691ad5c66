"""The members' area at /account/ (and /en/account/): log in, log out, a forgotten or changed
password, accepting an invitation (invitations.py) and "my groups".

Members of development groups log in here with their e-mail address, never in the admin (they
have no admin access; the admin refuses them). Wagtail's private pages and documents send
visitors here too (WAGTAIL_FRONTEND_LOGIN_URL). Every response of the area is
`private, no-store`: it is about one person, and its forms carry a CSRF token.

Failed logins and password mails are limited per visitor's address (core/ratelimit.py).
On top of that, one account is locked from one address after a few wrong passwords, as in the
admin (django-axes, login_protection.py).

The login page does not send a logged-in visitor on: Wagtail sends someone here who is logged
in but may not see a document, and sending them back would loop. It says who they are instead.
"""

import datetime

from django.contrib import messages
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth import login as auth_login
from django.contrib.auth import views as auth_views
from django.core.exceptions import NON_FIELD_ERRORS
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from core.localization import localized_pages
from core.ratelimit import RateLimit
from home.models import SiteSettings

from . import invitations
from .account_forms import (
    AcceptInvitationForm,
    ChangePasswordForm,
    LoginForm,
    NewPasswordForm,
    PasswordResetRequestForm,
    account_for_email,
)

TEMPLATES = "development_groups/account/"
LATEST_OUTCOMES = 3  # per group on "my groups"
EXCERPT_WORDS = 40
# A second press of "create my account" finds the invitation used by the first: within this
# time, the same password logs them in instead of saying the link was used.
DOUBLE_SUBMIT_WINDOW = datetime.timedelta(minutes=10)
PASSWORD_BACKEND = "security.permissions.CachedModelBackend"
# Per visitor's address (core/ratelimit.py): guessing passwords, and mail to someone else's inbox.
LOGIN_FAILURES = RateLimit("account-login-failures", limit=20, period=15 * 60)
PASSWORD_MAILS = RateLimit("account-password-mails", limit=5, period=60 * 60)


class Private:
    """Responses that no browser, proxy or CDN may keep: `private, no-store`."""

    @method_decorator(never_cache)
    def dispatch(self, *args, **kwargs):
        return super().dispatch(*args, **kwargs)


# Logging in and out ---------------------------------------------------------------------------


def too_many(view, limit, form):
    """The form again, untouched, with a 429: nothing is checked or sent."""
    response = view.render_to_response(view.get_context_data(form=form, rate_limited=True))
    response.status_code = 429
    response["Retry-After"] = str(limit.period)
    return response


class LoginView(Private, auth_views.LoginView):
    """After LOGIN_FAILURES failed attempts from one address, no password is checked for a while
    (the error page says so), so passwords cannot be guessed here at speed."""

    template_name = TEMPLATES + "login.html"
    authentication_form = LoginForm

    def post(self, request, *args, **kwargs):
        # Counted before the password is checked, atomically, so a burst of guesses at once gets
        # no more through; given back unless the password was wrong.
        if not LOGIN_FAILURES.take(request):
            form = LoginForm(request, initial={"username": request.POST.get("username", "")})
            return too_many(self, LOGIN_FAILURES, form)
        self.wrong_password = False
        response = super().post(request, *args, **kwargs)
        if not self.wrong_password:
            LOGIN_FAILURES.give_back(request)
        return response

    def form_invalid(self, form):
        self.wrong_password = form.has_error(NON_FIELD_ERRORS, "invalid_login")
        return super().form_invalid(form)


class LogoutView(Private, auth_views.LogoutView):
    """GET asks to confirm (a link or a prefetch never logs anyone out), POST logs out."""

    http_method_names = ["get", "head", "post", "options"]
    template_name = TEMPLATES + "logout.html"
    next_page = "account:login"

    def post(self, request, *args, **kwargs):
        was_logged_in = request.user.is_authenticated
        response = super().post(request, *args, **kwargs)
        if was_logged_in:
            messages.success(request, _("You are logged out."))
        return response


# A new password -------------------------------------------------------------------------------


class PasswordResetView(Private, auth_views.PasswordResetView):
    """The form for the address; the mail (queued) only goes to an address with an account, but
    the page after it says the same either way, so nobody learns who has one."""

    template_name = TEMPLATES + "password_reset_form.html"
    form_class = PasswordResetRequestForm
    email_template_name = TEMPLATES + "password_reset_email.txt"
    subject_template_name = TEMPLATES + "password_reset_subject.txt"
    success_url = reverse_lazy("account:password_reset_done")

    def post(self, request, *args, **kwargs):
        if not PASSWORD_MAILS.take(request):
            form = self.form_class(initial={"email": request.POST.get("email", "")})
            return too_many(self, PASSWORD_MAILS, form)
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        PASSWORD_MAILS.give_back(self.request)  # no mail was sent
        return super().form_invalid(form)

    def form_valid(self, form):
        site = SiteSettings.for_request(self.request)
        self.extra_email_context = {
            "site_name": site.organisation_name or "Kennisbank",
            "site_contact_email": site.contact_email,
        }
        return super().form_valid(form)


class PasswordResetDoneView(Private, auth_views.PasswordResetDoneView):
    template_name = TEMPLATES + "password_reset_done.html"


class PasswordResetConfirmView(Private, auth_views.PasswordResetConfirmView):
    """The link from the mail: a new password, after which the member is logged in."""

    template_name = TEMPLATES + "password_reset_confirm.html"
    form_class = NewPasswordForm

    @property
    def reset_url_token(self):
        """The address's last part once the link's token is in the session (Django redirects
        there so the token does not leak in a Referer), in the page's language."""
        return pgettext("address", "set-password")

    post_reset_login = True
    post_reset_login_backend = PASSWORD_BACKEND
    success_url = reverse_lazy("account:password_reset_complete")


class PasswordResetCompleteView(Private, auth_views.PasswordResetCompleteView):
    template_name = TEMPLATES + "password_reset_complete.html"


class PasswordChangeView(Private, auth_views.PasswordChangeView):
    """A logged-in member's new password (the current one first); back to "my groups"."""

    template_name = TEMPLATES + "password_change.html"
    form_class = ChangePasswordForm
    success_url = reverse_lazy("account:home")

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Your new password is saved."))
        return response


# Invitations ----------------------------------------------------------------------------------


@never_cache
@sensitive_post_parameters("new_password1", "new_password2")
def invitation(request, token):
    """/account/uitnodiging/<token>/: the link from an invitation mail.

    A newcomer chooses a name and a password; someone with an account logs in and joins with a
    button. An unknown link gets a 404 page, a used or expired one a 410 page that says what to
    do; neither changes anything. A GET never changes anything (mail scanners follow links)."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    found = invitations.find_invitation(token)
    if found is None:
        return invitation_page(request, None, "unknown", status=404)
    if found.is_usable:
        response = usable_invitation(request, found)
        if response is not None:
            return response
        # Used up by a twin request in the meantime, or the address got an account.
        found.refresh_from_db()
        if found.is_usable:
            return redirect(request.path)
    return spent_invitation(request, found)


def usable_invitation(request, invitation):
    """The page or redirect for a usable invitation; None when it was used up meanwhile."""
    account = account_for_email(invitation.email)
    if account is not None:
        own = request.user.is_authenticated and request.user.pk == account.pk
        if own and request.method == "POST":
            if not invitations.accept(invitation, account):
                return None
            return welcome(request, invitation)
        if own:
            state = "join"
        elif request.user.is_authenticated:
            state = "other_account"
        else:
            state = "log_in_first"
        return invitation_page(request, invitation, state)

    user = get_user_model()(username=invitation.email, email=invitation.email)
    form = AcceptInvitationForm(
        user,
        request.POST if request.method == "POST" else None,
        initial={"name": invitation.name},
    )
    if request.method == "POST" and form.is_valid():
        user = invitations.accept_with_new_account(
            invitation, form.cleaned_data["name"], form.cleaned_data["new_password1"]
        )
        if user is None:
            return None
        auth_login(request, user, backend=PASSWORD_BACKEND)
        return welcome(request, invitation)
    return invitation_page(request, invitation, "new", form=form)


def spent_invitation(request, invitation):
    """A used or expired invitation: its member is sent to their groups; a second press of the
    form right after the first logs in with the password just chosen; anyone else is told."""
    if invitation.accepted_at is not None:
        if request.user.is_authenticated and request.user.pk == invitation.user_id:
            return redirect("account:home")
        if (
            request.method == "POST"
            and invitation.user is not None
            and timezone.now() - invitation.accepted_at < DOUBLE_SUBMIT_WINDOW
        ):
            user = authenticate(
                request,
                username=invitation.user.get_username(),
                password=request.POST.get("new_password1", ""),
            )
            if user is not None:
                auth_login(request, user, backend=PASSWORD_BACKEND)
                return welcome(request, invitation)
        return invitation_page(request, invitation, "used", status=410)
    return invitation_page(request, invitation, "expired", status=410)


def welcome(request, invitation):
    group = localized_pages([invitation.group_page])[0]
    messages.success(
        request,
        _("Welcome! You are a member of “%(group)s”.") % {"group": group.title},
    )
    return redirect("account:home")


def invitation_page(request, invitation, state, status=200, form=None):
    group = localized_pages([invitation.group_page])[0] if invitation else None
    context = {
        "invitation": invitation,
        "group": group,
        "state": state,
        "form": form,
        "contact_email": (group.contact_email if group else "")
        or SiteSettings.for_request(request).contact_email,
    }
    return render(request, TEMPLATES + "invitation.html", context, status=status)
