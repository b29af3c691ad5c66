"""The admin side of development groups: a facilitator manages their own group and nothing else
(pages, questions, proposals, vote, outcomes, invitations; another group's object is a 404, a
tampered form changes nothing), editors manage every group, members never get into the admin.
And the vote buttons, the outcome's documents and the draft practice example."""

import datetime
import json

import pytest

from django.contrib.auth.models import Permission
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone

from wagtail.documents.models import Document
from wagtail.models import Collection, ModelLogEntry

from development_groups.access import ensure_access
from development_groups.admin.views import invitation_state
from development_groups.factories import (
    DevelopmentSessionPageFactory,
    QuestionFactory,
    SessionOutcomeFactory,
    ThemeProposalFactory,
    UserFactory,
)
from development_groups.models import (
    Ballot,
    Invitation,
    Question,
    SessionOutcome,
    ThemeProposal,
    Vote,
)
from events.factories import EventIndexPageFactory, EventPageFactory
from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory
from practice_examples.models import PracticeExamplePage
from tests.support import join

NAMESPACES = {
    "question": "development_groups_question",
    "proposal": "development_groups_proposal",
    "ballot": "development_groups_ballot",
    "outcome": "development_groups_outcome",
    "invitation": "development_groups_invitation",
}
PUBLIC_SUMMARY = "Vier regio's deelden hun aanpak.\n\nDe groep maakt een overzicht per regio."


def url(kind, view, *args):
    return reverse(f"{NAMESPACES[kind]}:{view}", args=args)


def listed(response):
    return {obj.pk for obj in response.context["object_list"]}


def rich_text(text):
    """A rich text field's value as the admin's editor posts it."""
    block = {"key": "a", "type": "unstyled", "text": text, "depth": 0}
    block |= {"inlineStyleRanges": [], "entityRanges": []}
    return json.dumps({"blocks": [block], "entityMap": {}})


