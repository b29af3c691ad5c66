"""An example is related to a page at most once: the admin form says so in Dutch, the migration
removes the duplicates already stored, the database refuses a repeat (RelatedExampleBase) and
the public page never lists one twice. Autosave's part: test_autosave.py."""

import importlib

import pytest

from django.urls import reverse
from django.utils import translation

from practice_examples.factories import PracticeExamplePageFactory
from practice_examples.models import RelatedExample
from practice_examples.templatetags.practice_example_tags import related_examples

from .edit_form import edit_form

dedupe_migration = importlib.import_module(
    "practice_examples.migrations.0004_remove_repeated_related_examples"
)


def publish_with_related(client, page, related, initial=0, **headers):
    """Post the page's edit form with these related example rows and "publish"."""
    data = edit_form(page, related, initial, **{"action-publish": "publish"})
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data, **headers)


@pytest.fixture
def pair(example_index, locale_nl):
    return (
        PracticeExamplePageFactory(parent=example_index, title="Ouders aan tafel"),
        PracticeExamplePageFactory(parent=example_index, title="Stap voor stap terug"),
    )


def test_admin_form_refuses_the_same_related_example_twice(client, django_user_model, pair):
    page, other = pair
    client.force_login(django_user_model.objects.create_superuser("redacteur", "r@example.nl", "x"))
    revisions = page.revisions.count()
    with translation.override("nl"):
        response = publish_with_related(
            client, page, [{"example": other.pk}, {"example": other.pk}], HTTP_ACCEPT_LANGUAGE="nl"
        )
    assert response.status_code == 200  # the form again, not a redirect
    assert "Dit voorbeeld staat al bij de gerelateerde voorbeelden." in response.content.decode()
    assert not RelatedExample.objects.filter(page=page).exists()
    assert page.revisions.count() == revisions


def test_admin_form_accepts_different_related_examples(
    client, django_user_model, pair, example_index
):
    page, other = pair
    third = PracticeExamplePageFactory(parent=example_index, title="Aanpak verzuim")
    client.force_login(django_user_model.objects.create_superuser("redacteur", "r@example.nl", "x"))
    response = publish_with_related(client, page, [{"example": other.pk}, {"example": third.pk}])
    assert response.status_code == 302
    assert set(RelatedExample.objects.filter(page=page).values_list("example", flat=True)) == {
        other.pk,
        third.pk,
    }


def test_migration_keeps_the_first_of_two_duplicates():
    # (pk, page, example, sort order): page 1 relates example 7 twice, the later pk sorted first.
    rows = [(10, 1, 7, 1), (11, 1, 7, 0), (12, 1, 8, None), (13, 2, 7, 0), (14, 1, 8, 2)]
    assert dedupe_migration.repeated_rows(rows) == [10, 12]


def test_migration_removes_stored_duplicates_only(pair):
    from django.apps import apps

    page, other = pair
    kept = RelatedExample.objects.create(page=page, example=other, sort_order=0)
    dedupe_migration.remove_repeated_related_examples(apps, None)
    assert list(RelatedExample.objects.values_list("pk", flat=True)) == [kept.pk]


def test_public_page_shows_a_repeated_related_example_once(rf, pair):
    page, other = pair
    # An unsaved page (a preview) can still carry the same example twice.
    page.related_examples = [RelatedExample(example=other), RelatedExample(example=other)]
    request = rf.get(page.url)
    shown = related_examples({"request": request}, page)["examples"]
    assert [example.pk for example in shown].count(other.pk) == 1


def test_admin_swaps_two_related_examples(client, django_user_model, pair, example_index):
    # The rows stay, their examples change places: no moment may hold one example twice.
    page, other = pair
    third = PracticeExamplePageFactory(parent=example_index, title="Aanpak verzuim")
    first = RelatedExample.objects.create(page=page, example=other, sort_order=0)
    second = RelatedExample.objects.create(page=page, example=third, sort_order=1)
    client.force_login(django_user_model.objects.create_superuser("redacteur", "r@example.nl", "x"))
    response = publish_with_related(
        client,
        page,
        [{"id": first.pk, "example": third.pk}, {"id": second.pk, "example": other.pk}],
        initial=2,
    )
    assert response.status_code == 302
    order = RelatedExample.objects.filter(page=page).order_by("sort_order")
    assert list(order.values_list("example", flat=True)) == [third.pk, other.pk]
