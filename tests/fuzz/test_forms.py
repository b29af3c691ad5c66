"""Every public form with hostile posts: never a server error, and nothing stored is corrupted.

Each post mixes valid values with hostile ones (missing fields, repeated fields, NUL and control
characters, markup, very long text, wrong types), so some pass validation and reach the code
that stores. After every post the test checks what was stored against the form itself: one
object more exactly when the form accepted the post (and no honeypot was filled), with the
values the form cleaned, never published; an event never gets more confirmed registrations than
places; a ballot holds only valid votes; a scan only valid answers to its own statements.

Each test runs its examples against one site and asserts at the end that both paths were taken:
some posts stored something and some were refused.
"""

import datetime
from collections import Counter
from urllib.parse import urlencode, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from django.contrib.auth import get_user_model
from django.core import mail
from django.http import QueryDict

from development_groups.models import Question, Vote
from development_groups.voting import parse_ids
from events.activity_forms import ActivityForm
from events.forms import RegistrationForm
from events.models import EventPage, Registration
from following import links
from following.forms import FollowForm
from following.models import Follow, Subscriber
from practice_examples.forms import ContactForm, SubmissionForm
from practice_examples.models import PracticeExamplePage
from scan.models import ScanResponse
from scan.questionnaire import VALID_ANSWERS
from taxonomy.models import Organisation

from .support import (
    assert_no_server_error,
    fresh_client,
    fuzz,
    hostile_text,
    mixed,
    subpage,
)

FORM = "application/x-www-form-urlencoded"

honeypot = st.one_of(st.just(""), st.just(""), st.just(""), hostile_text)
emails = st.one_of(st.emails(), hostile_text)


def post(client, url, fields):
    """POST `fields` ({name: value or [values]}, a missing name stays out) as a browser does;
    returns the response and the same data as the view's request.POST."""
    encoded = urlencode(fields, doseq=True)
    response = client.post(url, encoded, content_type=FORM)
    return response, QueryDict(encoded)


def with_missing(fields):
    """The fields, some of them left out of the post."""
    return st.fixed_dictionaries(fields).flatmap(
        lambda data: st.sets(st.sampled_from(sorted(data)), max_size=2).map(
            lambda missing: {name: value for name, value in data.items() if name not in missing}
        )
    )


def sent(response):
    return response.status_code == 302 and "verzonden=1" in response["Location"]


def run(attack):
    """Run a @given function and return what it counted."""
    outcomes = Counter()
    attack(outcomes)
    return outcomes


# Practice examples -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_practice_example_submission(site):
    url = subpage(site.example_index, "submit")
    fields = with_missing(
        {
            "title": mixed("Ouders aan tafel bij elk overleg"),
            "intro": mixed("Ouders praten mee."),
            "problem": mixed("Leerlingen zaten thuis."),
            "approach": mixed("Een vast aanspreekpunt."),
            "results": mixed(""),
            "working_elements": mixed(""),
            "conditions": mixed(""),
            "lessons": mixed(""),
            "organisations": mixed("SWV Utrecht PO\nGemeente Utrecht"),
            "contact_name": mixed("Fatima el Amrani"),
            "contact_role": mixed(""),
            "contact_organisation": mixed(""),
            "contact_email": mixed("fatima@example.nl", emails),
            "consent": mixed("on"),
            "themes": st.lists(mixed("ouderbetrokkenheid"), min_size=1, max_size=3),
            "regions": st.lists(mixed("utrecht"), max_size=2),
            "website": honeypot,
        }
    )

    @fuzz(30)
    @given(data=fields)
    def attack(outcomes, data):
        before = PracticeExamplePage.objects.count()
        response, posted = post(fresh_client(), url, data)
        assert_no_server_error(response, f"POST {url}")
        form = SubmissionForm(posted, locale=site.example_index.locale)
        stored = PracticeExamplePage.objects.count() - before
        if sent(response) and not form.is_spam() and form.is_valid():
            assert stored == 1
            page = PracticeExamplePage.objects.latest("pk")
            clean = form.cleaned_data
            assert (page.title, page.intro, page.contact_name, page.contact_email) == (
                clean["title"],
                clean["intro"],
                clean["contact_name"],
                clean["contact_email"],
            )
            assert not page.live
            assert set(page.themes.values_list("slug", flat=True)) == set(clean["themes"])
            # Every organisation named is linked (added unconfirmed when new), once.
            linked = list(page.organisations.all())
            known = {o.name.casefold() for o in linked} | {o.slug for o in linked}
            for name in clean["organisations"]:
                slug = Organisation.slug_for(name)
                assert not slug or name.casefold() in known or slug in known, name
            outcomes["stored"] += 1
        else:
            assert stored == 0
            outcomes["refused"] += 1

    outcomes = run(attack)
    assert outcomes["stored"] and outcomes["refused"], outcomes


