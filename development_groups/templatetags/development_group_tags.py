"""Development group content shown on other pages: the session outcomes of a theme page.

What a reader sees depends on who they are (access.py): everyone sees the public summaries the
facilitators published; a group's insiders also see that their group's sessions on this theme
have a full outcome, behind a link to the session page (which checks again). Nothing here is
cached: the list is per reader.
"""

from django import template
from django.db.models import Q

from core.localization import localized_pages

from ..access import member_groups, sees_all
from ..models import DevelopmentSessionPage, SessionOutcome

register = template.Library()

THEME_OUTCOMES_LIMIT = 6


def readable_outcomes(user):
    """The outcomes a user may know of: published public summaries, and every outcome of the
    groups they are an insider of. Only of live, public sessions."""
    visible = Q(public_summary_published=True)
    if sees_all(user):
        visible = Q()
    elif user.is_authenticated:
        for group in member_groups(user):
            visible |= Q(session__path__startswith=group.path)
    sessions = DevelopmentSessionPage.objects.live().public()
    return SessionOutcome.objects.filter(visible, session__in=sessions)


@register.inclusion_tag("development_groups/tags/theme_outcomes.html", takes_context=True)
def theme_session_outcomes(context, theme):
    """Session outcomes on a theme, newest session first, as the reader may see them."""
    request = context["request"]
    outcomes = list(
        readable_outcomes(request.user)
        .filter(session__themes__slug=theme.slug)
        .select_related("session")
        .order_by("-session__starts_at", "-pk")
        .distinct()[:THEME_OUTCOMES_LIMIT]
    )
    sessions = localized_pages(outcome.session for outcome in outcomes)
    return {
        "items": [
            {
                "session": session,
                "summary": outcome.public_summary if outcome.public_summary_published else "",
            }
            for session, outcome in zip(sessions, outcomes, strict=True)
        ],
        "request": request,
    }
