"""/account/: "Mijn groepen", the member's development groups on one page: upcoming sessions
with their chosen themes, the latest outcomes and what the member can do now (questions, vote).
The same SQL at any number of groups and sessions."""

import html
import re
from collections import defaultdict
from functools import reduce
from operator import or_

from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.shortcuts import render
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.views.decorators.cache import never_cache

from core.localization import localized_pages

from .access import member_groups, user_group_ids
from .ballot import chosen_themes, deadline_text
from .models import Ballot, DevelopmentSessionPage, SessionOutcome

TEMPLATE = "development_groups/account/home.html"
LATEST_OUTCOMES = 3  # per group on "my groups"
EXCERPT_WORDS = 40


@never_cache
@login_required
def home(request):
    """The member's groups: upcoming sessions with their chosen themes, the latest outcomes and
    what the member can do now (questions, vote). The same SQL at any number of sessions."""
    # What the page shows follows from the member's roles (their Django groups), the state of
    # their groups' votes now (a deadline passing closes one) and the content: loaded only when
    # the template renders it, not when it shows it from the fragment cache
    # (core/fragment_cache.py), which varies on the roles and the votes.
    votes = Ballot.objects.filter(group_page__in=member_groups(request.user)).order_by("pk")
    context = {
        "groups": SimpleLazyObject(lambda: my_groups(request)),
        "state": (
            sorted(user_group_ids(request.user)),
            [(vote.pk, vote.state_at(), vote.questions_open) for vote in votes],
        ),
    }
    return render(request, TEMPLATE, context)


def my_groups(request):
    """Per group of the member, by title: its page and URL, its vote and what can be done in it
    now, its upcoming sessions with their chosen themes and its latest outcomes."""
    sources = list(
        member_groups(request.user).live().select_related("ballot").distinct().order_by("pk")
    )
    if not sources:
        return []
    sessions = GroupSessions(sources)
    localized = dict(
        zip(
            [page.pk for page in sources] + list(sessions.shown),
            localized_pages(sources + list(sessions.shown.values())),
            strict=True,
        )
    )
    groups = [group_entry(request, source, localized, sessions) for source in sources]
    groups.sort(key=lambda group: group["page"].title.lower())
    return groups


class GroupSessions:
    """The live sessions of the groups, in four queries: the upcoming ones with their chosen
    themes, and those with an outcome to show, latest first."""

    def __init__(self, sources):
        sessions = list(
            DevelopmentSessionPage.objects.live()
            .filter(reduce(or_, (Q(path__startswith=g.path, depth=g.depth + 1) for g in sources)))
            .order_by("starts_at", "pk")
        )
        now = timezone.now()
        self.upcoming = [session for session in sessions if session.ends_at > now]
        self.outcomes = {
            outcome.session_id: outcome
            for outcome in SessionOutcome.objects.filter(session__in=[s.pk for s in sessions])
        }
        self.with_outcome = [
            session
            for session in reversed(sessions)
            if session.pk in self.outcomes and outcome_excerpt(self.outcomes[session.pk])
        ]
        self.themes = defaultdict(list)
        for session_id, title in (
            chosen_themes()
            .filter(session__in=[s.pk for s in self.upcoming])
            .values_list("session_id", "title")
        ):
            self.themes[session_id].append(title)
        self.shown = {session.pk: session for session in self.upcoming + self.with_outcome}


def group_entry(request, source, localized, sessions):
    """What "my groups" shows of one group (`source`, the group page in the default language)."""
    page = localized[source.pk]
    ballot = ballot_of(source)
    url = page.get_url(request)

    def subpage_url(name, when):
        return url + page.reverse_subpage(name) if url and ballot and when(ballot) else ""

    in_group = [s for s in sessions.upcoming if s.path.startswith(source.path)]
    with_outcome = [s for s in sessions.with_outcome if s.path.startswith(source.path)]
    return {
        "page": page,
        "url": url,
        "ballot": ballot,
        "questions_url": subpage_url("questions", lambda ballot: ballot.questions_open),
        "vote_url": subpage_url("vote", lambda ballot: ballot.accepting_votes),
        "vote_deadline": deadline_text(ballot) if ballot else "",
        "upcoming": [{"page": localized[s.pk], "themes": sessions.themes[s.pk]} for s in in_group],
        "outcomes": [
            {"page": localized[s.pk], "excerpt": outcome_excerpt(sessions.outcomes[s.pk])}
            for s in with_outcome
        ][:LATEST_OUTCOMES],
    }


def ballot_of(group_page):
    try:
        return group_page.ballot
    except Ballot.DoesNotExist:
        return None


BLOCK_END = re.compile(r"(</(?:p|li|h\d|ul|ol)>|<br\s*/?>)", re.IGNORECASE)


def outcome_excerpt(outcome):
    """The first words of the outcome's summary (or else its insights) as plain text."""
    text = outcome.summary or outcome.insights or ""
    text = html.unescape(strip_tags(BLOCK_END.sub(r"\1 ", text)))
    return Truncator(" ".join(text.split())).words(EXCERPT_WORDS)