@pytest.mark.django_db
def test_practice_example_contact_form(site, django_capture_on_commit_callbacks):
    url = subpage(site.example, "contact")
    fields = with_missing(
        {
            "name": mixed("Jan de Vries"),
            "email": mixed("jan@example.nl", emails),
            "message": mixed("Hoe begonnen jullie?"),
            "website": honeypot,
        }
    )

    @fuzz(25)
    @given(data=fields)
    def attack(outcomes, data):
        mail.outbox = []
        with django_capture_on_commit_callbacks(execute=True):  # the mail waits for the commit
            response, posted = post(fresh_client(), url, data)
        assert_no_server_error(response, f"POST {url}")
        form = ContactForm(posted)
        if sent(response) and not form.is_spam() and form.is_valid():
            assert len(mail.outbox) == 1
            message = mail.outbox[0]
            assert message.to == ["contact@example.nl"]
            assert message.reply_to == [form.cleaned_data["email"]]
            assert form.cleaned_data["message"] in message.body
            outcomes["sent"] += 1
        else:
            assert mail.outbox == []
            outcomes["refused"] += 1

    outcomes = run(attack)
    assert outcomes["sent"] and outcomes["refused"], outcomes


# Events ------------------------------------------------------------------------------------------


def assert_places_kept(event):
    """Never more confirmed registrations than places, and nobody waits for a free place."""
    statuses = Counter(event.registrations.values_list("status", flat=True))
    confirmed = statuses[Registration.Status.CONFIRMED]
    assert confirmed <= event.capacity
    assert not (statuses[Registration.Status.WAITING] and confirmed < event.capacity)


@pytest.mark.django_db
def test_event_registration_and_cancellation(site):
    event = site.event
    url = subpage(event, "register")
    fields = with_missing(
        {
            "name": mixed("Fatima el Amrani"),
            "email": mixed(
                "a@example.nl",
                st.sampled_from(["b@example.nl", "C@Example.NL", "d@example.nl"]) | emails,
            ),
            "organisation": mixed(""),
            "role": mixed(""),
            "remarks": mixed("Vegetarisch"),
            "consent": mixed("on"),
            "website": honeypot,
        }
    )

    @fuzz(30)
    @given(data=fields, cancel=st.one_of(st.none(), st.integers(0, 10), st.just("bogus")))
    def attack(outcomes, data, cancel):
        before = Registration.objects.count()
        response, posted = post(fresh_client(), url, data)
        assert_no_server_error(response, f"POST {url}")
        form = RegistrationForm(posted)
        added = Registration.objects.count() - before
        valid = sent(response) and not form.is_spam() and form.is_valid()
        assert added in ((0, 1) if valid else (0,))
        if added:
            registration = Registration.objects.latest("pk")
            clean = form.cleaned_data
            assert (registration.name, registration.email, registration.remarks) == (
                clean["name"],
                clean["email"],
                clean["remarks"],
            )
            outcomes["stored"] += 1
        else:
            outcomes["not stored"] += 1
        assert_places_kept(event)

        if cancel is not None:
            registrations = list(event.registrations.order_by("pk"))
            token = (
                registrations[cancel % len(registrations)].token
                if isinstance(cancel, int)
                else "bogus-token"
            )
            address = subpage(event, "cancel", token=token)
            assert_no_server_error(fresh_client().post(address), f"POST {address}")
            assert_places_kept(event)

    outcomes = run(attack)
    assert outcomes["stored"] and outcomes["not stored"], outcomes


@pytest.mark.django_db
def test_activity_proposal(site):
    week = site.week
    url = subpage(week, "submit_activity")
    fields = with_missing(
        {
            "title": mixed("Inloopochtend thuiszitters"),
            "description": mixed("Ouders en scholen praten samen."),
            "organisation": mixed("SWV Utrecht PO"),
            "audiences": st.lists(mixed("ouders"), max_size=2),
            "date": mixed(
                week.start_date.isoformat(),
                st.one_of(st.dates().map(datetime.date.isoformat), hostile_text),
            ),
            "start_time": mixed("13:00", st.one_of(st.times().map(str), hostile_text)),
            "end_time": mixed("15:00"),
            "venue": mixed(""),
            "city": mixed("Utrecht"),
            "region": mixed("utrecht"),
            "contact_name": mixed("Jan"),
            "contact_email": mixed("jan@example.nl", emails),
            "website": honeypot,
        }
    )

    @fuzz(30)
    @given(data=fields)
    def attack(outcomes, data):
        before = EventPage.objects.count()
        response, posted = post(fresh_client(), url, data)
        assert_no_server_error(response, f"POST {url}")
        form = ActivityForm(posted, week=week)
        stored = EventPage.objects.count() - before
        if sent(response) and not form.is_spam() and form.is_valid():
            assert stored == 1
            page = EventPage.objects.latest("pk")
            clean = form.cleaned_data
            assert (page.title, page.city, page.submitter_email) == (
                clean["title"],
                clean["city"],
                clean["contact_email"],
            )
            assert page.kind == EventPage.Kind.ACTIVITY and not page.live
            outcomes["stored"] += 1
        else:
            assert stored == 0
            outcomes["refused"] += 1

    outcomes = run(attack)
    assert outcomes["stored"] and outcomes["refused"], outcomes


