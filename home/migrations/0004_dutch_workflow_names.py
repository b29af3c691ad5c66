"""Wagtail's default moderation workflow and its task are data, named in English by Wagtail's own
migration ("Moderators approval"): editors read the names in the Dutch admin ("Stuur door naar
Moderators approval"). They get Dutch names; no code looks them up by name."""

from django.db import migrations

ENGLISH = "Moderators approval"
DUTCH = "Beoordeling door moderatoren"


def rename(apps, old, new):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=old).update(name=new)
    apps.get_model("wagtailcore", "Task").objects.filter(name=old).update(name=new)


def to_dutch(apps, schema_editor):
    rename(apps, ENGLISH, DUTCH)


def to_english(apps, schema_editor):
    rename(apps, DUTCH, ENGLISH)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_menu_title"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(to_dutch, to_english)]
