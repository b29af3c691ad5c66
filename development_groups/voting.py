"""What a member does on the group's page: ask a development question, and vote on the themes.

Both act on the group in the default language (`page.source`), so the Dutch and the English page
share one question round and one vote. A refusal raises `Refused` (`VoteRefused`,
`QuestionRefused`) with a sentence for the member, and changes nothing.

A member's votes are replaced as a whole, in one transaction that first locks the group's
`Ballot` row: two submissions of the same member at once are served one after the other, so the
result is always exactly one of them, never a mix above the limit. The unique constraint on
(proposal, member) is the last guard where there is no lock (SQLite).
"""

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .access import is_member
from .ballot import deadline_text
from .models import Ballot, Question, ThemeProposal, Vote

QUESTION_MAX = Question._meta.get_field("text").max_length
ONLY_MEMBERS_ASK = gettext_lazy("Only members of this development group can ask questions.")


class Refused(Exception):
    """A member's action that cannot be done; `message` tells them why."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class VoteRefused(Refused):
    pass


class QuestionRefused(Refused):
    pass


def parse_ids(values):
    """The set of proposal ids in the submitted values, or None when one is not a whole number
    (a tampered form)."""
    ids = set()
    for value in values:
        value = str(value).strip()
        if not value.isdecimal() or not value.isascii() or len(value) > 18:
            return None
        ids.add(int(value))
    return ids


def not_accepting_message(ballot):
    """Why a vote that does not accept votes now refuses one."""
    if ballot is not None and ballot.is_closed:
        return _("The vote has closed: your votes can no longer be changed.")
    if ballot is not None and ballot.voting_ended:
        return _("Voting was possible until %(deadline)s: your votes can no longer be changed.") % {
            "deadline": deadline_text(ballot)
        }
    return _("The vote is not open.")


def cast_votes(group_page, user, proposal_ids):
    """Make `proposal_ids` the member's votes in the group's vote (an empty list withdraws them).
    Returns the set of chosen proposal ids; raises VoteRefused and changes nothing when the
    member may not vote now or the choice is not allowed."""
    group = group_page.source
    try:
        with transaction.atomic():
            ballot = Ballot.objects.select_for_update().filter(group_page=group).first()
            if not is_member(user, group):
                raise VoteRefused(_("Only members of this development group can vote."))
            if ballot is None or not ballot.accepting_votes:
                raise VoteRefused(not_accepting_message(ballot))
            chosen = parse_ids(proposal_ids)
            group_proposals = set(
                ThemeProposal.objects.filter(group_page=group).values_list("pk", flat=True)
            )
            if chosen is None or not chosen <= group_proposals:
                raise VoteRefused(
                    _(
                        "Your choice contains a theme that is not part of this vote. "
                        "Nothing has been changed: choose again from the list."
                    )
                )
            if len(chosen) > ballot.votes_per_member:
                raise VoteRefused(
                    _(
                        "You chose %(count)s themes, but you can choose at most %(limit)s. "
                        "Nothing has been changed."
                    )
                    % {"count": len(chosen), "limit": ballot.votes_per_member}
                )
            mine = Vote.objects.filter(member=user, proposal__group_page=group)
            mine.exclude(proposal_id__in=chosen).delete()
            existing = set(mine.values_list("proposal_id", flat=True))
            Vote.objects.bulk_create(
                [Vote(proposal_id=pk, member=user) for pk in sorted(chosen - existing)]
            )
    except IntegrityError:
        # Another submission of the same member slipped past the lock (only without row locks):
        # this one is rolled back whole.
        raise VoteRefused(
            _("Your votes were changed at the same moment elsewhere. Check them and try again.")
        ) from None
    return chosen


def current_votes(group_page, user):
    """The ids of the proposals the user votes for in the group."""
    if not user.is_authenticated:
        return set()
    return set(
        Vote.objects.filter(member=user, proposal__group_page=group_page.source).values_list(
            "proposal_id", flat=True
        )
    )


def submit_question(group_page, user, text):
    """Store a member's development question; raises QuestionRefused and stores nothing when
    they may not ask one now or the text is empty or too long. Sending the same question twice
    (a double click) stores it once."""
    group = group_page.source
    text = (text or "").strip()
    if not is_member(user, group):
        raise QuestionRefused(str(ONLY_MEMBERS_ASK))
    ballot = Ballot.objects.filter(group_page=group).first()
    if ballot is None or not ballot.questions_open:
        raise QuestionRefused(_("The question round is closed: no new questions can be added."))
    if not text:
        raise QuestionRefused(_("Type your question."))
    if len(text) > QUESTION_MAX:
        raise QuestionRefused(
            _("Your question can be at most %(limit)s characters (you entered %(count)s).")
            % {"limit": QUESTION_MAX, "count": len(text)}
        )
    asked = Question.objects.filter(group_page=group, author=user, text=text).first()
    return asked or Question.objects.create(group_page=group, author=user, text=text)
