"""The editors' guide in the admin: "Handleiding" in the menu of editors and moderators, a page
in the user's admin language, closed to anyone who is not logged in to the admin."""

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.users.models import UserProfile


def staff(django_user_model, group, language):
    user = django_user_model.objects.create_user(f"{group}-{language}", password="wachtwoord")
    user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_the_menu_offers_the_guide(client, django_user_model, group):
    client.force_login(staff(django_user_model, group, "nl"))
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    # The sidebar's menu is JSON in the page: the item's label and address.
    assert '"label": "Handleiding"' in dashboard
    assert f'"url": "{reverse("editor_guide")}"' in dashboard


@pytest.mark.parametrize(
    ("language", "title", "sections"),
    [
        (
            "nl",
            "Handleiding",
            [
                "Een praktijkvoorbeeld publiceren",
                "Een praktijkvoorbeeld vertalen naar het Engels",
                "Een inzending modereren",
                "Aanmeldingen voor een bijeenkomst",
                "Een themastemming van een ontwikkelgroep",
                "Het rapport van de Scan Passend Onderwijs lezen",
            ],
        ),
        (
            "en",
            "Guide for editors",
            [
                "Publish a practice example",
                "Translate a practice example into English",
                "Moderate a submission",
                "Registrations for an event",
                "A development group's theme vote",
                "Read the Appropriate Education Scan report",
            ],
        ),
    ],
)
def test_the_guide_speaks_the_admin_language(client, django_user_model, language, title, sections):
    client.force_login(staff(django_user_model, "Editors", language))
    response = client.get(reverse("editor_guide"))
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<title>{title}" in html
    for section in sections:
        assert section in html
    other = "guide_en.html" if language == "nl" else "guide_nl.html"
    assert other not in [template.name for template in response.templates]


def test_anonymous_is_sent_to_the_login(client, db):
    response = client.get(reverse("editor_guide"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
