"""A digest holds what is new about what its subscriber follows, in their language: per
followed set, per language, and nothing at all when nothing is new."""

import datetime

import pytest

from django.core import mail
from django.utils import timezone

from following.models import Digest, Follow, Frequency, Subscriber
from following.periods import last_full_period
from practice_examples.factories import PracticeExamplePageFactory
from tests.following.digest_support import (
    event,
    example,
    html_of,
    published_at,
    queue_and_send,
    session_with_summary,
    subscribe,
)
from tests.support import translate_page

EXAMPLES, EVENTS, EVERYTHING = Follow.Scope.EXAMPLES, Follow.Scope.EVENTS, Follow.Scope.EVERYTHING


@pytest.fixture
def period():
    return last_full_period(Frequency.WEEKLY)


@pytest.fixture
def news(period, example_index, event_index, group, taxa):
    """Three examples, two events and a session's summary, all new in last week; an example of
    the week before."""
    moment = period.start + datetime.timedelta(days=2)
    session, _outcome = session_with_summary(
        group, moment, title="Tweede bijeenkomst", themes=[taxa["terugkeer"]]
    )
    return {
        "tafel": example(
            example_index,
            moment,
            title="Ouders aan tafel",
            themes=[taxa["ouders"]],
            regions=[taxa["utrecht"]],
            sectors=[taxa["po"]],
        ),
        "stap": example(
            example_index,
            moment,
            title="Stap voor stap terug",
            themes=[taxa["terugkeer"], taxa["ouders"]],
            regions=[taxa["limburg"]],
            sectors=[taxa["vo"]],
        ),
        "budget": example(
            example_index,
            moment + datetime.timedelta(hours=1),
            title="Aanpak verzuim",
            themes=[taxa["terugkeer"]],
            regions=[taxa["utrecht"]],
            sectors=[taxa["vo"]],
        ),
        "oud": example(
            example_index,
            period.start - datetime.timedelta(days=1),
            title="Vorige week al verschenen",
            themes=[taxa["ouders"]],
        ),
        "ouderavond": event(
            event_index, moment, title="Ouderavond", themes=[taxa["ouders"]], region=taxa["utrecht"]
        ),
        "terugkeerdag": event(
            event_index, moment, title="Terugkeerdag", themes=[taxa["terugkeer"]], region=None
        ),
        "session": session,
    }


def titles(digest, news):
    by_pk = {page.pk: name for name, page in news.items()}
    return {kind: [by_pk[pk] for pk in pks] for kind, pks in digest.items.items()}


@pytest.mark.parametrize(
    ("follow", "expected"),
    [
        (
            {"themes": ["ouders"]},
            {"examples": ["stap", "tafel"], "events": ["ouderavond"]},
        ),
        (
            {"regions": ["utrecht"]},
            {"examples": ["budget", "tafel"], "events": ["ouderavond"]},
        ),
        (
            {"scope": EXAMPLES, "themes": ["terugkeer"], "sectors": ["vo"]},
            {"examples": ["budget", "stap"]},
        ),
        (
            {"themes": ["terugkeer"], "regions": ["utrecht"]},
            {"examples": ["budget"]},
        ),
        (
            {"themes": ["terugkeer"]},
            {"examples": ["budget", "stap"], "events": ["terugkeerdag"], "summaries": ["session"]},
        ),
        ({"scope": EVENTS}, {"events": ["ouderavond", "terugkeerdag"]}),
        (
            {"scope": EVERYTHING},
            {
                "examples": ["budget", "stap", "tafel"],
                "events": ["ouderavond", "terugkeerdag"],
                "summaries": ["session"],
            },
        ),
    ],
    ids=[
        "theme",
        "region",
        "examples-theme-sector",
        "theme-and-region",
        "theme-all",
        "agenda",
        "all",
    ],
)
def test_digest_holds_what_the_follow_asks_for(
    news, taxa, period, django_capture_on_commit_callbacks, follow, expected
):
    spec = {name: [taxa[key] for key in keys] for name, keys in follow.items() if name != "scope"}
    spec["scope"] = follow.get("scope", EVERYTHING)
    subscriber = subscribe("a@example.nl", spec, since=period.start)
    _totals, sent = queue_and_send(django_capture_on_commit_callbacks)

    digest = Digest.objects.get(subscriber=subscriber)
    got = titles(digest, news)
    if "budget" in got.get("examples", []):
        # Newest first: "budget" an hour after the other two.
        assert got["examples"][0] == "budget"
    assert {kind: sorted(names) for kind, names in got.items()} == expected
    assert digest.period == period.key and digest.state == Digest.State.SENT
    assert len(sent) == 1
    text = sent[0].body
    for kind, names in expected.items():
        for name in names:
            assert news[name].title in text, (kind, name)
    assert news["oud"].title not in text


