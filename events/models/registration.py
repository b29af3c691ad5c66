"""A person's registration for an event (the rules that give places: events/registration.py)."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .pages import EventPage


def new_token():
    return secrets.token_urlsafe(24)


class Registration(models.Model):
    """One person's registration for one event: personal data, never shown publicly, anonymised
    RETENTION days after the event (management command anonymise_registrations).

    At most one per e-mail address per event (the database enforces it); the e-mail address is
    stored in lower case. Anonymised rows keep their status and attendance for statistics.
    """

    # Not content: Wagtail's reference index ("usage" of pages) gains nothing from it, and would
    # queue a background task for every save (a rush of registrations or votes).
    wagtail_reference_index_ignore = True

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", pgettext_lazy("registration status", "Cancelled")

    event = models.ForeignKey(
        EventPage,
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"), max_length=254)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    role = models.CharField(_("role"), max_length=200, blank=True)
    remarks = models.TextField(_("remarks"), blank=True, max_length=2000)
    consent = models.BooleanField(_("consent"), default=False)
    language = models.CharField(_("language"), max_length=10, default=settings.LANGUAGE_CODE)

    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.CONFIRMED
    )
    created_at = models.DateTimeField(_("registered at"), default=timezone.now, db_index=True)
    # The registration's place in the event's line: the highest so far + 1, given under the
    # event's row lock (events/registration.py), so the waiting list is in the order in which
    # registrations got the lock. Registering again after cancelling takes a new number.
    queue_number = models.PositiveIntegerField(_("number in line"), editable=False)
    promoted_at = models.DateTimeField(
        _("promoted from the waiting list at"), null=True, blank=True
    )
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)
    # The event status (cancelled or postponed) this registrant was last told about
    # (events/registration.py): a second publication of the same status does not tell them
    # again, and when the event is back on they hear that too. Kept here, not on the page,
    # because publishing a revision would write an old value back onto the page.
    told_status = models.CharField(
        max_length=20, blank=True, editable=False, choices=EventPage.Status.choices
    )
    # When this address, already registered, registered again and was sent its mail once more:
    # a repeated registration gets that one reminder, never more.
    reminded_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["queue_number", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~Q(email=""),
                name="events_registration_one_per_email",
            ),
            models.UniqueConstraint(
                fields=["event", "queue_number"], name="events_registration_one_per_number"
            ),
        ]
        indexes = [models.Index(fields=["event", "status", "queue_number"])]

    def __str__(self):
        return f"{self.name} ({self.get_status_display()})"

    def save(self, *args, **kwargs):
        # register() numbers under the event's lock; this is for rows made another way (tests,
        # fixtures), at the back of the line.
        if self.queue_number is None:
            self.queue_number = next_queue_number(self.event_id)
        super().save(*args, **kwargs)


def next_queue_number(event_id):
    last = Registration.objects.filter(event_id=event_id).aggregate(last=models.Max("queue_number"))
    return (last["last"] or 0) + 1