# The scan ----------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_scan_start_and_steps(site):
    scan = site.scan
    questionnaire = site.scan_response.questionnaire
    keys = [key for domain in questionnaire.domains for key in domain.statement_keys]
    answer = mixed("3", st.one_of(st.sampled_from(["1", "4", "0", "5", "-1", "3.0"]), hostile_text))
    start_fields = with_missing(
        {"sector": mixed("po"), "region": mixed("utrecht"), "website": honeypot}
    )
    step_fields = st.fixed_dictionaries(
        {key: answer for key in keys},
        optional={
            "action": st.sampled_from(["next", "previous", "save", "", "bogus"]) | hostile_text,
            "unknown": hostile_text,
        },
    )

    @fuzz(30)
    @given(start=start_fields, step=st.integers(-1, 4), answers=step_fields)
    def attack(outcomes, start, step, answers):
        before = ScanResponse.objects.count()
        response, _posted = post(fresh_client(), scan.url, start)
        assert_no_server_error(response, f"POST {scan.url}")
        started = ScanResponse.objects.count() - before
        assert started in (0, 1)
        if started:
            assert response.status_code == 302 and not start.get("website", "").strip()
            outcomes["started"] += 1
        else:
            outcomes["not started"] += 1

        scan_response = site.scan_response
        address = f"{scan.url}{scan_response.token}/stap/{max(step, 0)}/"
        response, _posted = post(fresh_client(), address, answers)
        assert_no_server_error(response, f"POST {address}")
        scan_response.refresh_from_db()
        assert set(scan_response.answers) <= set(keys)
        assert set(scan_response.answers.values()) <= VALID_ANSWERS

    outcomes = run(attack)
    assert outcomes["started"] and outcomes["not started"], outcomes


# The development groups' members ---------------------------------------------------------------


@pytest.mark.django_db
def test_questions_and_votes(site):
    own = [str(p.pk) for p in site.proposals]
    choice = st.one_of(st.sampled_from(own), st.just(str(site.other_proposal.pk)), hostile_text)
    questions_url = subpage(site.group, "questions")
    vote_url = subpage(site.group, "vote")

    @fuzz(30)
    @given(
        text=mixed("Hoe betrekken jullie ouders?"),
        proposals=st.lists(choice, max_size=4),
        member=st.booleans(),
    )
    def attack(outcomes, text, proposals, member):
        client = fresh_client(site.member if member else None)
        before = Question.objects.count()
        response, _posted = post(client, questions_url, {"text": text})
        assert_no_server_error(response, f"POST {questions_url}")
        added = Question.objects.count() - before
        assert added in ((0, 1) if member else (0,))
        if added:
            question = Question.objects.latest("pk")
            assert question.author == site.member and question.text.strip() == question.text

        votes_before = set(Vote.objects.values_list("member_id", "proposal_id"))
        response, _posted = post(client, vote_url, {"proposals": proposals})
        assert_no_server_error(response, f"POST {vote_url}")
        votes = set(Vote.objects.values_list("member_id", "proposal_id"))
        chosen = parse_ids(proposals)
        valid = member and chosen is not None and chosen <= set(map(int, own)) and len(chosen) <= 2
        if valid:
            assert votes == {(site.member.pk, pk) for pk in chosen}
            outcomes["counted"] += 1
        else:
            assert votes == votes_before
            outcomes["refused"] += 1

    outcomes = run(attack)
    assert outcomes["counted"] and outcomes["refused"], outcomes


