"""One event in each state, as the page, the card, the mails and the calendar show it: open,
full with a waiting list, closed, past, postponed, cancelled. What may be offered comes from
EventPage.registration_state alone; postponed, cancelled and past events offer neither a
calendar entry nor registration."""

import datetime

import pytest

from django.utils import timezone

from events import registration as service
from events.cards import prepare_cards
from events.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from events.models import EventPage, Registration

State = EventPage.RegistrationState
ADD_TO_CALENDAR = "Zet in uw agenda"


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


def make(event_index, state):
    fields = {
        "title": f"Bijeenkomst {state}",
        "registration_mode": EventPage.RegistrationMode.SITE,
        "capacity": 20,
        "start_date": days(20),
    }
    if state == "closed":
        fields["registration_deadline"] = timezone.now() - datetime.timedelta(hours=1)
    elif state == "past":
        fields["start_date"] = days(-3)
    elif state in ("postponed", "cancelled"):
        fields["status"] = state
        fields["status_reason"] = "De spreker is ziek."
    event = EventPageFactory(parent=event_index, **fields)
    if state == "waiting_list":
        RegistrationFactory.create_batch(20, event=event)
    return event


OFFERED = {  # state: (a calendar entry, registration)
    "open": (True, True),
    "waiting_list": (True, True),
    "closed": (True, False),
    "past": (False, False),
    "postponed": (False, False),
    "cancelled": (False, False),
}


@pytest.mark.django_db
@pytest.mark.parametrize("state", list(OFFERED))
class TestEachState:
    def test_the_model_says_the_state_and_whether_to_offer_the_calendar(self, event_index, state):
        event = make(event_index, state)
        assert event.registration_state() == state
        assert event.offers_calendar is OFFERED[state][0]

    def test_the_page_offers_only_what_the_state_allows(self, client, event_index, state):
        event = make(event_index, state)
        html = client.get(event.url).content.decode()
        calendar, registration = OFFERED[state]
        assert (ADD_TO_CALENDAR in html) is calendar
        assert (event.reverse_subpage("ical") in html) is calendar
        assert (event.reverse_subpage("register") in html) is registration
        assert f"registration-box--{state}" in html
        if state == "past":
            assert "Deze bijeenkomst heeft al plaatsgevonden." in html

    def test_the_card_shows_a_registration_state_only_while_one_can_act(self, event_index, state):
        event = make(event_index, state)
        (card,) = prepare_cards([event])
        expected = None if state in ("past", "postponed", "cancelled") else state
        assert card.card_state == expected

    def test_a_confirmation_mail_offers_the_calendar_only_while_the_event_is_ahead(
        self, event_index, state, mailoutbox
    ):
        event = make(event_index, state)
        registration = RegistrationFactory(event=event)
        service.send_registration_mail.call(registration.pk, Registration.Status.CONFIRMED)
        (mail,) = mailoutbox
        calendar = OFFERED[state][0]
        assert bool(mail.attachments) is calendar
        assert ("in uw agenda" in mail.body) is calendar


@pytest.mark.django_db
def test_the_cancellation_mail_still_takes_the_event_out_of_the_calendar(event_index, mailoutbox):
    event = make(event_index, "cancelled")
    registration = RegistrationFactory(event=event)
    service.send_registration_mail.call(registration.pk, "event_cancelled")
    (mail,) = mailoutbox
    assert b"STATUS:CANCELLED" in mail.attachments[0][1].encode()


@pytest.mark.django_db
def test_an_action_week_that_took_place_offers_no_calendar_for_its_activities(client, event_index):
    week = EventPageFactory(
        parent=event_index,
        kind=EventPage.Kind.ACTION_WEEK,
        start_date=days(-10),
        end_date=days(-6),
        start_time=None,
        end_time=None,
    )
    html = client.get(week.url).content.decode()
    assert week.reverse_subpage("ical") not in html


@pytest.mark.django_db
@pytest.mark.parametrize(("capacity", "speaks_of_a_waiting_list"), [(20, True), (None, False)])
def test_the_cancel_page_and_mail_speak_of_a_waiting_list_only_when_the_event_has_one(
    client, event_index, mailoutbox, capacity, speaks_of_a_waiting_list
):
    event = make(event_index, "open")
    event.capacity = capacity
    event.save()
    registration = RegistrationFactory(event=event)
    url = event.url + event.reverse_subpage("cancel", kwargs={"token": registration.token})
    html = client.get(url).content.decode()
    assert "Wilt u zich afmelden voor" in html
    assert ("wachtlijst" in html) is speaks_of_a_waiting_list
    service.send_registration_mail.call(registration.pk, Registration.Status.CONFIRMED)
    (mail,) = mailoutbox
    assert registration.token in mail.body
    assert ("wachtlijst" in mail.body) is speaks_of_a_waiting_list


@pytest.mark.django_db
def test_the_privacy_statement_form_and_mail_name_the_retention_setting(
    client, settings, mailoutbox
):
    """One retention period in every text: the setting (not 90, so a fixed text would show)."""
    import home.demo
    import taxonomy.demo
    from demo.utils import DemoContext
    from home.models import StandardPage

    settings.EVENTS_REGISTRATION_RETENTION_DAYS = 45
    said = "45 dagen na de bijeenkomst"
    context = DemoContext.create()
    for module in (home.demo, taxonomy.demo):
        module.load(context)
    statement = StandardPage.objects.get(slug="privacyverklaring", locale__language_code="nl")
    html = client.get(statement.url).content.decode()
    assert said in html and "een jaar" not in html

    event = make(EventIndexPageFactory(parent=statement.get_parent()), "open")
    form = client.get(event.url + event.reverse_subpage("register")).content.decode()
    assert said in form
    registration = RegistrationFactory(event=event)
    service.send_registration_mail.call(registration.pk, Registration.Status.CONFIRMED)
    (mail,) = mailoutbox
    assert said in mail.body
