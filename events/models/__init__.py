"""The agenda: events with a programme, a status, registration and a calendar entry.

An event's date and time are typed as an editor thinks of them (a start date, optionally a start
time, an end date and time); `starts_at` and `ends_at` are derived from them on save, in
Europe/Amsterdam, so the agenda can sort and filter in the database. An event without a start
time is an all-day event. An event is upcoming until it has ended.

Registrations always belong to the event in the default language (see `registration_event`):
the Dutch and the English page of one event share one list and one capacity.
"""

from .inlines import ProgrammeItem, RelatedExample
from .pages import EventIndexPage, EventPage, EventPageForm, EventTag
from .panels import WHEN_FIELDS, WHERE_PANEL
from .registration import Registration, new_token, next_queue_number
from .registration_state import FEW_PLACES_LEFT, RegistrationStateMixin, card_key, places_key
from .times import EventTimesMixin

__all__ = [
    "FEW_PLACES_LEFT",
    "WHEN_FIELDS",
    "WHERE_PANEL",
    "EventIndexPage",
    "EventPage",
    "EventPageForm",
    "EventTag",
    "EventTimesMixin",
    "ProgrammeItem",
    "Registration",
    "RegistrationStateMixin",
    "RelatedExample",
    "card_key",
    "new_token",
    "next_queue_number",
    "places_key",
]
