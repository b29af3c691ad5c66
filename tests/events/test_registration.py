"""Registration on the site: the form, capacity and waiting list, cancelling with the e-mailed
link, the e-mails (with the event as .ics), a cancelled event, and the registration box."""

import datetime

import icalendar
import pytest

from django.contrib.sessions.models import Session
from django.core import signing
from django.core.cache import cache
from django.db import transaction
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext

from core.links import page_url
from core.mail import queue_email
from events import registration as service
from events import registration_views
from events.factories import EventPageFactory, RegistrationFactory
from events.forms import NAME_MAX
from events.models import EventPage, Registration
from events.registration import REGISTRATIONS_PER_HOUR, Outcome
from tests.support import registration_data, registration_url, translate_page

Status = Registration.Status
ONLINE_URL = "https://meet.example.nl/geheime-kamer"


@pytest.fixture(autouse=True)
def empty_cache():
    """The rate limit counts in the cache; every test starts with a clean slate."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def event(event_index):
    return EventPageFactory(
        parent=event_index,
        title="Kennisdeelmiddag thuiszitters",
        slug="kennisdeelmiddag",
        registration_mode=EventPage.RegistrationMode.SITE,
        capacity=2,
    )


@pytest.fixture
def send(client, django_capture_on_commit_callbacks):
    """A request through the test client whose e-mails are sent (they wait for the commit)."""

    def send(method, url, data=None):
        with django_capture_on_commit_callbacks(execute=True):
            return getattr(client, method)(url, data or {})

    return send


def cancel_url(page, token):
    return page.url + page.reverse_subpage("cancel", kwargs={"token": token})


def ics_events(mail):
    """The VEVENTs of the .ics attachments of a mail."""
    events = []
    for filename, content, mimetype in mail.attachments:
        assert filename.endswith(".ics")
        assert mimetype.startswith("text/calendar")
        events += icalendar.Calendar.from_ical(content).walk("VEVENT")
    return events


def fill(event, count, status=Status.CONFIRMED):
    return [RegistrationFactory(event=event, status=status) for _ in range(count)]


@pytest.mark.django_db
class TestForm:
    def test_the_form_renders(self, client, event):
        response = client.get(registration_url(event))

        assert response.status_code == 200
        html = response.content.decode()
        for name in ("name", "email", "organisation", "role", "remarks", "consent", "website"):
            assert f'name="{name}"' in html
        assert 'id="error-summary"' not in html

    def test_a_registration_is_confirmed_and_mailed_with_the_event(
        self, send, client, event, mailoutbox
    ):
        response = send("post", registration_url(event), registration_data())

        assert response.status_code == 302
        assert response["Location"] == registration_url(event) + "?verzonden=1"
        registration = Registration.objects.get()
        assert registration.event_id == event.pk
        assert registration.status == Status.CONFIRMED
        assert registration.email == "fatima@swv-utrecht.example"
        assert registration.consent and registration.language == "nl"
        assert registration.remarks == "Vegetarisch graag."

        assert len(mailoutbox) == 1
        mail = mailoutbox[0]
        assert mail.to == ["fatima@swv-utrecht.example"]
        assert event.title in mail.subject
        assert "Fatima el Amrani" in mail.body
        assert page_url(event) + f"afmelden/{registration.token}/" in mail.body
        (vevent,) = ics_events(mail)
        assert str(vevent["SUMMARY"]) == event.title

        result = client.get(response["Location"])
        assert result.status_code == 200
        assert 'data-outcome="confirmed"' in result.content.decode()

    def test_a_full_event_puts_people_on_the_waiting_list_in_order(
        self, send, client, event, mailoutbox
    ):
        fill(event, 2)
        send("post", registration_url(event), registration_data(email="een@example.nl"))
        response = send("post", registration_url(event), registration_data(email="twee@example.nl"))

        waiting = Registration.objects.filter(status=Status.WAITING).order_by("created_at")
        assert [r.email for r in waiting] == ["een@example.nl", "twee@example.nl"]
        assert event.confirmed_count() == 2

        result = client.get(response["Location"])
        assert 'data-outcome="waiting"' in result.content.decode()
        assert result.context["position"] == 2
        assert mailoutbox[-1].attachments == []  # no calendar entry without a place
        assert page_url(event) + "afmelden/" in mailoutbox[-1].body

    def test_an_online_event_sends_its_link_only_to_confirmed_registrants(
        self, send, client, event, mailoutbox
    ):
        event.location_kind = EventPage.LocationKind.ONLINE
        event.online_url = ONLINE_URL
        event.capacity = 1
        event.save_revision().publish()

        send("post", registration_url(event), registration_data(email="een@example.nl"))
        send("post", registration_url(event), registration_data(email="twee@example.nl"))

        confirmed, waiting = mailoutbox
        assert ONLINE_URL in confirmed.body
        assert ONLINE_URL not in waiting.body
        assert ONLINE_URL not in client.get(registration_url(event)).content.decode()

    def test_the_same_address_again_gives_one_registration_and_one_reminder(
        self, send, client, event, mailoutbox
    ):
        send("post", registration_url(event), registration_data())
        for _again in range(3):
            response = send(
                "post",
                registration_url(event),
                registration_data(email="FATIMA@swv-utrecht.example", name="X"),
            )

        registration = Registration.objects.get()
        assert registration.name == "Fatima el Amrani"  # nothing overwritten
        result = client.get(response["Location"])
        assert 'data-outcome="already_registered"' in result.content.decode()
        # The confirmation, then once more (with its cancel link) as a reminder; never again.
        assert len(mailoutbox) == 2
        assert mailoutbox[0].subject == mailoutbox[1].subject
        assert registration.token in mailoutbox[1].body
        assert registration.reminded_at is not None

    def test_a_repeated_registration_on_the_waiting_list_is_reminded_of_its_number(
        self, send, client, event, mailoutbox
    ):
        fill(event, 2)
        send("post", registration_url(event), registration_data(email="een@example.nl"))
        send("post", registration_url(event), registration_data(email="twee@example.nl"))
        response = send("post", registration_url(event), registration_data(email="twee@example.nl"))

        assert [mail.to for mail in mailoutbox] == [["een@example.nl"], ["twee@example.nl"]] + [
            ["twee@example.nl"]
        ]
        assert "op nummer 2." in mailoutbox[1].body and "op nummer 2." in mailoutbox[2].body
        assert client.get(response["Location"]).context["position"] == 2

    def test_the_mail_links_to_the_public_address_and_has_a_message_id(
        self, send, event, mailoutbox, settings
    ):
        settings.BASE_URL = "https://kennisbank.example.nl"

        send("post", registration_url(event), registration_data())

        (mail,) = mailoutbox
        registration = Registration.objects.get()
        cancel = f"https://kennisbank.example.nl{event.url}afmelden/{registration.token}/"
        assert cancel in mail.body
        assert "localhost" not in mail.body
        (vevent,) = ics_events(mail)
        assert str(vevent["URL"]) == f"https://kennisbank.example.nl{event.url}"
        assert mail.extra_headers["Message-ID"].endswith("@kennisbank.example.nl>")

    def test_nothing_is_mailed_for_what_rolls_back(
        self, event, mailoutbox, django_capture_on_commit_callbacks
    ):
        with (
            django_capture_on_commit_callbacks(execute=True),
            pytest.raises(RuntimeError),
            transaction.atomic(),
        ):
            service.register(event, registration_data(), "nl")
            queue_email("Bericht", "Tekst", ["iemand@example.nl"])
            raise RuntimeError("something after it failed")

        assert not Registration.objects.exists()
        assert mailoutbox == []

    def test_errors_keep_what_was_typed_and_store_nothing(self, send, event, mailoutbox):
        response = send(
            "post",
            registration_url(event),
            registration_data(email="geen-adres", consent="", name="x" * (NAME_MAX + 1)),
        )

        assert response.status_code == 200
        assert set(response.context["form"].errors) == {"email", "consent", "name"}
        assert str(NAME_MAX) in response.context["form"].errors["name"][0]
        html = response.content.decode()
        assert 'id="error-summary"' in html
        assert 'href="#id_consent"' in html
        assert "Vegetarisch graag." in html
        assert not Registration.objects.exists()
        assert mailoutbox == []

    def test_script_and_control_characters_stay_text(self, send, event, mailoutbox):
        script = "<script>alert(1)</script>"
        send(
            "post", registration_url(event), registration_data(name=script + "\x00", remarks=script)
        )

        registration = Registration.objects.get()
        assert registration.name == script
        assert script in mailoutbox[0].body
        assert not getattr(mailoutbox[0], "alternatives", None)

    def test_a_filled_honeypot_looks_like_success_and_stores_nothing(
        self, send, client, event, mailoutbox
    ):
        response = send(
            "post", registration_url(event), registration_data(website="http://spam.example")
        )

        assert response.status_code == 302
        assert not Registration.objects.exists()
        assert mailoutbox == []
        result = client.get(response["Location"])
        assert result.status_code == 200
        assert 'id="registration-result"' in result.content.decode()

    def test_the_rate_limit_answers_429_and_keeps_the_form(self, send, event):
        for number in range(REGISTRATIONS_PER_HOUR):
            send("post", registration_url(event), registration_data(email=f"p{number}@example.nl"))
        response = send("post", registration_url(event), registration_data(email="laat@example.nl"))

        assert response.status_code == 429
        assert 'value="laat@example.nl"' in response.content.decode()
        assert not Registration.objects.filter(email="laat@example.nl").exists()

    def test_the_english_page_registers_on_the_dutch_event(
        self, send, event, locale_en, home_page_en, mailoutbox
    ):
        english = translate_page(event, locale_en, title="Knowledge afternoon")

        send("post", registration_url(english), registration_data())

        registration = Registration.objects.get()
        assert registration.event_id == event.pk
        assert registration.language == "en"
        assert "Knowledge afternoon" in mailoutbox[0].subject
        assert page_url(english) + "afmelden/" in mailoutbox[0].body


@pytest.mark.django_db
class TestOutcomePage:
    """The page after sending shows this visitor's outcome from a signed cookie of its own: a
    registration writes no session, and the page never comes from the page cache."""

    def test_a_registration_writes_no_session_and_remembers_its_outcome_signed(self, client, event):
        response = client.post(registration_url(event), registration_data())

        assert response.status_code == 302
        assert "sessionid" not in response.cookies
        assert not Session.objects.exists()
        cookie = response.cookies[registration_views.OUTCOME_COOKIE]
        assert cookie["httponly"] and cookie["max-age"] == registration_views.OUTCOME_SECONDS
        assert "fatima" not in cookie.value.lower()  # an id and an outcome, nothing personal
        result = client.get(response["Location"])
        assert 'data-outcome="confirmed"' in result.content.decode()

    def test_a_forged_or_foreign_cookie_gets_the_general_thanks(self, client, event, event_index):
        client.post(registration_url(event), registration_data())
        registration = Registration.objects.get()
        other = EventPageFactory(
            parent=event_index, registration_mode=EventPage.RegistrationMode.SITE, capacity=5
        )
        sent = "?verzonden=1"

        # The cookie of one event says nothing on another's page.
        assert "data-outcome" not in client.get(registration_url(other) + sent).content.decode()
        # A value made without the site's key is ignored.
        forged = {"event": event.pk, "id": registration.pk, "outcome": "confirmed"}
        client.cookies[registration_views.OUTCOME_COOKIE] = signing.dumps(
            forged, key="guessed", salt="x"
        )
        assert "data-outcome" not in client.get(registration_url(event) + sent).content.decode()

    def test_the_outcome_page_is_never_taken_from_the_page_cache(self, client, event, settings):
        settings.PAGE_CACHE_SECONDS = 300
        cache.clear()
        sent = registration_url(event) + "?verzonden=1"
        general = client.get(sent)  # a visitor without a registration (a robot) comes first
        assert "no-cache" in general["Cache-Control"] or "private" in general["Cache-Control"]

        response = client.post(registration_url(event), registration_data())
        result = client.get(response["Location"])
        assert result.get("X-Cache") != "HIT"
        assert 'data-outcome="confirmed"' in result.content.decode()


@pytest.mark.django_db
class TestClosed:
    @pytest.mark.parametrize(
        "fields",
        [
            {"status": EventPage.Status.CANCELLED, "status_reason": "Corona"},
            {"status": EventPage.Status.POSTPONED, "status_reason": "Ziekte"},
            {"registration_closed": True},
            {"registration_deadline": timezone.now() - datetime.timedelta(hours=1)},
            {"registration_mode": EventPage.RegistrationMode.NONE},
            {
                "registration_mode": EventPage.RegistrationMode.EXTERNAL,
                "registration_url": "https://aanmelden.example.nl/",
            },
            {"start_date": datetime.date(2020, 3, 12)},
        ],
    )
    def test_no_registration_when_closed(self, send, event, fields, mailoutbox):
        for name, value in fields.items():
            setattr(event, name, value)
        event.save_revision().publish()

        page = send("get", registration_url(event))
        posted = send("post", registration_url(event), registration_data())

        assert page.status_code == 200
        assert 'id="registration-closed"' in page.content.decode()
        assert 'name="email"' not in page.content.decode()
        assert posted.status_code == 200
        assert 'id="registration-closed"' in posted.content.decode()
        assert not Registration.objects.exists()
        assert mailoutbox == []

    def test_closing_between_form_and_send_is_told_not_stored(self, event):
        event.registration_closed = True
        event.save()

        registration, outcome = service.register(event, registration_data(email="a@b.nl"), "nl")

        assert (registration, outcome) == (None, Outcome.CLOSED)
        assert not Registration.objects.exists()

    def test_an_unknown_event_is_a_404(self, client, event_index):
        assert client.get(event_index.url + "bestaat-niet/aanmelden/").status_code == 404
        assert (
            client.post(
                event_index.url + "bestaat-niet/aanmelden/", registration_data()
            ).status_code
            == 404
        )


@pytest.mark.django_db
class TestService:
    def test_a_cancelled_address_registers_again_at_the_back_of_the_queue(self, event):
        first, _outcome = service.register(event, registration_data(email="a@b.nl"), "nl")
        service.cancel(first)
        fill(event, 2)
        waiting_before = RegistrationFactory(event=event, status=Status.WAITING)

        again, outcome = service.register(event, registration_data(email="a@b.nl"), "en")

        assert again.pk == first.pk
        assert outcome == Outcome.WAITING
        assert again.cancelled_at is None and again.language == "en"
        assert service.waiting_position(again) == 2
        assert service.waiting_position(waiting_before) == 1

    def test_the_migration_numbers_existing_registrations_in_their_old_order(self, event):
        from importlib import import_module

        from django.apps import apps

        migration = import_module("events.migrations.0009_registration_queue_number")
        now = timezone.now()
        late, early = fill(event, 2, Status.WAITING)
        Registration.objects.filter(pk=late.pk).update(created_at=now, queue_number=7)
        Registration.objects.filter(pk=early.pk).update(
            created_at=now - datetime.timedelta(hours=1), queue_number=8
        )

        migration.number_existing(apps, None)

        assert service.waiting_position(early) == 1 and service.waiting_position(late) == 2
        assert sorted(Registration.objects.values_list("queue_number", flat=True)) == [1, 2]

    def test_no_capacity_means_always_a_place(self, event):
        event.capacity = None
        event.save()
        fill(event, 50)
        assert service.register(event, registration_data(), "nl")[1] == Outcome.CONFIRMED


@pytest.mark.django_db
class TestCancel:
    def test_get_changes_nothing_and_post_cancels_and_promotes(
        self, send, client, event, mailoutbox
    ):
        mine, other = fill(event, 2)
        first = RegistrationFactory(
            event=event,
            status=Status.WAITING,
            language="en",
            created_at=timezone.now() - datetime.timedelta(hours=2),
        )
        second = RegistrationFactory(event=event, status=Status.WAITING)

        page = client.get(cancel_url(event, mine.token))
        assert page.status_code == 200
        assert 'data-state="confirm"' in page.content.decode()
        mine.refresh_from_db()
        assert mine.status == Status.CONFIRMED

        response = send("post", cancel_url(event, mine.token))

        assert response.status_code == 302
        mine.refresh_from_db()
        first.refresh_from_db()
        second.refresh_from_db()
        assert mine.status == Status.CANCELLED and mine.cancelled_at
        assert first.status == Status.CONFIRMED and first.promoted_at
        assert second.status == Status.WAITING
        assert event.confirmed_count() == 2
        to = {tuple(mail.to): mail for mail in mailoutbox}
        assert set(to) == {(mine.email,), (first.email,)}
        promoted_mail = to[(first.email,)]
        assert event.title in promoted_mail.subject
        assert ics_events(promoted_mail)
        assert first.token in promoted_mail.body

        done = client.get(response["Location"])
        assert 'data-state="cancelled"' in done.content.decode()
        assert done.context["just_cancelled"]

    def test_cancelling_twice_changes_nothing_the_second_time(
        self, send, client, event, mailoutbox
    ):
        (mine,) = fill(event, 1)
        send("post", cancel_url(event, mine.token))
        send("post", cancel_url(event, mine.token))

        assert len(mailoutbox) == 1
        page = client.get(cancel_url(event, mine.token))
        assert 'data-state="cancelled"' in page.content.decode()
        assert not page.context["just_cancelled"]

    @pytest.mark.parametrize("token", ["nep-token", "x" * 300])
    def test_an_unknown_token_is_a_404_that_changes_nothing(self, send, event, token):
        (mine,) = fill(event, 1)

        for method in ("get", "post"):
            response = send(method, cancel_url(event, token))
            assert response.status_code == 404
            assert 'data-state="invalid"' in response.content.decode()
        mine.refresh_from_db()
        assert mine.status == Status.CONFIRMED

    def test_a_token_of_another_event_is_not_valid_here(self, send, event, event_index):
        other = EventPageFactory(parent=event_index, registration_mode="site")
        (theirs,) = fill(other, 1)

        assert send("post", cancel_url(event, theirs.token)).status_code == 404
        theirs.refresh_from_db()
        assert theirs.status == Status.CONFIRMED

    def test_after_the_event_nothing_is_cancelled(self, send, event):
        (mine,) = fill(event, 1)
        EventPage.objects.filter(pk=event.pk).update(
            ends_at=timezone.now() - datetime.timedelta(days=1)
        )
        event.refresh_from_db()

        response = send("post", cancel_url(event, mine.token))
        mine.refresh_from_db()
        assert mine.status == Status.CONFIRMED
        page = send("get", response["Location"])
        assert 'data-state="ended"' in page.content.decode()


@pytest.mark.django_db
class TestEventCancelled:
    def test_every_registrant_hears_it_once(
        self, event, django_capture_on_commit_callbacks, mailoutbox
    ):
        confirmed = fill(event, 2)
        waiting = fill(event, 1, Status.WAITING)
        fill(event, 1, Status.CANCELLED)

        event.status = EventPage.Status.CANCELLED
        event.status_reason = "De sprekers zijn ziek."
        with django_capture_on_commit_callbacks(execute=True):
            event.save_revision().publish()
            event.save_revision().publish()  # published again: no second mail

        assert sorted(mail.to[0] for mail in mailoutbox) == sorted(
            r.email for r in confirmed + waiting
        )
        for mail in mailoutbox:
            assert "De sprekers zijn ziek." in mail.body
            (vevent,) = ics_events(mail)
            assert str(vevent["STATUS"]) == "CANCELLED"
        assert all(
            r.told_status == EventPage.Status.CANCELLED
            for r in Registration.objects.exclude(status=Status.CANCELLED)
        )

    def test_back_on_and_cancelled_again_tells_them_again(
        self, event, django_capture_on_commit_callbacks, mailoutbox
    ):
        fill(event, 1)
        with django_capture_on_commit_callbacks(execute=True):
            event.status, event.status_reason = EventPage.Status.CANCELLED, "Storm"
            event.save_revision().publish()
            event.status = EventPage.Status.SCHEDULED
            event.save_revision().publish()
            event.status = EventPage.Status.CANCELLED
            event.save_revision().publish()

        assert [mail.subject.split(":")[0] for mail in mailoutbox] == [
            "Geannuleerd",
            "Gaat door",
            "Geannuleerd",
        ]

    def test_postponed_and_back_on_with_a_new_date(
        self, event, django_capture_on_commit_callbacks, mailoutbox
    ):
        confirmed, other = fill(event, 2)  # the event is full
        (waiting,) = fill(event, 1, Status.WAITING)
        tokens = {r.email: r.token for r in (confirmed, other, waiting)}
        new_date = event.start_date + datetime.timedelta(days=14)
        with django_capture_on_commit_callbacks(execute=True):
            event.status = EventPage.Status.POSTPONED
            event.status_reason = "De spreker is ziek."
            event.save_revision().publish()
            event.save_revision().publish()  # published again: no second mail
        postponed = {mail.to[0]: mail for mail in mailoutbox}
        assert len(mailoutbox) == 3
        assert sorted(postponed) == sorted([confirmed.email, other.email, waiting.email])
        for mail in postponed.values():
            assert mail.subject == f"Uitgesteld: {event.title}"
            assert "De spreker is ziek." in mail.body
            assert cancel_url(event, tokens[mail.to[0]]) in mail.body
            (vevent,) = ics_events(mail)
            assert str(vevent["STATUS"]) == "TENTATIVE"

        mailoutbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            event.status, event.start_date = EventPage.Status.SCHEDULED, new_date
            event.save_revision().publish()
            event.save_revision().publish()
        back_on = {mail.to[0]: mail for mail in mailoutbox}
        assert len(mailoutbox) == 3
        assert sorted(back_on) == sorted([confirmed.email, other.email, waiting.email])
        assert "U bent nog steeds aangemeld." in back_on[confirmed.email].body
        assert "U staat nog steeds op de wachtlijst." in back_on[waiting.email].body
        for mail in back_on.values():
            assert mail.subject == f"Gaat door: {event.title}"
            with translation.override("nl"):
                assert date_format(new_date, "j F Y") in mail.body
            (vevent,) = ics_events(mail)
            assert str(vevent["STATUS"]) == "CONFIRMED"
            assert vevent.decoded("DTSTART").date() == new_date

    def test_english_registrants_hear_the_dutch_events_facts_before_the_sync(
        self, event, locale_en, home_page_en, django_capture_on_commit_callbacks, mailoutbox
    ):
        """The editor postpones and moves the Dutch event; the English page is not synchronised
        yet. The English mail still tells the new status, reason and date."""
        english = translate_page(event, locale_en, title="Knowledge afternoon")
        (registration,) = fill(event, 1)
        Registration.objects.filter(pk=registration.pk).update(language="en")
        with django_capture_on_commit_callbacks(execute=True):
            event.status = EventPage.Status.POSTPONED
            event.status_reason = "De zaal is niet beschikbaar."
            event.save_revision().publish()
        (mail,) = mailoutbox
        assert mail.subject == "Postponed: Knowledge afternoon"
        assert "Reason: De zaal is niet beschikbaar." in mail.body
        assert str(ics_events(mail)[0]["STATUS"]) == "TENTATIVE"

        mailoutbox.clear()
        new_date = event.start_date + datetime.timedelta(days=21)
        with django_capture_on_commit_callbacks(execute=True):
            event.status, event.start_date = EventPage.Status.SCHEDULED, new_date
            event.save_revision().publish()
        (mail,) = mailoutbox
        assert mail.subject == "Going ahead: Knowledge afternoon"
        with translation.override("en"):
            assert date_format(new_date, "j F Y") in mail.body
        assert ics_events(mail)[0].decoded("DTSTART").date() == new_date
        english.refresh_from_db()
        assert english.start_date != new_date  # the English page itself still waits for a sync

    def test_more_places_promote_the_waiting_list(
        self, event, django_capture_on_commit_callbacks, mailoutbox
    ):
        fill(event, 2)
        waiting = fill(event, 2, Status.WAITING)

        event.capacity = 3
        with django_capture_on_commit_callbacks(execute=True):
            event.save_revision().publish()

        statuses = [Registration.objects.get(pk=r.pk).status for r in waiting]
        assert statuses == [Status.CONFIRMED, Status.WAITING]
        assert [mail.to for mail in mailoutbox] == [[waiting[0].email]]


def render_box(event):
    request = RequestFactory().get(event.url)
    return render_to_string(
        "events/includes/registration.html", {"page": event, "request": request}
    )


@pytest.mark.django_db
class TestRegistrationBox:
    @pytest.mark.parametrize(
        ("fields", "confirmed", "state", "has_form_link"),
        [
            ({"registration_mode": "none"}, 0, "none", False),
            ({"capacity": 100}, 0, "open", True),
            ({"capacity": None}, 3, "open", True),
            ({"capacity": 20}, 16, "few_left", True),
            ({}, 2, "waiting_list", True),
            ({"registration_closed": True}, 0, "closed", False),
            (
                {"registration_mode": "external", "registration_url": "https://x.example/"},
                0,
                "external",
                False,
            ),
            ({"status": "cancelled", "status_reason": "Corona"}, 0, "cancelled", False),
            ({"status": "postponed", "status_reason": "Ziek"}, 0, "postponed", False),
        ],
    )
    def test_every_state(
        self, event, fields, confirmed, state, has_form_link, django_assert_max_num_queries
    ):
        for name, value in fields.items():
            setattr(event, name, value)
        event.save()
        fill(event, confirmed)

        with django_assert_max_num_queries(8):
            html = render_box(event)

        assert event.registration_state() == state
        assert f"registration-box--{state}" in html
        assert (registration_url(event) in html) == has_form_link
        if event.status != "scheduled":
            assert f"registration-box--{event.status}" in html
        if state == "external":
            assert "https://x.example/" in html
        if state == "few_left":
            assert gettext("Few places left") in html

    def test_no_personal_data_in_the_box(self, event):
        (registration,) = fill(event, 1)
        html = render_box(event)
        assert registration.name not in html and registration.email not in html
