"""Who may do what: one row per role and action, each tried through the real door (an HTTP
request as that user), so a change to any permission shows up as a failing row.

Roles: an anonymous visitor, a member of the development group `group`, a member of another
group, the facilitator of `group`, an editor (Wagtail's "Editors") and a moderator
("Moderators"). "The group" in an action is always `group`; `other_group` is the other one.

"allowed" is the answer the door gives when it lets the user in (200, or the private text on a
public page); "refused" is any of the ways the site says no: a redirect to a login page or to the
admin's dashboard, a 403 or a 404 (see `refused`).
"""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils.functional import cached_property

from wagtail.documents import get_document_model

from development_groups.access import ensure_access
from development_groups.factories import (
    DevelopmentGroupIndexPageFactory,
    DevelopmentGroupPageFactory,
    DevelopmentSessionPageFactory,
    QuestionFactory,
    SessionOutcomeFactory,
    UserFactory,
)
from development_groups.models import OutcomeDocument
from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory
from taxonomy.factories import ThemeFactory

ALLOWED, REFUSED = "allowed", "refused"
SECRET = "GEHEIME-SAMENVATTING-MATRIX"
DOCUMENT_TEXT = b"GEHEIM-DOCUMENT-MATRIX"
LOGIN_PREFIXES = ("/account/", "/admin/login/")
STAFF_GROUPS = {"editor": "Editors", "moderator": "Moderators"}


def refused(response):
    """The site's ways of saying no: to a login page (the members' or the admin's), back to the
    admin dashboard (Wagtail's answer to a missing permission), 403 or 404."""
    if response.status_code in (403, 404):
        return True
    if response.status_code == 302:
        location = response["Location"]
        return location.startswith(LOGIN_PREFIXES) or location == reverse("wagtailadmin_home")
    return False


def outcome_of(response, allowed):
    """ALLOWED or REFUSED, or a description of an answer that is neither (which fails a row)."""
    if refused(response):
        return REFUSED
    if response.status_code == 200 and allowed:
        return ALLOWED
    return f"unexpected: {response.status_code} {response.get('Location', '')}".strip()


