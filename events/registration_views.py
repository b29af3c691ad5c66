"""The registration pages of an event: /agenda/<slug>/aanmelden/ (the form, POST/redirect/GET
through core.public_forms) and /agenda/<slug>/afmelden/<token>/ (cancelling with the link from
the confirmation e-mail). What they do is events/registration.py's."""

from django.conf import settings
from django.core import signing
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.public_forms import SENT_PARAM

from .forms import RegistrationForm
from .models import Registration
from .registration import (
    CANCELLED_PARAM,
    REGISTRATION_FORM,
    Outcome,
    cancel,
    closed_reason,
    register,
    waiting_position,
)

# What became of a visitor's registration travels to the page after sending in a signed cookie
# of its own, not in the session: a registration then writes no session row (a rush of 300 at
# once writes 300 fewer) and leaves the visitor's later pages to the page cache. It holds the
# registration's id and outcome only (nothing personal), signed, for an hour.
OUTCOME_COOKIE = "kb_registration"
OUTCOME_SECONDS = 60 * 60


def remember_outcome(response, event, registration, outcome):
    value = {"event": event.pk, "id": registration.pk if registration else None, "outcome": outcome}
    response.set_cookie(
        OUTCOME_COOKIE,
        signing.dumps(value, salt=OUTCOME_COOKIE),
        max_age=OUTCOME_SECONDS,
        httponly=True,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )


def remembered_outcome(request, event):
    """The {id, outcome} this visitor's cookie remembers for the event, or {}."""
    try:
        value = signing.loads(
            request.COOKIES.get(OUTCOME_COOKIE, ""), salt=OUTCOME_COOKIE, max_age=OUTCOME_SECONDS
        )
    except signing.BadSignature:  # none, forged, or older than an hour
        return {}
    if not isinstance(value, dict) or value.get("event") != event.pk:
        return {}
    return value


def render(request, page, template, status=200, **context):
    context.setdefault("breadcrumb_extra", REGISTRATION_FORM.breadcrumb)
    context.setdefault("form_url", REGISTRATION_FORM.url(request, page))
    response = page.render(request, template=template, context_overrides=context)
    response.status_code = status
    return response


def register_view(request, page):
    """The form, or why registration is closed; after sending, what became of it."""
    event = page.registration_event
    if request.method == "GET" and request.GET.get(SENT_PARAM):
        response = render(
            request, page, "events/register.html", sent=True, **sent_context(request, event)
        )
        add_never_cache_headers(response)  # this visitor's outcome: never from the page cache
        return response
    reason = closed_reason(page)
    if reason:
        if request.method not in ("GET", "HEAD", "POST"):
            return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
        return render(request, page, "events/register.html", closed_reason=reason)

    outcomes = []

    def on_valid(form):
        outcomes.append(register(event, form.cleaned_data, translation.get_language()))

    response = REGISTRATION_FORM.serve(request, page, make_form=RegistrationForm, on_valid=on_valid)
    if outcomes:
        remember_outcome(response, event, *outcomes[0])
    return response


def sent_context(request, event):
    """What the page after sending shows: the outcome this visitor's cookie remembers. Without
    it (a robot, or the address typed in) it thanks in general terms."""
    remembered = remembered_outcome(request, event)
    registration = None
    if remembered.get("id"):
        registration = event.registrations.filter(pk=remembered["id"]).first()
    context = {"outcome": remembered.get("outcome"), "registration": registration}
    if registration is not None and registration.status == Registration.Status.WAITING:
        context["position"] = waiting_position(registration)
    if remembered.get("outcome") == Outcome.CLOSED:
        context["closed_reason"] = closed_reason(event) or _(
            "Registration for this event is closed."
        )
    return context


def cancel_view(request, page, token):
    """GET asks to confirm (mail scanners follow links), POST cancels. A link that fits no
    registration of this event gets a 404 page that says so, and changes nothing."""
    event = page.registration_event
    registration = event.registrations.filter(token=token).first() if token else None
    context = {"registration": registration, "breadcrumb_extra": gettext_lazy("Cancel")}
    if registration is None:
        return cancel_page(request, page, status=404, invalid=True, **context)
    if request.method == "POST":
        if registration.status != Registration.Status.CANCELLED and not event.has_ended:
            cancel(registration)
        return HttpResponseRedirect(f"{request.path}?{CANCELLED_PARAM}=1")
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    return cancel_page(
        request, page, just_cancelled=bool(request.GET.get(CANCELLED_PARAM)), **context
    )


def cancel_page(request, page, status=200, **context):
    context["event_has_ended"] = page.has_ended
    response = page.render(request, template="events/cancel.html", context_overrides=context)
    response.status_code = status
    return response
