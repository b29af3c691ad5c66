"""pg_trgm and a trigram index on the vocabulary's words, on PostgreSQL: "did you mean" looks up
the known words most like an unknown one (`word % 'thuizitters'`) through the index instead of
comparing every word. SQLite compares the words of about the same length with difflib instead."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

INDEX = "search_vocabulary_word_trgm"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON search_vocabularyword "
            "USING gin (word gin_trgm_ops)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_synonyms_and_vocabulary")]

    # TrigramExtension (CREATE EXTENSION IF NOT EXISTS pg_trgm) does nothing on other databases.
    operations = [TrigramExtension(), migrations.RunPython(create_index, drop_index)]
