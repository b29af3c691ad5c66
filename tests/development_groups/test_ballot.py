"""The theme vote: opening mails the members; closing assigns the chosen themes to the following
sessions in order of votes, mails the members once, and does nothing the second time."""

import datetime

import pytest

from django.db import connection

from development_groups.ballot import (
    close_vote,
    following_sessions,
    member_addresses,
    open_vote,
    tally,
)
from development_groups.factories import (
    DevelopmentSessionPageFactory,
    ThemeProposalFactory,
    UserFactory,
)
from development_groups.models import Ballot, DevelopmentSessionPage, ThemeProposal, Vote
from tests.support import all_at_once, join


def days(number):
    return datetime.date.today() + datetime.timedelta(days=number)


@pytest.fixture
def send(django_capture_on_commit_callbacks):
    """Call a service so that the e-mails it queues for the commit are sent."""

    def send(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return send


@pytest.fixture
def members(group, member):
    """Three members of the group: one without an e-mail address, so two addresses."""
    second = join(UserFactory(email="tweede@example.nl"), group)
    without_address = join(UserFactory(email="", username="zonder-adres"), group)
    return [member, second, without_address]


@pytest.fixture
def sessions(group):
    """The group's sessions: past, cancelled, two following ones (in date order, created out of
    order), one not published."""
    make = DevelopmentSessionPageFactory
    return {
        "past": make(parent=group, title="Eerste", start_date=days(-7)),
        "cancelled": make(
            parent=group,
            title="Afgelast",
            start_date=days(10),
            status=DevelopmentSessionPage.Status.CANCELLED,
            status_reason="Corona",
        ),
        "later": make(parent=group, title="Derde", start_date=days(40)),
        "next": make(parent=group, title="Tweede", start_date=days(20)),
        "draft": make(parent=group, title="Concept", start_date=days(30), live=False),
    }


def vote(proposal, *voters):
    for voter in voters:
        Vote.objects.create(proposal=proposal, member=voter)


def voters(group, count):
    return [join(UserFactory(), group) for _ in range(count)]


@pytest.fixture
def open_ballot(group):
    ballot = group.ballot
    ballot.state = Ballot.State.OPEN
    ballot.save()
    return ballot


@pytest.mark.django_db
class TestOpen:
    def test_opening_mails_every_member_with_an_address_the_voting_link(
        self, send, group, members, other_member, facilitator, mailoutbox, settings
    ):
        settings.BASE_URL = "https://kennisbank.example.nl"
        ThemeProposalFactory(group_page=group)

        assert send(open_vote, group.ballot) is True

        ballot = Ballot.objects.get(pk=group.ballot.pk)
        assert ballot.state == Ballot.State.OPEN and ballot.opened_at is not None
        assert sorted(address for mail in mailoutbox for address in mail.to) == [
            "lid@example.nl",
            "tweede@example.nl",
        ]
        body = mailoutbox[0].body
        assert "https://kennisbank.example.nl/ontwikkelgroepen/thuiszitten/stemmen/" in body
        assert "localhost" not in body
        assert group.title in mailoutbox[0].subject
        assert " 3 " in body  # votes per member

    def test_opening_twice_opens_and_mails_once(self, send, group, members, mailoutbox):
        assert send(open_vote, group.ballot) is True
        first_opened_at = Ballot.objects.get(pk=group.ballot.pk).opened_at

        assert send(open_vote, group.ballot) is False

        assert len(mailoutbox) == 2
        assert Ballot.objects.get(pk=group.ballot.pk).opened_at == first_opened_at

    def test_a_closed_vote_does_not_open_again(self, send, group, members, mailoutbox):
        Ballot.objects.filter(pk=group.ballot.pk).update(state=Ballot.State.CLOSED)

        assert send(open_vote, group.ballot) is False

        assert Ballot.objects.get(pk=group.ballot.pk).state == Ballot.State.CLOSED
        assert mailoutbox == []


@pytest.mark.django_db
class TestClose:
    def test_themes_go_to_the_following_sessions_in_order_of_votes(
        self, send, group, open_ballot, sessions
    ):
        people = voters(group, 3)
        few = ThemeProposalFactory(group_page=group, title="Weinig", sort_order=1)
        most = ThemeProposalFactory(group_page=group, title="Meest", sort_order=2)
        none = ThemeProposalFactory(group_page=group, title="Geen", sort_order=0)
        vote(few, people[0])
        vote(most, *people)

        assigned = send(close_vote, open_ballot)

        assert [(p.title, p.session.title) for p in assigned] == [
            ("Meest", "Tweede"),
            ("Weinig", "Derde"),
        ]
        assert ThemeProposal.objects.get(pk=most.pk).session_id == sessions["next"].pk
        assert ThemeProposal.objects.get(pk=few.pk).session_id == sessions["later"].pk
        assert ThemeProposal.objects.get(pk=none.pk).session_id is None  # no votes: not chosen

    def test_a_tie_follows_the_facilitators_order(self, send, group, open_ballot, sessions):
        person = voters(group, 1)[0]
        second = ThemeProposalFactory(group_page=group, title="B", sort_order=2)
        first = ThemeProposalFactory(group_page=group, title="A", sort_order=1)
        vote(second, person)
        vote(first, person)

        assigned = send(close_vote, open_ballot)

        assert [p.title for p in assigned] == ["A", "B"]
        assert [p.title for p in tally(group)] == ["A", "B"]

    def test_past_cancelled_unpublished_and_taken_sessions_are_skipped(
        self, send, group, open_ballot, sessions
    ):
        ThemeProposalFactory(group_page=group, title="Al gekozen", session=sessions["next"])
        people = voters(group, 2)
        for number in range(3):
            vote(ThemeProposalFactory(group_page=group, title=f"T{number}"), *people[number:])

        assert list(following_sessions(group)) == [sessions["later"]]
        assigned = send(close_vote, open_ballot)

        assert [(p.title, p.session_id) for p in assigned] == [("T0", sessions["later"].pk)]
        assert not ThemeProposal.objects.filter(
            session__in=[sessions["past"], sessions["cancelled"], sessions["draft"]]
        ).exists()

    def test_closing_mails_the_chosen_themes_once_and_a_second_close_does_nothing(
        self, send, group, members, open_ballot, sessions, mailoutbox
    ):
        proposal = ThemeProposalFactory(group_page=group, title="Verzuim in beeld")
        vote(proposal, members[0])

        assert len(send(close_vote, open_ballot)) == 1
        closed_at = Ballot.objects.get(pk=open_ballot.pk).closed_at
        assert send(close_vote, open_ballot) is None

        assert len(mailoutbox) == 2  # two members with an address, once each
        assert "Verzuim in beeld" in mailoutbox[0].body
        assert "Tweede" in mailoutbox[0].body
        ballot = Ballot.objects.get(pk=open_ballot.pk)
        assert ballot.state == Ballot.State.CLOSED and ballot.closed_at == closed_at
        assert ThemeProposal.objects.get(pk=proposal.pk).session_id == sessions["next"].pk

    def test_a_vote_without_votes_still_closes(
        self, send, group, members, open_ballot, sessions, mailoutbox
    ):
        ThemeProposalFactory(group_page=group, title="Zonder stemmen")

        assert send(close_vote, open_ballot) == []

        assert Ballot.objects.get(pk=open_ballot.pk).state == Ballot.State.CLOSED
        assert not ThemeProposal.objects.filter(session__isnull=False).exists()
        assert len(mailoutbox) == 2
        assert "Zonder stemmen" not in mailoutbox[0].body

    def test_a_vote_that_never_opened_is_not_closed(self, send, group, members, mailoutbox):
        assert send(close_vote, group.ballot) is None

        assert Ballot.objects.get(pk=group.ballot.pk).state == Ballot.State.NOT_OPEN
        assert mailoutbox == []

    def test_another_groups_sessions_are_never_assigned(
        self, send, group, other_group, open_ballot
    ):
        DevelopmentSessionPageFactory(parent=other_group, start_date=days(5))
        vote(ThemeProposalFactory(group_page=group), *voters(group, 1))

        assert send(close_vote, open_ballot) == []


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs PostgreSQL row locks (select_for_update): set DATABASE_URL to a PostgreSQL "
    "database to run it",
)
def test_a_double_click_on_close_assigns_and_mails_once(group, members, sessions, mailoutbox):
    ballot = group.ballot
    Ballot.objects.filter(pk=ballot.pk).update(state=Ballot.State.OPEN)
    people = voters(group, 2)
    vote(ThemeProposalFactory(group_page=group, title="Een"), *people)
    vote(ThemeProposalFactory(group_page=group, title="Twee"), people[0])
    results = all_at_once(4, lambda _n: close_vote(ballot))

    assert sorted(len(result) for result in results if result is not None) == [2]
    assert results.count(None) == 3
    addresses = [address for mail in mailoutbox for address in mail.to]
    assert sorted(addresses) == member_addresses(group)  # everyone once
    assert len(addresses) == 4
    assert ThemeProposal.objects.filter(session__isnull=False).count() == 2
