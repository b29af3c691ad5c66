"""An event's page: facts, status, programme, links to themes, tags, calendar and examples."""

import datetime
import decimal
import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from events.cards import event_when
from events.factories import EventPageFactory, RegistrationFactory
from events.models import EventPage, ProgrammeItem, RelatedExample
from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory
from taxonomy.factories import OrganisationFactory
from tests.support import MONDAY, THURSDAY, future_date, translate_page


def html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def afternoon(event_index, taxa, theme_index):
    """The seed's knowledge-sharing afternoon, with its programme."""
    steunpunt = OrganisationFactory(name="Steunpunt Passend Onderwijs", slug="steunpunt")
    event = EventPageFactory(
        parent=event_index,
        title="Kennisdelingsbijeenkomst onderwijs en jeugd",
        start_date=future_date(6, THURSDAY),  # upcoming whenever the test runs
        start_time=datetime.time(12, 30),
        end_time=datetime.time(16, 30),
        location_kind=EventPage.LocationKind.TO_FOLLOW,
        venue="",
        address="",
        city="Utrecht",
        organiser=steunpunt,
        co_organisers=[
            OrganisationFactory(name="PO-Raad", slug="po-raad"),
            OrganisationFactory(name="VO-raad", slug="vo-raad"),
        ],
        audiences=[taxa["ouders-doelgroep"]],
        themes=[taxa["terugkeer"]],
        contact_email="steunpunt@example.nl",
        online_url="https://meet.example.org/geheim-123",
    )
    for n, (time, title, speaker) in enumerate(
        [
            (datetime.time(12, 30), "Inloop", ""),
            (datetime.time(13, 0), "Welkom en toelichting programma", "Dagvoorzitter"),
            (datetime.time(16, 15), "Afsluiting en netwerkborrel", ""),
        ]
    ):
        ProgrammeItem.objects.create(
            page=event,
            sort_order=n,
            time=time,
            title=title,
            speaker=speaker,
            description="<p>Met koffie.</p>" if n == 0 else "",
        )
    return event


def test_facts(client, afternoon):
    body = html(client, afternoon)
    assert "<h1>" in body and "Kennisdelingsbijeenkomst onderwijs en jeugd" in body
    assert afternoon.get_kind_display() in body
    assert event_when(afternoon) in body
    assert "Steunpunt Passend Onderwijs" in body
    assert "PO-Raad, VO-raad" in body
    assert "Ouders" in body
    assert 'href="mailto:steunpunt@example.nl"' in body
    assert f'datetime="{afternoon.start_date.isoformat()}T12:30:00+02:00"' in body  # summer time


def test_date_and_programme_in_dutch(client, afternoon):
    with translation.override("nl"):
        day = afternoon.start_date
        assert f"donderdag {day.day} juni {day.year}" in event_when(afternoon)
    body = html(client, afternoon)
    items = re.findall(r'<span class="programme__title">([^<]+)</span>', body)
    assert items == ["Inloop", "Welkom en toelichting programma", "Afsluiting en netwerkborrel"]
    assert "12.30" in body and "16.15" in body
    assert '<ol class="programme">' in body
    assert "Dagvoorzitter" in body and "Met koffie." in body


def test_never_the_link_to_join_online(client, afternoon):
    afternoon.location_kind = EventPage.LocationKind.ONLINE
    afternoon.save()
    assert "geheim-123" not in html(client, afternoon)


def test_themes_link_to_theme_pages_and_tags_to_the_agenda(client, afternoon):
    afternoon.tags.add("verzuim")
    afternoon.save()
    body = html(client, afternoon)
    assert 'href="/themas/terug-naar-onderwijs/">Terug naar onderwijs</a>' in body
    assert 'href="/agenda/?tag=verzuim"' in body


def test_cost(client, afternoon):
    assert "€" not in html(client, afternoon)
    afternoon.is_free = False
    afternoon.cost = decimal.Decimal("25.00")
    afternoon.cost_note = "incl. lunch"
    afternoon.save()
    body = html(client, afternoon)
    assert "€ 25,00" in body
    assert "incl. lunch" in body


@pytest.mark.parametrize("status", [EventPage.Status.CANCELLED, EventPage.Status.POSTPONED])
def test_status_banner_with_reason(client, afternoon, status):
    afternoon.status = status
    afternoon.status_reason = "Vanwege het coronavirus vervallen de bijeenkomsten."
    afternoon.save()
    body = html(client, afternoon)
    assert 'id="status-heading"' in body
    assert "Vanwege het coronavirus vervallen de bijeenkomsten." in body
    badge = "badge--error" if status == EventPage.Status.CANCELLED else "badge--warning"
    assert badge in body


def test_no_status_banner_when_scheduled(client, afternoon):
    assert "event-status" not in html(client, afternoon)


def test_calendar_and_agenda_links(client, afternoon):
    body = html(client, afternoon)
    ical = afternoon.url + afternoon.reverse_subpage("ical")
    assert f'href="{ical}"' in body
    assert 'href="/agenda/"' in body


