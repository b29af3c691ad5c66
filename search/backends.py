"""Wagtail's database search backend, with Dutch stems matched as prefixes.

Configured as WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends". Only the
translation of a plain-text query changes (see search.stemming); indexing, filtering, ranking
and every other query type stay Wagtail's own.
"""

import operator
from functools import reduce

from django.contrib.postgres.search import SearchQuery
from django.db import connection

from modelsearch.backends import database
from modelsearch.backends.database.postgres import postgres
from modelsearch.backends.database.postgres.query import Lexeme as PostgresLexeme
from modelsearch.backends.database.sqlite import sqlite
from modelsearch.backends.database.sqlite.query import Lexeme as SQLiteLexeme
from modelsearch.query import PlainText

from .stemming import query_stems


def _combine(query, lexemes):
    return reduce(operator.and_ if query.operator == "and" else operator.or_, lexemes)


class DutchPostgresQueryCompiler(postgres.PostgresSearchQueryCompiler):
    def build_tsquery_content(self, query, config=None, invert=False):
        if not isinstance(query, PlainText):
            return super().build_tsquery_content(query, config=config, invert=invert)
        stems = query_stems(query.query_string)
        if not stems:
            return None
        lexemes = [PostgresLexeme(stem, invert=invert, prefix=True) for stem in stems]
        return SearchQuery(_combine(query, lexemes), search_type="raw", config=config)


class DutchPostgresSearchBackend(postgres.PostgresSearchBackend):
    query_compiler_class = DutchPostgresQueryCompiler


class DutchSQLiteQueryCompiler(sqlite.SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        stems = query_stems(query.query_string)
        if not stems:
            return None
        lexemes = [SQLiteLexeme(stem, prefix=True) for stem in stems]
        return sqlite.SearchQueryExpression(_combine(query, lexemes), config=config)


class DutchSQLiteSearchBackend(sqlite.SQLiteSearchBackend):
    query_compiler_class = DutchSQLiteQueryCompiler


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for in a backend module
    backend = database.SearchBackend(params)
    if connection.vendor == "postgresql":
        return DutchPostgresSearchBackend(params)
    if isinstance(backend, sqlite.SQLiteSearchBackend):
        return DutchSQLiteSearchBackend(params)
    return backend
