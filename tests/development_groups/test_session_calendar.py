"""A session's page offers "Add to your calendar" as the event page does: only while the session
is still ahead as planned (EventPage.offers_calendar), never once it is cancelled, postponed or
over."""

import datetime

import pytest

from django.utils import timezone

from development_groups.factories import DevelopmentSessionPageFactory

ADD_TO_CALENDAR = "Zet in uw agenda"

OFFERED = {  # the session: whether its page offers the calendar
    "upcoming": True,
    "cancelled": False,
    "postponed": False,
    "past": False,
}


def make_session(group, state):
    today = timezone.localdate()
    fields = {"title": f"Bijeenkomst {state}", "start_date": today + datetime.timedelta(days=14)}
    if state == "past":
        fields["start_date"] = today - datetime.timedelta(days=3)
    elif state in ("cancelled", "postponed"):
        fields["status"] = state
        fields["status_reason"] = "De gespreksleider is ziek."
    return DevelopmentSessionPageFactory(parent=group, **fields)


@pytest.mark.django_db
@pytest.mark.parametrize("state", list(OFFERED))
def test_the_session_page_offers_the_calendar_only_while_the_session_is_ahead(client, group, state):
    session = make_session(group, state)
    assert session.off_or_over_state() == (None if state == "upcoming" else state)
    assert session.offers_calendar is OFFERED[state]

    response = client.get(session.url)

    assert response.status_code == 200
    body = response.content.decode()
    assert (ADD_TO_CALENDAR in body) is OFFERED[state]
    assert (session.reverse_subpage("ical") in body) is OFFERED[state]