def test_agenda_links_to_its_feed(client, afternoon):
    body = client.get("/agenda/").content.decode()
    assert 'href="/agenda/ical/"' in body
    assert 'type="text/calendar"' in body
    themed = client.get("/agenda/", {"thema": "terug-naar-onderwijs"}).content.decode()
    assert 'href="/agenda/ical/?thema=terug-naar-onderwijs"' in themed


def test_related_practice_examples(client, afternoon, home_page):
    index = PracticeExampleIndexPageFactory(parent=home_page)
    chosen = PracticeExamplePageFactory(parent=index, title="Ouders aan tafel")
    draft = PracticeExamplePageFactory(parent=index, title="Nog niet gepubliceerd")
    draft.unpublish()
    RelatedExample.objects.create(page=afternoon, example=chosen, sort_order=0)
    RelatedExample.objects.create(page=afternoon, example=draft, sort_order=1)
    body = html(client, afternoon)
    assert 'id="event-examples-heading"' in body
    assert "Ouders aan tafel" in body
    assert "Nog niet gepubliceerd" not in body


def test_an_english_event_shows_only_examples_available_in_english(
    client, afternoon, home_page, home_page_en, locale_en
):
    index = PracticeExampleIndexPageFactory(parent=home_page)
    translated = PracticeExamplePageFactory(parent=index, title="Ouders aan tafel")
    dutch_only = PracticeExamplePageFactory(parent=index, title="Alleen in het Nederlands")
    RelatedExample.objects.create(page=afternoon, example=translated, sort_order=0)
    RelatedExample.objects.create(page=afternoon, example=dutch_only, sort_order=1)
    translate_page(index, locale_en, title="Practice examples")
    translate_page(translated, locale_en, title="Parents at the table")
    english = translate_page(afternoon, locale_en, title="Knowledge afternoon")

    body = html(client, english)
    assert "Parents at the table" in body
    assert "Alleen in het Nederlands" not in body
    assert "Alleen in het Nederlands" in html(client, afternoon)


def test_an_action_week_renders(client, event_index):
    monday = future_date(6, MONDAY)
    week = EventPageFactory(
        parent=event_index,
        kind=EventPage.Kind.ACTION_WEEK,
        start_date=monday,
        end_date=monday + datetime.timedelta(days=4),
        start_time=None,
        end_time=None,
    )
    body = html(client, week)
    with translation.override("nl"):
        assert event_when(week) == (
            f"maandag {monday.day} juni – vrijdag {monday.day + 4} juni {monday.year}"
        )
    assert event_when(week) in body


def test_no_personal_data_of_registrants(client, afternoon):
    afternoon.registration_mode = EventPage.RegistrationMode.SITE
    afternoon.save()
    RegistrationFactory(event=afternoon, name="Jansje Geheimhouder", email="jansje@example.nl")
    body = html(client, afternoon)
    assert "Jansje Geheimhouder" not in body
    assert "jansje@example.nl" not in body


def test_constant_queries(client, afternoon, django_assert_max_num_queries):
    html(client, afternoon)
    with CaptureQueriesContext(connection) as few:
        html(client, afternoon)
    limit = len(few)  # now: the next request empties the query log
    for n in range(10):
        ProgrammeItem.objects.create(
            page=afternoon, sort_order=10 + n, time=datetime.time(17, n), title=f"Onderdeel {n}"
        )
    afternoon.tags.add("een", "twee", "drie")
    afternoon.save()
    html(client, afternoon)  # the caches again, emptied by the save
    with django_assert_max_num_queries(limit):
        html(client, afternoon)


def test_organiser_typed_as_text(client, afternoon):
    """A submitted activity's organiser that is not in the list of organisations is a name."""
    afternoon.organiser = None
    afternoon.organiser_name = "Stichting Nieuw Begin"
    afternoon.co_organisers = []
    afternoon.save_revision().publish()
    facts = re.search(r'<dl class="facts event-facts">.*?</dl>', html(client, afternoon), re.S)
    assert "Stichting Nieuw Begin" in facts.group()


def test_an_event_without_a_place_has_no_empty_where(client, event_index):
    week = EventPageFactory(
        parent=event_index, kind=EventPage.Kind.ACTION_WEEK, venue="", address="", city=""
    )
    assert f"<dt>{translation.gettext('Where')}</dt>" not in html(client, week)


def test_the_programme_is_translated_with_the_event(client, event_index, home_page_en, locale_en):
    from demo.utils import translate

    event = EventPageFactory(
        parent=event_index,
        title="Kennismiddag",
        intro="Een middag over thuiszitten.",
        venue="",
        address="",
        city="Utrecht",
    )
    ProgrammeItem.objects.create(
        page=event, time=datetime.time(12, 30), title="Inloop", speaker="", sort_order=0
    )
    translate(event_index, locale_en, {"Agenda": "Events"})
    english = translate(
        event,
        locale_en,
        {
            "Kennismiddag": "Knowledge afternoon",
            "Een middag over thuiszitten.": "An afternoon on children out of school.",
            "Utrecht": "Utrecht",
            "Inloop": "Walk-in",
        },
    )

    assert [item.title for item in english.programme_items.all()] == ["Walk-in"]
    assert english.programme_items.get().locale == locale_en
    assert "Walk-in" in html(client, english)
    assert [item.title for item in event.programme_items.all()] == ["Inloop"]
