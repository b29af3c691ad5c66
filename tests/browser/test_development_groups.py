"""A development group in a real browser, with axe-core: the public page, a member who logs in,
asks a question and votes (within the limit), and the outcome of a session for members."""

import re

import pytest
from playwright.sync_api import expect

from django.utils import translation

from development_groups.models import Question, Vote

from .axe import assert_accessible
from .content import MEMBER_PASSWORD, build_development_group, dutch
from .support import keep_screenshot

pytestmark = pytest.mark.browser


@pytest.fixture
def development_group(site_content):
    return build_development_group(site_content)


def log_in(page, user):
    """Log in at /account/inloggen/ and land on "my groups"."""
    page.goto("/account/inloggen/")
    page.get_by_label(dutch("Your e-mail address")).fill(user.email)
    page.get_by_label(dutch("Password")).fill(MEMBER_PASSWORD)
    page.get_by_role("button", name=dutch("Log in")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(dutch("My groups"))


def test_group_page_for_a_visitor(page, development_group, external_requests):
    group = development_group.group
    page.goto(group.url)

    expect(page.get_by_role("heading", level=1)).to_contain_text(group.title)
    expect(page.get_by_role("link", name=development_group.past.title)).to_be_visible()
    expect(page.get_by_role("link", name=development_group.upcoming.title)).to_be_visible()
    # The members' side: how to log in, never the questions or the vote.
    expect(page.get_by_role("link", name=dutch("Log in as a member"))).to_be_visible()
    expect(page.get_by_text(development_group.question.text)).to_have_count(0)
    expect(page.locator("#vote")).to_have_count(0)
    expect(page.get_by_role("checkbox")).to_have_count(0)
    assert_accessible(page)

    # A past session: its public summary, not the members' outcome.
    page.get_by_role("link", name=development_group.past.title).click()
    expect(page.get_by_text(development_group.outcome.public_summary)).to_be_visible()
    expect(page.locator("#outcome")).to_have_count(0)
    expect(page.get_by_text("zwakke plek")).to_have_count(0)
    assert_accessible(page)
    assert external_requests == []


def test_member_logs_in_asks_a_question_and_votes(page, development_group, external_requests):
    group, member = development_group.group, development_group.member
    page.goto("/account/inloggen/")
    assert_accessible(page)

    # A wrong password first: a clear message, still on the login page.
    page.get_by_label(dutch("Your e-mail address")).fill(member.email)
    page.get_by_label(dutch("Password")).fill("niet-het-wachtwoord")
    page.get_by_role("button", name=dutch("Log in")).click()
    expect(page.locator("#error-summary")).to_be_visible()
    expect(page.locator("#error-summary")).to_be_focused()
    assert_accessible(page)

    log_in(page, member)
    expect(page.get_by_role("link", name=group.title)).to_be_visible()
    expect(page.get_by_role("link", name=development_group.upcoming.title)).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name=group.title).click()
    expect(page).to_have_url(re.compile(re.escape(group.url)))
    # Members see everyone's questions.
    expect(page.get_by_text(development_group.question.text)).to_be_visible()
    assert_accessible(page)

    # A question: an empty one is refused with a message that says what to do.
    page.get_by_role("button", name=dutch("Submit my question")).click()
    expect(page.locator("#error-summary")).to_contain_text(dutch("Type your question."))
    assert_accessible(page)
    text = "Hoe houden we de overdracht naar de reguliere school warm?"
    page.get_by_label(dutch("Your development question")).fill(text)
    page.get_by_role("button", name=dutch("Submit my question")).click()
    expect(page.locator("#questions-messages")).to_contain_text(
        dutch("Thank you: your question has been added.")
    )
    expect(page.locator("#questions").get_by_text(text)).to_be_visible()
    assert Question.objects.filter(group_page=group, author=member, text=text).exists()
    assert_accessible(page)

    # The vote: two of three themes (the counter and the limit: test_the_vote_counter_*).
    first, second, third = development_group.proposals
    page.get_by_label(first.title).check()
    page.get_by_label(second.title).check()
    page.get_by_role("button", name=dutch("Save my votes")).click()
    expect(page.locator("#vote-messages")).to_contain_text(
        dutch("Thank you: your votes have been saved.")
    )
    expect(page.get_by_label(first.title)).to_be_checked()
    expect(page.get_by_label(second.title)).to_be_checked()
    expect(page.get_by_label(third.title)).not_to_be_checked()
    assert set(Vote.objects.filter(member=member).values_list("proposal", flat=True)) == {
        first.pk,
        second.pk,
    }
    keep_screenshot(page, "vote-saved-1280", full_page=False)  # what the member sees
    assert_accessible(page)
    assert external_requests == []


