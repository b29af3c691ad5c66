"""The theme vote's deadline (`Ballot.closes_at`): members see until when they can vote, in their
language and in Amsterdam time; once it has passed the vote is closed for them (no form, a post
is refused and changes nothing, the result and the chosen themes may show) even when the
facilitator has not closed it yet. The facilitator sets it in the admin: never in the past."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from django.urls import reverse
from django.utils import timezone, translation

from development_groups.ballot import chosen_themes, open_vote
from development_groups.factories import ThemeProposalFactory
from development_groups.models import Ballot, ThemeProposal, Vote
from tests.support import translate_page

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
DUTCH_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DUTCH_MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]

pytestmark = pytest.mark.django_db


def at_five(days):
    """17:00 in Amsterdam, `days` from today."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(17), tzinfo=AMSTERDAM)


def in_dutch(moment):
    day = moment.date()
    month = DUTCH_MONTHS[day.month - 1]
    return f"{DUTCH_DAYS[day.weekday()]} {day.day} {month} {day.year}, 17.00 uur"


def in_english(moment):
    return f"{moment:%A} {moment.day} {moment:%B %Y}, 17.00"


def set_ballot(group, **fields):
    Ballot.objects.filter(group_page=group).update(**fields)
    return Ballot.objects.get(group_page=group)


@pytest.fixture
def proposals(group):
    return [
        ThemeProposalFactory(group_page=group, title=f"Thema {n}", sort_order=n) for n in range(3)
    ]


def vote_url(group):
    return group.url + group.reverse_subpage("vote")


def vote_section(body):
    section = body[body.index('<section id="vote"') :]
    return section[: section.index("</section>")]


# The model: one place decides -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "closes_in_days", "members_see"),
    [
        (Ballot.State.OPEN, None, Ballot.State.OPEN),
        (Ballot.State.OPEN, 3, Ballot.State.OPEN),
        (Ballot.State.OPEN, -1, Ballot.State.CLOSED),  # past its deadline
        (Ballot.State.CLOSED, 3, Ballot.State.CLOSED),
        (Ballot.State.NOT_OPEN, -1, Ballot.State.NOT_OPEN),  # never opened: nothing to show
    ],
)
def test_what_members_meet_and_which_chosen_themes_show(
    group, session, state, closes_in_days, members_see
):
    closes_at = at_five(closes_in_days) if closes_in_days is not None else None
    ballot = set_ballot(group, state=state, closes_at=closes_at)
    proposal = ThemeProposalFactory(group_page=group, session=session)

    assert ballot.state_at() == members_see
    assert ballot.accepting_votes == (members_see == Ballot.State.OPEN)
    assert ballot.voting_ended == (members_see == Ballot.State.CLOSED)
    shown = members_see == Ballot.State.CLOSED
    assert chosen_themes().filter(pk=proposal.pk).exists() == shown


def test_the_deadline_is_a_moment_not_a_day(group):
    ballot = set_ballot(group, state=Ballot.State.OPEN, closes_at=at_five(0))

    assert ballot.state_at(at_five(0) - datetime.timedelta(minutes=1)) == Ballot.State.OPEN
    assert ballot.state_at(at_five(0)) == Ballot.State.CLOSED


# Members ---------------------------------------------------------------------------------------


def test_members_see_until_when_they_can_vote_in_dutch_and_amsterdam_time(
    client, group, member, proposals
):
    deadline = at_five(9)
    set_ballot(group, state=Ballot.State.OPEN, closes_at=deadline)
    client.force_login(member)

    section = vote_section(client.get(group.url).text)

    assert f"U kunt stemmen tot {in_dutch(deadline)}." in section
    assert 'name="proposals"' in section


def test_the_english_page_says_it_in_english(
    client, home_page_en, locale_en, group, member, proposals
):
    deadline = at_five(9)
    set_ballot(group, state=Ballot.State.OPEN, closes_at=deadline)
    english = translate_page(group, locale_en, title="Development group on absenteeism")
    client.force_login(member)

    with translation.override("en"):
        section = vote_section(client.get(english.url).text)

    assert f"You can vote until {in_english(deadline)}." in section


def test_after_the_deadline_there_is_no_form_but_the_result(client, group, member, proposals):
    deadline = at_five(-2)
    set_ballot(group, state=Ballot.State.OPEN, closes_at=deadline)
    Vote.objects.create(proposal=proposals[1], member=member)
    client.force_login(member)

    section = vote_section(client.get(group.url).text)

    assert 'name="proposals"' not in section
    assert f"Stemmen kon tot {in_dutch(deadline)}." in section
    assert 'id="vote-results"' in section
    assert "U kunt stemmen tot" not in section


def test_a_post_after_the_deadline_is_refused_and_saves_nothing(client, group, member, proposals):
    deadline = at_five(-1)
    set_ballot(group, state=Ballot.State.OPEN, closes_at=deadline, votes_per_member=2)
    Vote.objects.create(proposal=proposals[0], member=member)
    client.force_login(member)

    response = client.post(vote_url(group), {"proposals": [proposals[1].pk, proposals[2].pk]})

    assert response.status_code == 200
    assert (
        f"Stemmen kon tot {in_dutch(deadline)}: u kunt uw stemmen niet meer wijzigen."
        in response.text
    )
    assert set(Vote.objects.filter(member=member).values_list("proposal", flat=True)) == {
        proposals[0].pk
    }
    assert 'name="proposals"' not in response.text


