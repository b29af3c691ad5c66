"""The demo development groups: the seed's cancelled group of 2020, a current group with members,
questions, proposals, votes and an outcome, a group whose vote is open, the members' logins, and
clearing it for `load_demo --reset`.

Loading the demo takes a while, so it is loaded once for this module (`demo`) and each test
checks one part of it; the last one clears it.
"""

import datetime

import pytest

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
from tests.support import built_once, main_text


def load():
    # Only the demo modules the groups build on (without the examples' demo the sessions'
    # related examples are left out).
    context = DemoContext.create()
    with deferred_indexing():  # as load_demo does
        for module in (home.demo, taxonomy.demo, development_groups.demo):
            module.load(context)
    return context


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo's context (its home page)."""
    yield from built_once(django_db_blocker, load)


def locales():
    return Locale.objects.get(language_code="nl"), Locale.objects.get(language_code="en")


def groups():
    index = DevelopmentGroupIndexPage.objects.get(locale=locales()[0])
    return DevelopmentGroupPage.objects.child_of(index).live()


def users(group, role="members"):
    return list(getattr(GroupAccess.objects.get(group_page=group), role).user_set.all())


def test_the_groups_demo_comes_after_the_agenda_demo():
    names = [module.__name__ for module in demo_modules()]
    assert names.index("development_groups.demo") > names.index("events.demo")  # menu order


def test_the_overview_in_the_menu_in_both_languages_and_every_session_at_its_address(
    demo, db, client
):
    # /ontwikkelgroepen/ in the menu, in Dutch and English; every session has its address.
    nl, en = locales()
    index = DevelopmentGroupIndexPage.objects.get(locale=nl)
    assert (index.url, index.live, index.show_in_menus) == ("/ontwikkelgroepen/", True, True)
    assert list(demo.home.get_children().live().in_menu())[-1].pk == index.pk
    assert index.get_translation(en).url == "/en/development-groups/"
    assert groups().count() == 3
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
    titles = [group.title for group in groups().order_by("-first_published_at")]
    assert titles[-1] == "Ontwikkelgroep (preventie van) thuiszitten"
    assert all(title in overview for title in titles)


def test_the_seeds_group_of_2020_was_full_and_cancelled_because_of_corona(demo, db, client):
    # The seed: organised by the Steunpunt with the VO-raad as host, free, full, cancelled
    # because of corona; its first session on 25 March 2020 in Utrecht too.
    seed = groups().get(slug="preventie-van-thuiszitten")
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


def test_the_current_group_has_members_questions_proposals_and_a_closed_vote(demo, db):
    # The current group: members, a facilitator, questions, proposals and a closed vote.
    now = timezone.now()
    current = groups().get(slug="terugkeer-naar-onderwijs")
    members, facilitators = users(current), users(current, "facilitators")
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


def test_the_chosen_themes_are_on_the_sessions_after_the_first(demo, db):
    # The chosen themes: the proposals with the most votes, on the sessions after the first,
    # in order; the tally has no tie at the cut.
    now = timezone.now()
    current = groups().get(slug="terugkeer-naar-onderwijs")
    current_sessions = list(current.sessions())
    assert len(current_sessions) == 4
    past, upcoming = current_sessions[0], current_sessions[1:]
    assert past.ends_at < now < upcoming[0].starts_at
    ranked = list(tally(current))
    assert ranked[len(upcoming) - 1].vote_count > ranked[len(upcoming)].vote_count
    assert [proposal.session for proposal in ranked[: len(upcoming)]] == upcoming
    assert all(proposal.session is None for proposal in ranked[len(upcoming) :])


def test_the_first_sessions_outcome_is_private_but_its_public_summary(demo, db, client):
    # The outcome of the first session: for the members, with a document in the group's
    # private collection, and a public summary everyone reads.
    current = groups().get(slug="terugkeer-naar-onderwijs")
    access = GroupAccess.objects.get(group_page=current)
    past = current.sessions()[0]
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
    assert not any(question.text[:40] in group_text for question in current.questions.all())


