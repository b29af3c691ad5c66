"""The event's derived times, validation and registration state, which every view relies on."""

import datetime

import pytest

from django.core.exceptions import ValidationError
from django.utils import timezone

from events.factories import EventPageFactory, RegistrationFactory
from events.models import EventPage, Registration
from tests.support import THURSDAY, future_date

State = EventPage.RegistrationState
AMSTERDAM = timezone.get_default_timezone()
# An upcoming date (a fixed one would turn into a past one some day).
START = future_date(1, THURSDAY)


def local(*args):
    return timezone.make_aware(datetime.datetime(*args), AMSTERDAM)


@pytest.mark.django_db
class TestTimes:
    def test_timed_event_in_amsterdam_time(self, event_index):
        event = EventPageFactory(
            parent=event_index,
            start_date=datetime.date(2019, 6, 6),
            start_time=datetime.time(12, 30),
            end_time=datetime.time(16, 15),
        )
        assert event.starts_at == local(2019, 6, 6, 12, 30)
        assert event.ends_at == local(2019, 6, 6, 16, 15)
        assert event.starts_at.astimezone(datetime.UTC).hour == 10  # summer time, UTC+2

    def test_all_day_multi_day_event_runs_to_the_end_of_its_last_day(self, event_index):
        week = EventPageFactory(
            parent=event_index,
            start_date=datetime.date(2019, 6, 3),
            start_time=None,
            end_time=None,
            end_date=datetime.date(2019, 6, 7),
        )
        assert week.all_day and week.is_multi_day
        assert week.starts_at == local(2019, 6, 3, 0, 0)
        assert week.ends_at == local(2019, 6, 8, 0, 0)

    def test_event_is_upcoming_until_it_has_ended(self, event_index):
        today = timezone.localdate()
        event = EventPageFactory(
            parent=event_index, start_date=today, start_time=None, end_time=None
        )
        assert not event.has_ended


@pytest.mark.django_db
class TestValidation:
    def make(self, **fields):
        values = {
            "title": "Bijeenkomst",
            "slug": "bijeenkomst",
            "start_date": START,
            "start_time": datetime.time(13, 0),
            "end_time": datetime.time(16, 0),
        }
        values.update(fields)
        return EventPage(**values)

    @pytest.mark.parametrize(
        ("fields", "field"),
        [
            ({"end_date": START - datetime.timedelta(days=1)}, "end_date"),
            ({"end_time": datetime.time(12, 0)}, "end_time"),
            ({"start_time": None}, "start_time"),
            ({"status": EventPage.Status.CANCELLED}, "status_reason"),
            ({"registration_mode": EventPage.RegistrationMode.EXTERNAL}, "registration_url"),
        ],
    )
    def test_inconsistent_event_is_refused_with_a_message(self, fields, field):
        with pytest.raises(ValidationError) as error:
            self.make(**fields).clean()
        assert field in error.value.message_dict

    def test_consistent_event_passes(self):
        self.make(end_date=START + datetime.timedelta(days=1), end_time=datetime.time(9, 0)).clean()


@pytest.mark.django_db
class TestRegistrationState:
    def event(self, event_index, **fields):
        fields.setdefault("registration_mode", EventPage.RegistrationMode.SITE)
        return EventPageFactory(parent=event_index, **fields)

    def test_states_follow_capacity(self, event_index):
        event = self.event(event_index, capacity=7)
        assert event.registration_state() == State.OPEN
        RegistrationFactory.create_batch(2, event=event)
        assert event.registration_state() == State.FEW_LEFT
        RegistrationFactory.create_batch(5, event=event)
        assert event.places_left() == 0
        assert event.registration_state() == State.WAITING_LIST
        RegistrationFactory(event=event, status=Registration.Status.WAITING)
        assert event.places_left() == 0

    def test_closed_by_deadline_status_or_editor(self, event_index):
        past = timezone.now() - datetime.timedelta(hours=1)
        assert self.event(event_index, registration_deadline=past).registration_state() == (
            State.CLOSED
        )
        cancelled = self.event(
            event_index, status=EventPage.Status.CANCELLED, status_reason="Corona"
        )
        assert cancelled.registration_state() == State.CANCELLED
        assert self.event(event_index, registration_closed=True).registration_state() == (
            State.CLOSED
        )

    def test_without_registration_or_elsewhere(self, event_index):
        assert self.event(
            event_index, registration_mode=EventPage.RegistrationMode.NONE
        ).registration_state() == (State.NONE)
        external = self.event(
            event_index,
            registration_mode=EventPage.RegistrationMode.EXTERNAL,
            registration_url="https://example.nl/aanmelden",
        )
        assert external.registration_state() == State.EXTERNAL

    def test_publishing_raises_the_calendar_sequence(self, event_index):
        event = self.event(event_index)
        before = event.sequence
        event.title = "Nieuwe titel"
        event.save_revision().publish()
        event.refresh_from_db()
        assert event.sequence == before + 1
