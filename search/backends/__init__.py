"""Wagtail's database search backend, with Dutch stems matched as prefixes.

Configured as WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends". Only the
translation of a plain-text query changes (see search.stemming); indexing, filtering, ranking
and every other query type stay Wagtail's own. Each database's variant is imported only on that
database: the SQLite module needs SQLite's full-text tables.
"""

from django.db import connection

from modelsearch.backends import database


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for in a backend module
    if connection.vendor == "postgresql":
        from .postgres import DutchPostgresSearchBackend

        return DutchPostgresSearchBackend(params)
    backend = database.SearchBackend(params)
    if type(backend).__name__ == "SQLiteSearchBackend":
        from .sqlite import DutchSQLiteSearchBackend

        return DutchSQLiteSearchBackend(params)
    return backend
