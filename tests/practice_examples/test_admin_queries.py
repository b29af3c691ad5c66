"""The editors' admin at any number of examples (issue 18): the page listings and the preview
take the same number of queries for 3 examples as for 15, and the listing's rows keep the
buttons Wagtail and wagtail-localize give them (core/admin_listing.py)."""

import itertools
import re

import pytest

from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.db import connections
from django.urls import reverse

from wagtail import hooks
from wagtail.models import GroupPagePermission, PagePermissionTester
from wagtail.test.utils.form_data import inline_formset, nested_form_data
from wagtail_localize import wagtail_hooks as localize_hooks
from wagtail_localize.models import Translation, TranslationSource

from core.admin_listing import PagePermissions, attach_translation_buttons, translation_buttons
from practice_examples.factories import PracticeExamplePageFactory
from practice_examples.models import PracticeExamplePage, RelatedExample
from tests.practice_examples.edit_form import edit_form


class QueryCounter:
    """Every query on every connection while in `with`: CaptureQueriesContext misses some."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)

    def __enter__(self):
        self.count = 0
        self.wrappers = [connections[alias].execute_wrapper(self) for alias in connections]
        for wrapper in self.wrappers:
            wrapper.__enter__()
        return self

    def __exit__(self, *exc):
        for wrapper in reversed(self.wrappers):
            wrapper.__exit__(*exc)


def queries(request):
    """The number of queries of `request()` made a second time (the first fills what a running
    site has cached anyway: content types, the site root paths)."""
    request()
    with QueryCounter() as counter:
        response = request()
    assert response.status_code == 200
    return counter.count


@pytest.fixture
def editor(client, django_user_model):
    """A member of Wagtail's Editors group: no publish permission, so Wagtail asks whether a
    page may be deleted from its live state."""
    user = django_user_model.objects.create_user("redacteur", "r@example.nl", "wachtwoord")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


@pytest.fixture
def superuser(client, django_user_model):
    user = django_user_model.objects.create_superuser("beheerder", "b@example.nl", "wachtwoord")
    client.force_login(user)
    return user


def add_examples(index, count, taxa, locale_en=None):
    """`count` examples with taxa and tags; every third one translated into English through
    wagtail-localize (a translation source with an enabled translation: "Sync translated
    pages" in its row), every other one related to the one before it."""
    themes = itertools.cycle([[taxa["ouders"]], [taxa["ouders"], taxa["terugkeer"]]])
    made = []
    for number in range(count):
        example = PracticeExamplePageFactory(
            parent=index,
            title=f"Aanpak {len(index.get_children())}",
            themes=next(themes),
            regions=[taxa["utrecht"]],
            sectors=[taxa["po"], taxa["vo"]],
        )
        example.tags.add(f"tag-{number % 4}")
        example.save_revision()
        if made and number % 2:
            RelatedExample.objects.create(page=example, example=made[-1])
        if locale_en and number % 3 == 0:
            source, _ = TranslationSource.get_or_create_from_instance(example)
            Translation.objects.create(source=source, target_locale=locale_en, enabled=True)
        made.append(example)
    return made


LISTINGS = {
    "explorer": lambda index: reverse("wagtailadmin_explore", args=[index.pk]),
    "explorer, by latest revision": lambda index: (
        reverse("wagtailadmin_explore", args=[index.pk]) + "?ordering=-latest_revision_created_at"
    ),
    "explorer, search": lambda index: (
        reverse("wagtailadmin_explore", args=[index.pk]) + "?q=aanpak"
    ),
    "practice examples listing": lambda index: reverse("practice_examples:index"),
    # A word of the examples' titles only: a page with subpages among the results (the index)
    # would cost Wagtail a query of its own.
    "search of all pages": lambda index: reverse("wagtailadmin_pages:search") + "?q=aanpak",
}


@pytest.mark.parametrize("user", ["editor", "superuser"])
@pytest.mark.parametrize("listing", LISTINGS)
def test_listing_query_count_is_constant(
    request, client, user, listing, example_index, taxa, locale_en
):
    request.getfixturevalue(user)
    address = LISTINGS[listing](example_index)
    add_examples(example_index, 3, taxa, locale_en)
    few = queries(lambda: client.get(address))
    add_examples(example_index, 12, taxa, locale_en)
    many = queries(lambda: client.get(address))
    assert many == few
    assert client.get(address).content.decode().count("Aanpak ") >= 15  # the rows are there


def index_form(page):
    return nested_form_data(
        {"title": page.title, "slug": page.slug, "comments": inline_formset([])}
    )


def preview(client, page, related=()):
    """Post the edit form to the preview, as the editor's preview panel does, and show it."""
    address = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    if isinstance(page, PracticeExamplePage):
        rows = [{"id": row.pk, "example": row.example_id} for row in related]
        data = edit_form(page, related=rows, initial=len(rows))
    else:
        data = index_form(page)
    posted = client.post(address, data)
    assert posted.json()["is_valid"]
    return client.get(f"{address}?in_preview_panel=true")


def after_a_save(client, page, related):
    cache.clear()
    return preview(client, page, related)


def test_preview_query_count_is_constant(client, editor, example_index, taxa, locale_en):
    """The preview of an example (its related examples, facts, cards) and of the example index,
    right after a save (nothing derived cached: each request clears the cache first) and
    again, at 3 and at 15 examples."""
    examples = add_examples(example_index, 3, taxa, locale_en)
    page = examples[1]  # related to the first
    related = list(page.related_examples.all())

    def counts():
        found = []
        for shown, rows in ((page, related), (example_index, ())):
            found.append(queries(lambda s=shown, r=rows: after_a_save(client, s, r)))
            found.append(queries(lambda s=shown, r=rows: preview(client, s, r)))
        return found

    few = counts()
    add_examples(example_index, 12, taxa, locale_en)
    assert counts() == few


# The rows' buttons are the ones Wagtail and wagtail-localize give ---------------------------


TRANSLATE, SYNC = "/localize/submit/page/", "/localize/update/"


def buttons(found):
    return sorted((button.label, button.url) for button in found)


def test_wagtail_localize_listing_hook_is_replaced():
    registered = hooks.get_hooks("register_page_listing_more_buttons")
    assert translation_buttons in registered
    assert localize_hooks.page_listing_more_buttons not in registered
    # The page header keeps wagtail-localize's own (one page, not a row per page).
    header = hooks.get_hooks("register_page_header_buttons")
    assert localize_hooks.page_listing_more_buttons in header


def test_translation_buttons_are_wagtail_localizes(editor, example_index, taxa, locale_en):
    """Untranslated, translated through wagtail-localize (enabled and disabled), with only an
    English alias: the same buttons as wagtail-localize's own function gives."""
    untranslated, synced, disabled, aliased = add_examples(example_index, 4, taxa)
    for page, enabled in ((synced, True), (disabled, False)):
        source, _ = TranslationSource.get_or_create_from_instance(page)
        Translation.objects.create(source=source, target_locale=locale_en, enabled=enabled)
        page.copy_for_translation(locale_en, copy_parents=True)
    aliased.copy_for_translation(locale_en, copy_parents=True, alias=True)
    pages = [untranslated, synced, disabled, aliased]
    attach_translation_buttons(pages)
    found = {}
    for page in pages:
        ours = buttons(translation_buttons(page, editor, next_url="/admin/pages/"))
        theirs = buttons(
            localize_hooks.page_listing_more_buttons(page, editor, next_url="/admin/pages/")
        )
        assert ours == theirs, page.title
        found[page] = {kind for kind in (TRANSLATE, SYNC) for _label, url in ours if kind in url}
    assert found == {
        untranslated: {TRANSLATE},
        synced: {SYNC},
        disabled: set(),
        aliased: {TRANSLATE},
    }


def test_listing_shows_the_translation_buttons(client, editor, example_index, taxa, locale_en):
    synced = add_examples(example_index, 1, taxa)[0]
    source, _ = TranslationSource.get_or_create_from_instance(synced)
    Translation.objects.create(source=source, target_locale=locale_en, enabled=True)
    response = client.get(reverse("wagtailadmin_explore", args=[example_index.pk]))
    html = response.content.decode()
    assert reverse("wagtail_localize:update_translations", args=[source.pk]) in html
    assert reverse("wagtail_localize:submit_page_translation", args=[synced.pk]) in html


@pytest.mark.parametrize(
    "actions",
    [
        {"change"},
        {"change", "publish"},
        {"add"},
        {"add", "publish"},
        {"add", "change", "bulk_delete"},
        set(),
    ],
)
@pytest.mark.parametrize("live", [True, False])
@pytest.mark.parametrize("owned", [True, False])
def test_delete_and_move_permissions_are_wagtails(
    django_user_model, example_index, actions, live, owned
):
    """For a page without subpages (and its parent, with them) PagePermissions answers as
    Wagtail's tester, for every combination of permissions, state and owner."""
    user = django_user_model.objects.create_user("iemand", "i@example.nl", "wachtwoord")
    group = Group.objects.create(name="Proef")
    for action in actions:
        GroupPagePermission.objects.create(
            group=group,
            page=example_index,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=f"{action}_page"
            ),
        )
    user.groups.add(group)
    page = PracticeExamplePageFactory(
        parent=example_index, live=live, owner=user if owned else None
    )
    for shown in (page, example_index):
        shown.refresh_from_db()
        ours = PagePermissions(user, shown)
        theirs = PagePermissionTester(user, shown)
        assert isinstance(shown.permissions_for_user(user), PagePermissions)
        assert ours.can_delete() == theirs.can_delete()
        assert ours.can_move() == theirs.can_move()
        assert ours.can_delete(ignore_bulk=True) == theirs.can_delete(ignore_bulk=True)


