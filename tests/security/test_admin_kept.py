"""The admin's sidebar and the buttons of its listings' rows are kept per user
(security/admin_kept.py): built once, the same as Wagtail's own, and built again at once when
what they show can change."""

import json

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.models import GroupApprovalTask, GroupPagePermission, Page
from wagtail.users.models import UserProfile

from core.derived_cache import current_version
from security import admin_kept, permissions

SIDEBAR = '<script id="wagtail-sidebar-props" type="application/json">'


def sidebar(client):
    """The sidebar's JSON on the admin's dashboard, as the sidebar's script reads it."""
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    start = html.index(SIDEBAR) + len(SIDEBAR)
    return json.dumps(json.loads(html[start : html.index("</script>", start)]))


@pytest.fixture
def group(db):
    group = Group.objects.create(name="Redactie sidebar")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    return group


@pytest.fixture
def editor(client, django_user_model, group):
    user = django_user_model.objects.create_user(
        "sidebar", "sidebar@example.nl", "wachtwoord", first_name="Fatima"
    )
    user.groups.add(group)
    client.force_login(user)
    return user


def wagtail_builds(monkeypatch, name, what):
    """[what(*arguments)] of every call of Wagtail's own tag function `name` (as
    security.admin_kept calls it)."""
    calls = []
    wagtails = getattr(admin_kept, name)

    def counting(*arguments):
        calls.append(what(*arguments))
        return wagtails(*arguments)

    monkeypatch.setattr(admin_kept, name, counting)
    return calls


@pytest.fixture
def built(monkeypatch):
    """The users whose sidebar Wagtail built."""
    return wagtail_builds(
        monkeypatch, "wagtail_sidebar_props", lambda context: context["request"].user.pk
    )


def test_the_admin_builds_the_sidebar_once_and_shows_it_as_wagtail_built_it(client, editor, built):
    first = sidebar(client)
    assert sidebar(client) == first
    assert built == [editor.pk]
    assert "Fatima" in first


def test_a_permission_given_or_taken_shows_at_once(client, editor, group):
    redirects = reverse("wagtailredirects:index")
    assert redirects not in sidebar(client)
    group.permissions.add(Permission.objects.get(codename="add_redirect"))
    assert redirects in sidebar(client)
    group.permissions.remove(Permission.objects.get(codename="add_redirect"))
    assert redirects not in sidebar(client)


def test_wagtails_page_permissions_show_at_once(client, editor, group, home_page):
    """The page explorer's menu item and its start page come from the group's permissions on
    pages (Wagtail's GroupPagePermission)."""
    explorer = '"explorer"'
    assert explorer not in sidebar(client)
    permission = GroupPagePermission.objects.create(
        group=group, page=home_page, permission=Permission.objects.get(codename="change_page")
    )
    assert explorer in sidebar(client)
    permission.page = Page.objects.get(pk=home_page.get_parent().pk)
    permission.save()
    assert explorer in sidebar(client)
    permission.delete()
    assert explorer not in sidebar(client)


def test_each_user_sees_their_own_name_in_their_own_language(
    client, editor, django_user_model, group
):
    dutch = sidebar(client)
    other = django_user_model.objects.create_user(
        "other", "other@example.nl", "wachtwoord", first_name="Jeroen"
    )
    other.groups.add(group)
    UserProfile.objects.create(user=other, preferred_language="en")
    client.force_login(other)
    english = sidebar(client)
    assert "Fatima" in dutch and "Jeroen" not in dutch
    assert "Jeroen" in english and "Fatima" not in english
    assert '"Account"' in english and '"Uitloggen"' not in english
    assert '"Uitloggen"' in dutch


def test_a_dismissed_badge_stays_dismissed(client, editor):
    """The sidebar marks the menu items whose "new" badge the user dismissed (the profile)."""
    before = sidebar(client)
    profile = UserProfile.get_for_user(editor)
    profile.dismissibles = {"help": True}
    profile.save()
    after = sidebar(client)
    assert after != before
    assert "data-w-dismissible-dismissed-value" in after


# The buttons of a listing's rows ---------------------------------------------------------------


def row_buttons(client, address):
    """{page id: the labels and addresses of its row's buttons, the "more" menu's included} of
    an admin listing, in the order shown."""
    soup = BeautifulSoup(client.get(address).content.decode(), "html.parser")
    rows = {}
    for title in soup.select("[data-listing-page-title]"):
        page_id = int(title.select_one("[id^=page_]")["id"].split("_")[1])
        actions = title.select_one("ul.actions")
        rows[page_id] = [
            (link.get_text(" ", strip=True), link.get("href")) for link in actions.select("a")
        ]
    return rows


