"""The Dutch admin speaks Dutch: the pages an editor and a moderator use carry no English left
over from Wagtail's default workflow or from wagtail-localize's own catalogue."""

import datetime
import re
from html.parser import HTMLParser

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.formats import date_format

from wagtail.models import Locale, Task, Workflow
from wagtail.users.models import UserProfile

from development_groups.factories import (
    DevelopmentGroupIndexPageFactory,
    DevelopmentGroupPageFactory,
    ThemeProposalFactory,
)
from development_groups.models import Ballot
from events.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from events.models import EventPage
from practice_examples.factories import PracticeExamplePageFactory
from scan.models import ScanStatistic
from search.models import SynonymGroup
from taxonomy.factories import OrganisationFactory, ThemeFactory

# English (or garbled Dutch) that an editor met in the Dutch admin, each fixed by this project.
ENGLISH = [
    "Moderators approval",  # the default workflow and its task, named in English by Wagtail
    "scan statistics",  # the scan report's count, from a model without a verbose name
    "Publish in",
    "Actions",  # the label of the header's buttons, written in English by Wagtail
    "True",  # Wagtail's tooltip of a yes/no column: Python's True, False, None
    "False",
]

# Words glued together or left empty by a package's Dutch: "1-50van 52praktijkvoorbeelden",
# "Titel 1-Nonevan NoneNone", "aangemaakt inKennisbank", "Verwijderthema".
BROKEN = [
    r"\dvan\b",
    r"\bvan \d+[^\W\d]",
    r"None",
    r"\b(?:in|van|naar|door|op|Verwijder)(?=[A-Z])",
    r"\b(?:heeft|door)\S*%\(",
]


def visible_text(response):
    assert response.status_code == 200, response.status_code
    html = response.content.decode()
    # Tags stay: editors read attributes too (a button's value, an aria-label, a title).
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", html)


class ReadableParser(HTMLParser):
    """Collects what a browser shows or reads out: text outside script, style and hidden
    elements, and the attributes an editor sees or hears (a tooltip, an aria-label)."""

    ATTRIBUTES = {"title", "aria-label", "placeholder", "alt"}
    UNSHOWN = {"script", "style", "template"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}

    def __init__(self):
        super().__init__()
        self.parts = []
        self.unshown = []  # one flag per open element: is it (inside) something not shown?

    def handle_starttag(self, tag, attrs):
        names = {name for name, _value in attrs}
        hidden = tag in self.UNSHOWN or "hidden" in names or any(self.unshown[-1:])
        if not hidden:
            self.parts.extend(value for name, value in attrs if name in self.ATTRIBUTES and value)
        self.parts.append(" ")  # a tag separates words, as a browser shows them
        if tag not in self.VOID:
            self.unshown.append(hidden)

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.unshown:
            self.unshown.pop()
        self.parts.append(" ")

    def handle_data(self, data):
        if not any(self.unshown[-1:]):
            self.parts.append(data)


def readable(response):
    assert response.status_code == 200, response.status_code
    parser = ReadableParser()
    parser.feed(response.content.decode())
    return re.sub(r"\s+", " ", " ".join(parser.parts))


def assert_dutch(response):
    words = readable(response)
    found = [english for english in ENGLISH if english in words]
    assert not found, found
    broken = [match.group() for pattern in BROKEN for match in re.finditer(pattern, words)]
    assert not broken, broken


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
    # The menu is JSON for the sidebar's script: its labels, Wagtail's Help items among them.
    menu = re.findall(r'"label": "([^"]*)"', client.get(reverse("wagtailadmin_home")).text)
    assert "Handleiding" in menu
    assert "Wagtail-handleiding (Engels)" in menu
    assert "Workflowtaken" in menu
    assert not set(menu) & {"Editor Guide", "Workflow taken"}

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
    # Two strings the editor writes in English outside gettext go through it by our script.
    assert "js/localize_editor_dutch" in edit.content.decode()
    assert (
        '"%(source)s to %(target)s translation": "Vertaling van het %(source)s naar het %(target)s"'
    ) in catalogue
    assert '"More actions": "Meer acties"' in catalogue


@pytest.fixture
def editors_world(home_page, example_index, taxa):
    """A little of everything an editor meets: examples (one overdue for review), an event with
    registrations, a development group with its vote, scan averages, a synonym group."""
    today = datetime.date.today()
    PracticeExamplePageFactory(
        parent=example_index,
        title="Aanpak Amersfoort",
        publication_date=today - datetime.timedelta(days=400),
        review_date=today - datetime.timedelta(days=30),
    )
    PracticeExamplePageFactory(parent=example_index, title="Aanpak Zwolle")
    event = EventPageFactory(
        parent=EventIndexPageFactory(parent=home_page),
        title="Kennisdeelmiddag",
        registration_mode=EventPage.RegistrationMode.SITE,
        capacity=1,
    )
    RegistrationFactory(event=event, name="Fatima Kaya", email="fatima@example.nl")
    group = DevelopmentGroupPageFactory(parent=DevelopmentGroupIndexPageFactory(parent=home_page))
    Ballot.objects.get_or_create(group_page=group)
    ThemeProposalFactory(group_page=group)
    ScanStatistic.objects.create(domain_key="basis", scope="all", responses=3, score_total=180)
    SynonymGroup.objects.create(words="thuiszitter\nverzuimer")
    OrganisationFactory(name="Samenwerkingsverband VO Utrecht")
    ThemeFactory(name="Verzuim", slug="verzuim")
    return {"event": event, "index": example_index}


def test_editor_main_pages_are_dutch(client, django_user_model, editors_world):
    client.force_login(dutch_admin_user(django_user_model, "redacteur", group="Editors"))
    pages = [
        reverse("practice_examples:index"),
        reverse("practice_examples_review_report"),
        reverse("wagtailadmin_pages:edit", args=[editors_world["event"].pk]),
        reverse("wagtailsnippets_events_registration:list"),
        reverse("events_registrant"),
        reverse("search_insight"),
        reverse("scan_report"),
        reverse("wagtailsnippets_taxonomy_theme:list"),
        reverse("wagtailsnippets_taxonomy_organisation:list"),
        reverse("wagtailsnippets_search_synonymgroup:list"),
        reverse("development_groups_ballot:index"),
        reverse("development_groups_proposal:index"),
        reverse("editor_guide"),
        reverse("wagtailadmin_explore", args=[editors_world["index"].pk]),
        reverse(
            "wagtailadmin_pages:add",
            args=["practice_examples", "practiceexamplepage", editors_world["index"].pk],
        ),
        reverse("wagtailsnippets_taxonomy_organisation:list") + "?status=unconfirmed",
        reverse("wagtailsnippets_home_tagtranslation:list"),
        reverse("wagtailsnippets_home_tagtranslation:add"),
    ]
    responses = {}
    for url in pages:
        responses[url] = client.get(url)
        assert_dutch(responses[url])

    listing = readable(responses[reverse("practice_examples:index")])
    assert "1-2 van 2 praktijkvoorbeelden" in listing
    # The publication date reads as a date, with how long ago it was.
    published = datetime.date.today() - datetime.timedelta(days=400)
    assert date_format(published, "DATE_FORMAT") in listing
    assert "1 jaar geleden" in listing
    assert "1 gemiddelde" in readable(responses[reverse("scan_report")])
    ballots = readable(responses[reverse("development_groups_ballot:index")])
    assert "Status" in ballots and "Nog niet open" in ballots