def test_a_post_before_the_deadline_is_saved(client, group, member, proposals):
    set_ballot(group, state=Ballot.State.OPEN, closes_at=timezone.now() + datetime.timedelta(1))
    client.force_login(member)

    response = client.post(vote_url(group), {"proposals": [proposals[2].pk]})

    assert response.status_code == 302
    assert Vote.objects.get(member=member).proposal_id == proposals[2].pk


def test_the_chosen_theme_shows_on_the_session_once_the_deadline_passed(
    client, group, session, member
):
    ThemeProposalFactory(group_page=group, session=session, title="Vroeg signaleren")
    set_ballot(group, state=Ballot.State.OPEN, closes_at=at_five(3))
    assert "Vroeg signaleren" not in client.get(session.url).text

    set_ballot(group, closes_at=timezone.now() - datetime.timedelta(minutes=1))

    assert "Vroeg signaleren" in client.get(session.url).text


def test_my_groups_links_to_the_vote_with_its_deadline_until_it_passes(
    client, group, member, proposals
):
    deadline = at_five(5)
    set_ballot(group, state=Ballot.State.OPEN, questions_open=False, closes_at=deadline)
    client.force_login(member)

    text = client.get("/account/").text
    assert f'href="{group.url}stemmen/"' in text
    assert f"(tot {in_dutch(deadline)})" in text

    set_ballot(group, closes_at=timezone.now() - datetime.timedelta(minutes=1))
    assert "stemmen/" not in client.get("/account/").text


def test_the_opening_mail_names_the_deadline(
    group, member, proposals, mailoutbox, django_capture_on_commit_callbacks
):
    deadline = at_five(12)
    ballot = set_ballot(group, closes_at=deadline)

    with django_capture_on_commit_callbacks(execute=True):
        assert open_vote(ballot)

    assert f"U kunt stemmen tot {in_dutch(deadline)}." in mailoutbox[0].body


# The facilitator ------------------------------------------------------------------------------


def edit_url(ballot):
    return reverse("development_groups_ballot:edit", args=[ballot.pk])


def admin_time(moment):
    return f"{moment.astimezone(AMSTERDAM):%Y-%m-%d %H:%M}"


@pytest.fixture
def as_facilitator(client, facilitator):
    client.force_login(facilitator)
    return facilitator


def test_the_facilitator_sets_a_deadline_in_the_future(client, as_facilitator, group):
    ballot = group.ballot
    deadline = at_five(10)

    response = client.post(
        edit_url(ballot), {"votes_per_member": "3", "closes_at": admin_time(deadline)}
    )

    assert response.status_code == 302
    assert Ballot.objects.get(pk=ballot.pk).closes_at == deadline


@pytest.mark.parametrize("state", [Ballot.State.NOT_OPEN, Ballot.State.OPEN])
def test_a_deadline_in_the_past_is_refused_in_dutch(client, as_facilitator, group, state):
    ballot = set_ballot(group, state=state)

    response = client.post(
        edit_url(ballot), {"votes_per_member": "3", "closes_at": admin_time(at_five(-1))}
    )

    assert response.status_code == 200
    assert response.context["form"].errors["closes_at"] == [
        "Dit moment is al voorbij: kies een deadline in de toekomst, of geen deadline."
    ]
    assert Ballot.objects.get(pk=ballot.pk).closes_at is None


def test_a_passed_deadline_left_as_it_was_does_not_block_the_form(client, as_facilitator, group):
    deadline = at_five(-1)
    ballot = set_ballot(group, state=Ballot.State.OPEN, closes_at=deadline, questions_open=True)

    page = client.get(edit_url(ballot))
    response = client.post(
        edit_url(ballot), {"votes_per_member": "3", "closes_at": admin_time(deadline)}
    )

    assert 'id="theme-vote-deadline-passed"' in page.text
    assert response.status_code == 302
    ballot = Ballot.objects.get(pk=ballot.pk)
    assert (ballot.closes_at, ballot.questions_open) == (deadline, False)


def test_a_closed_votes_deadline_does_not_change(client, as_facilitator, group):
    ballot = set_ballot(group, state=Ballot.State.CLOSED)

    response = client.post(
        edit_url(ballot), {"votes_per_member": "3", "closes_at": admin_time(at_five(10))}
    )

    assert "closes_at" in response.context["form"].errors
    assert Ballot.objects.get(pk=ballot.pk).closes_at is None


def test_a_vote_whose_deadline_passed_does_not_open(
    client, as_facilitator, group, member, proposals, mailoutbox
):
    ballot = set_ballot(group, closes_at=timezone.now() - datetime.timedelta(minutes=5))

    response = client.post(reverse("development_groups_ballot:open", args=[ballot.pk]), follow=True)

    assert Ballot.objects.get(pk=ballot.pk).state == Ballot.State.NOT_OPEN
    assert "De deadline om te stemmen is al voorbij" in response.text
    assert mailoutbox == []


def test_the_facilitator_still_closes_a_vote_past_its_deadline(
    client, as_facilitator, group, session, member, proposals
):
    ballot = set_ballot(group, state=Ballot.State.OPEN, closes_at=at_five(-1))
    Vote.objects.create(proposal=proposals[2], member=member)

    client.post(reverse("development_groups_ballot:close", args=[ballot.pk]))

    assert Ballot.objects.get(pk=ballot.pk).state == Ballot.State.CLOSED
    assert ThemeProposal.objects.get(pk=proposals[2].pk).session_id == session.pk