def test_every_item_once_however_many_follows_match(
    news, taxa, period, django_capture_on_commit_callbacks
):
    subscriber = subscribe(
        "b@example.nl",
        {"themes": [taxa["ouders"]]},
        {"regions": [taxa["utrecht"]]},
        {"scope": EXAMPLES},
        since=period.start,
    )
    _totals, sent = queue_and_send(django_capture_on_commit_callbacks)
    digest = Digest.objects.get(subscriber=subscriber)
    assert sorted(titles(digest, news)["examples"]) == ["budget", "stap", "tafel"]
    assert titles(digest, news)["events"] == ["ouderavond"]
    assert sent[0].body.count("Ouders aan tafel") == 1


def test_digest_in_the_subscribers_language(
    news, taxa, period, locale_en, home_page_en, django_capture_on_commit_callbacks
):
    """The English subscriber gets the English pages (taxa matched through the Dutch taxon's
    translation), the Dutch one the Dutch pages; subject, headings and links in their language."""
    theme_en = taxa["ouders"].copy_for_translation(locale_en)
    theme_en.name = "Parent involvement"
    theme_en.save()
    english = translate_page(news["tafel"], locale_en, title="Parents at the table")
    english.themes.set([theme_en])
    english.save()
    published_at(english, period.start + datetime.timedelta(days=3))

    dutch = subscribe("nl@example.nl", {"themes": [taxa["ouders"]]}, since=period.start)
    other = subscribe(
        "en@example.nl", {"themes": [taxa["ouders"]]}, language="en", since=period.start
    )
    _totals, sent = queue_and_send(django_capture_on_commit_callbacks)
    by_address = {message.to[0]: message for message in sent}

    nl_mail, en_mail = by_address[dutch.email], by_address[other.email]
    assert nl_mail.subject == "Nieuw in de Kennisbank: 2 praktijkvoorbeelden en 1 bijeenkomst"
    assert en_mail.subject == "New in the Kennisbank: 1 practice example"
    assert "Ouders aan tafel" in nl_mail.body and "Parents at the table" not in nl_mail.body
    assert "Parents at the table" in en_mail.body and "Ouders aan tafel" not in en_mail.body
    assert "Ouderavond" not in en_mail.body  # not translated: not on the English site
    assert "http://testserver/en/" in en_mail.body
    assert 'lang="en"' in html_of(en_mail) and 'lang="nl"' in html_of(nl_mail)
    assert "Bekijk of wijzig wat u volgt" in nl_mail.body
    assert "See or change what you follow" in en_mail.body
    assert "Bijeenkomsten" in html_of(nl_mail) and "Practice examples" in html_of(en_mail)


def test_nothing_new_sends_nothing_and_moves_on(
    news, taxa, period, django_capture_on_commit_callbacks
):
    # The sector "po" only has "tafel", on the theme "ouders", not on "terugkeer".
    subscriber = subscribe(
        "c@example.nl",
        {"scope": EXAMPLES, "themes": [taxa["terugkeer"]], "sectors": [taxa["po"]]},
        since=period.start,
    )
    totals, sent = queue_and_send(django_capture_on_commit_callbacks)
    assert sent == [] and totals["digests"] == 0 and totals["subscribers"] == 1
    assert not Digest.objects.exists()
    subscriber.refresh_from_db()
    assert subscriber.digest_since == period.end


def test_without_confirmed_follows_or_confirmation_nothing(
    news, taxa, period, django_capture_on_commit_callbacks
):
    waiting = subscribe("d@example.nl", {"scope": EVERYTHING}, since=period.start)
    Follow.objects.filter(subscriber=waiting).update(confirmed_at=None)
    unconfirmed = subscribe("e@example.nl", {"scope": EVERYTHING}, since=period.start)
    Subscriber.objects.filter(pk=unconfirmed.pk).update(confirmed_at=None)
    _totals, sent = queue_and_send(django_capture_on_commit_callbacks)
    assert sent == [] and not Digest.objects.exists()