def test_the_sessions_are_in_the_agenda_the_upcoming_ones_as_upcoming(demo, db):
    # The sessions are in the agenda, upcoming ones in its upcoming list.
    current = groups().get(slug="terugkeer-naar-onderwijs")
    past, *upcoming = current.sessions()
    first = groups().get(slug="preventie-van-thuiszitten").sessions()[0]
    upcoming_pks = {event.pk for event in upcoming_events()}
    assert {session.pk for session in upcoming} <= upcoming_pks
    assert past.pk not in upcoming_pks and first.pk not in upcoming_pks


def test_the_small_groups_vote_is_open_until_a_school_day_ahead(demo, db):
    # The small group: the vote is open, and one member of both groups has not voted yet.
    now = timezone.now()
    open_group = groups().get(slug="onderwijs-en-jeugdhulp-samen")
    assert open_group.ballot.is_open and open_group.ballot.questions_open
    # Members can vote until a school day a week or two ahead, 17:00; the themes are for the
    # sessions after it. Every session of a current group is on a school day.
    closes = timezone.localtime(open_group.ballot.closes_at)
    assert open_group.ballot.accepting_votes and closes.time() == datetime.time(17)
    assert is_school_day(closes.date()) and closes > now + datetime.timedelta(days=7)
    assert all(
        session.starts_at > closes for session in open_group.sessions() if session.starts_at > now
    )
    sessions = DevelopmentSessionPage.objects.live()
    for session in sessions.filter(start_date__year__gt=2020):  # not the seed's
        assert is_school_day(session.start_date), session
    assert open_group.proposals.count() >= 3
    open_members = set(users(open_group))
    both = open_members & set(users(groups().get(slug="terugkeer-naar-onderwijs")))
    assert both
    assert not Vote.objects.filter(proposal__group_page=open_group, member__in=both).exists()
    assert Vote.objects.filter(proposal__group_page=open_group).exists()


def test_the_logins_make_run_prints_work(demo, db):
    # The logins `make run` prints: every account, its group, one password that works.
    current = groups().get(slug="terugkeer-naar-onderwijs")
    open_group = groups().get(slug="onderwijs-en-jeugdhulp-samen")
    seed = groups().get(slug="preventie-van-thuiszitten")
    lines = development_groups.demo.logins()
    printed = "\n".join(lines)
    assert data.PASSWORD in printed
    accounts = {*users(open_group), *users(current), *users(current, "facilitators")}
    for user in accounts:
        assert user.username in printed
        # With a request, as every login has one (django-axes' backend refuses none).
        request = RequestFactory().post("/account/inloggen/")
        assert authenticate(request, username=user.username, password=data.PASSWORD) == user
    assert current.title in printed and open_group.title in printed
    assert seed.title not in printed  # no accounts there


# Last in the module (it deletes what the others check), though like every test's changes
# this is rolled back after it.
def test_reset_clears_the_accounts_groups_collections_and_documents(demo, db):
    # `load_demo --reset` deletes the pages, then `clear()` what outlives them: the accounts,
    # the groups' Django groups, collections and documents. Loading again starts from scratch.
    current = groups().get(slug="terugkeer-naar-onderwijs")
    outcome = current.sessions()[0].outcome
    documents = [item.document for item in outcome.documents.all()]
    assert documents
    for page in Page.objects.type(DevelopmentGroupIndexPage):
        page.delete()
    development_groups.demo.clear()
    assert not get_user_model().objects.filter(email__endswith="@example.nl").exists()
    assert documents_root().get_children().count() == 0
    assert not get_document_model().objects.filter(pk__in=[doc.pk for doc in documents]).exists()
    assert set(Group.objects.values_list("name", flat=True)) == {"Editors", "Moderators"}
    assert development_groups.demo.logins() == []
