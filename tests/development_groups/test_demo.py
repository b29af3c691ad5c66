"""The demo development groups: the seed's cancelled group of 2020, a current group with members,
questions, proposals, votes and an outcome, a group whose vote is open, the members' logins, and
clearing it for `load_demo --reset`.

Loading the demo takes a while, so one test loads it once and checks everything.
"""

import datetime
import html
import re

from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.models import Group
from django.db.models import Count
from django.test import RequestFactory
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Locale, Page

import development_groups.demo
import home.demo
import taxonomy.demo
from demo.management.commands.load_demo import demo_modules
from demo.utils import DemoContext, deferred_indexing, is_school_day
from development_groups import demo as data
from development_groups.access import documents_root, is_member
from development_groups.ballot import tally
from development_groups.models import (
    DevelopmentGroupIndexPage,
    DevelopmentGroupPage,
    DevelopmentSessionPage,
    GroupAccess,
    Question,
    Vote,
)
from events.filters import upcoming_events


def main_text(response):
    assert response.status_code == 200
    main = re.search(r"<main.*?</main>", response.content.decode(), re.S).group(0)
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main)))


def test_demo_groups_sessions_members_votes_and_outcome(db, client):
    names = [module.__name__ for module in demo_modules()]
    assert names.index("development_groups.demo") > names.index("events.demo")  # menu order
    # Only the demo modules the groups build on (without the examples' demo the sessions'
    # related examples are left out).
    context = DemoContext.create()
    with deferred_indexing():  # as load_demo does
        for module in (home.demo, taxonomy.demo, development_groups.demo):
            module.load(context)
    nl, en = Locale.objects.get(language_code="nl"), Locale.objects.get(language_code="en")
    now = timezone.now()

    # /ontwikkelgroepen/ in the menu, in Dutch and English; every session has its address.
    index = DevelopmentGroupIndexPage.objects.get(locale=nl)
    assert (index.url, index.live, index.show_in_menus) == ("/ontwikkelgroepen/", True, True)
    assert list(context.home.get_children().live().in_menu())[-1].pk == index.pk
    assert index.get_translation(en).url == "/en/development-groups/"
    groups = DevelopmentGroupPage.objects.child_of(index).live()
    assert groups.count() == 3
    sessions = DevelopmentSessionPage.objects.live()
    assert sessions.filter(locale=nl).count() == 10
    assert sessions.filter(locale=en).count() == 10
    for session in sessions:
        group = session.get_parent()
        assert session.url == f"{group.url}{session.slug}/"
        assert session.url.startswith(("/ontwikkelgroepen/", "/en/development-groups/"))
        assert client.get(session.url).status_code == 200, session.url
    overview = main_text(client.get(index.url))
    # The newest groups first; the seed's group of 2020 last.
    titles = [group.title for group in groups.order_by("-first_published_at")]
    assert titles[-1] == "Ontwikkelgroep (preventie van) thuiszitten"
    assert all(title in overview for title in titles)

    # The seed: organised by the Steunpunt with the VO-raad as host, free, full, cancelled
    # because of corona; its first session on 25 March 2020 in Utrecht too.
    seed = groups.get(slug="preventie-van-thuiszitten")
    assert seed.status == DevelopmentGroupPage.Status.CANCELLED
    assert "corona" in seed.status_reason
    assert seed.registration_state == DevelopmentGroupPage.RegistrationState.FULL
    assert seed.organiser.name == "Steunpunt Passend Onderwijs"
    assert "VO-raad" in {partner.name for partner in seed.partners.all()}
    assert {"Gemeenten", "Leerplichtambtenaren"} <= {a.name for a in seed.audiences.all()}
    assert "kosten" in seed.cost_note
    first, *others = seed.sessions()
    assert (first.start_date, first.start_time, first.end_time) == (
        datetime.date(2020, 3, 25),
        datetime.time(12, 30),
        datetime.time(15, 30),
    )
    assert (first.venue, first.address, first.city) == ("VO-raad", "Aidadreef 4", "Utrecht")
    assert first.is_cancelled and "corona" in first.status_reason
    assert len(others) == 2
    assert all(session.is_cancelled and session.status_reason for session in others)
    assert not GroupAccess.objects.get(group_page=seed).members.user_set.exists()
    assert "coronavirus" in main_text(client.get(first.url))

    # The current group: members, a facilitator, questions, proposals and a closed vote.
    current = groups.get(slug="terugkeer-naar-onderwijs")
    access = GroupAccess.objects.get(group_page=current)
    members = list(access.members.user_set.all())
    facilitators = list(access.facilitators.user_set.all())
    assert 6 <= len(members) <= 8 and len(facilitators) == 1
    assert not is_member(facilitators[0], current)
    assert all(user.email.endswith("@example.nl") for user in members + facilitators)
    questions = current.questions.all()
    assert 10 <= questions.count() <= 14
    assert {question.author for question in questions} <= set(members)
    assert all(question.created_at < now for question in questions)
    proposals = current.proposals.all()
    assert 4 <= proposals.count() <= 5
    assert all(proposal.questions.exists() for proposal in proposals)
    assert not Question.objects.filter(proposals__in=proposals).exclude(group_page=current)
    ballot = current.ballot
    assert ballot.is_closed and ballot.opened_at < ballot.closed_at < now
    votes = Vote.objects.filter(proposal__group_page=current)
    assert {vote.member for vote in votes} <= set(members)
    per_member = votes.values("member").annotate(n=Count("pk")).values_list("n", flat=True)
    assert max(per_member) <= ballot.votes_per_member
    assert all(ballot.opened_at <= vote.created_at <= ballot.closed_at for vote in votes)

    # The chosen themes: the proposals with the most votes, on the sessions after the first,
    # in order; the tally has no tie at the cut.
    current_sessions = list(current.sessions())
    assert len(current_sessions) == 4
    past, upcoming = current_sessions[0], current_sessions[1:]
    assert past.ends_at < now < upcoming[0].starts_at
    ranked = list(tally(current))
    assert ranked[len(upcoming) - 1].vote_count > ranked[len(upcoming)].vote_count
    assert [proposal.session for proposal in ranked[: len(upcoming)]] == upcoming
    assert all(proposal.session is None for proposal in ranked[len(upcoming) :])

    # The outcome of the first session: for the members, with a document in the group's
    # private collection, and a public summary everyone reads.
    outcome = past.outcome
    assert outcome.summary and outcome.insights and outcome.actions
    assert outcome.public_summary_published
    documents = [item.document for item in outcome.documents.all()]
    assert documents and all(doc.collection_id == access.collection_id for doc in documents)
    restriction = access.collection.get_view_restrictions().get()
    assert {access.members, access.facilitators} <= set(restriction.groups.all())
    session_text = main_text(client.get(past.url))
    assert outcome.public_summary[:60] in session_text
    assert "Bijna elke regio noemt" not in session_text  # the insights stay private
    group_text = main_text(client.get(current.url))
    assert not any(question.text[:40] in group_text for question in questions)

    # The sessions are in the agenda, upcoming ones in its upcoming list.
    upcoming_pks = {event.pk for event in upcoming_events()}
    assert {session.pk for session in upcoming} <= upcoming_pks
    assert past.pk not in upcoming_pks and first.pk not in upcoming_pks

    # The small group: the vote is open, and one member of both groups has not voted yet.
    open_group = groups.get(slug="onderwijs-en-jeugdhulp-samen")
    assert open_group.ballot.is_open and open_group.ballot.questions_open
    # Members can vote until a school day a week or two ahead, 17:00; the themes are for the
    # sessions after it. Every session of a current group is on a school day.
    closes = timezone.localtime(open_group.ballot.closes_at)
    assert open_group.ballot.accepting_votes and closes.time() == datetime.time(17)
    assert is_school_day(closes.date()) and closes > now + datetime.timedelta(days=7)
    assert all(
        session.starts_at > closes for session in open_group.sessions() if session.starts_at > now
    )
    for session in sessions.filter(start_date__year__gt=2020):  # not the seed's
        assert is_school_day(session.start_date), session
    assert open_group.proposals.count() >= 3
    open_members = set(GroupAccess.objects.get(group_page=open_group).members.user_set.all())
    both = open_members & set(members)
    assert both
    assert not Vote.objects.filter(proposal__group_page=open_group, member__in=both).exists()
    assert Vote.objects.filter(proposal__group_page=open_group).exists()

    # The logins `make run` prints: every account, its group, one password that works.
    lines = development_groups.demo.logins()
    printed = "\n".join(lines)
    assert data.PASSWORD in printed
    for user in open_members | set(members) | set(facilitators):
        assert user.username in printed
        # With a request, as every login has one (django-axes' backend refuses none).
        request = RequestFactory().post("/account/inloggen/")
        assert authenticate(request, username=user.username, password=data.PASSWORD) == user
    assert current.title in printed and open_group.title in printed
    assert seed.title not in printed  # no accounts there

    # `load_demo --reset` deletes the pages, then `clear()` what outlives them: the accounts,
    # the groups' Django groups, collections and documents. Loading again starts from scratch.
    for page in Page.objects.type(DevelopmentGroupIndexPage):
        page.delete()
    development_groups.demo.clear()
    assert not get_user_model().objects.filter(email__endswith="@example.nl").exists()
    assert documents_root().get_children().count() == 0
    assert not get_document_model().objects.filter(pk__in=[doc.pk for doc in documents]).exists()
    assert set(Group.objects.values_list("name", flat=True)) == {"Editors", "Moderators"}
    assert development_groups.demo.logins() == []
