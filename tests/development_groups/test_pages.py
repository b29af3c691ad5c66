"""The overview, a group's page and a session's page as each visitor sees them: the public facts
for everyone, the question round and the vote for the group's insiders only, the full outcome of
a session for insiders only, and no shared cache ever holding what a logged-in visitor saw."""

import datetime
import re
from urllib.parse import quote

import pytest

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.translation import gettext

from wagtail.documents.models import Document

from development_groups.access import ensure_access
from development_groups.factories import (
    DevelopmentGroupPageFactory,
    DevelopmentSessionPageFactory,
    QuestionFactory,
    ThemeProposalFactory,
    UserFactory,
)
from development_groups.models import Ballot, DevelopmentGroupPage, OutcomeDocument, Vote
from events.cards import event_when
from events.models import EventPage
from taxonomy.factories import OrganisationFactory
from tests.support import join

SEED_REASON = (
    "Gezien de huidige omstandigheden rond het coronavirus vervallen tot de zomer de "
    "bijeenkomsten van het Steunpunt Passend Onderwijs."
)


def html(response, status=200):
    assert response.status_code == status
    return response.content.decode()


def cache_control(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part}


@pytest.fixture
def chosen(group, session):
    """A proposal the vote chose for the session: the vote has closed."""
    Ballot.objects.update_or_create(group_page=group, defaults={"state": Ballot.State.CLOSED})
    return ThemeProposalFactory(group_page=group, session=session, title="Vroeg signaleren")


@pytest.mark.parametrize("state", [Ballot.State.NOT_OPEN, Ballot.State.OPEN])
def test_no_chosen_theme_is_shown_before_the_vote_has_closed(
    client, group, session, member, chosen, state
):
    Ballot.objects.filter(group_page=group).update(state=state)
    client.force_login(member)

    sessions = html(client.get(group.url))
    sessions = sessions[sessions.index('id="sessions"') : sessions.index('id="members"')]
    assert "Vroeg signaleren" not in sessions
    assert "Vroeg signaleren" not in html(client.get(session.url))
    assert "Vroeg signaleren" not in html(client.get("/account/"))

    Ballot.objects.filter(group_page=group).update(state=Ballot.State.CLOSED)
    sessions = html(client.get(group.url))
    sessions = sessions[sessions.index('id="sessions"') : sessions.index('id="members"')]
    assert "Vroeg signaleren" in sessions
    assert "Vroeg signaleren" in html(client.get(session.url))
    assert "Vroeg signaleren" in html(client.get("/account/"))


@pytest.fixture
def question(group, member):
    return QuestionFactory(group_page=group, author=member, text="GEHEIME-VRAAG: wie helpt ons?")


def open_vote(group, votes_per_member=2):
    Ballot.objects.filter(group_page=group).update(
        state=Ballot.State.OPEN, votes_per_member=votes_per_member
    )


def checked_boxes(body):
    """The values of the checked proposal checkboxes on a page."""
    boxes = re.findall(r'<input[^>]*name="proposals"[^>]*>', body)
    return [re.search(r'value="([^"]*)"', box)[1] for box in boxes if " checked" in box]


# The group's page: public -----------------------------------------------------------------


def test_anonymous_sees_the_group_and_its_sessions_with_date_place_and_theme(
    client, group, session, chosen
):
    organiser = OrganisationFactory(name="Steunpunt Passend Onderwijs", slug="steunpunt")
    group.organiser = organiser
    group.audience_note = "Samenwerkingsverbanden en gemeenten"
    group.cost_note = "Er zijn geen kosten verbonden aan deelname."
    group.contact_email = "ontwikkelgroep@example.nl"
    group.partners.set([OrganisationFactory(name="VO-raad", slug="vo-raad")])
    group.save()

    body = html(client.get(group.url))

    assert "Ontwikkelgroep thuiszitten" in body
    assert "Kennis uitwisselen over de lokale aanpak" in body  # purpose
    assert "Steunpunt Passend Onderwijs" in body, body
    assert "VO-raad" in body
    assert "Samenwerkingsverbanden en gemeenten" in body
    assert "Er zijn geen kosten verbonden aan deelname." in body
    assert 'href="mailto:ontwikkelgroep@example.nl"' in body
    assert 'id="sessions"' in body
    assert f'href="{session.url}"' in body
    assert event_when(session) in body
    assert "Vergadercentrum De Observant, Utrecht" in body
    assert "Vroeg signaleren" in body


def test_the_cancelled_status_and_its_reason_are_shown_prominently(client, group, session):
    group.status = DevelopmentGroupPage.Status.CANCELLED
    group.status_reason = SEED_REASON
    group.registration_state = DevelopmentGroupPage.RegistrationState.FULL
    group.save()
    session.status = EventPage.Status.CANCELLED
    session.status_reason = "Vervalt vanwege het coronavirus."
    session.save()

    body = html(client.get(group.url))

    assert 'id="status-heading"' in body
    assert gettext("This development group has been cancelled") in body
    assert SEED_REASON in body
    assert body.index(SEED_REASON) < body.index('id="sessions"')  # at the top, not hidden below
    assert gettext("This development group is full. You can no longer register.") in body
    assert "Vervalt vanwege het coronavirus." in body  # the session's own reason