def test_private_and_unpublished_pages_never_in_a_digest(
    news, taxa, period, example_index, django_capture_on_commit_callbacks
):
    from wagtail.models import PageViewRestriction

    private = example(
        example_index,
        period.start + datetime.timedelta(days=1),
        title="Alleen voor leden",
        themes=[taxa["ouders"]],
    )
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    draft = published_at(
        PracticeExamplePageFactory(
            parent=example_index, title="Nog een concept", live=False, themes=[taxa["ouders"]]
        ),
        period.start + datetime.timedelta(days=1),
    )
    subscriber = subscribe("f@example.nl", {"themes": [taxa["ouders"]]}, since=period.start)
    _totals, sent = queue_and_send(django_capture_on_commit_callbacks)
    items = Digest.objects.get(subscriber=subscriber).items
    assert private.pk not in items["examples"] and draft.pk not in items["examples"]
    assert "Alleen voor leden" not in sent[0].body and "Nog een concept" not in sent[0].body
    assert "Alleen voor leden" not in html_of(sent[0])


def test_events_that_ended_are_not_announced(
    news, taxa, period, event_index, django_capture_on_commit_callbacks
):
    over = event(
        event_index,
        period.start + datetime.timedelta(days=1),
        title="Al voorbij",
        themes=[taxa["ouders"]],
        start_date=timezone.localdate() - datetime.timedelta(days=1),
    )
    subscriber = subscribe("g@example.nl", {"scope": EVENTS}, since=period.start)
    queue_and_send(django_capture_on_commit_callbacks)
    assert over.pk not in Digest.objects.get(subscriber=subscriber).items["events"]


def test_an_event_shows_its_registration_state(
    news, taxa, period, event_index, django_capture_on_commit_callbacks
):
    from events.factories import RegistrationFactory
    from events.models import EventPage, Registration

    full = event(
        event_index,
        period.start + datetime.timedelta(days=1),
        title="Bijna vol",
        themes=[taxa["ouders"]],
        registration_mode=EventPage.RegistrationMode.SITE,
        capacity=3,
    )
    RegistrationFactory(event=full, status=Registration.Status.CONFIRMED)
    subscribe("h@example.nl", {"scope": EVENTS}, since=period.start)
    _totals, sent = queue_and_send(django_capture_on_commit_callbacks)
    assert "Nog 2 plaatsen" in sent[0].body or "2 plaatsen" in sent[0].body
    assert "2 plaatsen" in html_of(sent[0])


def test_mail_has_both_parts_the_links_and_rfc_8058_headers(
    news, taxa, period, django_capture_on_commit_callbacks
):
    subscriber = subscribe("i@example.nl", {"scope": EVERYTHING}, since=period.start)
    _totals, sent = queue_and_send(django_capture_on_commit_callbacks)
    (message,) = sent
    digest = Digest.objects.get(subscriber=subscriber)
    from following.links import manage_url, unsubscribe_url

    manage, unsubscribe = manage_url(subscriber), unsubscribe_url(subscriber)
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.extra_headers["Message-ID"] == digest.message_id != ""
    html = html_of(message)
    for part in (message.body, html):
        assert manage in part and unsubscribe in part
        assert news["tafel"].url.strip("/") in part  # the example's address
    assert 'href="http://testserver/' in html
    assert "<h1" in html and "<h2" in html and "<img" not in html
    assert mail.outbox[-1] is message
    # Content links are absolute and go to the pages themselves.
    assert f"http://testserver{news['tafel'].url}" in message.body


def test_a_summary_is_on_its_groups_themes_too(
    group_index, taxa, period, django_capture_on_commit_callbacks
):
    from development_groups.factories import DevelopmentGroupPageFactory

    group = DevelopmentGroupPageFactory(parent=group_index, themes=[taxa["ouders"]])
    session, _outcome = session_with_summary(
        group, period.start + datetime.timedelta(days=1), title="Zonder eigen thema"
    )
    on_group = subscribe("j@example.nl", {"themes": [taxa["ouders"]]}, since=period.start)
    elsewhere = subscribe("k@example.nl", {"themes": [taxa["terugkeer"]]}, since=period.start)
    in_region = subscribe("l@example.nl", {"regions": [taxa["utrecht"]]}, since=period.start)
    _totals, sent = queue_and_send(django_capture_on_commit_callbacks)
    assert Digest.objects.get(subscriber=on_group).items == {"summaries": [session.pk]}
    assert not Digest.objects.filter(subscriber__in=[elsewhere, in_region]).exists()
    assert [message.to for message in sent] == [[on_group.email]]
    assert "Wat we leerden over terugkeer." in sent[0].body
