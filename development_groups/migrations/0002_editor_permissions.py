"""The support centre's staff (Wagtail's Editors and Moderators groups) see and manage every
development group's private side: members' questions, proposals, votes, outcomes, invitations."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["Editors", "Moderators"]
CODENAMES = [
    "see_all_groups",
    *(
        f"{action}_{model}"
        for model in ("question", "themeproposal", "ballot", "sessionoutcome", "invitation")
        for action in ("add", "change", "delete", "view")
    ),
    "view_vote",
]


def permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(
        content_type__app_label="development_groups", codename__in=CODENAMES
    )


def grant(apps, schema_editor):
    # Permissions are normally made after all migrations; this one needs them now.
    app_config = apps.get_app_config("development_groups")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions(apps))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("development_groups", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