def test_anonymous_visitors_see_no_questions_or_vote_only_a_login_link(
    client, group, question, chosen
):
    open_vote(group)

    body = html(client.get(group.url))

    assert "GEHEIME-VRAAG" not in body
    assert 'id="questions"' not in body and 'id="vote"' not in body
    assert 'name="proposals"' not in body
    assert f"?next={quote(group.url, safe='')}" in body


def test_a_member_of_another_group_sees_no_questions_or_vote(
    client, group, other_member, question, chosen
):
    open_vote(group)
    client.force_login(other_member)

    body = html(client.get(group.url))

    assert "GEHEIME-VRAAG" not in body
    assert 'id="questions"' not in body and 'id="vote"' not in body
    assert "?next=" not in body  # logged in already: no login link


# The group's page: members ----------------------------------------------------------------


def test_a_member_sees_the_questions_with_names_and_the_question_form(
    client, group, member, question
):
    client.force_login(member)

    body = html(client.get(group.url))

    assert 'id="questions"' in body
    assert "GEHEIME-VRAAG: wie helpt ons?" in body
    assert member.get_full_name() in body
    assert member.email not in body  # names, never e-mail addresses
    assert 'name="text"' in body


def test_no_question_form_when_the_round_is_closed(client, group, member, question):
    Ballot.objects.filter(group_page=group).update(questions_open=False)
    client.force_login(member)

    body = html(client.get(group.url))

    assert "GEHEIME-VRAAG" in body  # still readable
    assert 'name="text"' not in body


def test_a_member_sees_the_vote_with_their_votes_checked(client, group, member):
    first = ThemeProposalFactory(group_page=group, title="Eerste thema", sort_order=1)
    second = ThemeProposalFactory(group_page=group, title="Tweede thema", sort_order=2)
    open_vote(group)
    Vote.objects.create(proposal=second, member=member)
    client.force_login(member)

    body = html(client.get(group.url))

    assert 'id="vote"' in body
    assert f'value="{first.pk}"' in body and f'value="{second.pk}"' in body
    assert checked_boxes(body) == [str(second.pk)]
    assert body.index("Eerste thema") < body.index("Tweede thema")


def test_the_vote_form_carries_its_live_counter(client, group, member):
    """The form names its limit and holds the counter's texts (Dutch, with plurals) for every
    count it can reach; the script is a file loaded with defer, only where the form is."""
    for n in range(3):
        ThemeProposalFactory(group_page=group, title=f"Thema {n}", sort_order=n)
    open_vote(group, votes_per_member=2)
    client.force_login(member)

    body = html(client.get(group.url))

    assert 'data-vote-limit="2"' in body
    assert re.search(r'<p class="vote-counter"[^>]*aria-live="polite"', body)
    texts = dict(re.findall(r'<span data-left="(-?\d+)">([^<]*)</span>', body))
    assert texts == {
        "-1": "U heeft 1 thema te veel gekozen: vink het uit.",
        "0": "U heeft alle keuzes gemaakt. Vink een thema uit om een ander te kiezen.",
        "1": "Nog 1 keuze",
        "2": "Nog 2 keuzes",
    }
    assert re.search(r'<script src="[^"]*/js/vote_counter[^"]*\.js" defer></script>', body)
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", body)  # no inline script

    Ballot.objects.filter(group_page=group).update(state=Ballot.State.CLOSED)
    assert "vote_counter" not in html(client.get(group.url))


def test_after_the_vote_closed_members_see_the_tally_and_the_chosen_session(
    client, group, member, other_member, session
):
    chosen = ThemeProposalFactory(group_page=group, title="Gekozen thema", session=session)
    ThemeProposalFactory(group_page=group, title="Afgevallen thema")
    Vote.objects.create(proposal=chosen, member=member)
    Vote.objects.create(proposal=chosen, member=join(UserFactory(), group))
    Ballot.objects.filter(group_page=group).update(state=Ballot.State.CLOSED)
    client.force_login(member)

    body = html(client.get(group.url))

    assert 'id="vote-results"' in body
    assert 'name="proposals"' not in body  # no more voting
    results = body[body.index('id="vote-results"') :]
    assert results.index("Gekozen thema") < results.index("Afgevallen thema")
    assert f'href="{session.url}"' in results


def test_facilitators_and_editors_see_the_questions_but_cannot_vote(
    client, group, facilitator, editor, question
):
    ThemeProposalFactory(group_page=group, title="Een thema")
    open_vote(group)
    for insider in (facilitator, editor):
        client.force_login(insider)
        body = html(client.get(group.url))
        assert "GEHEIME-VRAAG" in body
        assert "Een thema" in body
        assert 'name="proposals"' not in body and 'name="text"' not in body


# The overview ------------------------------------------------------------------------------


