"""The public and the members' side of the development group pages.

- The overview (/ontwikkelgroepen/): every group as a card with its status, registration, number
  of sessions and next session (`index_context`).
- A group's page: what it is, for whom, how to take part, its sessions, and for its insiders
  (access.is_insider) the question round and the theme vote (`group_context`). Members ask
  (`question_view`, /vragen/) and vote (`vote_view`, /stemmen/): POST, then a redirect back to
  the page with a message; a refusal shows the page again with the reason, nothing changed.
- A session's page: the session as an event, its chosen themes, its public summary once
  published, and the full outcome for insiders only (`session_context`).

Which visitor sees what is decided in access.py only. Every response to a logged-in visitor is
`Cache-Control: private, no-store` (core.middleware.PrivateForUsersMiddleware), so no shared
cache ever stores members' content; anonymous pages stay cacheable.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import resolve_url
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from wagtail.models import Page

from core import page_cache
from core.localization import localized_pages
from taxonomy.cards import theme_links
from taxonomy.models import Audience, Organisation, Theme

from . import voting
from .access import is_insider, is_member, member_groups
from .ballot import chosen_themes, deadline_text, tally
from .forms import QuestionForm, VoteForm
from .models import (
    Ballot,
    DevelopmentGroupPage,
    DevelopmentSessionPage,
    Question,
    SessionOutcome,
    ThemeProposal,
    questions_key,
)

QUESTIONS_ANCHOR = "questions"
VOTE_ANCHOR = "vote"
SECTIONS = (QUESTIONS_ANCHOR, VOTE_ANCHOR)


# Shared pieces --------------------------------------------------------------------------------


def login_url(request, page):
    """The members' login, coming back to `page` afterwards."""
    return f"{resolve_url(settings.LOGIN_URL)}?{urlencode({'next': page.get_url(request)})}"


def member_name(user):
    """How a member is named beside their question: never their e-mail address."""
    if user is None:
        return _("A former member")
    return user.get_full_name() or _("A member")


def next_session(sessions, now=None):
    """The first session that has not ended and is not cancelled, or None."""
    now = now or timezone.now()
    for session in sessions:
        if session.ends_at > now and not session.is_cancelled:
            return session
    return None


# The overview ---------------------------------------------------------------------------------


def index_context(request, index):
    """The index's groups: `groups.current` (active or postponed) and `groups.earlier`
    (finished or cancelled), each with `session_count`, `next_session` and `is_mine`, in three
    queries at any number of groups, loaded only when the template renders them (not when it
    shows them from the fragment cache, core/fragment_cache.py); `mine`, the translation keys of
    the visitor's own groups (a query for a member), which the fragment varies on."""
    mine = set()
    if request.user.is_authenticated:
        mine = set(member_groups(request.user).values_list("translation_key", flat=True))
    return {
        "groups": SimpleLazyObject(lambda: group_listing(index, mine)),
        "mine": sorted(str(key) for key in mine),
    }


def group_listing(index, mine):
    groups = list(
        DevelopmentGroupPage.objects.child_of(index)
        .live()
        .public()
        .select_related("organiser")
        .order_by("-first_published_at", "pk")
    )
    sessions = (
        DevelopmentSessionPage.objects.descendant_of(index)
        .filter(depth=index.depth + 2)
        .live()
        .public()
        .order_by("starts_at", "pk")
    )
    by_group = {}
    for session in sessions:
        by_group.setdefault(session.path[: -Page.steplen], []).append(session)
    now = timezone.now()
    current, earlier = [], []
    for group in groups:
        group_sessions = by_group.get(group.path, [])
        group.session_count = group.planned_sessions or len(group_sessions)
        group.next_session = next_session(group_sessions, now)
        group.is_mine = group.translation_key in mine
        finished = group.status in (group.Status.FINISHED, group.Status.CANCELLED)
        (earlier if finished else current).append(group)
    return {"current": current, "earlier": earlier}


# A group's page -------------------------------------------------------------------------------


def group_facts(request, page):
    """Who the group is for, who organises it and with whom, on which themes: each taxon in the
    visitor's language."""
    organisations = Organisation.names_by_slug()
    audiences = Audience.names_by_slug()
    organiser = page.organiser
    return {
        "audiences": [audiences.get(a.slug, a.name) for a in page.audiences.all()],
        "organiser": organisations.get(organiser.slug, organiser.name) if organiser else "",
        "partners": [organisations.get(o.slug, o.name) for o in page.partners.all()],
        "themes": theme_links(request, page.themes.all()),
    }