@pytest.mark.parametrize("listing", ["explorer", "practice examples listing"])
def test_listings_show_25_rows_a_page(client, editor, listing, example_index, taxa):
    add_examples(example_index, 27, taxa, None)
    first = client.get(LISTINGS[listing](example_index)).content.decode()
    second = client.get(LISTINGS[listing](example_index) + "?p=2").content.decode()
    rows = re.compile(r">\s*Aanpak \d+")
    assert len(rows.findall(first)) == 25
    assert len(rows.findall(second)) == 2


def listed_pages(client, address):
    """The ids of the pages a listing of the admin shows as its rows."""
    response = client.get(address)
    assert response.status_code == 200
    return {int(pk) for pk in re.findall(r'id="page_(\d+)_title"', response.content.decode())}


def explorer_rows(client, page, query=""):
    return listed_pages(client, reverse("wagtailadmin_explore", args=[page.pk]) + query)


@pytest.fixture
def two_examples_editor(client, django_user_model, example_index, taxa):
    """Logs in an editor whose group may edit two of three examples' branches (one with a
    subpage); returns (the two, the other, the subpage)."""
    allowed, other, also = add_examples(example_index, 3, taxa)
    below = PracticeExamplePageFactory(parent=allowed, title="Aanpak onder")
    group = Group.objects.create(name="Redactie van twee voorbeelden")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for page in (allowed, also):
        GroupPagePermission.objects.create(
            group=group, page=page, permission=Permission.objects.get(codename="change_page")
        )
    user = django_user_model.objects.create_user("smal", "smal@example.nl", "wachtwoord")
    user.groups.add(group)
    client.force_login(user)
    return (allowed, also), other, below


