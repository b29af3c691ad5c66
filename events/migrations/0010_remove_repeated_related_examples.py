"""An example is related to an event at most once: the duplicate rows a publish right after an
autosave left are removed (the first by sort order stays, as practice_examples 0004 does for
practice examples); 0011 then has the database refuse new
ones."""

import importlib

from django.db import migrations

repeated_rows = importlib.import_module(
    "practice_examples.migrations.0004_remove_repeated_related_examples"
).repeated_rows


def remove_repeated_related_examples(apps, schema_editor):
    RelatedExample = apps.get_model("events", "RelatedExample")
    rows = RelatedExample.objects.values_list("pk", "page_id", "example_id", "sort_order")
    RelatedExample.objects.filter(pk__in=repeated_rows(rows)).delete()


class Migration(migrations.Migration):

    dependencies = [
        ('events', '0009_registration_queue_number'),
        ('practice_examples', '0004_remove_repeated_related_examples'),
    ]

    operations = [
        migrations.RunPython(remove_repeated_related_examples, migrations.RunPython.noop),
    ]
