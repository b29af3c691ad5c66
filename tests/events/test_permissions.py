"""The support centre's editors manage registrations; nobody else sees them."""

import pytest

from django.contrib.auth.models import Group

from events.models import Registration


@pytest.mark.django_db
@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_editors_view_change_and_delete_registrations_but_never_add_one(group, django_user_model):
    user = django_user_model.objects.create_user("redacteur", password="x")
    user.groups.add(Group.objects.get(name=group))

    for action in ("view", "change", "delete"):
        assert user.has_perm(f"events.{action}_registration")
    assert not user.has_perm("events.add_registration")
    assert Registration._meta.app_label == "events"


@pytest.mark.django_db
def test_a_user_without_a_group_has_no_access(django_user_model):
    user = django_user_model.objects.create_user("bezoeker", password="x")
    assert not user.has_perm("events.view_registration")
