"""Moderators confirm the organisations that visitors name in proposed examples: they may view
and change organisations (not add or delete them)."""

from django.db import migrations

PERMISSIONS = {
    "view_organisation": "Can view organisation",
    "change_organisation": "Can change organisation",
}
CODENAMES = list(PERMISSIONS)


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    # On a new database Django creates the permissions only after all migrations.
    content_type, _created = ContentType.objects.get_or_create(
        app_label="taxonomy", model="organisation"
    )
    permissions = [
        Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )[0]
        for codename, name in PERMISSIONS.items()
    ]
    for group in Group.objects.filter(name="Moderators"):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="taxonomy", codename__in=CODENAMES
    )
    for group in Group.objects.filter(name="Moderators"):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("taxonomy", "0002_organisation_confirmed"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
