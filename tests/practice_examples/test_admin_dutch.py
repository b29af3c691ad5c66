"""The Dutch admin speaks Dutch: the pages an editor and a moderator use carry no English left
over from Wagtail's default workflow or from wagtail-localize's own catalogue."""

import re

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Locale, Task, Workflow
from wagtail.users.models import UserProfile

from practice_examples.factories import PracticeExamplePageFactory

# English (or garbled Dutch) that an editor met in the Dutch admin, each fixed by this project.
ENGLISH = [
    "Moderators approval",  # the default workflow and its task, named in English by Wagtail
]


def visible_text(response):
    assert response.status_code == 200, response.status_code
    html = response.content.decode()
    # Tags stay: editors read attributes too (a button's value, an aria-label, a title).
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", html)


def assert_dutch(response):
    text = visible_text(response)
    found = [english for english in ENGLISH if english in text]
    assert not found, found


def dutch_admin_user(django_user_model, username, group=None, superuser=False):
    users = django_user_model.objects
    make = users.create_superuser if superuser else users.create_user
    user = make(username, f"{username}@example.nl", "wachtwoord")
    if group:
        user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "nl"
    profile.save()
    return user


@pytest.fixture
def example(example_index):
    return PracticeExamplePageFactory(parent=example_index, title="Aanpak Amersfoort")


def test_workflow_and_task_have_dutch_names(db):
    assert set(Workflow.objects.values_list("name", flat=True)) == {"Beoordeling door moderatoren"}
    assert set(Task.objects.values_list("name", flat=True)) == {"Beoordeling door moderatoren"}


def test_editor_pages_are_dutch(client, django_user_model, example, example_index):
    editor = dutch_admin_user(django_user_model, "redacteur", group="Editors")
    client.force_login(editor)

    edit = client.get(reverse("wagtailadmin_pages:edit", args=[example.pk]))
    assert "Stuur door naar Beoordeling door moderatoren" in visible_text(edit)
    assert_dutch(edit)
    for url in [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[example_index.pk]),
    ]:
        assert_dutch(client.get(url))

    # The editor submits the example for moderation: the workflow's own pages name it in Dutch.
    example.save_revision(user=editor)
    Workflow.objects.get().start(example, user=editor)
    for url in [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_pages:edit", args=[example.pk]),
        reverse("wagtailadmin_pages:workflow_history", args=[example.pk]),
    ]:
        assert_dutch(client.get(url))


def test_moderator_pages_are_dutch(client, django_user_model, example):
    example.save_revision()
    Workflow.objects.get().start(example, user=None)
    client.force_login(dutch_admin_user(django_user_model, "moderator", group="Moderators"))
    dashboard = client.get(reverse("wagtailadmin_home"))
    assert_dutch(dashboard)
    assert_dutch(client.get(reverse("wagtailadmin_pages:edit", args=[example.pk])))


def test_administrator_pages_are_dutch(client, django_user_model, example, locale_en):
    client.force_login(dutch_admin_user(django_user_model, "beheerder", superuser=True))
    # The themes (editors have no access to the snippet).
    assert_dutch(client.get(reverse("wagtailsnippets_taxonomy_theme:list")))
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[example.pk]),
        {"locales": [locale_en.pk]},
    )
    assert response.status_code == 302
    translation = example.get_translation(Locale.objects.get(language_code="en"))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[translation.pk]))
    # wagtail-localize's own Dutch lacks the space: "Vertaling van Aanpak Amersfoortnaar Engels".
    assert "Vertaling van Aanpak Amersfoort naar het Engels" in visible_text(edit)
    assert_dutch(edit)

    # The translation editor's own strings come from the JavaScript catalogue.
    catalogue = client.get("/admin/localize/jsi18n/").content.decode()
    assert '"Publish in ": "Publiceer in het "' in catalogue
