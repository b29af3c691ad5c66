"""The editors' side of following: the number of followers per theme and region (counts, never
an address), and one subscriber's data looked up, downloaded and deleted on request (GDPR), by
those who may delete subscribers only."""

import csv
import io
import json

import pytest

from django.urls import reverse

from development_groups.factories import UserFactory
from following.models import Subscriber
from following.subscribing import Wish, confirm, subscribe

pytestmark = pytest.mark.django_db


@pytest.fixture
def followers(taxa):
    one = subscribe(
        "een@example.nl", "nl", "weekly", Wish(themes=("ouderbetrokkenheid",), regions=("utrecht",))
    )
    subscribe("een@example.nl", "nl", "weekly", Wish(scope="events", regions=("utrecht",)))
    confirm(one)
    two = subscribe(
        "twee@example.nl",
        "en",
        "monthly",
        Wish(themes=("ouderbetrokkenheid", "terug-naar-onderwijs")),
    )
    confirm(two)
    # Not confirmed: not counted.
    subscribe("drie@example.nl", "nl", "weekly", Wish(themes=("ouderbetrokkenheid",)))
    return one, two


@pytest.fixture
def superuser(db):
    return UserFactory(email="beheer@example.nl", is_superuser=True, is_staff=True)


def rows_of(html, heading):
    section = html.split(f'id="{heading}"')[1].split("</table>")[0]
    cells = [cell.strip() for cell in section.split("<td>")[1:]]
    return [
        (cells[i].split("</td>")[0], cells[i + 1].split("</td>")[0])
        for i in range(0, len(cells), 2)
    ]


def test_editors_see_counts_per_theme_and_region_and_no_address(client, editor, followers):
    client.force_login(editor)
    response = client.get(reverse("following_counts"))

    assert response.status_code == 200
    html = response.content.decode()
    themes = rows_of(html, "themes-heading")
    assert ("Ouderbetrokkenheid", "2") in themes
    assert ("Terug naar onderwijs", "1") in themes
    assert themes[-1][1] == "1"  # the follow of the events without a theme
    regions = rows_of(html, "regions-heading")
    assert regions[0] == ("Utrecht", "1")
    assert "@example.nl" not in html
    assert reverse("following_subscriber") not in html


def refused(response):
    """Wagtail's admin answers a missing permission with a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def test_editors_cannot_look_up_an_address(client, editor, followers):
    client.force_login(editor)
    response = client.get(reverse("following_subscriber"), {"email": "een@example.nl"})
    assert refused(response)
    response = client.post(
        reverse("following_subscriber"), {"email": "een@example.nl", "confirm": "yes"}
    )
    assert refused(response)
    assert Subscriber.objects.filter(email="een@example.nl").exists()


def test_visitors_and_members_see_nothing(client, followers, member):
    assert client.get(reverse("following_counts")).status_code == 302
    client.force_login(member)
    response = client.get(reverse("following_counts"))
    assert response.status_code in (302, 403)


def test_a_superuser_looks_up_one_address(client, superuser, followers):
    client.force_login(superuser)
    response = client.get(reverse("following_subscriber"), {"email": " EEN@example.nl"})

    html = response.content.decode()
    assert "een@example.nl" in html
    assert "Thema Ouderbetrokkenheid, regio Utrecht" in html
    assert "Bijeenkomsten: regio Utrecht" in html
    assert "twee@example.nl" not in html

    response = client.get(reverse("following_subscriber"), {"email": "niemand@example.nl"})
    assert 'id="subscriber-none"' in response.content.decode()


def test_downloading_one_persons_data(client, superuser, followers):
    client.force_login(superuser)
    url = reverse("following_subscriber")

    response = client.get(url, {"email": "een@example.nl", "format": "json"})
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["email"] == "een@example.nl"
    assert [follow["follow"] for follow in data["follows"]] == [
        "Thema Ouderbetrokkenheid, regio Utrecht",
        "Bijeenkomsten: regio Utrecht",
    ]

    response = client.get(url, {"email": "een@example.nl", "format": "csv"})
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert len(rows) == 3
    assert {row[0] for row in rows[1:]} == {"een@example.nl"}


def test_deleting_on_request(client, superuser, followers):
    client.force_login(superuser)
    url = reverse("following_subscriber")

    client.post(url, {"email": "een@example.nl"})  # not confirmed: nothing happens
    assert Subscriber.objects.filter(email="een@example.nl").exists()

    response = client.post(url, {"email": "een@example.nl", "confirm": "yes"})
    assert response.status_code == 302
    assert not Subscriber.objects.filter(email="een@example.nl").exists()
    assert Subscriber.objects.filter(email="twee@example.nl").exists()
