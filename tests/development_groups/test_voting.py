"""The theme vote: a member chooses up to `votes_per_member` proposals of their group and may
change them until the vote closes. Every bad input (closed vote, too many, not a member, another
group's proposal, tampered ids, a GET) gets a clear message, changes nothing and never errors."""

import re

import pytest

from django.db import IntegrityError, connection
from django.utils.translation import gettext

from development_groups.factories import ThemeProposalFactory, UserFactory
from development_groups.models import Ballot, Vote
from development_groups.voting import VoteRefused, cast_votes
from tests.support import all_at_once, join, translate_page


def open_vote(group, votes_per_member=2):
    Ballot.objects.filter(group_page=group).update(
        state=Ballot.State.OPEN, votes_per_member=votes_per_member
    )


def votes_of(user):
    return set(Vote.objects.filter(member=user).values_list("proposal_id", flat=True))


def checked_boxes(body):
    """The values of the checked proposal checkboxes on a page."""
    boxes = re.findall(r'<input[^>]*name="proposals"[^>]*>', body)
    return [re.search(r'value="([^"]*)"', box)[1] for box in boxes if " checked" in box]


@pytest.fixture
def proposals(group):
    return [
        ThemeProposalFactory(group_page=group, title=f"Thema {n}", sort_order=n) for n in range(4)
    ]


@pytest.fixture
def voting_member(group, member, proposals):
    """The member, with a vote for the first proposal, in an open vote of two votes each."""
    open_vote(group)
    Vote.objects.create(proposal=proposals[0], member=member)
    return member


def vote_url(group):
    return group.url + group.reverse_subpage("vote")


# Voting and changing one's votes ------------------------------------------------------------


def test_a_member_votes_changes_and_withdraws_their_votes(group, voting_member, proposals):
    a, b, c, _d = proposals

    assert cast_votes(group, voting_member, [str(a.pk), str(b.pk)]) == {a.pk, b.pk}
    assert votes_of(voting_member) == {a.pk, b.pk}

    cast_votes(group, voting_member, [str(b.pk), str(c.pk)])
    assert votes_of(voting_member) == {b.pk, c.pk}

    cast_votes(group, voting_member, [])
    assert votes_of(voting_member) == set()


def test_a_vote_kept_keeps_its_row(group, voting_member, proposals):
    kept = Vote.objects.get(member=voting_member, proposal=proposals[0])
    cast_votes(group, voting_member, [str(proposals[0].pk), str(proposals[1].pk)])
    assert Vote.objects.filter(pk=kept.pk).exists()


def test_voting_through_the_page_redirects_back_with_a_message(
    client, group, voting_member, proposals
):
    client.force_login(voting_member)

    response = client.post(vote_url(group), {"proposals": [proposals[1].pk, proposals[2].pk]})

    assert response.status_code == 302
    assert response["Location"] == f"{group.url}#vote-messages"
    assert votes_of(voting_member) == {proposals[1].pk, proposals[2].pk}
    body = client.get(group.url).content.decode()
    # The confirmation is where the redirect lands (the vote section), announced and focused,
    # and not at the top of the page, some screens higher.
    vote_section = body[body.index('<section id="vote"') :]
    vote_section = vote_section[: vote_section.index("</section>")]
    confirmation = re.search(r'<div [^>]*id="vote-messages"[^>]*>\s*<p>([^<]*)</p>', vote_section)
    assert confirmation[1] == gettext("Thank you: your votes have been saved.")
    assert 'role="status"' in confirmation[0]
    assert "autofocus" in confirmation[0]
    assert body.count(gettext("Thank you: your votes have been saved.")) == 1
    assert 'id="messages"' not in body


def test_withdrawing_ones_votes_is_confirmed_in_the_vote_section(
    client, group, voting_member, proposals
):
    client.force_login(voting_member)

    response = client.post(vote_url(group), {})

    assert response["Location"] == f"{group.url}#vote-messages"
    body = client.get(response["Location"]).content.decode()
    vote_section = body[body.index('<section id="vote"') :]
    assert gettext("Your votes have been withdrawn.") in vote_section


def test_the_other_members_votes_stay_untouched(group, voting_member, proposals):
    colleague = join(UserFactory(), group)
    Vote.objects.create(proposal=proposals[0], member=colleague)
    cast_votes(group, voting_member, [str(proposals[3].pk)])
    assert votes_of(colleague) == {proposals[0].pk}


def test_the_english_page_shares_the_dutch_vote(
    client, home_page_en, locale_en, group, voting_member, proposals
):
    english = translate_page(group, locale_en, title="Development group on absenteeism")
    client.force_login(voting_member)

    response = client.post(vote_url(english), {"proposals": [proposals[2].pk]})

    assert response.status_code == 302
    assert votes_of(voting_member) == {proposals[2].pk}
    assert Vote.objects.get(member=voting_member).proposal.group_page_id == group.pk


# Bad input: nothing changes, never an error ------------------------------------------------


def refused_post(client, group, data, status=200):
    """Post to the vote; the page comes back with the reason, and the member's vote for the
    first proposal is as it was."""
    response = client.post(vote_url(group), data)
    assert response.status_code == status
    return response.content.decode()


def test_after_the_vote_closed(client, group, voting_member, proposals):
    Ballot.objects.filter(group_page=group).update(state=Ballot.State.CLOSED)
    client.force_login(voting_member)

    body = refused_post(client, group, {"proposals": [proposals[1].pk]})

    assert gettext("The vote has closed: your votes can no longer be changed.") in body
    assert votes_of(voting_member) == {proposals[0].pk}


