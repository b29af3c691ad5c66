"""Registrations hold personal data: it appears on no public page, feed, search result, API
response or sitemap, and is anonymised a configurable number of days after the event."""

import datetime
from io import StringIO

import pytest

from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from events.factories import EventPageFactory, RegistrationFactory
from events.models import EventPage, Registration

NAME = "Zwaantje Privégegeven"
EMAIL = "zwaantje.prive@geheim.example"
ORGANISATION = "Geheime Organisatie BV"


@pytest.fixture
def event(event_index):
    event = EventPageFactory(
        parent=event_index,
        title="Netwerkbijeenkomst",
        registration_mode=EventPage.RegistrationMode.SITE,
        capacity=1,
    )
    RegistrationFactory(event=event, name=NAME, email=EMAIL, organisation=ORGANISATION)
    RegistrationFactory(
        event=event,
        name=NAME + " Twee",
        email="twee." + EMAIL,
        organisation=ORGANISATION,
        status=Registration.Status.WAITING,
    )
    return event


def assert_no_personal_data(response, echo=""):
    """No registrant's data in the response; `echo` is the search query the page repeats."""
    assert response.status_code == 200, response.request
    text = (
        response.content.decode().lower().replace(echo.lower(), "")
        if echo
        else response.content.decode()
    )
    for secret in (NAME, EMAIL, ORGANISATION, "zwaantje", "geheim.example"):
        assert secret.lower() not in text.lower()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "{event}",
        "{event}aanmelden/",
        "{index}",
        "{index}?verleden=1",
        "{index}ical/",
        "{event}ical/",
        "/zoeken/?q=Zwaantje",
        "/zoeken/?q=Netwerkbijeenkomst",
        "/api/v2/pages/?type=events.EventPage&fields=*",
        "/api/v2/pages/{pk}/",
        "/sitemap.xml",
    ],
)
def test_no_public_address_shows_registrants(client, event, event_index, url):
    url = url.format(event=event.url, index=event_index.url, pk=event.pk)
    echo = url.partition("?q=")[2]
    assert_no_personal_data(client.get(url), echo)


def ended(event, days_ago):
    EventPage.objects.filter(pk=event.pk).update(
        ends_at=timezone.now() - datetime.timedelta(days=days_ago)
    )


def run(*args):
    out = StringIO()
    call_command("anonymise_registrations", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
class TestAnonymise:
    def test_registrations_of_events_long_over_are_blanked(self, event, event_index):
        recent = EventPageFactory(parent=event_index, registration_mode="site")
        kept = RegistrationFactory(event=recent, remarks="Glutenvrij")
        ended(event, 91)
        ended(recent, 89)

        output = run()

        assert "2" in output
        for registration in event.registrations.all():
            assert registration.name == registration.email == ""
            assert registration.organisation == registration.role == registration.remarks == ""
            assert registration.anonymised_at is not None
        assert set(event.registrations.values_list("status", flat=True)) == {
            Registration.Status.CONFIRMED,
            Registration.Status.WAITING,
        }  # the figures stay
        kept.refresh_from_db()
        assert kept.anonymised_at is None and kept.remarks == "Glutenvrij"

    def test_it_is_idempotent(self, event):
        ended(event, 100)
        run()
        first = list(event.registrations.values_list("anonymised_at", flat=True))

        output = run()

        assert " 0 " in output
        assert list(event.registrations.values_list("anonymised_at", flat=True)) == first

    def test_days_come_from_the_option_or_the_setting(self, event):
        ended(event, 10)
        with override_settings(EVENTS_REGISTRATION_RETENTION_DAYS=30):
            run()
            assert not event.registrations.filter(anonymised_at__isnull=False).exists()
        run("--days", "5")
        assert not event.registrations.filter(anonymised_at__isnull=True).exists()

    def test_upcoming_events_are_never_touched(self, event):
        run("--days", "0")
        assert not event.registrations.filter(anonymised_at__isnull=False).exists()

    def test_a_negative_number_is_refused(self):
        from django.core.management import CommandError

        with pytest.raises(CommandError):
            run("--days", "-1")


@pytest.mark.django_db
def test_submitters_of_activities_long_over_are_forgotten(event_index):
    week = EventPageFactory(parent=event_index, kind=EventPage.Kind.ACTION_WEEK)
    old, recent = (
        EventPageFactory(
            parent=week,
            kind=EventPage.Kind.ACTIVITY,
            submitter_name="Fatima el Amrani",
            submitter_email="fatima@example.nl",
        )
        for _ in range(2)
    )
    old.save_revision().publish()
    ended(old, 91)
    ended(recent, 89)

    assert "1 activity submitter" in run()

    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.submitter_name == old.submitter_email == ""
    assert recent.submitter_email == "fatima@example.nl"
    for revision in old.revisions.all():
        assert "fatima" not in str(revision.content).lower()


@pytest.mark.django_db
def test_the_admin_history_forgets_anonymised_registrants(event):
    from wagtail.log_actions import log

    registration = event.registrations.first()
    log(registration, "wagtail.edit")
    ended(event, 91)

    run()

    from wagtail.models import ModelLogEntry

    labels = ModelLogEntry.objects.filter(object_id=str(registration.pk)).values_list(
        "label", flat=True
    )
    assert labels and registration.name not in labels[0]