@pytest.mark.django_db
def test_account_forms(site):
    User = get_user_model()
    invitation_url = f"/account/uitnodiging/{site.invitation.token}/"

    @fuzz(30)
    @given(
        username=mixed("lid@example.nl", emails),
        password=mixed("geheim-wachtwoord"),
        email=mixed("lid@example.nl", emails),
        name=mixed("Nieuw Lid"),
        new_password=mixed("een-lang-en-sterk-wachtwoord-2026"),
        repeat=st.booleans(),
    )
    def attack(outcomes, username, password, email, name, new_password, repeat):
        for url, fields in [
            ("/account/inloggen/", {"username": username, "password": password}),
            ("/admin/login/", {"username": username, "password": password}),
            ("/account/wachtwoord-vergeten/", {"email": email}),
        ]:
            response, _posted = post(fresh_client(), url, fields)
            assert_no_server_error(response, f"POST {url}")

        users = User.objects.count()
        second = new_password if repeat else name
        response, _posted = post(
            fresh_client(),
            invitation_url,
            {"name": name, "new_password1": new_password, "new_password2": second},
        )
        assert_no_server_error(response, f"POST {invitation_url}")
        added = User.objects.count() - users
        assert added in (0, 1)
        if added:
            user = User.objects.latest("pk")
            assert user.email == site.invitation.email and user.check_password(new_password)
            outcomes["joined"] += 1
        else:
            outcomes["refused"] += 1
        site.invitation.refresh_from_db()
        assert User.objects.filter(email=site.invitation.email).count() <= 1

    outcomes = run(attack)
    assert outcomes["joined"] == 1 and outcomes["refused"], outcomes


# Following -------------------------------------------------------------------------------------


def follow_keys(subscriber):
    return {
        (
            follow.scope,
            frozenset(follow.themes.values_list("slug", flat=True)),
            frozenset(follow.regions.values_list("slug", flat=True)),
            frozenset(follow.sectors.values_list("slug", flat=True)),
        )
        for follow in subscriber.follows.all()
    }


@pytest.mark.django_db
def test_follow_form(site, django_capture_on_commit_callbacks):
    fields = with_missing(
        {
            "email": mixed(
                "a@example.nl", st.sampled_from(["B@example.nl", " a@EXAMPLE.nl "]) | emails
            ),
            "frequency": mixed("weekly", st.sampled_from(["monthly", "daily"]) | hostile_text),
            "scope": mixed("all", st.sampled_from(["examples", "events"]) | hostile_text),
            "thema": st.lists(mixed("ouderbetrokkenheid"), max_size=3),
            "regio": st.lists(mixed("utrecht"), max_size=2),
            "sector": st.lists(mixed("po"), max_size=2),
            "back": mixed("/themas/", hostile_text),
            "website": honeypot,
        }
    )

    @fuzz(30)
    @given(data=fields, language=st.sampled_from(["/volgen/", "/en/follow/"]))
    def attack(outcomes, data, language):
        before = (Subscriber.objects.count(), Follow.objects.count())
        with django_capture_on_commit_callbacks(execute=True):
            response, posted = post(fresh_client(), language, data)
        assert_no_server_error(response, f"POST {language}")
        form = FollowForm(posted)
        added = (Subscriber.objects.count() - before[0], Follow.objects.count() - before[1])
        redirected = response.status_code == 302 and "/verzonden/" in response["Location"]
        if redirected and not form.is_spam() and form.is_valid():
            clean = form.cleaned_data
            subscriber = Subscriber.objects.get(email=clean["email"].strip().lower())
            wish = clean["wish"]
            key = (
                wish.scope,
                frozenset(wish.themes),
                frozenset(wish.regions),
                frozenset(wish.sectors),
            )
            assert key in follow_keys(subscriber)
            assert added[0] in (0, 1) and added[1] in (0, 1)
            outcomes["stored"] += 1
        else:
            assert added == (0, 0)
            outcomes["refused"] += 1
        # Never an address stored twice, never a subscriber without anything to follow.
        emails_stored = list(Subscriber.objects.values_list("email", flat=True))
        assert len(emails_stored) == len({email.lower() for email in emails_stored})
        assert not Subscriber.objects.filter(follows__isnull=True).exists()

    outcomes = run(attack)
    assert outcomes["stored"] and outcomes["refused"], outcomes


@pytest.mark.django_db
def test_follow_manage_page(site):
    subscriber = site.subscriber
    url = urlsplit(links.manage_url(subscriber)).path
    fields = with_missing(
        {
            "action": mixed(
                "frequency", st.sampled_from(["remove", "confirm", "confirm-all"]) | hostile_text
            ),
            "frequency": mixed("monthly", hostile_text),
            "follow": mixed(str(subscriber.follows.get().pk), hostile_text),
        }
    )

    @fuzz(20)
    @given(data=fields)
    def attack(outcomes, data):
        client = fresh_client()
        client.get(url)  # the page's CSRF cookie (none once the subscription is gone)
        if "csrftoken" in client.cookies:
            data = {**data, "csrfmiddlewaretoken": client.cookies["csrftoken"].value}
        response, _posted = post(client, url, data)
        assert_no_server_error(response, f"POST {url}")
        stored = Subscriber.objects.filter(pk=subscriber.pk).first()
        assert stored is None or stored.frequency in ("weekly", "monthly")
        outcomes["gone" if stored is None else "kept"] += 1

    outcomes = run(attack)
    assert outcomes["kept"], outcomes
