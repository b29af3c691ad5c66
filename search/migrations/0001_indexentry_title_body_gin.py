"""A GIN index on the search index entries' title and body together, on PostgreSQL.

Wagtail's PostgreSQL search backend matches a query against `title || body`, an expression its
own indexes (on title and on body apart) cannot serve, so every search read and matched every
entry. With this index PostgreSQL looks the words up instead; at 10,000 practice examples a
listing search for a word in 15% of them went from about 1.4 s to 0.6 s. SQLite
searches its own full-text table and needs nothing.
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
            "USING gin ((title || body))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create_index, drop_index)]