def denied(response):
    """Wagtail's answer to a missing permission: back to the dashboard (or a plain 403)."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def days(number):
    return datetime.date.today() + datetime.timedelta(days=number)


def form_data(**fields):
    """POST data for a Wagtail model form: the documents formset empty unless given."""
    data = {
        "documents-TOTAL_FORMS": "0",
        "documents-INITIAL_FORMS": "0",
        "documents-MIN_NUM_FORMS": "0",
        "documents-MAX_NUM_FORMS": "1000",
    }
    data.update({key: "" if value is None else value for key, value in fields.items()})
    return data


@pytest.fixture
def other_session(other_group):
    return DevelopmentSessionPageFactory(
        parent=other_group, title="Bijeenkomst terugkeer", slug="bijeenkomst-terugkeer"
    )


@pytest.fixture
def private(group, other_group, session, other_session, member, other_member):
    """Each group's questions, proposals, outcomes and invitations; the other group's texts
    carry "ANDERE-GROEP" so a leak is easy to find."""
    return {
        "question": QuestionFactory(group_page=group, author=member, text="Hoe vinden wij ze?"),
        "other_question": QuestionFactory(
            group_page=other_group, author=other_member, text="ANDERE-GROEP vraag"
        ),
        "proposal": ThemeProposalFactory(group_page=group, title="Signaleren"),
        "other_proposal": ThemeProposalFactory(group_page=other_group, title="ANDERE-GROEP thema"),
        "outcome": SessionOutcomeFactory(session=session),
        "other_outcome": SessionOutcomeFactory(
            session=other_session, summary="<p>ANDERE-GROEP samenvatting</p>"
        ),
        "invitation": Invitation.objects.create(group_page=group, email="nieuw@example.nl"),
        "other_invitation": Invitation.objects.create(
            group_page=other_group, email="andere-groep@example.nl"
        ),
    }


@pytest.fixture
def as_facilitator(client, facilitator):
    client.force_login(facilitator)
    return facilitator


@pytest.fixture
def as_editor(client, editor):
    client.force_login(editor)
    return editor


# Pages ----------------------------------------------------------------------------------------


@pytest.mark.django_db
class TestFacilitatorPages:
    def test_edits_their_group_page_and_its_sessions(self, client, as_facilitator, group, session):
        assert client.get(reverse("wagtailadmin_pages:edit", args=[group.pk])).status_code == 200
        assert client.get(reverse("wagtailadmin_pages:edit", args=[session.pk])).status_code == 200
        add_session = reverse(
            "wagtailadmin_pages:add",
            args=["development_groups", "developmentsessionpage", group.pk],
        )
        assert client.get(add_session).status_code == 200

    def test_cannot_edit_another_group_practice_examples_or_events(
        self, client, as_facilitator, home_page, other_group, other_session
    ):
        example = PracticeExamplePageFactory(
            parent=PracticeExampleIndexPageFactory(parent=home_page)
        )
        event = EventPageFactory(parent=EventIndexPageFactory(parent=home_page))

        for page in (other_group, other_session, example, event, home_page):
            response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
            assert denied(response), page

    def test_a_post_to_another_groups_page_changes_nothing(
        self, client, as_facilitator, other_group
    ):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[other_group.pk]),
            {"title": "Overgenomen", "slug": other_group.slug},
        )

        assert denied(response)
        other_group.refresh_from_db()
        assert other_group.title == "Ontwikkelgroep terugkeer"


@pytest.mark.django_db
def test_members_are_sent_away_from_the_admin(client, member):
    client.force_login(member)

    for address in ("/admin/", url("question", "index"), url("outcome", "index")):
        response = client.get(address)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))


# Listings -------------------------------------------------------------------------------------


@pytest.mark.django_db
class TestListings:
    @pytest.mark.parametrize(
        ("kind", "mine", "theirs"),
        [
            ("question", "question", "other_question"),
            ("proposal", "proposal", "other_proposal"),
            ("outcome", "outcome", "other_outcome"),
            ("invitation", "invitation", "other_invitation"),
        ],
    )
    def test_a_facilitator_sees_only_their_group(
        self, client, as_facilitator, private, kind, mine, theirs
    ):
        response = client.get(url(kind, "index"))

        assert response.status_code == 200
        assert listed(response) == {private[mine].pk}
        assert b"ANDERE-GROEP" not in response.content
        assert b"andere-groep@example.nl" not in response.content

    def test_a_facilitator_sees_their_groups_vote_only(
        self, client, as_facilitator, group, other_group
    ):
        response = client.get(url("ballot", "index"))

        assert listed(response) == {group.ballot.pk}

    @pytest.mark.parametrize("kind", ["question", "proposal", "outcome", "invitation", "ballot"])
    def test_an_editor_sees_every_group(self, client, as_editor, private, kind):
        response = client.get(url(kind, "index"))

        assert response.status_code == 200
        assert len(listed(response)) == 2

    def test_the_group_filter_offers_and_filters_the_users_groups_only(
        self, client, as_facilitator, private, group, other_group
    ):
        response = client.get(url("question", "index"), {"group_page": other_group.pk})

        assert listed(response) == {private["question"].pk}
        choices = [c[0] for c in response.context["filters"].form.fields["group_page"].choices]
        assert other_group.pk not in [getattr(choice, "value", choice) for choice in choices]

    def test_search_stays_within_the_users_groups(self, client, as_facilitator, private):
        found = client.get(url("question", "index"), {"q": "vinden"})
        other = client.get(url("question", "index"), {"q": "ANDERE-GROEP"})

        assert listed(found) == {private["question"].pk}
        assert listed(other) == set()

    def test_the_menu_leads_a_facilitator_to_their_group(self, client, as_facilitator):
        response = client.get(reverse("wagtailadmin_home"))

        assert response.status_code == 200
        for kind in NAMESPACES:
            assert url(kind, "index").encode() in response.content

    def test_the_outcome_listing_names_the_group(self, client, as_editor, private):
        response = client.get(url("outcome", "index"))

        assert b"Ontwikkelgroep terugkeer" in response.content
        assert b"Ontwikkelgroep thuiszitten" in response.content

    @pytest.mark.parametrize("user", ["as_editor", "as_facilitator"])
    def test_listing_queries_stay_constant(
        self, client, request, group, member, user, django_assert_max_num_queries
    ):
        """About 14 queries for an editor, 18 for a facilitator, at any length."""
        request.getfixturevalue(user)
        for number in range(25):
            session = DevelopmentSessionPageFactory(parent=group, start_date=days(number + 1))
            QuestionFactory(group_page=group, author=member)
            ThemeProposalFactory(group_page=group, session=session)
            SessionOutcomeFactory(session=session)
            Invitation.objects.create(group_page=group, email=f"n{number}@example.nl")
        for kind in NAMESPACES:
            with django_assert_max_num_queries(20):
                assert client.get(url(kind, "index")).status_code == 200


# Another group's objects ----------------------------------------------------------------------


@pytest.mark.django_db
class TestAnotherGroupsObjects:
    @pytest.mark.parametrize(
        ("kind", "view", "key"),
        [
            ("question", "inspect", "other_question"),
            ("proposal", "edit", "other_proposal"),
            ("proposal", "delete", "other_proposal"),
            ("outcome", "edit", "other_outcome"),
            ("outcome", "practice_example", "other_outcome"),
        ],
    )
    def test_are_not_found(self, client, as_facilitator, private, kind, view, key):
        response = client.get(url(kind, view, private[key].pk))

        assert response.status_code == 404
        assert b"ANDERE-GROEP" not in response.content

    def test_another_groups_vote_is_not_found(self, client, as_facilitator, other_group):
        response = client.get(url("ballot", "edit", other_group.ballot.pk))

        assert response.status_code == 404

    def test_posts_to_another_groups_objects_change_nothing(
        self, client, as_facilitator, private, other_group
    ):
        proposal = private["other_proposal"]
        outcome = private["other_outcome"]
        ballot = other_group.ballot
        ThemeProposalFactory(group_page=other_group)

        responses = [
            client.post(url("proposal", "edit", proposal.pk), form_data(title="Overgenomen")),
            client.post(url("proposal", "delete", proposal.pk)),
            client.post(url("outcome", "edit", outcome.pk), form_data(summary=rich_text("weg"))),
            client.post(url("outcome", "practice_example", outcome.pk)),
            client.post(url("ballot", "edit", ballot.pk), {"votes_per_member": "9"}),
            client.post(url("ballot", "open", ballot.pk)),
            client.post(url("ballot", "close", ballot.pk)),
            client.post(url("ballot", "assign", ballot.pk)),
        ]

        assert [response.status_code for response in responses] == [404] * len(responses)
        assert ThemeProposal.objects.get(pk=proposal.pk).title == "ANDERE-GROEP thema"
        assert "ANDERE-GROEP" in SessionOutcome.objects.get(pk=outcome.pk).summary
        ballot = Ballot.objects.get(pk=ballot.pk)
        assert (ballot.state, ballot.votes_per_member) == (Ballot.State.NOT_OPEN, 3)
        assert not PracticeExamplePage.objects.exists()

    def test_a_question_is_only_read_by_a_facilitator_and_deleted_by_an_editor(
        self, client, facilitator, editor, private
    ):
        question = private["question"]
        client.force_login(facilitator)
        assert client.get(url("question", "inspect", question.pk)).status_code == 200
        assert denied(client.post(url("question", "delete", question.pk)))
        assert denied(client.get(url("question", "edit", question.pk)))
        assert denied(client.get(url("question", "add")))
        assert Question.objects.filter(pk=question.pk).exists()

        client.force_login(editor)
        assert client.post(url("question", "delete", question.pk)).status_code == 302
        assert not Question.objects.filter(pk=question.pk).exists()

    def test_nothing_private_is_written_to_wagtails_site_history(
        self, client, as_facilitator, group
    ):
        client.post(
            url("proposal", "add"),
            form_data(group_page=group.pk, title="GEHEIM-THEMA", sort_order="0"),
        )

        proposal = ThemeProposal.objects.get(title="GEHEIM-THEMA")
        assert not ModelLogEntry.objects.filter(label__contains="GEHEIM").exists()
        history = f"/admin/development-groups/proposals/history/{proposal.pk}/"
        assert client.get(history).status_code == 404  # no history pages at all


# Theme proposals ------------------------------------------------------------------------------


@pytest.mark.django_db
class TestProposalForm:
    def test_offers_only_the_users_groups_questions_and_sessions(
        self, client, as_facilitator, private, group, session, other_session
    ):
        form = client.get(url("proposal", "add")).context["form"]

        assert list(form.fields["group_page"].queryset) == [group]
        assert list(form.fields["questions"].queryset) == [private["question"]]
        assert list(form.fields["session"].queryset) == [session]

    def test_a_facilitator_makes_a_proposal_for_their_group(
        self, client, as_facilitator, private, group, session
    ):
        response = client.post(
            url("proposal", "add"),
            form_data(
                group_page=group.pk,
                title="Vroeg signaleren",
                description="Uit de vragen over verzuim.",
                questions=[private["question"].pk],
                session=session.pk,
                sort_order="1",
            ),
        )

        assert response.status_code == 302
        proposal = ThemeProposal.objects.get(title="Vroeg signaleren")
        assert proposal.group_page_id == group.pk and proposal.session_id == session.pk
        assert list(proposal.questions.all()) == [private["question"]]

    @pytest.mark.parametrize("tampered", ["group_page", "questions", "session"])
    def test_another_groups_ids_are_refused(
        self, client, as_facilitator, private, group, session, other_group, other_session, tampered
    ):
        fields = {
            "group_page": group.pk,
            "title": "Gekaapt",
            "questions": [private["question"].pk],
            "session": session.pk,
            "sort_order": "0",
        }
        fields[tampered] = {
            "group_page": other_group.pk,
            "questions": [private["other_question"].pk],
            "session": other_session.pk,
        }[tampered]

        response = client.post(url("proposal", "add"), form_data(**fields))

        assert response.status_code == 200
        assert tampered in response.context["form"].errors
        assert not ThemeProposal.objects.filter(title="Gekaapt").exists()

    def test_an_existing_proposal_keeps_its_group_and_offers_its_own_sessions(
        self, client, as_editor, private, group, session, other_group, other_session
    ):
        proposal = private["proposal"]

        form = client.get(url("proposal", "edit", proposal.pk)).context["form"]
        assert list(form.fields["session"].queryset) == [session]
        response = client.post(
            url("proposal", "edit", proposal.pk),
            form_data(group_page=other_group.pk, title="Signaleren", sort_order="0"),
        )

        assert response.status_code == 302
        assert ThemeProposal.objects.get(pk=proposal.pk).group_page_id == group.pk


# The vote -------------------------------------------------------------------------------------


@pytest.fixture
def send(client, django_capture_on_commit_callbacks):
    def send(address, data=None):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(address, data or {})

    return send


@pytest.mark.django_db
class TestVote:
    def test_a_facilitator_opens_and_closes_the_vote_and_members_are_mailed(
        self, client, send, as_facilitator, group, member, session, mailoutbox
    ):
        proposal = ThemeProposalFactory(group_page=group, title="Signaleren")
        ballot = group.ballot

        assert send(url("ballot", "open", ballot.pk)).status_code == 302
        assert Ballot.objects.get(pk=ballot.pk).state == Ballot.State.OPEN
        Vote.objects.create(proposal=proposal, member=member)
        assert send(url("ballot", "close", ballot.pk)).status_code == 302

        assert Ballot.objects.get(pk=ballot.pk).state == Ballot.State.CLOSED
        assert ThemeProposal.objects.get(pk=proposal.pk).session_id == session.pk
        assert [mail.to for mail in mailoutbox] == [["lid@example.nl"], ["lid@example.nl"]]

    def test_a_vote_without_proposals_does_not_open(self, client, send, as_facilitator, group):
        response = send(url("ballot", "open", group.ballot.pk))

        assert response.status_code == 302
        assert Ballot.objects.get(pk=group.ballot.pk).state == Ballot.State.NOT_OPEN

    def test_the_page_shows_the_tally_once_closed(
        self, client, as_facilitator, group, member, session
    ):
        proposal = ThemeProposalFactory(group_page=group, title="Signaleren", session=session)
        Vote.objects.create(proposal=proposal, member=member)
        Ballot.objects.filter(pk=group.ballot.pk).update(state=Ballot.State.OPEN)
        open_page = client.get(url("ballot", "edit", group.ballot.pk))
        Ballot.objects.filter(pk=group.ballot.pk).update(state=Ballot.State.CLOSED)

        response = client.get(url("ballot", "edit", group.ballot.pk))

        assert b"theme-vote-tally" not in open_page.content
        assert response.status_code == 200
        rows = response.context["assign_form"].rows
        assert [(row.title, row.vote_count) for row in rows] == [("Signaleren", 1)]
        assert b"theme-vote-tally" in response.content

    def test_the_facilitator_moves_a_chosen_theme_to_another_session(
        self, client, as_facilitator, group, session, other_session
    ):
        later = DevelopmentSessionPageFactory(parent=group, start_date=days(60))
        proposal = ThemeProposalFactory(group_page=group, session=session)
        Ballot.objects.filter(pk=group.ballot.pk).update(state=Ballot.State.CLOSED)

        client.post(url("ballot", "assign", group.ballot.pk), {f"session-{proposal.pk}": later.pk})
        assert ThemeProposal.objects.get(pk=proposal.pk).session_id == later.pk

        client.post(
            url("ballot", "assign", group.ballot.pk), {f"session-{proposal.pk}": other_session.pk}
        )
        assert ThemeProposal.objects.get(pk=proposal.pk).session_id == later.pk

        client.post(url("ballot", "assign", group.ballot.pk), {f"session-{proposal.pk}": ""})
        assert ThemeProposal.objects.get(pk=proposal.pk).session_id is None

    def test_the_form_changes_the_question_round_and_the_votes(self, client, as_facilitator, group):
        address = url("ballot", "edit", group.ballot.pk)

        refused = client.post(address, {"votes_per_member": "0"})
        client.post(address, {"votes_per_member": "5"})  # question round unticked: closed

        assert "votes_per_member" in refused.context["form"].errors
        ballot = Ballot.objects.get(pk=group.ballot.pk)
        assert (ballot.votes_per_member, ballot.questions_open) == (5, False)


# Outcomes and their documents -----------------------------------------------------------------


def document_in(collection, title):
    return Document.objects.create(
        title=title, file=ContentFile(b"verslag", name=f"{title}.txt"), collection=collection
    )


@pytest.mark.django_db
class TestOutcomes:
    def test_a_facilitator_writes_an_outcome_with_a_document_of_the_group(
        self, client, as_facilitator, group, session
    ):
        document = document_in(ensure_access(group).collection, "verslag")

        response = client.post(
            url("outcome", "add"),
            form_data(
                session=session.pk,
                summary=rich_text("Samenvatting"),
                **{
                    "documents-TOTAL_FORMS": "1",
                    "documents-0-document": document.pk,
                    "documents-0-ORDER": "1",
                    "documents-0-id": "",
                },
            ),
        )

        assert response.status_code == 302
        outcome = SessionOutcome.objects.get(session=session)
        assert [d.document_id for d in outcome.documents.all()] == [document.pk]

    def test_a_document_outside_the_groups_collection_is_refused(
        self, client, as_editor, group, session
    ):
        public = document_in(Collection.get_first_root_node(), "openbaar")

        response = client.post(
            url("outcome", "add"),
            form_data(
                session=session.pk,
                **{
                    "documents-TOTAL_FORMS": "1",
                    "documents-0-document": public.pk,
                    "documents-0-ORDER": "1",
                    "documents-0-id": "",
                },
            ),
        )

        assert response.status_code == 200
        assert not SessionOutcome.objects.filter(session=session).exists()
        assert "documents" in response.context["form"].formsets
        assert response.context["form"].formsets["documents"].forms[0].errors["document"]

    def test_only_sessions_without_an_outcome_are_offered(
        self, client, as_facilitator, group, session
    ):
        SessionOutcomeFactory(session=session)
        later = DevelopmentSessionPageFactory(parent=group, start_date=days(40))

        form = client.get(url("outcome", "add")).context["form"]

        assert list(form.fields["session"].queryset) == [later]

    def test_an_outcome_for_another_groups_session_is_refused(
        self, client, as_facilitator, other_session
    ):
        response = client.post(url("outcome", "add"), form_data(session=other_session.pk))

        assert response.status_code == 200
        assert "session" in response.context["form"].errors
        assert not SessionOutcome.objects.exists()

    def test_the_document_chooser_offers_only_the_groups_documents(
        self, client, as_facilitator, group, other_group
    ):
        own = document_in(ensure_access(group).collection, "eigen")
        other = document_in(ensure_access(other_group).collection, "ANDERE-GROEP")
        public = document_in(Collection.get_first_root_node(), "openbaar")

        response = client.get(reverse("wagtaildocs_chooser:choose"))

        shown = {document.pk for document in response.context["results"]}
        assert own.pk in shown and other.pk not in shown and public.pk not in shown

    def test_a_facilitators_upload_lands_in_the_groups_collection(
        self, client, as_facilitator, group
    ):
        response = client.post(
            reverse("wagtaildocs_chooser:create"),
            {
                "document-chooser-upload-title": "Verslag",
                "document-chooser-upload-file": ContentFile(b"verslag", name="verslag.txt"),
            },
        )

        assert response.status_code == 200
        assert Document.objects.get(title="Verslag").collection == ensure_access(group).collection


# Draft practice example -----------------------------------------------------------------------


@pytest.fixture
def example_index(home_page):
    return PracticeExampleIndexPageFactory(parent=home_page)


@pytest.fixture
def summarised(outcome):
    outcome.public_summary = PUBLIC_SUMMARY
    outcome.save()
    return outcome


@pytest.mark.django_db
class TestPracticeExample:
    def test_an_editor_gets_a_draft_from_the_public_summary_only(
        self, client, as_editor, example_index, summarised, group, taxa
    ):
        group.themes.add(taxa["ouders"])
        group.save()
        address = url("outcome", "practice_example", summarised.pk)

        assert client.get(address).status_code == 200
        response = client.post(address)

        page = PracticeExamplePage.objects.get()
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
        assert not page.live and page.get_parent().pk == example_index.pk
        assert page.title == "Ontwikkelgroep thuiszitten: Tweede bijeenkomst"
        assert "Vier regio's" in page.intro and "overzicht per regio" in page.results
        assert list(page.themes.all()) == [taxa["ouders"]]
        text = " ".join(str(getattr(page, f)) for f in ("intro", "problem", "approach", "results"))
        assert "GEHEIM" not in text
        assert page.owner_id == as_editor.pk

    def test_a_facilitator_hands_the_draft_to_the_editors(
        self, client, as_facilitator, example_index, summarised
    ):
        response = client.post(url("outcome", "practice_example", summarised.pk))

        page = PracticeExamplePage.objects.get()
        assert not page.live
        assert response["Location"] == url("outcome", "edit", summarised.pk)
        assert denied(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))

    def test_a_second_click_makes_no_second_draft(
        self, client, as_editor, example_index, summarised
    ):
        client.post(url("outcome", "practice_example", summarised.pk))
        client.post(url("outcome", "practice_example", summarised.pk))

        assert PracticeExamplePage.objects.count() == 1

    def test_no_draft_without_a_public_summary(self, client, as_editor, example_index, outcome):
        edit = client.get(url("outcome", "edit", outcome.pk))
        response = client.post(url("outcome", "practice_example", outcome.pk))

        assert url("outcome", "practice_example", outcome.pk).encode() not in edit.content
        assert response.status_code == 302
        assert not PracticeExamplePage.objects.exists()

    def test_the_outcome_editor_offers_the_action(self, client, as_editor, summarised):
        response = client.get(url("outcome", "edit", summarised.pk))

        assert url("outcome", "practice_example", summarised.pk).encode() in response.content


# Invitations ----------------------------------------------------------------------------------


@pytest.mark.django_db
class TestInvitations:
    def test_the_listing_shows_whether_an_invitation_was_accepted_or_expired(
        self, client, as_editor, group, member
    ):
        now = timezone.now()
        invitations = [
            Invitation.objects.create(group_page=group, email="open@example.nl"),
            Invitation.objects.create(
                group_page=group, email="oud@example.nl", expires_at=now - datetime.timedelta(1)
            ),
            Invitation.objects.create(
                group_page=group, email="lid@example.nl", accepted_at=now, user=member
            ),
        ]

        response = client.get(url("invitation", "index"))

        states = [invitation_state(invitation) for invitation in invitations]
        assert len(set(states)) == 3
        for state in states:
            assert state.encode() in response.content

    def test_a_member_is_not_invited_again(self, client, as_facilitator, group, member):
        response = client.post(
            url("invitation", "add"), form_data(group_page=group.pk, email="LID@example.nl")
        )

        assert response.status_code == 200
        assert "email" in response.context["form"].errors
        assert not Invitation.objects.exists()

    def test_a_facilitator_cannot_invite_to_another_group(
        self, client, as_facilitator, other_group
    ):
        response = client.post(
            url("invitation", "add"), form_data(group_page=other_group.pk, email="x@example.nl")
        )

        assert response.status_code == 200
        assert "group_page" in response.context["form"].errors
        assert not Invitation.objects.exists()

    def test_a_facilitator_invites_a_member_to_their_group(
        self, client, send, as_facilitator, group, mailoutbox
    ):
        response = send(
            url("invitation", "add"),
            form_data(group_page=group.pk, email="Nieuw@Example.nl", name="Nieuw lid"),
        )

        assert response.status_code == 302
        invitation = Invitation.objects.get()
        assert (invitation.group_page_id, invitation.email) == (group.pk, "nieuw@example.nl")
        assert invitation.invited_by_id == as_facilitator.pk
        assert [mail.to for mail in mailoutbox] == [["nieuw@example.nl"]]

    def test_an_unrelated_admin_user_sees_nothing(self, client, private):
        writer = UserFactory(email="schrijver@example.nl")
        writer.user_permissions.add(Permission.objects.get(codename="access_admin"))
        client.force_login(writer)

        for kind in NAMESPACES:
            assert denied(client.get(url(kind, "index")))
        join(writer, private["question"].group_page)  # a member too: still no admin listing
        assert denied(client.get(url("question", "index")))
