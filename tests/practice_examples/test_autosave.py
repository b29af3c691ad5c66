"""Autosave leaves no surprises (issue 16): a new page exists only once the editor saves it, a
slug clash is shown where the editor looks, and a publish right after an autosave stores each
related example once. The requests are the ones the admin's JavaScript sends: the autosave is the
edit form posted with `Accept: application/json` (Wagtail 8's AutosaveController)."""

import datetime

import pytest

from django.db import IntegrityError, transaction
from django.test import Client
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page, Site

from core.derived_cache import content_version
from home.models import SiteSettings
from practice_examples.factories import PracticeExamplePageFactory
from practice_examples.models import PracticeExamplePage, RelatedExample

from .edit_form import edit_form

AUTOSAVE = {"HTTP_ACCEPT": "application/json"}


def stored(page):
    return list(
        RelatedExample.objects.filter(page=page)
        .order_by("sort_order")
        .values_list("example", flat=True)
    )


@pytest.fixture
def editor(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("redacteur", "r@example.nl", "x"))
    return client


@pytest.fixture
def trio(example_index):
    return [
        PracticeExamplePageFactory(parent=example_index, title=title)
        for title in ["Ouders aan tafel", "Stap voor stap terug", "Aanpak verzuim"]
    ]


def add_url(parent):
    return reverse(
        "wagtailadmin_pages:add", args=["practice_examples", "practiceexamplepage", parent.pk]
    )


# A new page is not autosaved


def test_the_new_page_form_does_not_autosave(editor, example_index):
    response = editor.get(add_url(example_index))
    assert response.status_code == 200
    assert response.context["autosave_enabled"] is False
    html = response.content.decode()
    assert "w-autosave" not in html.split('id="page-edit-form"')[1].split(">")[0]
    assert 'data-w-unsaved-confirmation-value="true"' in html  # leaving still asks first


def test_editing_a_page_still_autosaves(editor, trio):
    response = editor.get(reverse("wagtailadmin_pages:edit", args=[trio[0].pk]))
    assert response.context["autosave_enabled"] is True


def test_leaving_a_new_example_unsaved_leaves_no_page_and_frees_the_slug(editor, example_index):
    pages = Page.objects.count()
    page = PracticeExamplePage(
        title="Nieuw voorbeeld", slug="nieuw-voorbeeld", publication_date=datetime.date.today()
    )
    editor.get(add_url(example_index))  # the editor opens the form, types, and leaves
    assert Page.objects.count() == pages
    response = editor.post(
        add_url(example_index), edit_form(page, [], **{"action-publish": "publish"})
    )
    assert response.status_code == 302
    assert PracticeExamplePage.objects.get(slug="nieuw-voorbeeld").live


def test_a_slug_clash_is_named_and_counted_on_its_tab(editor, example_index, trio):
    page = PracticeExamplePage(
        title="Ouders aan tafel", slug=trio[0].slug, publication_date=trio[0].publication_date
    )
    with translation.override("nl"):
        response = editor.post(
            add_url(example_index),
            edit_form(page, [], **{"action-publish": "publish"}),
            HTTP_ACCEPT_LANGUAGE="nl",
        )
    assert response.status_code == 200
    html = response.content.decode()
    assert "al in gebruik" in html  # Wagtail's Dutch "The slug ... is already in use"
    # Wagtail counts a tab's errors in the browser (w-count, tests/browser); the tab is there.
    assert 'data-w-count-container-value="#tab-eigenschappen"' in html


def test_an_autosave_of_a_live_page_leaves_the_sites_caches(editor, example_index, trio):
    """The editor's autosave (every few seconds while they type) saves a draft: the listing and
    everything derived from the published pages stay cached for the visitors."""
    page = trio[0]
    SiteSettings.for_site(Site.objects.get(is_default_site=True))  # as a running site has them
    public = Client()
    public.get(example_index.url)
    assert public.get(example_index.url)["X-Cache"] == "HIT"
    before = content_version()
    draft = PracticeExamplePage(
        title="Ouders aan tafel, in concept", slug=page.slug, publication_date=page.publication_date
    )
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert editor.post(url, edit_form(draft, []), **AUTOSAVE).json()["success"]
    page.refresh_from_db()
    assert page.has_unpublished_changes and page.draft_title == "Ouders aan tafel, in concept"
    assert content_version() == before
    response = public.get(example_index.url)
    assert response["X-Cache"] == "HIT"
    assert "Ouders aan tafel" in response.content.decode()
    assert "in concept" not in response.content.decode()


# A publish right after an autosave


@pytest.mark.parametrize("live", [False, True], ids=["draft", "live"])
def test_publish_before_the_autosave_answer_stores_the_example_once(editor, trio, live):
    page, other, _third = trio
    if not live:
        page.unpublish()
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    row = [{"id": "", "example": other.pk}]
    response = editor.post(url, edit_form(page, row), **AUTOSAVE)
    assert response.json()["success"]
    # The publish carries the form as it was before the autosave's answer: no id for the row.
    response = editor.post(url, edit_form(page, row, **{"action-publish": "publish"}))
    assert response.status_code == 302
    assert stored(page) == [other.pk]


