"""The support centre's staff (Wagtail's Editors and Moderators groups) submit pages for
translation (wagtail-localize's permission) and keep the tag translations."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["Editors", "Moderators"]
PERMISSIONS = [
    ("wagtail_localize", "submit_translation"),
    ("home", "add_tagtranslation"),
    ("home", "change_tagtranslation"),
    ("home", "delete_tagtranslation"),
    ("home", "view_tagtranslation"),
]


def permissions(apps):
    # Permissions are normally made after all migrations; these are needed now.
    for label in {app for app, _codename in PERMISSIONS}:
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    return [
        Permission.objects.get(content_type__app_label=app, codename=codename)
        for app, codename in PERMISSIONS
    ]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    granted = permissions(apps)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*granted)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    revoked = permissions(apps)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*revoked)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_tag_translation"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
