"""The page editor in a real browser, with Wagtail's own JavaScript (issue 16): the new example
form is not autosaved, and a slug clash is counted on the "Eigenschappen" tab (Wagtail's w-count
badge) beside the "Ga naar eerste fout" button at the top."""

import datetime

import pytest

from django.urls import reverse

from wagtail.models import Page

from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory

SHOTS = "test-artifacts"


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
    editor_page.fill("#id_title", "Ouders aan tafel")
    editor_page.wait_for_timeout(2000)  # four autosave intervals of Wagtail's default 500 ms
    assert Page.objects.count() == pages  # typing made no page

    editor_page.fill("#id_publication_date", datetime.date.today().isoformat())
    publish(editor_page)
    editor_page.wait_for_load_state()
    errors = editor_page.locator(
        '[data-w-count-container-value="#tab-eigenschappen"] [data-w-count-target="total"]'
    )
    assert errors.inner_text() == "1"
    editor_page.screenshot(path=f"{SHOTS}/editor-slug-clash.png")
    assert Page.objects.count() == pages