@pytest.mark.parametrize("query", ["", "?q=aanpak"])
def test_the_explorer_lists_what_wagtail_lets_the_user_explore(
    client, two_examples_editor, example_index, query
):
    """Exploring the index (which the editor only passes through) shows their two examples
    and not the one beside them; exploring within a branch shows every page of it
    (core.admin_listing.ExplorerView.get_base_queryset)."""
    (allowed, also), _other, below = two_examples_editor
    assert explorer_rows(client, example_index, query) == (
        {allowed.pk, below.pk, also.pk} if query else {allowed.pk, also.pk}
    )
    assert explorer_rows(client, allowed, query) == {below.pk}


def listing_rows(client):
    return listed_pages(client, reverse("practice_examples:index"))


def test_the_practice_example_listing_lists_what_wagtail_lets_the_user_explore(
    client, two_examples_editor, django_user_model
):
    """The editor of two examples' branches sees those examples only; a member of the Editors
    group (a permission on the whole tree) sees every example
    (practice_examples.admin.viewsets.PracticeExampleIndexView.get_base_queryset)."""
    (allowed, also), other, below = two_examples_editor
    assert listing_rows(client) == {allowed.pk, also.pk, below.pk}
    member = django_user_model.objects.create_user("breed", "breed@example.nl", "wachtwoord")
    member.groups.add(Group.objects.get(name="Editors"))
    client.force_login(member)
    assert listing_rows(client) == {allowed.pk, also.pk, below.pk, other.pk}
