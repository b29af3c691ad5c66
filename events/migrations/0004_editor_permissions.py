"""The support centre's staff (Wagtail's Editors and Moderators groups) manage registrations:
view them, mark attendance, delete on request. Nobody adds one by hand: every place goes through
the capacity rule of the registration form."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["Editors", "Moderators"]
CODENAMES = ["view_registration", "change_registration", "delete_registration"]


def grant(apps, schema_editor):
    # Permissions are normally made after all migrations; this one needs them now.
    app_config = apps.get_app_config("events")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="events", codename__in=CODENAMES
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="events", codename__in=CODENAMES
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0003_activity_submitter"),
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
