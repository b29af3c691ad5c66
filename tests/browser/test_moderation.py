"""Moderating a submission as it happens: a visitor proposes an example naming an organisation
that is not in the list; a moderator in the Dutch admin opens the draft, finds the organisation
awaiting confirmation, approves the example and is told it is published, with its link; the
sender's mail is on its way. Screenshots at 1280 px in test-artifacts/moderation/."""

import re

import pytest
from playwright.sync_api import expect

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache

from practice_examples.factories import PracticeExampleIndexPageFactory
from practice_examples.models import PracticeExamplePage
from taxonomy.models import Organisation

from .content import dutch, sign_in_to_admin
from .support import ARTIFACTS

pytestmark = pytest.mark.browser

PASSWORD = "moderator-wachtwoord-1"
SHOTS = ARTIFACTS / "moderation"
SENDER = "fatima@swv-utrecht.example"
NEW_ORGANISATION = "Stichting Nieuw Begin"


@pytest.fixture
def index_page(site_content):
    cache.clear()  # no rate limit left over from another test
    return PracticeExampleIndexPageFactory(parent=site_content.home)


@pytest.fixture
def moderator(db):
    user = get_user_model().objects.create_user(
        "moderator", "moderator@steunpunt.example", PASSWORD, first_name="Mo"
    )
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def shot(page, name, full_page=False):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"{name}.png", full_page=full_page)


def test_a_moderator_approves_a_submission_naming_a_new_organisation(
    page, live_server, index_page, site_content, moderator
):
    page.set_viewport_size({"width": 1280, "height": 900})
    mail.outbox.clear()

    # The visitor proposes an example.
    page.goto(index_page.url + index_page.reverse_subpage("submit"))
    page.get_by_label(dutch("Title of the example")).fill("Samen aan tafel")
    page.locator("#id_intro").fill("School en jeugdhulp aan één tafel.")
    page.locator("#id_problem").fill("Leerlingen zaten thuis.")
    page.locator("#id_approach").fill("Een wekelijks overleg.")
    page.get_by_label(site_content.themes[0].name).check()
    page.locator("#id_organisations").fill(NEW_ORGANISATION)
    page.locator("#id_contact_name").fill("Fatima el Amrani")
    page.locator("#id_contact_email").fill(SENDER)
    page.get_by_role("button", name=dutch("Send the example")).click()
    expect(page).to_have_url(re.compile(r"/insturen/\?verzonden=1$"))

    example = PracticeExamplePage.objects.get()
    organisation = Organisation.objects.get(name=NEW_ORGANISATION)
    assert not organisation.confirmed

    # The moderator signs in to the Dutch admin and opens the draft.
    sign_in_to_admin(page, moderator, PASSWORD)
    page.goto(f"/admin/pages/{example.pk}/edit/")
    expect(page.locator("#id_title")).to_have_value("Samen aan tafel")
    expect(page.locator("#id_contact_email")).to_have_value(SENDER)
    shot(page, "1-draft-in-the-edit-form")
    page.get_by_text(re.compile("betrokken organisaties", re.I)).first.scroll_into_view_if_needed()
    shot(page, "1b-draft-organisations")

    # The organisations awaiting confirmation, in the organisations' listing.
    page.goto("/admin/snippets/taxonomy/organisation/?status=unconfirmed")
    row = page.get_by_role("row").filter(has_text=NEW_ORGANISATION)
    expect(row).to_contain_text("Wacht op bevestiging")
    shot(page, "2-organisations-awaiting-confirmation")

    # Back to the draft: approve.
    page.goto(f"/admin/pages/{example.pk}/edit/")
    page.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']").first.click()
    page.get_by_role("button", name="Goedkeuren en publiceren", exact=True).click()

    message = page.locator(".messages").get_by_text(re.compile("is gepubliceerd"))
    expect(message).to_contain_text("Pagina 'Samen aan tafel' is gepubliceerd.")
    message.scroll_into_view_if_needed()
    shot(page, "3-published-message")
    expect(page.locator(".messages")).not_to_contain_text("gewijzigd")
    live_link = page.locator(".messages a", has_text="Bekijk live")
    example.refresh_from_db()
    assert example.live
    expect(live_link).to_have_attribute("href", example.url)

    # The sender's mail: in Dutch, with the full address of the live page.
    (sent,) = [
        message for message in mail.outbox if message.to == [SENDER] and "online" in message.subject
    ]
    assert sent.subject == "Uw praktijkvoorbeeld “Samen aan tafel” staat online"
    assert f"{live_server.url}/praktijkvoorbeelden/samen-aan-tafel/" in sent.body

    # The live page shows the example, not yet the unconfirmed organisation.
    live_link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Samen aan tafel")
    expect(page.get_by_text(NEW_ORGANISATION)).to_have_count(0)
    shot(page, "4-live-page", full_page=True)
