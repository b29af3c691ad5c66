import pytest

from django.db import IntegrityError

from development_groups.access import is_insider, is_member
from development_groups.factories import ThemeProposalFactory
from development_groups.models import DevelopmentSessionPage, GroupAccess, Vote
from events.filters import upcoming_events
from events.models import EventPage


def test_a_group_gets_its_members_facilitators_collection_and_ballot(group):
    access = GroupAccess.objects.get(group_page=group)
    assert access.members.name.endswith("members") or "leden" in access.members.name
    assert access.collection.get_view_restrictions().count() == 1
    assert group.ballot.state == "not_open"


def test_a_session_is_an_event_of_kind_session_in_the_agenda(session):
    assert session.kind == EventPage.Kind.SESSION
    assert isinstance(EventPage.objects.get(pk=session.pk).specific, DevelopmentSessionPage)
    assert session.pk in {event.pk for event in upcoming_events()}


def test_insiders(group, member, other_member, facilitator, editor):
    assert is_member(member, group) and is_insider(member, group)
    assert not is_member(other_member, group) and not is_insider(other_member, group)
    assert is_insider(facilitator, group) and not is_member(facilitator, group)
    assert is_insider(editor, group)


def test_one_vote_per_proposal_per_member(group, member):
    proposal = ThemeProposalFactory(group_page=group)
    Vote.objects.create(proposal=proposal, member=member)
    with pytest.raises(IntegrityError):
        Vote.objects.create(proposal=proposal, member=member)
