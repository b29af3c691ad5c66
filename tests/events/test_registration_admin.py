"""The editors' side of registrations: the listing (filter, search, export), attendance, the
event's link, a registrant's data (export and delete), and that nobody else sees any of it."""

import csv
import io
import json

import pytest

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from events.factories import EventPageFactory, RegistrationFactory
from events.models import EventPage, Registration
from events.registration import waiting_position
from events.wagtail_hooks import registration_viewset

Status = Registration.Status


def url(name, *args):
    return reverse(registration_viewset.get_url_name(name), args=args)


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("redacteur", "r@example.nl", "wachtwoord")
    client.force_login(user)
    return user


@pytest.fixture
def outsider(client, django_user_model):
    """Someone with access to the admin but no permission on registrations."""
    user = django_user_model.objects.create_user("schrijver", "s@example.nl", "wachtwoord")
    group = Group.objects.create(name="Schrijvers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    return user


@pytest.fixture
def events(event_index):
    return [
        EventPageFactory(
            parent=event_index,
            title=title,
            registration_mode=EventPage.RegistrationMode.SITE,
            capacity=2,
        )
        for title in ("Kennisdeelmiddag", "Webinar verzuim")
    ]


@pytest.fixture
def registrations(events):
    first, second = events
    return {
        "fatima": RegistrationFactory(
            event=first, name="Fatima el Amrani", email="fatima@example.nl", organisation="=1+1"
        ),
        "jan": RegistrationFactory(event=first, name="Jan de Vries", email="jan@example.nl"),
        "piet": RegistrationFactory(
            event=first, name="Piet Wachter", email="piet@example.nl", status=Status.WAITING
        ),
        "fatima2": RegistrationFactory(
            event=second, name="Fatima el Amrani", email="fatima@example.nl"
        ),
    }


@pytest.mark.django_db
class TestListing:
    def test_filter_by_event_and_status(self, client, editor, events, registrations):
        response = client.get(url("list"), {"event": events[0].pk, "status": "confirmed"})

        assert response.status_code == 200
        shown = {r.pk for r in response.context["object_list"]}
        assert shown == {registrations["fatima"].pk, registrations["jan"].pk}

    def test_search_by_name_or_email(self, client, editor, registrations):
        by_email = client.get(url("list"), {"q": "jan@example"})
        by_name = client.get(url("list"), {"q": "Fatima"})

        assert {r.pk for r in by_email.context["object_list"]} == {registrations["jan"].pk}
        assert len(by_name.context["object_list"]) == 2

    def test_listing_queries_stay_constant(
        self, client, editor, events, django_assert_max_num_queries
    ):
        for number in range(30):
            RegistrationFactory(event=events[number % 2], status=Status.CONFIRMED)
        with django_assert_max_num_queries(40):
            assert client.get(url("list")).status_code == 200

    def test_csv_export_of_one_event(self, client, editor, events, registrations):
        response = client.get(url("list"), {"event": events[0].pk, "export": "csv"})

        assert response.status_code == 200
        rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
        emails = {row[2] for row in rows[1:]}
        assert emails == {"fatima@example.nl", "jan@example.nl", "piet@example.nl"}
        assert "'=1+1" in {row[3] for row in rows[1:]}  # no formula in a spreadsheet

    def test_the_waiting_list_number_is_the_one_the_registrant_was_told(
        self, client, editor, events, registrations
    ):
        later = RegistrationFactory(
            event=events[0], email="later@example.nl", status=Status.WAITING
        )

        listing = client.get(url("list"), {"event": events[0].pk, "status": "waiting"})
        assert [r.waiting_position for r in listing.context["object_list"]] == [1, 2]
        assert "Wachtlijstnummer" in listing.content.decode()
        response = client.get(url("list"), {"event": events[0].pk, "export": "csv"})
        rows = csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
        numbers = {row["E-mail"]: row["Wachtlijstnummer"] for row in rows}
        assert numbers == {
            "fatima@example.nl": "",
            "jan@example.nl": "",
            "piet@example.nl": "1",
            "later@example.nl": "2",
        }
        assert waiting_position(later) == 2

    def test_xlsx_export(self, client, editor, registrations):
        response = client.get(url("list"), {"export": "xlsx"})
        assert response.status_code == 200
        assert "spreadsheetml" in response["Content-Type"]

    def test_no_adding_or_copying(self, client, editor, registrations):
        assert client.get(url("add")).status_code in (302, 403)
        html = client.get(url("list")).content.decode()
        assert url("add") not in html

    def test_the_edit_form_marks_attendance_but_not_the_place(self, client, editor, registrations):
        registration = registrations["jan"]
        response = client.get(url("edit", registration.pk))
        assert set(response.context["form"].fields) == {
            "name",
            "organisation",
            "role",
            "remarks",
            "attended",
        }

        client.post(
            url("edit", registration.pk),
            {
                "name": "Jan de Vries",
                "organisation": "",
                "role": "",
                "remarks": "",
                "attended": "true",
            },
        )
        registration.refresh_from_db()
        assert registration.attended is True
        assert registration.status == Status.CONFIRMED


@pytest.mark.django_db
class TestAttendance:
    @pytest.mark.parametrize(("action", "value"), [("mark_attended", True), ("mark_absent", False)])
    def test_bulk_action(self, client, editor, registrations, action, value):
        chosen = [registrations["fatima"], registrations["jan"]]
        action_url = reverse("wagtail_bulk_action", args=("events", "registration", action))
        query = "?" + "&".join(f"id={r.pk}" for r in chosen)

        assert client.get(action_url + query).status_code == 200
        response = client.post(action_url + query)

        assert response.status_code == 302
        assert [Registration.objects.get(pk=r.pk).attended for r in chosen] == [value, value]
        assert Registration.objects.get(pk=registrations["piet"].pk).attended is None


@pytest.mark.django_db
class TestEventLink:
    def test_the_event_editor_links_to_its_registrations(self, client, editor, events):
        html = client.get(reverse("wagtailadmin_pages:edit", args=(events[0].pk,))).content.decode()
        assert f"{url('list')}?event={events[0].pk}" in html

    def test_no_link_for_an_event_without_registration(self, client, editor, event_index):
        event = EventPageFactory(parent=event_index)
        html = client.get(reverse("wagtailadmin_pages:edit", args=(event.pk,))).content.decode()
        assert f"{url('list')}?event=" not in html


@pytest.mark.django_db
class TestDeleting:
    def test_deleting_a_confirmed_registration_promotes_the_waiting_list(
        self, client, editor, registrations, django_capture_on_commit_callbacks, mailoutbox
    ):
        with django_capture_on_commit_callbacks(execute=True):
            client.post(url("delete", registrations["jan"].pk))

        assert not Registration.objects.filter(pk=registrations["jan"].pk).exists()
        assert Registration.objects.get(pk=registrations["piet"].pk).status == Status.CONFIRMED
        assert [mail.to for mail in mailoutbox] == [["piet@example.nl"]]


REGISTRANT = "events_registrant"


@pytest.mark.django_db
class TestRegistrantData:
    def test_lookup_lists_every_registration_of_an_address(self, client, editor, registrations):
        response = client.get(reverse(REGISTRANT), {"email": "FATIMA@example.nl"})

        assert response.status_code == 200
        assert len(response.context["registrations"]) == 2

    @pytest.mark.parametrize("file_format", ["json", "csv"])
    def test_export(self, client, editor, registrations, file_format):
        response = client.get(
            reverse(REGISTRANT), {"email": "fatima@example.nl", "format": file_format}
        )

        assert response.status_code == 200
        assert "attachment" in response["Content-Disposition"]
        body = response.content.decode()
        if file_format == "json":
            rows = json.loads(body)
            assert {row["event"] for row in rows} == {"Kennisdeelmiddag", "Webinar verzuim"}
            assert {row["email"] for row in rows} == {"fatima@example.nl"}
        else:
            rows = list(csv.DictReader(io.StringIO(body)))
            assert len(rows) == 2
        assert "jan@example.nl" not in body

    def test_delete_on_request_frees_places(
        self, client, editor, registrations, django_capture_on_commit_callbacks, mailoutbox
    ):
        unconfirmed = client.post(reverse(REGISTRANT), {"email": "fatima@example.nl"})
        assert unconfirmed.status_code == 200
        assert Registration.objects.filter(email="fatima@example.nl").count() == 2

        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse(REGISTRANT), {"email": "fatima@example.nl", "confirm": "yes"}
            )

        assert response.status_code == 302
        assert not Registration.objects.filter(email="fatima@example.nl").exists()
        assert Registration.objects.get(pk=registrations["piet"].pk).status == Status.CONFIRMED
        assert [mail.to for mail in mailoutbox] == [["piet@example.nl"]]

    def test_a_bad_address_is_a_form_error(self, client, editor, registrations):
        response = client.get(reverse(REGISTRANT), {"email": "geen-adres"})
        assert response.status_code == 200
        assert "email" in response.context["form"].errors
        assert response.context["registrations"] is None