def dutch_plural(singular, plural, count):
    with translation.override("nl"):
        return translation.ngettext(singular, plural, count) % {"count": count}


def test_the_vote_counter_counts_down_and_stops_at_the_limit(
    page, development_group, external_requests
):
    """At 390 px: while the member ticks, the live region beside the button says how many
    choices are left; at the limit (two) the third box is disabled, and unticking one enables
    it again. Nothing is saved before the member saves."""
    page.set_viewport_size({"width": 390, "height": 844})
    member = development_group.member
    log_in(page, member)
    page.goto(development_group.group.url)
    first, second, third = (page.get_by_label(p.title) for p in development_group.proposals)
    counter = page.locator("#vote-counter")

    expect(counter).to_have_attribute("aria-live", "polite")
    expect(counter).to_have_text(dutch_plural("%(count)s choice left", "%(count)s choices left", 2))
    assert dutch_plural("%(count)s choice left", "%(count)s choices left", 2) == "Nog 2 keuzes"

    first.check()
    expect(counter).to_have_text("Nog 1 keuze")
    expect(third).to_be_enabled()

    second.check()
    all_made = dutch("You have made all your choices. Untick a theme to choose another.")
    assert all_made.startswith("U heeft alle keuzes gemaakt")
    expect(counter).to_have_text(all_made)
    expect(third).to_be_disabled()
    expect(first).to_be_enabled()
    expect(second).to_be_enabled()
    counter.scroll_into_view_if_needed()
    expect(counter).to_be_in_viewport()
    expect(page.get_by_role("button", name=dutch("Save my votes"))).to_be_in_viewport()
    keep_screenshot(page, "vote-counter-limit-390", page.locator("#vote"))
    assert_accessible(page)

    first.uncheck()
    expect(counter).to_have_text("Nog 1 keuze")
    expect(third).to_be_enabled()
    third.check()
    expect(first).to_be_disabled()
    assert not Vote.objects.filter(member=member).exists()

    page.get_by_role("button", name=dutch("Save my votes")).click()
    expect(page.locator("#vote-messages")).to_be_visible()
    assert set(Vote.objects.filter(member=member).values_list("proposal", flat=True)) == {
        development_group.proposals[1].pk,
        development_group.proposals[2].pk,
    }
    # Back on the page with two votes: the counter starts at the limit.
    expect(counter).to_have_text(all_made)
    expect(first).to_be_disabled()
    assert_accessible(page)
    assert external_requests == []


def test_on_a_phone_the_vote_is_confirmed_where_the_member_is(
    page, development_group, external_requests
):
    """At 390 px the page opens at the vote after saving: the confirmation is there, in view
    and focused (a screen reader reads it), not three screens higher at the top."""
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, development_group.member)
    page.goto(development_group.group.url)
    first, second, _third = development_group.proposals
    page.get_by_label(first.title).check()
    page.get_by_label(second.title).check()
    page.get_by_role("button", name=dutch("Save my votes")).click()

    confirmation = page.locator("#vote-messages")
    expect(confirmation).to_have_text(dutch("Thank you: your votes have been saved."))
    expect(confirmation).to_have_attribute("role", "status")
    expect(confirmation).to_be_focused()
    expect(confirmation).to_be_in_viewport()
    assert page.evaluate("window.scrollY") > 844  # the vote is well below the page's top
    expect(page.locator("#messages")).to_have_count(0)
    keep_screenshot(page, "vote-saved-390", full_page=False)  # what the member sees
    assert_accessible(page)
    assert external_requests == []


def test_member_reads_the_outcome_of_a_session(page, development_group, external_requests):
    past, document = development_group.past, development_group.document
    log_in(page, development_group.member)
    page.goto(past.url)

    outcome = page.locator("#outcome")
    expect(outcome.get_by_role("heading", level=2)).to_have_text(dutch("Outcome (for members)"))
    expect(outcome).to_contain_text("De overdracht naar de reguliere school is de zwakke plek.")
    expect(outcome).to_contain_text("Iedere regio brengt het aantal thuiszitters in kaart.")
    expect(outcome.get_by_role("link", name=document.title)).to_be_visible()
    assert_accessible(page)

    # The document itself: served to the member by Wagtail's view.
    href = outcome.get_by_role("link", name=document.title).get_attribute("href")
    assert page.request.get(href).ok
    assert external_requests == []