def body(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


# The world: two groups, a session with an outcome and a document, a question, two examples -----


class World:
    """The objects the rows need, each made on first use: a row makes only what it touches."""

    def __init__(self, home_page):
        self.home_page = home_page

    @cached_property
    def group_index(self):
        return DevelopmentGroupIndexPageFactory(parent=self.home_page)

    @cached_property
    def group(self):
        return DevelopmentGroupPageFactory(
            parent=self.group_index, title="Ontwikkelgroep A", slug="groep-a"
        )

    @cached_property
    def other_group(self):
        return DevelopmentGroupPageFactory(
            parent=self.group_index, title="Ontwikkelgroep B", slug="groep-b"
        )

    @cached_property
    def access(self):
        return ensure_access(self.group)

    @cached_property
    def other_access(self):
        return ensure_access(self.other_group)

    @cached_property
    def session(self):
        return DevelopmentSessionPageFactory(
            parent=self.group,
            title="Bijeenkomst",
            slug="bijeenkomst",
            start_date=datetime.date.today() + datetime.timedelta(days=14),
        )

    @cached_property
    def outcome(self):
        return SessionOutcomeFactory(session=self.session, summary=f"<p>{SECRET}</p>")

    @cached_property
    def document(self):
        document = get_document_model().objects.create(
            title="Verslag",
            file=ContentFile(DOCUMENT_TEXT, name="verslag-matrix.txt"),
            collection=self.access.collection,
        )
        OutcomeDocument.objects.create(outcome=self.outcome, document=document)
        return document

    @cached_property
    def question(self):
        return QuestionFactory(group_page=self.group)

    @cached_property
    def example_index(self):
        return PracticeExampleIndexPageFactory(parent=self.home_page)

    @cached_property
    def example(self):
        return PracticeExamplePageFactory(parent=self.example_index)

    @cached_property
    def draft(self):
        draft = PracticeExamplePageFactory(parent=self.example_index, live=False)
        draft.save_revision()
        return draft


@pytest.fixture
def world(home_page):
    return World(home_page)


def make_user(role, world):
    if role == "anonymous":
        return None
    user = UserFactory(email=f"{role}@example.nl")
    if role == "member":
        world.access.members.user_set.add(user)
    elif role == "other_member":
        world.other_access.members.user_set.add(user)
    elif role == "facilitator":
        world.access.facilitators.user_set.add(user)
    else:
        user.groups.add(Group.objects.get(name=STAFF_GROUPS[role]))
    return user


# The actions: each does one request and says whether the user got in ------------------------


def dashboard(client, world):
    return outcome_of(client.get(reverse("wagtailadmin_home")), True)


def edit_example(client, world):
    address = reverse("wagtailadmin_pages:edit", args=[world.example.pk])
    return outcome_of(client.get(address), True)


def publish(client, world):
    """Wagtail's bulk action "publish" on a draft example: allowed if the page went live. For a
    user with the admin but without the permission, Wagtail skips the page and redirects back."""
    draft = world.draft
    address = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    response = client.post(f"{address}?id={draft.pk}")
    draft.refresh_from_db()
    if draft.live:
        return ALLOWED
    return outcome_of(response, False) if refused(response) else REFUSED


def edit_group_page(client, world):
    address = reverse("wagtailadmin_pages:edit", args=[world.group.pk])
    return outcome_of(client.get(address), True)


def edit_other_group_page(client, world):
    address = reverse("wagtailadmin_pages:edit", args=[world.other_group.pk])
    return outcome_of(client.get(address), True)


def question_listing(client, world):
    """The admin's "Development questions": allowed if the group's question is listed."""
    question = world.question
    response = client.get(reverse("development_groups_question:index"))
    listed = response.status_code == 200 and question in response.context["object_list"]
    return outcome_of(response, listed) if listed or refused(response) else REFUSED


def question_inspect(client, world):
    address = reverse("development_groups_question:inspect", args=[world.question.pk])
    return outcome_of(client.get(address), True)


def other_group_question_inspect(client, world):
    """A question of the other group, opened in the admin by its address."""
    question = QuestionFactory(group_page=world.other_group)
    address = reverse("development_groups_question:inspect", args=[question.pk])
    return outcome_of(client.get(address), True)


def outcome_on_session_page(client, world):
    """The session page is public; its members-only section holds the outcome."""
    assert world.outcome.session == world.session
    response = client.get(world.session.url)
    assert response.status_code == 200
    return ALLOWED if SECRET in response.content.decode() else REFUSED


def outcome_document(client, world):
    response = client.get(world.document.url)
    return outcome_of(response, response.status_code == 200 and DOCUMENT_TEXT in body(response))


def registrations(client, world):
    return outcome_of(client.get(reverse("wagtailsnippets_events_registration:list")), True)


def scan_report(client, world):
    return outcome_of(client.get(reverse("scan_report")), True)


def follower_counts(client, world):
    return outcome_of(client.get(reverse("following_counts")), True)


def follower_data(client, world):
    """One subscriber's address and follows (GDPR): superusers only."""
    return outcome_of(client.get(reverse("following_subscriber")), True)


def search_insight(client, world):
    return outcome_of(client.get(reverse("search_insight")), True)


def search_promotions(client, world):
    return outcome_of(client.get(reverse("wagtailsearchpromotions:add")), True)


def vocabularies(client, world):
    """The themes in the admin's Taxonomy menu: staff read the vocabularies."""
    return outcome_of(client.get(reverse("wagtailsnippets_taxonomy_theme:list")), True)


def change_vocabulary(client, world):
    theme = ThemeFactory()
    address = reverse("wagtailsnippets_taxonomy_theme:edit", args=[theme.pk])
    return outcome_of(client.get(address), True)


def manage_users(client, world):
    return outcome_of(client.get(reverse("wagtailusers_users:index")), True)


ACTIONS = [
    dashboard,
    edit_example,
    publish,
    edit_group_page,
    edit_other_group_page,
    question_listing,
    question_inspect,
    other_group_question_inspect,
    outcome_on_session_page,
    outcome_document,
    registrations,
    scan_report,
    follower_counts,
    follower_data,
    search_insight,
    search_promotions,
    vocabularies,
    change_vocabulary,
    manage_users,
]
ROLES = ["anonymous", "member", "other_member", "facilitator", "editor", "moderator"]

Y, N = ALLOWED, REFUSED
# fmt: off
MATRIX = {
    #                               anon member other facil. editor moder.
    "dashboard":                    (N, N, N, Y, Y, Y),
    "edit_example":                 (N, N, N, N, Y, Y),
    "publish":                      (N, N, N, N, N, Y),
    "edit_group_page":              (N, N, N, Y, Y, Y),
    "edit_other_group_page":        (N, N, N, N, Y, Y),
    "question_listing":             (N, N, N, Y, Y, Y),
    "question_inspect":             (N, N, N, Y, Y, Y),
    "other_group_question_inspect": (N, N, N, N, Y, Y),
    "outcome_on_session_page":      (N, Y, N, Y, Y, Y),
    "outcome_document":             (N, Y, N, Y, Y, Y),
    "registrations":                (N, N, N, N, Y, Y),
    "scan_report":                  (N, N, N, N, Y, Y),
    "follower_counts":              (N, N, N, N, Y, Y),
    "follower_data":                (N, N, N, N, N, N),
    "search_insight":               (N, N, N, N, Y, Y),
    "search_promotions":            (N, N, N, N, Y, Y),
    "vocabularies":                 (N, N, N, N, Y, Y),
    "change_vocabulary":            (N, N, N, N, N, N),
    "manage_users":                 (N, N, N, N, N, N),
}
# fmt: on
assert set(MATRIX) == {action.__name__ for action in ACTIONS}

# Rows where the current answer is wrong: (action, role) -> why. Each is reported, not pinned.
WRONG = {}


def rows():
    for action in ACTIONS:
        for role, expected in zip(ROLES, MATRIX[action.__name__], strict=True):
            marks = []
            if (action.__name__, role) in WRONG:
                marks = [pytest.mark.xfail(strict=True, reason=WRONG[action.__name__, role])]
            yield pytest.param(role, action, expected, id=f"{role}-{action.__name__}", marks=marks)


@pytest.mark.parametrize(("role", "action", "expected"), list(rows()))
def test_permission_matrix(client, world, role, action, expected):
    user = make_user(role, world)
    if user is not None:
        client.force_login(user)
    assert action(client, world) == expected