def labels(buttons):
    return [label for label, _href in buttons]


@pytest.fixture
def row_editor(client, django_user_model, group, example_index):
    """May add and edit pages below the example index, not publish them."""
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=group, page=example_index, permission=Permission.objects.get(codename=codename)
        )
    user = django_user_model.objects.create_user("rijen", "rijen@example.nl", "wachtwoord")
    user.groups.add(group)
    client.force_login(user)
    return user


@pytest.fixture
def built_rows(monkeypatch):
    """The pages whose row buttons Wagtail built."""
    return wagtail_builds(
        monkeypatch, "wagtail_page_listing_buttons", lambda context, page, *rest: page.pk
    )


def explorer(page):
    return reverse("wagtailadmin_explore", args=[page.pk])


def test_a_listings_row_buttons_are_built_once_and_are_wagtails(
    client, row_editor, example_index, examples, built_rows, monkeypatch
):
    first = row_buttons(client, explorer(example_index))
    assert sorted(first) == sorted(page.pk for page in examples.values())
    assert sorted(built_rows) == sorted(first)
    assert row_buttons(client, explorer(example_index)) == first
    assert len(built_rows) == len(first)  # not built again
    assert "Wijzig" in labels(first[examples["tafel"].pk])
    monkeypatch.setattr(admin_kept, "row_state", lambda page: None)  # Wagtail's own, each time
    assert row_buttons(client, explorer(example_index)) == first
    assert len(built_rows) == 2 * len(first)


def test_a_publish_rebuilds_its_own_row_and_the_rows_of_pages_above_it(
    client, row_editor, home_page, example_index, examples, built_rows
):
    """Another page published leaves an example's row kept (it depends on the example alone);
    a page with subpages depends on them too (whether one is live) and is built again."""
    GroupPagePermission.objects.create(
        group=row_editor.groups.get(),
        page=home_page,
        permission=Permission.objects.get(codename="change_page"),
    )
    row_buttons(client, explorer(example_index))
    row_buttons(client, explorer(home_page))
    built_rows.clear()
    examples["tafel"].save_revision().publish()
    row_buttons(client, explorer(example_index))
    assert built_rows == [examples["tafel"].pk]
    built_rows.clear()
    row_buttons(client, explorer(home_page))
    assert example_index.pk in built_rows


def test_a_draft_a_permission_and_a_lock_show_in_the_row_at_once(
    client, row_editor, group, example_index, examples, admin_user
):
    page = examples["tafel"]
    before = labels(row_buttons(client, explorer(example_index))[page.pk])
    assert "Bekijk concept" not in before and "Publicatie intrekken" not in before
    page.save_revision(user=row_editor)  # a draft: no published content changed
    assert "Bekijk concept" in labels(row_buttons(client, explorer(example_index))[page.pk])
    GroupPagePermission.objects.create(
        group=group, page=example_index, permission=Permission.objects.get(codename="publish_page")
    )
    assert "Publicatie intrekken" in labels(row_buttons(client, explorer(example_index))[page.pk])
    page.locked, page.locked_by = True, admin_user
    page.save(update_fields=["locked", "locked_by", "locked_at"])  # as Wagtail's lock view
    assert "Publicatie intrekken" not in labels(
        row_buttons(client, explorer(example_index))[page.pk]
    )


def test_each_user_gets_their_own_rows_in_their_own_language(
    client, row_editor, example_index, examples, django_user_model
):
    page = examples["tafel"].pk
    assert "Wijzig" in labels(row_buttons(client, explorer(example_index))[page])
    publisher = django_user_model.objects.create_user("publisher", "p@example.nl", "wachtwoord")
    publisher.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(publisher)
    assert "Publicatie intrekken" in labels(row_buttons(client, explorer(example_index))[page])
    client.force_login(row_editor)
    assert "Publicatie intrekken" not in labels(row_buttons(client, explorer(example_index))[page])
    UserProfile.objects.create(user=row_editor, preferred_language="en")
    english = labels(row_buttons(client, explorer(example_index))[page])
    assert "Edit" in english and "Wijzig" not in english


def test_a_change_to_who_approves_a_workflow_task_raises_the_permissions_version(db, group):
    """Who may edit a page in moderation (a row's "Edit") depends on the task's groups."""
    task = GroupApprovalTask.objects.create(name="Eindredactie")
    before = current_version(permissions.VERSION_KEY)
    task.groups.add(group)
    assert current_version(permissions.VERSION_KEY) != before
