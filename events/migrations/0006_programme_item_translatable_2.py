"""Programme items become translatable: each gets a translation key, and the locale of its event
(an English event's items were copies of the Dutch ones, so they are English items now)."""

import uuid

from django.db import migrations


def fill(apps, schema_editor):
    ProgrammeItem = apps.get_model("events", "ProgrammeItem")
    for item in ProgrammeItem.objects.select_related("page"):
        item.translation_key = uuid.uuid4()
        item.locale_id = item.page.locale_id
        item.save(update_fields=["translation_key", "locale"])


class Migration(migrations.Migration):
    dependencies = [("events", "0005_programme_item_translatable_1")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
