"""Events in the Wagtail API: their public fields, never registrations or the link to join."""

import datetime
import json

import pytest

from events.factories import EventPageFactory, RegistrationFactory
from events.models import EventPage, ProgrammeItem
from taxonomy.factories import OrganisationFactory
from tests.support import MONDAY, future_date

EVENTS = "/api/v2/pages/?type=events.EventPage&fields=*"
PUBLIC_FIELDS = {
    "intro",
    "kind",
    "status",
    "status_reason",
    "start_date",
    "start_time",
    "end_date",
    "end_time",
    "starts_at",
    "ends_at",
    "location_kind",
    "venue",
    "address",
    "city",
    "region",
    "organiser",
    "organiser_name",
    "co_organisers",
    "audiences",
    "themes",
    "tags",
    "is_free",
    "cost",
    "cost_note",
    "programme_items",
    "body",
}
SECRET = "geheim-link-123"


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response


@pytest.fixture
def event(event_index, taxa):
    event = EventPageFactory(
        parent=event_index,
        title="Webinar thuiszitterspact",
        kind=EventPage.Kind.WEBINAR,
        start_date=future_date(2, MONDAY),  # upcoming whenever the test runs
        location_kind=EventPage.LocationKind.ONLINE,
        online_url=f"https://meet.example.org/{SECRET}",
        organiser=OrganisationFactory(name="Steunpunt", slug="steunpunt"),
        themes=[taxa["ouders"]],
        audiences=[taxa["ouders-doelgroep"]],
        region=taxa["utrecht"],
        registration_mode=EventPage.RegistrationMode.SITE,
        capacity=50,
        contact_email="organisator@example.nl",
    )
    ProgrammeItem.objects.create(
        page=event, sort_order=0, time=datetime.time(13, 0), title="Welkom", speaker="Dagvoorzitter"
    )
    RegistrationFactory(
        event=event,
        name="Pietje Privé",
        email="pietje.prive@example.nl",
        organisation="Geheime school",
        remarks="Ik ben vegetariër",
    )
    return event


def test_public_fields(client, event):
    [item] = get(client, EVENTS).json()["items"]
    assert set(item) - {"id", "meta", "title"} == PUBLIC_FIELDS
    assert item["kind"] == "webinar"
    assert item["themes"] == [{"slug": "ouderbetrokkenheid", "name": "Ouderbetrokkenheid"}]
    assert item["region"] == {"slug": "utrecht", "name": "Utrecht"}
    assert item["organiser"]["slug"] == "steunpunt"
    [programme_item] = item["programme_items"]
    assert programme_item["title"] == "Welkom"
    assert programme_item["time"] == "13:00:00"
    assert programme_item["speaker"] == "Dagvoorzitter"
    assert item["starts_at"].startswith(f"{event.start_date.isoformat()}T13:00:00")


@pytest.mark.parametrize("url", [EVENTS, "/api/v2/pages/{pk}/", "/api/v2/pages/?fields=*"])
def test_no_registrations_personal_data_or_online_link(client, event, url):
    body = get(client, url.format(pk=event.pk)).content.decode()
    data = json.loads(body)
    assert "registrations" not in body
    for secret in (SECRET, "Pietje", "pietje.prive@example.nl", "Geheime school", "vegetariër"):
        assert secret not in body
    assert "online_url" not in body
    assert "submitter" not in body
    assert data


@pytest.mark.parametrize(
    "field", ["online_url", "registrations", "submitter_email", "capacity", "contact_email"]
)
def test_private_fields_cannot_be_asked_for(client, event, field):
    response = client.get(f"/api/v2/pages/?type=events.EventPage&fields={field}")
    assert response.status_code == 400
    assert SECRET not in response.content.decode()
