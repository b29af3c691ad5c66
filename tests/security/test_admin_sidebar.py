"""The admin's sidebar is kept per user (security/admin_sidebar.py): built once, the same as
Wagtail's own, and built again at once when what it shows can change."""

import json

import pytest

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.models import GroupPagePermission, Page
from wagtail.users.models import UserProfile

from security import admin_sidebar

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


@pytest.fixture
def built(monkeypatch):
    """How often Wagtail's own sidebar was built."""
    calls = []
    wagtails = admin_sidebar.wagtail_sidebar_props

    def counting(context):
        calls.append(context["request"].user.pk)
        return wagtails(context)

    monkeypatch.setattr(admin_sidebar, "wagtail_sidebar_props", counting)
    return calls


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