def test_before_the_vote_opened(client, group, voting_member, proposals):
    Ballot.objects.filter(group_page=group).update(state=Ballot.State.NOT_OPEN)
    client.force_login(voting_member)

    body = refused_post(client, group, {"proposals": [proposals[1].pk]})

    assert gettext("The vote is not open.") in body
    assert votes_of(voting_member) == {proposals[0].pk}


def test_more_than_allowed(client, group, voting_member, proposals):
    client.force_login(voting_member)
    chosen = [proposals[1].pk, proposals[2].pk, proposals[3].pk]

    body = refused_post(client, group, {"proposals": chosen})

    assert 'id="vote-error"' in body
    assert "3" in body[body.index('id="vote-error"') :][:400]
    assert votes_of(voting_member) == {proposals[0].pk}
    # The refused choice is shown again, so the member only has to uncheck one.
    assert len(checked_boxes(body)) == 3


def test_as_a_member_of_another_group(client, group, voting_member, other_member, proposals):
    client.force_login(other_member)

    body = refused_post(client, group, {"proposals": [proposals[1].pk]}, status=403)

    assert gettext("Only members of this development group can vote.") in body
    assert not Vote.objects.filter(member=other_member).exists()
    assert votes_of(voting_member) == {proposals[0].pk}


def test_as_an_anonymous_visitor(client, group, voting_member, proposals):
    body = refused_post(client, group, {"proposals": [proposals[1].pk]}, status=403)

    assert gettext("Only members of this development group can vote.") in body
    assert "?next=" in body
    assert Vote.objects.count() == 1


def test_posting_to_another_group(client, group, other_group, voting_member, proposals):
    """A member of one group posting their group's proposal to another group's vote."""
    open_vote(other_group)
    client.force_login(voting_member)

    refused_post(client, other_group, {"proposals": [proposals[1].pk]}, status=403)

    assert votes_of(voting_member) == {proposals[0].pk}


def test_a_proposal_of_another_group(client, group, other_group, voting_member, proposals):
    foreign = ThemeProposalFactory(group_page=other_group, title="Thema van een andere groep")
    client.force_login(voting_member)

    body = refused_post(client, group, {"proposals": [proposals[1].pk, foreign.pk]})

    assert 'id="vote-error"' in body
    assert votes_of(voting_member) == {proposals[0].pk}


@pytest.mark.parametrize(
    "garbage",
    [
        "abc",
        "",
        " ",
        "1.5",
        "-1",
        "1e3",
        "0x10",
        "٣",  # an Arabic-Indic digit: a digit, but not ours
        "9" * 30,
        "1; DROP TABLE development_groups_vote",
        "\x00",
    ],
)
def test_tampered_ids(client, group, voting_member, proposals, garbage):
    client.force_login(voting_member)

    body = refused_post(client, group, {"proposals": [str(proposals[1].pk), garbage]})

    assert 'id="vote-error"' in body
    assert votes_of(voting_member) == {proposals[0].pk}


def test_an_id_that_is_no_proposal_at_all(client, group, voting_member, proposals):
    client.force_login(voting_member)
    missing = max(p.pk for p in proposals) + 1000

    refused_post(client, group, {"proposals": [missing]})

    assert votes_of(voting_member) == {proposals[0].pk}


def test_a_get_changes_nothing_and_leads_to_the_vote(client, group, voting_member, proposals):
    client.force_login(voting_member)

    response = client.get(vote_url(group), {"proposals": [proposals[1].pk]})

    assert response.status_code == 302
    assert response["Location"] == f"{group.url}#vote"
    assert votes_of(voting_member) == {proposals[0].pk}


def test_the_unique_constraint_is_the_last_guard(group, voting_member, proposals, monkeypatch):
    """Where no row lock serialises two submissions (SQLite), a twin vote that slipped in makes
    the database refuse: the member is told, and the whole change is rolled back."""

    def twin(*args, **kwargs):
        raise IntegrityError("development_groups_one_vote_per_proposal")

    monkeypatch.setattr(Vote.objects, "bulk_create", twin)

    with pytest.raises(VoteRefused):
        cast_votes(group, voting_member, [str(proposals[1].pk)])
    assert votes_of(voting_member) == {proposals[0].pk}  # the deletion is rolled back too


def test_refusals_carry_a_message(group, member, proposals):
    with pytest.raises(VoteRefused) as refusal:
        cast_votes(group, member, [str(proposals[0].pk)])
    # The sentence the member reads (the view shows `message`), in the site's language: the
    # vote is not open yet. The exception's own text is the same sentence.
    assert refusal.value.message == gettext("The vote is not open.") == "De stemming is niet open."
    assert str(refusal.value) == refusal.value.message
    assert votes_of(member) == set()  # and nothing was saved


# Concurrency: PostgreSQL only ---------------------------------------------------------------


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs PostgreSQL row locks (select_for_update): set DATABASE_URL to a PostgreSQL "
    "database to run it",
)
def test_the_same_members_submissions_at_once_end_as_exactly_one_of_them(group, member, proposals):
    open_vote(group, votes_per_member=2)
    a, b, c, d = proposals
    choices = [{a.pk, b.pk}, {c.pk, d.pk}, {a.pk, c.pk}, {b.pk, d.pk}, {d.pk}, {a.pk}]

    for _round in range(3):
        results = all_at_once(
            len(choices),
            lambda n: cast_votes(group, member, [str(pk) for pk in choices[n]]),
        )
        assert results == choices  # none refused
        final = votes_of(member)
        assert final in choices  # one whole submission, never a mix above the limit
