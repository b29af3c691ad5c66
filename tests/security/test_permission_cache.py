"""Each user's permissions are kept until permissions change (security/permissions.py): a
member's page asks no query for them, and a permission given or taken counts at once."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

ADMIN = "wagtailadmin.access_admin"


def test_a_permission_given_or_taken_counts_at_once(db, django_assert_num_queries):
    User = get_user_model()
    user = User.objects.create_user("redacteur", "redacteur@example.nl", "wachtwoord-lang")
    group = Group.objects.create(name="Redactie test")
    user.groups.add(group)

    def fresh():  # as the next request loads the user
        return User.objects.get(pk=user.pk)

    assert not fresh().has_perm(ADMIN)
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    assert fresh().has_perm(ADMIN)
    kept = fresh()
    with django_assert_num_queries(0):
        assert kept.has_perm(ADMIN)

    group.permissions.clear()
    assert not fresh().has_perm(ADMIN)
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    assert fresh().has_perm(ADMIN)
    user.groups.remove(group)
    assert not fresh().has_perm(ADMIN)

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    assert fresh().has_perm(ADMIN)
    user.is_active = False
    user.save()
    assert not fresh().has_perm(ADMIN)


def test_a_login_keeps_everyones_permissions(client, db, django_assert_num_queries):
    """Logging in saves the user's last login, which changes no one's permissions: what is kept
    stays kept."""
    User = get_user_model()
    user = User.objects.create_user("redacteur", "redacteur@example.nl", "wachtwoord-lang")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    member = User.objects.create_user("lid", "lid@example.nl", "wachtwoord-lang")
    assert User.objects.get(pk=user.pk).has_perm(ADMIN)
    client.force_login(member)
    kept = User.objects.get(pk=user.pk)
    with django_assert_num_queries(0):
        assert kept.has_perm(ADMIN)
