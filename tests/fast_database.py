"""Faster database resets for the transactional tests (browser, concurrency, task queue tests).

A transactional test empties every table when it ends (Django's flush) and, with serialized
rollback, loads the rows the migrations created (about 700: content types, permissions, the
root page, the default locale, groups, the moderation workflow) back before the next one. Django
does both in the slowest way for this suite:

- on PostgreSQL the flush is one TRUNCATE of every table (some 200), which makes each table a
  new file: seconds per test. Deleting the rows is the same for these small tables, and fast.
  The foreign keys are deferred (Django creates them so), so the order does not matter.
- the rows are loaded back one save() at a time: an UPDATE and an INSERT each, some 1400
  queries. Here each model's rows go in with one INSERT (an upsert, as save() on a row that is
  there updates it); the rows of a model with parents (multi-table inheritance) or with
  many-to-many values are still saved one at a time, as Django does.

`install()` is called from tests/conftest.py; both replace Django's only for the test run.
"""

from collections import defaultdict
from io import StringIO

from django.core import serializers
from django.db.backends.base.creation import BaseDatabaseCreation
from django.db.backends.postgresql.operations import DatabaseOperations
from django.db.transaction import atomic


def delete_rows_sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):
    if not tables:
        return []
    quoted = [style.SQL_FIELD(self.quote_name(table)) for table in tables]
    statements = ["SET CONSTRAINTS ALL DEFERRED;"]
    statements += [f"{style.SQL_KEYWORD('DELETE FROM')} {table};" for table in quoted]
    if reset_sequences:
        statements += self.sequence_reset_by_name_sql(
            style, self.connection.introspection.sequence_list()
        )
    return statements


def bulk_deserialize_db_from_string(self, data):
    """Django's deserialize_db_from_string (base/creation.py), one INSERT per model."""
    alias = self.connection.alias
    by_model = defaultdict(list)
    one_at_a_time = []
    table_names = set()
    with atomic(using=alias):
        with self.connection.constraint_checks_disabled():
            for deserialized in serializers.deserialize("json", StringIO(data), using=alias):
                model = deserialized.object.__class__
                table_names.add(model._meta.db_table)
                if deserialized.m2m_data or model._meta.parents or deserialized.deferred_fields:
                    one_at_a_time.append(deserialized)
                else:
                    by_model[model].append(deserialized.object)
            for model, objects in by_model.items():
                fields = [
                    field.name for field in model._meta.concrete_fields if not field.primary_key
                ]
                if fields:
                    model._base_manager.using(alias).bulk_create(
                        objects,
                        update_conflicts=True,
                        unique_fields=[model._meta.pk.name],
                        update_fields=fields,
                    )
                else:
                    model._base_manager.using(alias).bulk_create(objects, ignore_conflicts=True)
            for deserialized in one_at_a_time:
                deserialized.save()
        self.connection.check_constraints(table_names=table_names)


def install():
    DatabaseOperations.sql_flush = delete_rows_sql_flush
    BaseDatabaseCreation.deserialize_db_from_string = bulk_deserialize_db_from_string