def session_list(page):
    """The group's live sessions in time order, each with `chosen_themes_titles` (the titles of
    the proposals chosen for it) and `theme_names` (its taxonomy themes). Three queries."""
    sessions = list(page.sessions().prefetch_related("themes"))
    chosen = {}
    if sessions:
        # Proposals belong to the default-language session; its translations share its key.
        rows = (
            chosen_themes()
            .filter(session__translation_key__in=[s.translation_key for s in sessions])
            .order_by("sort_order", "pk")
            .values_list("session__translation_key", "title")
        )
        for key, title in rows:
            chosen.setdefault(key, []).append(title)
    names = Theme.names_by_slug()
    for session in sessions:
        session.chosen_themes_titles = chosen.get(session.translation_key, [])
        session.theme_names = [names.get(t.slug, t.name) for t in session.themes.all()]
    return sessions


def section_messages(request):
    """Django's messages by the section they belong to: a message added with
    `extra_tags=<anchor>` (QUESTIONS_ANCHOR, VOTE_ANCHOR) is shown in that section, where the
    redirect brings the member; any other (`page`) at the top of the page."""
    by_section = {}
    for message in messages.get_messages(request):
        section = message.extra_tags if message.extra_tags in SECTIONS else "page"
        by_section.setdefault(section, []).append(message)
    return by_section


def group_context(request, page, vote_selection=None):
    """Everything the group's page shows. The question round and the vote only for insiders;
    `vote_selection` (proposal ids) pre-checks the vote form instead of the member's votes."""
    group = page.source
    user = request.user
    member = is_member(user, group)
    insider = member or is_insider(user, group)
    ballot = Ballot.objects.filter(group_page=group).first()
    context = {
        # The sessions show their chosen themes once the vote has ended (a deadline passing
        # ends it): the public part's fragment varies on it.
        "vote_ended": ballot is None or ballot.voting_ended,
        # The public part of the page: loaded only when the template renders it, not when it
        # shows it from the fragment cache (core/fragment_cache.py).
        "facts": SimpleLazyObject(lambda: group_facts(request, page)),
        "sessions": SimpleLazyObject(lambda: session_list(page)),
        "is_member": member,
        "is_insider": insider,
        "login_url": "" if user.is_authenticated else login_url(request, page),
        "questions_url": page.get_url(request) + page.reverse_subpage("questions"),
        "vote_url": page.get_url(request) + page.reverse_subpage("vote"),
        "section_messages": section_messages(request),
    }
    if insider:
        context.update(members_context(request, group, ballot, member, vote_selection))
    return context


def members_context(request, group, ballot, member, vote_selection=None):
    """The question round and the vote (`ballot`, None before there is one), for an insider of
    the group."""

    def questions():
        page_cache.depends_on(questions_key(group.pk))
        found = list(Question.objects.filter(group_page=group).select_related("author"))
        for question in found:
            question.author_name = member_name(question.author)
        return found

    # The same for every insider: loaded only when the template renders the list, not when it
    # shows it from the fragment cache (core/fragment_cache.py); a question asked renews it.
    context = {"ballot": ballot, "questions": SimpleLazyObject(questions)}
    if member and ballot is not None and ballot.questions_open:
        context["question_form"] = QuestionForm()
    if ballot is None:
        return context
    my_votes = voting.current_votes(group, request.user) if member else set()
    # One moment for the whole page: the vote is open or has ended, never both or neither.
    vote_state = ballot.state_at()
    context.update(my_votes=my_votes, vote_state=vote_state, vote_deadline=deadline_text(ballot))
    if vote_state == Ballot.State.OPEN:
        proposals = list(ThemeProposal.objects.filter(group_page=group))
        context["proposals"] = proposals
        if member:
            selected = my_votes if vote_selection is None else vote_selection
            context["vote_form"] = VoteForm(proposals, ballot.votes_per_member, selected=selected)
    elif vote_state == Ballot.State.CLOSED:
        # The same for every insider but for their own votes (the fragment varies on them):
        # loaded only when the template renders it, not when it shows it from the fragment
        # cache (core/fragment_cache.py). Opening or closing the vote renews it (apps.py).
        context["results"] = SimpleLazyObject(lambda: vote_results(group))
        context["my_votes_key"] = sorted(my_votes)
    return context


