"""Registration for an event on this site: capacity, waiting list, cancellation and the e-mails.

/agenda/<slug>/aanmelden/ is the form (core.public_forms: POST/redirect/GET, honeypot, rate
limit); /agenda/<slug>/afmelden/<token>/ cancels, with the link from the confirmation e-mail.

Registrations belong to the event in the default language (EventPage.registration_event), so
the Dutch and the English page share one list. Every change that decides who has a place runs
in one transaction that first locks the event's row (`lock_event`): two visitors registering for
the last place at once are served one after the other, so the capacity is never exceeded. The
unique constraint on (event, email) backs the "one registration per address" rule.

The line is the order in which registrations got the lock: each takes the event's next
`queue_number` under it, and the waiting list is in that order (`waiting_position`, the one rule
for the number in the mail, on the result page and in the admin).

Each e-mail is queued in the same transaction, under the lock, and only for a change that really
happened there (core.mail.enqueue: stored with it, or sent after its commit): a registration, a
cancellation, a promotion, an event's cancellation. An address that registers again gets one
reminder, never more. The task `send_registration_mail` renders the mail in the registrant's
language when it is sent (links from core.links), with the position given under the lock and the
Message-ID given when it was queued; a registration deleted or anonymised by then gets nothing.
"""

from django_tasks import task

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Case, Count, IntegerField, Max, OuterRef, Q, Subquery, When
from django.db.models.functions import Coalesce
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Locale, Site

from core.links import page_url
from core.mail import deliver, enqueue, new_message_id
from core.public_forms import PublicFormRoute
from core.ratelimit import RateLimit
from home.models import SiteSettings

from .ical import event_ics
from .models import EventPage, Registration

REGISTRATIONS_PER_HOUR = 10  # per visitor's address: enough to register a few colleagues
REGISTRATION_FORM = PublicFormRoute(
    "register",
    "events/register.html",
    RateLimit("event-registration", REGISTRATIONS_PER_HOUR, 60 * 60),
    gettext_lazy("Register"),
)
CANCELLED_PARAM = "afgemeld"
PERSONAL_FIELDS = ["name", "organisation", "role", "remarks"]


class Outcome:
    CONFIRMED = "confirmed"  # a place
    WAITING = "waiting"  # on the waiting list
    ALREADY_REGISTERED = "already_registered"  # this address was registered already
    CLOSED = "closed"  # registration is not possible (any more): nothing stored


# Rules ----------------------------------------------------------------------------------------


def closed_reason(event, now=None):
    """Why nobody can register for the event now (a sentence for the visitor), or "" when
    registration on this site is open."""
    now = now or timezone.now()
    if event.registration_mode != EventPage.RegistrationMode.SITE:
        return _("You cannot register for this event on this site.")
    states = EventPage.RegistrationState
    off_or_over = event.off_or_over_state(now)
    if off_or_over == states.CANCELLED:
        return _("This event has been cancelled.")
    if off_or_over == states.POSTPONED:
        return _(
            "This event has been postponed. Registration opens again when the new date is known."
        )
    if off_or_over == states.PAST:
        return _("This event has already taken place.")
    if event.registration_closed:
        return _("Registration for this event is closed.")
    if event.registration_closes_at() <= now:
        return _("The registration deadline has passed.")
    return ""


def lock_event(event):
    """The event's row, locked until the transaction ends (only the event's own table: the
    shared page row stays free for editors)."""
    return EventPage.objects.select_for_update(of=("self",)).get(pk=event.pk)


def line_of(event):
    """How many are confirmed and waiting, and the last number given: one query, under the
    lock."""
    return event.registrations.aggregate(
        confirmed=Count("pk", filter=Q(status=Registration.Status.CONFIRMED)),
        waiting=Count("pk", filter=Q(status=Registration.Status.WAITING)),
        last=Coalesce(Max("queue_number"), 0),
    )


