"""An example is related to another at most once: the duplicate rows a publish right after an
autosave left are removed (the first by sort order stays); 0005 then has the database refuse
new ones."""

from django.db import migrations


def repeated_rows(rows):
    """The pks of every row but the first of each (page, example) pair, from (pk, page_id,
    example_id, sort_order) tuples; the first is the one with the lowest sort order, then pk."""

    def order(row):
        pk, page_id, example_id, sort_order = row
        return (sort_order is None, sort_order or 0, pk)

    kept = set()
    repeated = []
    for pk, page_id, example_id, _sort_order in sorted(rows, key=order):
        if (page_id, example_id) in kept:
            repeated.append(pk)
        else:
            kept.add((page_id, example_id))
    return repeated


def remove_repeated_related_examples(apps, schema_editor):
    RelatedExample = apps.get_model("practice_examples", "RelatedExample")
    rows = RelatedExample.objects.values_list("pk", "page_id", "example_id", "sort_order")
    RelatedExample.objects.filter(pk__in=repeated_rows(rows)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("practice_examples", "0003_menu_title"),
    ]

    operations = [
        migrations.RunPython(remove_repeated_related_examples, migrations.RunPython.noop),
    ]