def test_publish_after_the_autosave_answer_stores_the_example_once(editor, trio):
    page, other, _third = trio
    page.unpublish()
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    row = [{"id": "", "example": other.pk}]
    updates = editor.post(url, edit_form(page, row), **AUTOSAVE).json()["field_updates"]
    assert updates["related_examples-0-id"]  # Wagtail sends the new row's id back
    data = edit_form(page, row, **{"action-publish": "publish"}) | updates
    assert editor.post(url, data).status_code == 302
    assert stored(page) == [other.pk]


def test_changing_the_example_after_an_autosave_keeps_only_the_new_one(editor, trio):
    page, other, third = trio
    page.unpublish()
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    editor.post(url, edit_form(page, [{"id": "", "example": other.pk}]), **AUTOSAVE)
    data = edit_form(page, [{"id": "", "example": third.pk}], **{"action-publish": "publish"})
    assert editor.post(url, data).status_code == 302
    assert stored(page) == [third.pk]


# Saving rows under the unique constraint


def publish(editor, page, related, initial):
    data = edit_form(page, related, initial=initial, **{"action-publish": "publish"})
    return editor.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


@pytest.fixture
def two_related(trio):
    page, other, third = trio
    first = RelatedExample.objects.create(page=page, example=other, sort_order=0)
    second = RelatedExample.objects.create(page=page, example=third, sort_order=1)
    return page, first, second


def test_swapping_two_related_examples(editor, two_related):
    page, first, second = two_related
    rows = [
        {"id": first.pk, "example": second.example_id},
        {"id": second.pk, "example": first.example_id},
    ]
    assert publish(editor, page, rows, initial=2).status_code == 302
    assert stored(page) == [second.example_id, first.example_id]


def test_reordering_related_examples(editor, two_related):
    page, first, second = two_related
    rows = [
        # The admin moves a row by changing the ORDER values, not the rows' places.
        {"id": first.pk, "example": first.example_id, "ORDER": 2},
        {"id": second.pk, "example": second.example_id, "ORDER": 1},
    ]
    assert publish(editor, page, rows, initial=2).status_code == 302
    assert stored(page) == [second.example_id, first.example_id]
    assert RelatedExample.objects.filter(pk__in=[first.pk, second.pk]).count() == 2  # kept


def test_deleting_and_adding_the_same_example_again(editor, two_related):
    page, first, second = two_related
    rows = [
        {"id": first.pk, "example": first.example_id, "DELETE": "1"},
        {"id": second.pk, "example": second.example_id},
        {"id": "", "example": first.example_id},
    ]
    assert publish(editor, page, rows, initial=2).status_code == 302
    assert stored(page) == [second.example_id, first.example_id]


def test_the_same_example_twice_is_refused_in_dutch(editor, two_related):
    page, first, second = two_related
    rows = [
        {"id": first.pk, "example": first.example_id},
        {"id": second.pk, "example": second.example_id},
        {"id": "", "example": first.example_id},
    ]
    with translation.override("nl"):
        response = publish(editor, page, rows, initial=2)
    assert response.status_code == 200
    assert "Dit voorbeeld staat al bij de gerelateerde voorbeelden." in response.content.decode()
    assert stored(page) == [first.example_id, second.example_id]


def test_the_database_refuses_a_repeated_example(two_related):
    page, first, _second = two_related
    with pytest.raises(IntegrityError), transaction.atomic():
        RelatedExample.objects.create(page=page, example=first.example, sort_order=5)


def test_a_revision_holding_an_example_twice_publishes_it_once(trio):
    # Revisions saved before the constraint may hold a repeat; publishing one must not fail.
    page, other, third = trio
    page.related_examples = [
        RelatedExample(example=other),
        RelatedExample(example=third),
        RelatedExample(example=other),
    ]
    page.save_revision().publish()
    assert stored(page) == [other.pk, third.pk]


def test_an_autosave_storing_the_example_at_the_same_moment_gives_way(editor, trio, monkeypatch):
    # The autosave and the publish run at once: the autosave's row appears after the publish
    # looked at the stored rows and before it inserts its own, and the database refuses the
    # publish's row. The publish tries once more and succeeds, no server error. (In one test
    # transaction the autosave's row is rolled back with the first try; in production it is
    # committed, visible to the second try, and deleted by it as a row the form does not name.)
    page, other, _third = trio
    page.unpublish()
    real_save = RelatedExample.save
    autosaved = []

    def save_after_the_autosave(row, *args, **kwargs):
        if row.pk is None and not autosaved:
            autosaved.append(RelatedExample(page=page, example=other))
            real_save(autosaved[0])
        return real_save(row, *args, **kwargs)

    monkeypatch.setattr(RelatedExample, "save", save_after_the_autosave)
    response = editor.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        edit_form(page, [{"id": "", "example": other.pk}], **{"action-publish": "publish"}),
    )
    assert autosaved  # the database did refuse the first try
    assert response.status_code == 302
    assert stored(page) == [other.pk]
