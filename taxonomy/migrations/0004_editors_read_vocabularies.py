"""The support centre's staff (Wagtail's Editors and Moderators groups) read the vocabularies
(themes, regions, sectors, audiences, organisations) in the admin's Taxonomy menu, to look up a
name, a slug or an organisation's details. Changing them stays with the administrators."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["Editors", "Moderators"]
MODELS = ["theme", "region", "sector", "audience", "organisation"]


def permissions(apps):
    # Permissions are normally made after all migrations; these are needed now.
    app_config = apps.get_app_config("taxonomy")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(
        content_type__app_label="taxonomy", codename__in=[f"view_{model}" for model in MODELS]
    )


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    granted = list(permissions(apps))
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*granted)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    revoked = list(permissions(apps))
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*revoked)


class Migration(migrations.Migration):
    dependencies = [
        ("taxonomy", "0003_moderators_confirm_organisations"),
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