def test_the_overview_shows_each_group_with_status_registration_sessions_and_next_date(
    client, group_index, group, other_group, session
):
    other_group.status = DevelopmentGroupPage.Status.CANCELLED
    other_group.status_reason = SEED_REASON
    other_group.registration_state = DevelopmentGroupPage.RegistrationState.FULL
    other_group.save()
    DevelopmentSessionPageFactory(
        parent=group, start_date=timezone.localdate() - datetime.timedelta(days=30)
    )

    body = html(client.get(group_index.url))

    assert f'href="{group.url}"' in body and f'href="{other_group.url}"' in body
    assert event_when(session) in body  # the next session, not the past one
    assert "badge--error" in body  # the cancelled group
    assert body.index(group.title) < body.index(other_group.title)  # current first
    assert "id=" in body and 'id="earlier-groups-heading"' in body


# Sessions ----------------------------------------------------------------------------------


@pytest.fixture
def document(group):
    collection = ensure_access(group).collection
    return Document.objects.create(
        title="GEHEIM-VERSLAG",
        file=ContentFile(b"verslag", name="verslag.txt"),
        collection=collection,
    )


def test_the_session_page_is_the_event_with_its_group_and_chosen_theme(
    client, group, session, chosen
):
    body = html(client.get(session.url))

    assert event_when(session) in body
    assert "Vergadercentrum De Observant" in body
    assert f'href="{group.url}"' in body
    assert "Vroeg signaleren" in body
    assert 'href="' + session.url + 'ical/"' in body
    assert client.get(session.url + "ical/").status_code == 200


def test_the_public_summary_is_shown_only_once_published(client, session, outcome):
    outcome.public_summary = "OPENBARE-SAMENVATTING van de bijeenkomst."
    outcome.save()
    assert "OPENBARE-SAMENVATTING" not in html(client.get(session.url))

    outcome.public_summary_published = True
    outcome.save()
    body = html(client.get(session.url))
    assert "OPENBARE-SAMENVATTING" in body
    assert "GEHEIME-SAMENVATTING" not in body


def test_the_full_outcome_only_for_insiders(
    client, group, session, outcome, document, member, other_member, facilitator, editor
):
    OutcomeDocument.objects.create(outcome=outcome, document=document)
    secrets = ["GEHEIME-SAMENVATTING", "GEHEIM-INZICHT", "GEHEIME-ACTIE", "GEHEIM-VERSLAG"]

    body = html(client.get(session.url))
    assert not any(secret in body for secret in secrets)
    assert f"?next={quote(session.url, safe='')}" in body

    client.force_login(other_member)
    body = html(client.get(session.url))
    assert not any(secret in body for secret in secrets)
    assert document.url not in body

    for insider in (member, facilitator, editor):
        client.force_login(insider)
        body = html(client.get(session.url))
        assert all(secret in body for secret in secrets)
        assert f'href="{document.url}"' in body


# Caching -----------------------------------------------------------------------------------


def test_anonymous_pages_stay_cacheable(client, group_index, group, session):
    for url in (group_index.url, group.url, session.url):
        response = client.get(url)
        assert response.status_code == 200
        assert "no-store" not in cache_control(response)


def test_every_page_for_a_logged_in_visitor_is_private_no_store(
    client, group_index, group, session, member, other_member
):
    for user in (member, other_member):
        client.force_login(user)
        for url in (group_index.url, group.url, session.url):
            response = client.get(url)
            assert response.status_code == 200
            assert {"private", "no-store"} <= cache_control(response), url


# Constant SQL ------------------------------------------------------------------------------


def add_sessions(group, count):
    for n in range(count):
        DevelopmentSessionPageFactory(
            parent=group, start_date=timezone.localdate() + datetime.timedelta(days=7 * (n + 1))
        )


@pytest.mark.parametrize("count", [3, 10])
@pytest.mark.parametrize(("state", "limit"), [(Ballot.State.OPEN, 36), (Ballot.State.CLOSED, 39)])
def test_the_group_page_costs_the_same_sql_with_3_or_10_sessions(
    client, group, member, count, state, limit, django_assert_max_num_queries
):
    """A member's page, with a question, a proposal and a chosen theme per session."""
    add_sessions(group, count)
    for n, session in enumerate(group.sessions()):
        ThemeProposalFactory(group_page=group, session=session, title=f"Thema {n}")
        QuestionFactory(group_page=group, author=join(UserFactory(), group))
    Ballot.objects.filter(group_page=group).update(state=state)
    client.force_login(member)
    client.get(group.url)  # warm the per-process memos (locales, taxon names)
    with django_assert_max_num_queries(limit):
        assert client.get(group.url).status_code == 200


@pytest.mark.parametrize("count", [2, 6])
def test_the_overview_costs_the_same_sql_with_2_or_6_groups(
    client, group_index, member, count, django_assert_max_num_queries
):
    for _n in range(count):
        group = DevelopmentGroupPageFactory(parent=group_index)
        add_sessions(group, 2)
        join(member, group)
    client.force_login(member)
    client.get(group_index.url)
    with django_assert_max_num_queries(20):
        assert client.get(group_index.url).status_code == 200
