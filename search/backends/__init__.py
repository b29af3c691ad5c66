"""Wagtail's database search backend, with Dutch stems matched as prefixes.

Configured as WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends". Only the
translation of a plain-text query changes (see search.stemming); indexing, filtering, ranking
and every other query type stay Wagtail's own. Each database's variant is imported only on that
database: the SQLite module needs SQLite's full-text tables.
"""

from django.db import connection

from modelsearch.backends import database
from modelsearch.query import PlainText
from wagtail.search.backends import get_search_backend


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for in a backend module
    if connection.vendor == "postgresql":
        from .postgres import DutchPostgresSearchBackend

        return DutchPostgresSearchBackend(params)
    backend = database.SearchBackend(params)
    if type(backend).__name__ == "SQLiteSearchBackend":
        from .sqlite import DutchSQLiteSearchBackend

        return DutchSQLiteSearchBackend(params)
    return backend


def search_queryset(queryset, query_string, order_by_relevance=True):
    """The objects of `queryset` that contain every word of `query_string`, as an ORM queryset
    annotated with `search_rank` (and ordered by it when asked).

    Unlike `.search()`, whose results can only be sliced, this can be filtered, counted and used
    as a subquery: listings with filters count each filter's options within the search with it.
    It uses the database backend's own query compiler, so matching and ranking are the same.
    """
    backend = get_search_backend()
    compiler = backend.query_compiler_class(
        queryset, PlainText(query_string, operator="and"), order_by_relevance=order_by_relevance
    )
    return compiler.search(backend.config, None, None, score_field="search_rank")