def vote_results(group):
    """The proposals with their number of votes, most first, each with `chosen_session` in the
    visitor's language."""
    results = list(tally(group).select_related("session"))
    sessions = localized_pages(r.session for r in results if r.session_id)
    in_language = {s.translation_key: s for s in sessions}
    for result in results:
        result.chosen_session = (
            in_language.get(result.session.translation_key) if result.session_id else None
        )
    return results


def render_group(request, page, status=200, vote_selection=None, **overrides):
    """The group's page; `vote_selection` shows a refused choice in the vote form again."""
    response = page.render(request, context_overrides=overrides, vote_selection=vote_selection)
    response.status_code = status
    return response


def group_view(request, page):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    return render_group(request, page)


def back_to(request, page, anchor):
    return HttpResponseRedirect(f"{page.get_url(request)}#{anchor}")


def confirmation_anchor(section):
    """The confirmation shown in `section` (includes/messages.html): the redirect goes there, so
    the page opens at it and the browser focuses it (a screen reader reads it)."""
    return f"{section}-messages"


def question_view(request, page):
    """POST: a member's development question. Anything else goes back to the questions."""
    if request.method != "POST":
        return back_to(request, page, QUESTIONS_ANCHOR)
    if not is_member(request.user, page):
        return render_group(request, page, status=403, refusal=voting.ONLY_MEMBERS_ASK)
    form = QuestionForm(request.POST)
    if form.is_valid():
        try:
            voting.submit_question(page, request.user, form.cleaned_data["text"])
        except voting.QuestionRefused as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(
                request,
                _("Thank you: your question has been added."),
                extra_tags=QUESTIONS_ANCHOR,
            )
            return back_to(request, page, confirmation_anchor(QUESTIONS_ANCHOR))
    # The page again, with the question as typed and what to change.
    return render_group(request, page, question_form=form)


def vote_view(request, page):
    """POST: a member's votes (the checked proposals replace their earlier choice). Anything
    else goes back to the vote."""
    if request.method != "POST":
        return back_to(request, page, VOTE_ANCHOR)
    posted = request.POST.getlist("proposals")
    try:
        chosen = voting.cast_votes(page, request.user, posted)
    except voting.VoteRefused as refusal:
        if not is_member(request.user, page):
            return render_group(request, page, status=403, refusal=refusal.message)
        selection = voting.parse_ids(posted) or set()
        return render_group(request, page, vote_selection=selection, vote_error=refusal.message)
    if chosen:
        saved = _("Thank you: your votes have been saved.")
    else:
        saved = _("Your votes have been withdrawn.")
    messages.success(request, saved, extra_tags=VOTE_ANCHOR)
    return back_to(request, page, confirmation_anchor(VOTE_ANCHOR))


# A session's page -----------------------------------------------------------------------------


def session_context(request, page):
    """The session's group, chosen themes and taxonomy themes, its public summary once
    published, and (`outcome`, `documents`) only for an insider of its group."""
    group = page.group
    source = page.source
    insider = group is not None and is_insider(request.user, group)

    def public_summary():
        outcome = SessionOutcome.objects.filter(session=source).first()
        return outcome.public_summary if outcome and outcome.public_summary_published else ""

    context = {
        "group": group,
        # The public part of the page: loaded only when the template renders it, not when it
        # shows it from the fragment cache (core/fragment_cache.py).
        # Read for every request: a vote's deadline passing shows the chosen theme (the
        # fragment varies on it).
        "chosen_themes": list(chosen_themes().filter(session=source)),
        "themes": SimpleLazyObject(lambda: theme_links(request, page.themes.all())),
        "public_summary": SimpleLazyObject(public_summary),
        "is_insider": insider,
        "login_url": ""
        if request.user.is_authenticated or group is None
        else login_url(request, page),
    }
    if insider:
        # The same for every insider: loaded only when the template renders it, not when it
        # shows it from the fragment cache.
        insiders = SimpleLazyObject(lambda: outcome_for_insiders(source))
        context["outcome"] = SimpleLazyObject(lambda: insiders["outcome"])
        context["documents"] = SimpleLazyObject(lambda: insiders["documents"])
    return context


def outcome_for_insiders(session):
    """The session's full outcome (or None) and its documents."""
    outcome = SessionOutcome.objects.filter(session=session).first()
    documents = (
        [item.document for item in outcome.documents.select_related("document")] if outcome else []
    )
    return {"outcome": outcome, "documents": documents}