@pytest.mark.django_db
class TestPermissions:
    def test_without_permission_nothing_is_shown(self, client, outsider, events, registrations):
        for address in (
            url("list"),
            url("list") + "?export=csv",
            url("edit", registrations["jan"].pk),
            url("inspect", registrations["jan"].pk),
            reverse(REGISTRANT) + "?email=fatima@example.nl",
            reverse(REGISTRANT) + "?email=fatima@example.nl&format=json",
        ):
            response = client.get(address)
            assert response.status_code in (302, 403), address
            assert b"fatima@example.nl" not in response.content

        response = client.post(
            reverse(REGISTRANT), {"email": "fatima@example.nl", "confirm": "yes"}
        )
        assert response.status_code in (302, 403)
        assert Registration.objects.filter(email="fatima@example.nl").count() == 2

        bulk = reverse("wagtail_bulk_action", args=("events", "registration", "mark_attended"))
        client.post(bulk + f"?id={registrations['jan'].pk}")
        assert Registration.objects.get(pk=registrations["jan"].pk).attended is None

    def test_no_menu_item_without_permission(self, client, outsider):
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        assert url("list") not in html

    def test_an_editor_with_only_view_permission_cannot_delete(
        self, client, outsider, registrations
    ):
        outsider.groups.first().permissions.add(
            Permission.objects.get(codename="view_registration")
        )
        assert client.get(url("list")).status_code == 200
        response = client.post(
            reverse(REGISTRANT), {"email": "fatima@example.nl", "confirm": "yes"}
        )
        assert response.status_code in (302, 403)
        assert Registration.objects.filter(email="fatima@example.nl").count() == 2
