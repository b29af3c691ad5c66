"""Development groups: a closed group of regional partners meeting in a series of sessions.

The public side is pages: `DevelopmentGroupIndexPage` (/ontwikkelgroepen/), `DevelopmentGroupPage`
and its `DevelopmentSessionPage` children. A session *is* an event (multi-table inheritance from
`events.EventPage`), so its date, time, place and status are typed once and the agenda and its
calendars show it like any other event.

The private side is plain models, never page fields: they stay out of page revisions, out of
translation, out of the search index and out of the API.

- Membership is a Django group per development group (`GroupAccess.members`); its facilitators
  are another (`GroupAccess.facilitators`), which holds the admin permissions on the group's
  pages and its document collection. The collection's view restriction admits both groups, so
  Wagtail's own document view keeps outcome documents to them.
- Members submit `Question`s, the facilitator clusters them into `ThemeProposal`s, members `Vote`
  within the group's `Ballot`; the chosen proposals are assigned to the following sessions.
- A session's `SessionOutcome` (summary, insights, agreed actions, documents) is for the group's
  members, its facilitators and the editors; its public summary is shown to everyone only when
  the facilitator chooses.

Everything private belongs to the default-language page of its group or session (as the
registrations of an event do): translations share one membership, one ballot, one outcome.
"""

from .membership import (
    INVITATION_VALID_DAYS,
    GroupAccess,
    Invitation,
    invitation_expiry,
    new_invitation_token,
)
from .outcomes import OutcomeDocument, SessionOutcome
from .pages import DevelopmentGroupIndexPage, DevelopmentGroupPage, DevelopmentSessionPage
from .voting import Ballot, Question, ThemeProposal, Vote, questions_key

__all__ = [
    "INVITATION_VALID_DAYS",
    "Ballot",
    "DevelopmentGroupIndexPage",
    "DevelopmentGroupPage",
    "DevelopmentSessionPage",
    "GroupAccess",
    "Invitation",
    "OutcomeDocument",
    "Question",
    "SessionOutcome",
    "ThemeProposal",
    "Vote",
    "invitation_expiry",
    "new_invitation_token",
    "questions_key",
]
