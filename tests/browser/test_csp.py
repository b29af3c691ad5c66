"""The Content-Security-Policy in a real browser: what the site and the admin do, it allows.

Chromium reports every resource, inline script or style attribute the policy blocks (a
`securitypolicyviolation` event in the page, a console message). Each test walks through the
pages a visitor or an editor uses, doing what they do there (filters, the video, forms, the rich
text editor, the image chooser, the preview, the translation editor), and expects no report.
"""

import datetime
import json
import re

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from django.contrib.auth import get_user_model

from wagtail_localize.models import Translation, TranslationSource

from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import EventPage
from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory
from scan import responses
from scan.factories import ScanPageFactory

from .content import dutch, sign_in_to_admin

pytestmark = pytest.mark.browser

ADMIN_PASSWORD = "een-lang-beheerderswachtwoord"

# Collects the violations of every frame from the start of each document (an init script is
# not subject to the page's policy).
WATCH_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} ` +
        `in ${event.documentURI} (${event.sourceFile || ""}:${event.lineNumber})`
    );
});
"""


class ViolationLog:
    """The CSP violations seen by a page: console messages and the frames' events."""

    def __init__(self, page):
        self.page = page
        self.console = []
        page.context.add_init_script(WATCH_VIOLATIONS)
        page.on("console", self.on_console)

    def on_console(self, message):
        if "Content Security Policy" in message.text:
            self.console.append(message.text)

    def events(self):
        found = []
        for frame in self.page.frames:
            try:
                found += frame.evaluate("() => window.__cspViolations || []")
            except Exception:  # a frame that navigated away or another origin's player
                continue
        return found

    def assert_none(self, where):
        self.page.wait_for_load_state("load")
        found = self.console + self.events()
        assert not found, f"{where}: {json.dumps(found, indent=2, ensure_ascii=False)}"


@pytest.fixture
def violations(page):
    return ViolationLog(page)


def scan_token(scan_page):
    response = responses.start(scan_page)
    answers = dict.fromkeys(response.questionnaire.statement_keys, 3)
    responses.save_answers(response, answers)
    responses.complete(response)
    return response.token


@pytest.fixture
def public_content(site_content):
    first = site_content.themes[0]
    examples = PracticeExampleIndexPageFactory(parent=site_content.home)
    example = PracticeExamplePageFactory(parent=examples, title="Ouders aan tafel", themes=[first])
    agenda = EventIndexPageFactory(parent=site_content.home)
    event = EventPageFactory(
        parent=agenda,
        title="Kennisdeelmiddag thuiszitters",
        start_date=datetime.date.today() + datetime.timedelta(days=10),
        registration_mode=EventPage.RegistrationMode.SITE,
        capacity=10,
        themes=[first],
    )
    scan_page = ScanPageFactory(parent=site_content.home)
    scan_page.save_revision().publish()
    scan_page.refresh_from_db()
    return {
        "examples": examples,
        "example": example,
        "theme": first,
        "agenda": agenda,
        "event": event,
        "scan_token": scan_token(scan_page),
    }


def test_the_public_pages_run_under_the_policy(
    page, violations, site_content, public_content, external_requests
):
    theme = public_content["theme"]
    event = public_content["event"]

    example, examples = public_content["example"], public_content["examples"]
    for address, status in [
        ("/", 200),
        ("/en/", 200),
        (examples.url, 200),
        (example.url, 200),
        (example.url + "contact/", 200),
        (examples.url + examples.reverse_subpage("submit"), 200),
        (public_content["agenda"].url, 200),
        (event.url, 200),
        ("/zoeken/?q=school", 200),
        (site_content.theme_index.theme_url(theme), 200),
        ("/scan/", 200),
        (f"/scan/{public_content['scan_token']}/", 200),
        ("/account/inloggen/", 200),
        ("/bestaat-niet/", 404),
    ]:
        assert page.goto(address).status == status, address
        violations.assert_none(address)

    # The practice example finder: a filter fetches the new list (connect-src).
    page.goto(examples.url)
    page.get_by_label(re.compile(re.escape(theme.name))).check()
    expect(page).to_have_url(re.compile(rf"thema={theme.slug}"))
    expect(page.locator("#example-results .card__title")).to_have_text(["Ouders aan tafel"])
    violations.assert_none("the example finder's filters")

    # The click-to-load video: the player's iframe is allowed (frame-src); this test aborts
    # every request to another host, so the player itself never loads.
    page.goto(site_content.standard.url)
    page.locator("[data-video] a[data-video-src]").click()
    expect(page.locator("iframe.block-video__iframe")).to_have_count(1)
    violations.assert_none("the video block")
    assert any("youtube-nocookie.com/embed/" in url for url in external_requests)

    # An event's registration form, sent empty: the error page.
    page.goto(event.url + event.reverse_subpage("register"))
    page.get_by_role("button", name=dutch("Register")).click()
    expect(page.locator("#error-summary")).to_be_visible()
    violations.assert_none("the registration form with errors")

    # The watch itself: a style attribute added now is blocked and seen.
    page.evaluate("document.body.setAttribute('style', 'outline: 1px solid red')")
    page.wait_for_timeout(200)
    assert any("style-src" in violation for violation in violations.events())


# The admin -------------------------------------------------------------------------------------


@pytest.fixture
def editor_content(site_content, locale_en):
    examples = PracticeExampleIndexPageFactory(parent=site_content.home)
    example = PracticeExamplePageFactory(parent=examples, title="Ouders aan tafel")
    # An English translation made with wagtail-localize, for its translation editor.
    source, _ = TranslationSource.get_or_create_from_instance(example)
    translation = Translation.objects.create(source=source, target_locale=locale_en)
    translation.save_target(publish=True)
    translated = example.get_translation(locale_en)
    return {"example": example, "translated": translated, "standard": site_content.standard}


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser(
        username="redacteur", email="redacteur@example.nl", password=ADMIN_PASSWORD
    )


def current_code(user):
    """The code the user's authenticator app shows now (django-otp's own TOTP)."""
    device = TOTPDevice.objects.get(user=user)
    return f"{totp(device.bin_key, device.step, device.t0, device.digits):06d}"


def test_the_admin_runs_under_its_policy(
    page, violations, editor_content, admin_user, settings, live_server
):
    """An editor signs in with a second factor and edits a page: the admin's policy (scripts
    and styles inline, no eval, no other host) allows all of it, the sign-in pages the strict
    public one."""
    settings.ADMIN_TWO_FACTOR_REQUIRED = True
    settings.WAGTAILADMIN_BASE_URL = live_server.url  # the userbar's scripts come from there
    example, standard = editor_content["example"], editor_content["standard"]

    sign_in_to_admin(page, admin_user, ADMIN_PASSWORD, lands_on=None)
    expect(page).to_have_url(re.compile(r"/admin/two-factor/setup/"))
    violations.assert_none("the two-factor setup page")
    page.locator("#id_code").fill(current_code(admin_user))
    page.locator("form.login-form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/two-factor/backup-codes/"))
    violations.assert_none("the backup codes")
    backup_code = page.locator(".two-factor__codes code").first.inner_text()
    page.locator("main a.button").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    violations.assert_none("the dashboard")

    page.goto(f"/admin/pages/{example.get_parent().pk}/")
    violations.assert_none("the page explorer")

    # The account page links to the two-factor settings.
    page.goto("/admin/account/")
    page.locator("#tab-label-actions").click()
    page.locator("a[href='/admin/two-factor/']").click()
    expect(page.locator(".two-factor__action")).to_have_count(2)
    violations.assert_none("the two-factor settings")

    # A practice example: date pickers, inline panel, choosers, the rich text editor.
    page.goto(f"/admin/pages/{example.pk}/edit/")
    violations.assert_none("the editor of a practice example")
    page.locator(".Draftail-Editor [contenteditable=true]").first.click()
    page.keyboard.type("Een nieuwe zin. ")
    expect(page.locator(".Draftail-Editor").first).to_contain_text("Een nieuwe zin.")
    violations.assert_none("the rich text editor")

    # The standard page: the image chooser and the preview (an iframe of the site).
    page.goto(f"/admin/pages/{standard.pk}/edit/")
    page.locator("button[data-chooser-action-choose]:visible").first.click()
    expect(page.locator(".modal-dialog")).to_be_visible()
    expect(page.locator(".modal-dialog h3", has_text="Gesprek op school")).to_be_visible()
    violations.assert_none("the image chooser")
    page.locator(".modal-dialog a", has_text="Gesprek op school").click()
    expect(page.locator(".modal-dialog")).to_have_count(0)
    page.locator("[data-side-panel-toggle=preview]").first.click()
    preview = page.frame_locator("iframe#w-preview-iframe")
    expect(preview.get_by_role("heading", level=1)).to_have_text(standard.title)
    violations.assert_none("the preview")

    # wagtail-localize's translation editor of the English example.
    page.goto(f"/admin/pages/{editor_content['translated'].pk}/edit/")
    expect(page.locator(".js-translation-editor")).not_to_be_empty()
    violations.assert_none("the translation editor")

    # The site itself for a signed-in editor, with Wagtail's userbar.
    page.goto(standard.url)
    expect(page.locator("wagtail-userbar")).to_have_count(1)
    violations.assert_none("a page with the userbar")

    # Signed out and in again: the verify page, passed with a backup code.
    page.context.clear_cookies()
    sign_in_to_admin(page, admin_user, ADMIN_PASSWORD, lands_on=None)
    expect(page).to_have_url(re.compile(r"/admin/two-factor/verify/"))
    violations.assert_none("the verify page")
    page.locator("#id_code").fill(backup_code)
    page.locator("form.login-form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    violations.assert_none("the dashboard after a backup code")
