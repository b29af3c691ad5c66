"""The registration state of an event: what a visitor can do now (register, join the waiting
list, nothing), computed from the event's status, time, registration settings and places left.
A mixin of EventPage (pages.py), whose fields it reads."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import page_cache
from core.localization import in_default_locale

FEW_PLACES_LEFT = 5  # "nog enkele plaatsen" from this many free places down


def places_key(translation_key):
    """The page cache's version key for an event's places (core/page_cache.py): raised when a
    registration of the event changes (events/signals.py); a page that shows how many places are
    left, or the registration state that follows from it, depends on it. By translation key, as
    the Dutch and the English page share one list of registrations."""
    return f"event-places:{translation_key}"


def card_key(translation_key):
    """The page cache's version key for what an event's card shows of its registrations: the
    registration state and, with few places left, their number (`card_registration`). Raised
    only when that changes (events/signals.py), so a registration that leaves an event open
    renders the event's own page afresh, not every listing that shows its card."""
    return f"event-card:{translation_key}"


class RegistrationStateMixin:
    """The registration side of an event page: which page holds its registrations, whether
    registration is closed, the places left and the `RegistrationState`."""

    class RegistrationState(models.TextChoices):
        """The state an event is in for a visitor, and so what they can do now; computed, never
        stored. The first three say the event is off or over: nothing is offered then."""

        CANCELLED = "cancelled", _("Cancelled")
        POSTPONED = "postponed", _("Postponed")
        PAST = "past", _("Took place")
        NONE = "none", _("No registration needed")
        OPEN = "open", _("Registration open")
        FEW_LEFT = "few_left", _("Few places left")
        WAITING_LIST = "waiting_list", _("Full: waiting list")
        CLOSED = "closed", _("Registration closed")
        EXTERNAL = "external", _("Registration elsewhere")

    OFF_OR_OVER = frozenset(
        {RegistrationState.CANCELLED, RegistrationState.POSTPONED, RegistrationState.PAST}
    )

    @property
    def registration_event(self):
        """The page that holds the registrations: this event in the default language."""
        return in_default_locale(self)

    def registration_closes_at(self):
        return self.registration_deadline or self.starts_at

    def registration_is_closed(self, now=None):
        now = now or timezone.now()
        return (
            self.registration_closed
            or self.status != self.Status.SCHEDULED
            or self.registration_closes_at() <= now
        )

    def confirmed_count(self):
        from .registration import Registration  # which imports pages.py, which imports this

        page_cache.depends_on(places_key(self.translation_key))
        return self.registration_event.registrations.filter(
            status=Registration.Status.CONFIRMED
        ).count()

    def places_left(self, confirmed=None):
        """Free places, or None when there is no limit."""
        if self.capacity is None:
            return None
        if confirmed is None:
            confirmed = self.confirmed_count()
        return max(self.capacity - confirmed, 0)

    def off_or_over_state(self, now=None):
        """CANCELLED, POSTPONED or PAST when the event is off or over, else None. No query."""
        states = self.RegistrationState
        if self.status == self.Status.CANCELLED:
            return states.CANCELLED
        if self.status == self.Status.POSTPONED:
            return states.POSTPONED
        if self.ends_at <= (now or timezone.now()):
            return states.PAST
        return None

    @property
    def offers_calendar(self):
        """Whether pages and cards offer "Add to your calendar": only for an event still ahead
        as planned, never for one that is postponed, cancelled or over."""
        return self.off_or_over_state() is None

    @property
    def has_waiting_list(self):
        """Registration on this site with a limited number of places: when they are taken,
        people join a waiting list and a freed place goes to the first on it."""
        return self.registration_mode == self.RegistrationMode.SITE and self.capacity is not None

    def registration_state(self, confirmed=None, now=None):
        """The one place that says which state the event is in for a visitor (a
        RegistrationState) and so what the page, the cards and the mails may offer.
        `confirmed` may be passed in by a listing that counted the registrations of many
        events in one query."""
        off_or_over = self.off_or_over_state(now)
        if off_or_over is not None:
            return off_or_over
        mode = self.registration_mode
        if mode == self.RegistrationMode.NONE:
            return self.RegistrationState.NONE
        if self.registration_is_closed(now):
            return self.RegistrationState.CLOSED
        if mode == self.RegistrationMode.EXTERNAL:
            return self.RegistrationState.EXTERNAL
        left = self.places_left(confirmed)
        if left is None:
            return self.RegistrationState.OPEN
        if left == 0:
            return self.RegistrationState.WAITING_LIST
        if left <= FEW_PLACES_LEFT:
            return self.RegistrationState.FEW_LEFT
        return self.RegistrationState.OPEN

    def card_registration(self, confirmed=None):
        """What a card shows of the registration: (state, places left when few are), the state
        None when there is nothing to say (off, over, or no registration)."""
        state = self.registration_state(confirmed=confirmed)
        if state in self.OFF_OR_OVER or state == self.RegistrationState.NONE:
            return None, None
        if state == self.RegistrationState.FEW_LEFT:
            return state, self.places_left(confirmed)
        return state, None