def with_waiting_positions(registrations):
    """The registrations with `waiting_position`: 1 for the first on their event's waiting list
    (the lowest queue_number), and so on; None for those not waiting."""
    ahead = (
        Registration.objects.filter(
            event=OuterRef("event"),
            status=Registration.Status.WAITING,
            queue_number__lt=OuterRef("queue_number"),
        )
        .order_by()
        .values("event")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return registrations.annotate(
        waiting_position=Case(
            When(
                status=Registration.Status.WAITING,
                then=Coalesce(Subquery(ahead, output_field=IntegerField()), 0) + 1,
            ),
            default=None,
            output_field=IntegerField(),
        )
    )


def waiting_position(registration):
    """The registration's number on the waiting list (None when it is not waiting)."""
    registrations = Registration.objects.filter(pk=registration.pk)
    return with_waiting_positions(registrations).values_list("waiting_position", flat=True).get()


def fill_free_places(event, now=None):
    """Promote the first on the waiting list into the free places; call with the event locked.
    Returns the promoted registrations, whose mails are queued. Nobody moves up for an event
    that is off or over."""
    if event.status != EventPage.Status.SCHEDULED or event.has_ended:
        return []
    waiting = event.registrations.filter(status=Registration.Status.WAITING).order_by(
        "queue_number"
    )
    if event.capacity is not None:
        confirmed = event.registrations.filter(status=Registration.Status.CONFIRMED).count()
        waiting = waiting[: max(event.capacity - confirmed, 0)]
    promoted = list(waiting)
    now = now or timezone.now()
    for registration in promoted:
        registration.status = Registration.Status.CONFIRMED
        registration.promoted_at = now
        registration.save(update_fields=["status", "promoted_at"])
        mail_registrant(registration, "promoted")
    return promoted


# Services -------------------------------------------------------------------------------------


def register(event, data, language, now=None):
    """Register `data` (the form's cleaned data) for the event: (registration, Outcome).

    Confirmed while a place is free, otherwise on the waiting list. An address that is
    registered already gets its existing registration back, unchanged; one that had cancelled
    is registered again under the same rule, at the back of the waiting list if it is full.
    The mail is queued with it; an address registered already gets its mail once more, once.
    """
    email = data["email"].strip().lower()
    try:
        with transaction.atomic():
            event = lock_event(event.registration_event)
            now = now or timezone.now()  # taken under the lock, like the number
            if closed_reason(event, now):
                return None, Outcome.CLOSED
            existing = event.registrations.filter(email=email).first()
            if existing and existing.status != Registration.Status.CANCELLED:
                remind(existing, now)
                return existing, Outcome.ALREADY_REGISTERED
            line = line_of(event)
            registration = existing or Registration(event=event, email=email)
            for name in PERSONAL_FIELDS:
                setattr(registration, name, data.get(name, ""))
            registration.consent = bool(data.get("consent"))
            registration.language = language
            has_place = event.capacity is None or line["confirmed"] < event.capacity
            registration.status = (
                Registration.Status.CONFIRMED if has_place else Registration.Status.WAITING
            )
            registration.queue_number = line["last"] + 1
            registration.created_at = now
            registration.promoted_at = None
            registration.cancelled_at = None
            registration.reminded_at = None
            registration.save()
            # The last in line: its position is the number waiting before it, plus one.
            position = None if has_place else line["waiting"] + 1
            mail_registrant(registration, registration.status, position)
    except IntegrityError:
        # The constraint caught a twin that slipped past the lock (only where there is none,
        # as on SQLite): the other one won.
        existing = Registration.objects.get(event=event.registration_event, email=email)
        return existing, Outcome.ALREADY_REGISTERED
    outcome = (
        Outcome.CONFIRMED
        if registration.status == Registration.Status.CONFIRMED
        else Outcome.WAITING
    )
    return registration, outcome


def remind(registration, now):
    """An address registered already registers again: its mail once more (with the waiting
    list number as it is now), the first time only. Call with the event locked."""
    if registration.reminded_at is not None:
        return
    registration.reminded_at = now
    registration.save(update_fields=["reminded_at"])
    position = None
    if registration.status == Registration.Status.WAITING:
        position = waiting_position(registration)
    mail_registrant(registration, registration.status, position)


def cancel(registration, now=None):
    """Cancel a registration and give its place to the first on the waiting list, with their
    mails: (registration, [promoted]). Cancelling twice changes nothing the second time (checked
    under the lock: of ten clicks at once, one cancels and mails)."""
    now = now or timezone.now()
    with transaction.atomic():
        event = lock_event(registration.event)
        registration = event.registrations.get(pk=registration.pk)
        if registration.status == Registration.Status.CANCELLED:
            return registration, []
        registration.status = Registration.Status.CANCELLED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at"])
        mail_registrant(registration, Registration.Status.CANCELLED)
        return registration, fill_free_places(event, now)


def registrations_of(email):
    """Every registration of one e-mail address, for a request to see or delete them."""
    email = email.strip().lower()
    if not email:
        return Registration.objects.none()
    return Registration.objects.filter(email=email).select_related("event").order_by("created_at")


def delete_person(email, now=None):
    """Delete every registration of an address (a registrant's request under the GDPR), event
    by event, giving freed places to the waiting list (and mailing them): (number deleted,
    [promoted])."""
    deleted, promoted = 0, []
    event_ids = set(registrations_of(email).values_list("event_id", flat=True))
    for event in EventPage.objects.filter(pk__in=event_ids):
        with transaction.atomic():
            event = lock_event(event)
            count, _by_model = event.registrations.filter(email=email.strip().lower()).delete()
            deleted += count
            promoted += fill_free_places(event, now)
    return deleted, promoted


# E-mails --------------------------------------------------------------------------------------


# What an event's mail tells as fact comes from the event registrations belong to, not from its
# translation: an English page not yet synchronised after the editor postponed or moved the event
# must not tell English registrants the old status, date or place kind.
FACTS = (
    "status",
    "start_date",
    "start_time",
    "end_date",
    "end_time",
    "starts_at",
    "ends_at",
    "location_kind",
    "online_url",
)


def event_in_language(event, language):
    """The live page of the event in a language (for its texts), with the event's own facts; or
    the event itself."""
    locale = Locale.objects.filter(language_code=language).first()
    if locale and locale.pk != event.locale_id:
        translated = event.get_translation_or_none(locale)
        if translated is not None and translated.live:
            if translated.status != event.status:  # its reason is out of date too
                translated.status_reason = event.status_reason
            for name in FACTS:
                setattr(translated, name, getattr(event, name))
            return translated
    return event


def site_settings():
    return SiteSettings.for_site(Site.objects.filter(is_default_site=True).first())


MAILS = {
    # (template, subject, with the .ics)
    Registration.Status.CONFIRMED: (
        "events/email/confirmation.txt",
        gettext_lazy("Registration confirmed: %(title)s"),
        True,
    ),
    Registration.Status.WAITING: (
        "events/email/waiting_list.txt",
        gettext_lazy("On the waiting list: %(title)s"),
        False,
    ),
    "promoted": (
        "events/email/promoted.txt",
        gettext_lazy("A place for you: %(title)s"),
        True,
    ),
    Registration.Status.CANCELLED: (
        "events/email/cancelled_registration.txt",
        gettext_lazy("Registration cancelled: %(title)s"),
        False,
    ),
    "event_cancelled": (
        "events/email/event_cancelled.txt",
        gettext_lazy("Cancelled: %(title)s"),
        True,
    ),
    "event_postponed": (
        "events/email/event_postponed.txt",
        gettext_lazy("Postponed: %(title)s"),
        True,
    ),
    "event_back_on": (
        "events/email/event_back_on.txt",
        gettext_lazy("Going ahead: %(title)s"),
        True,
    ),
}

# The mail that tells registrants the event is off, per status; its .ics updates (postponed:
# tentative) or removes (cancelled) the entry in their calendar.
STATUS_MAILS = {
    EventPage.Status.CANCELLED: "event_cancelled",
    EventPage.Status.POSTPONED: "event_postponed",
}


def mail_registrant(registration, kind, position=None):
    """Queue the e-mail of `kind` (a key of MAILS) in the current transaction; `position` is the
    waiting list number to tell, as given under the lock."""
    enqueue(send_registration_mail, registration.pk, str(kind), position, new_message_id())


@task()
def send_registration_mail(registration_id, kind, position=None, message_id=None):
    """Render and send a registration's e-mail in the registrant's language. Nothing for a
    registration that is gone or anonymised. Run again (a retry), it sends the same message with
    the same Message-ID."""
    registration = (
        Registration.objects.select_related("event")
        .filter(pk=registration_id, anonymised_at__isnull=True)
        .exclude(email="")
        .first()
    )
    if registration is None:
        return
    template, subject, with_ics = MAILS[kind]
    with translation.override(registration.language):
        event = event_in_language(registration.event, registration.language)
        # A mail queued before the event was postponed or ended offers no calendar entry; the
        # status mail's .ics is what marks the entry tentative or takes it out of the calendar.
        with_ics = with_ics and (kind in STATUS_MAILS.values() or event.offers_calendar)
        org = site_settings()
        context = {
            "registration": registration,
            "event": event,
            "event_url": page_url(event),
            "cancel_url": cancel_url(event, registration),
            "position": position,
            "site_name": org.organisation_name,
            "site_contact_email": org.contact_email,
            "retention_days": settings.EVENTS_REGISTRATION_RETENTION_DAYS,
            "with_ics": with_ics,
        }
        body = render_to_string(template, context)
        subject = subject % {"title": event.title}
        attachments = [(f"{event.slug}.ics", event_ics(event), "text/calendar")] if with_ics else []
    deliver(subject, body, [registration.email], attachments=attachments, message_id=message_id)


def cancel_url(event, registration):
    return page_url(event) + event.reverse_subpage("cancel", kwargs={"token": registration.token})


def event_published(event, now=None):
    """After an editor publishes an event (signals.py): when it is cancelled or postponed, tell
    every registrant once; when it is on again after that, tell those who heard it was off, and
    give any free places (more capacity) to the waiting list."""
    now = now or timezone.now()
    event = event.registration_event
    with transaction.atomic():
        event = lock_event(event)
        registrants = event.registrations.exclude(status=Registration.Status.CANCELLED)
        if event.status in STATUS_MAILS:
            for registration in registrants.exclude(told_status=event.status):
                registration.told_status = event.status
                registration.save(update_fields=["told_status"])
                mail_registrant(registration, STATUS_MAILS[event.status])
            return
        promoted = {registration.pk for registration in fill_free_places(event, now)}
        for registration in registrants.exclude(told_status="").exclude(pk__in=promoted):
            mail_registrant(registration, "event_back_on")  # the promoted have their mail
        event.registrations.exclude(told_status="").update(told_status="")
