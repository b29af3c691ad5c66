"""The page editor in a real browser, with Wagtail's own JavaScript (issue 16): the new example
form is not autosaved, and a slug clash is counted on the "Eigenschappen" tab (Wagtail's w-count
badge) beside the "Ga naar eerste fout" button at the top; publishing right after an autosave
stores a related example once."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from django.urls import reverse

from wagtail.models import Page

from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory
from practice_examples.models import RelatedExample

SHOTS = "test-artifacts"
# Wagtail's w-unsaved takes the form's first state 2 s after the page loaded; only later edits
# count as changes (and start an autosave where it is on).
UNSAVED_WATCH_DELAY = 2500


@pytest.fixture
def editor_page(page, live_server, client, django_user_model):
    user = django_user_model.objects.create_superuser("redacteur", "r@example.nl", "x")
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    return page


@pytest.fixture
def examples(site_content):
    index = PracticeExampleIndexPageFactory(parent=site_content.home)
    return index, [
        PracticeExamplePageFactory(parent=index, title=title, slug=slug)
        for title, slug in [("Ouders aan tafel", "ouders-aan-tafel"), ("Stap terug", "stap-terug")]
    ]


def add_url(index):
    return reverse(
        "wagtailadmin_pages:add", args=["practice_examples", "practiceexamplepage", index.pk]
    )


def publish(page):
    # The publish button sits in the footer's action menu; press it as its menu item would.
    page.locator("button[name=action-publish]").evaluate("button => button.click()")


def test_a_new_example_is_not_autosaved_and_a_slug_clash_is_counted_on_its_tab(
    editor_page, examples
):
    index, (tafel, _stap) = examples
    pages = Page.objects.count()
    editor_page.set_viewport_size({"width": 1280, "height": 900})
    editor_page.goto(add_url(index))
    editor_page.wait_for_timeout(UNSAVED_WATCH_DELAY)
    editor_page.fill("#id_title", "Ouders thuis aan tafel")
    # The slug as Wagtail fills it in from the title when the editor leaves the title field.
    editor_page.locator("#id_slug").evaluate("input => { input.value = 'ouders-thuis-aan-tafel'; }")
    editor_page.wait_for_timeout(2000)  # four autosave intervals of Wagtail's default 500 ms
    assert Page.objects.count() == pages  # typing made no page (autosave would have: a draft)

    editor_page.fill("#id_title", "Ouders aan tafel")
    editor_page.locator("#id_slug").evaluate("input => { input.value = 'ouders-aan-tafel'; }")

    editor_page.fill("#id_publication_date", datetime.date.today().isoformat())
    publish(editor_page)
    editor_page.wait_for_load_state()
    errors = editor_page.locator(
        '[data-w-count-container-value="#tab-eigenschappen"] [data-w-count-target="total"]'
    )
    expect(errors).to_have_text("1")  # Wagtail's w-count fills it in once the page has loaded
    editor_page.screenshot(path=f"{SHOTS}/editor-slug-clash.png")
    assert Page.objects.count() == pages


def test_publishing_right_after_an_autosave_stores_the_related_example_once(editor_page, examples):
    _index, (tafel, stap) = examples
    tafel.unpublish()  # a draft: its autosaves store the rows, as a publish would
    editor_page.set_viewport_size({"width": 1280, "height": 900})
    editor_page.goto(reverse("wagtailadmin_pages:edit", args=[tafel.pk]))
    editor_page.wait_for_timeout(UNSAVED_WATCH_DELAY)
    editor_page.locator("#id_related_examples-ADD").click()
    # The example as the page chooser fills it in; then the editor types and autosave starts.
    chooser = editor_page.locator("#id_related_examples-0-example")
    chooser.evaluate("(input, pk) => { input.value = pk; }", str(stap.pk))
    # The server stores the autosave; its answer (with the new row's id) reaches the form only
    # after the editor pressed "publish", as on a slow connection.
    held = []

    def hold_the_autosave_answer(route):
        if route.request.headers.get("accept") == "application/json":
            held.append((route, route.fetch()))
        else:
            route.continue_()

    editor_page.route("**/edit/", hold_the_autosave_answer)
    editor_page.locator("#id_title").press("End")
    editor_page.locator("#id_title").press_sequentially(" thuis")
    for _ in range(40):
        if held:
            break
        editor_page.wait_for_timeout(100)
    assert held, "no autosave"
    assert RelatedExample.objects.filter(page=tafel).count() == 1  # stored by the autosave
    publish(editor_page)
    route, answer = held[0]
    route.fulfill(response=answer)
    editor_page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    editor_page.screenshot(path=f"{SHOTS}/editor-published-after-autosave.png")
    tafel.refresh_from_db()
    assert tafel.live
    assert list(RelatedExample.objects.filter(page=tafel).values_list("example", flat=True)) == [
        stap.pk
    ]
    assert tafel.title == "Ouders aan tafel thuis"
