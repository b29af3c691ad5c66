from modelsearch.backends.database.sqlite import sqlite
from modelsearch.backends.database.sqlite.query import CombinedLexeme, Lexeme
from modelsearch.query import PlainText

from search.stemming import prefix_query


def _group(lhs, connector, rhs, reversed):
    return Group(rhs, connector, lhs) if reversed else Group(lhs, connector, rhs)


class Group(CombinedLexeme):
    """Lexemes joined inside parentheses: FTS5 binds AND tighter than OR, and the upstream
    combination writes none, so "(a OR b) AND c" would become "a OR (b AND c)"."""

    def _combine(self, other, connector, reversed, node=None):
        return _group(self, connector, other, reversed)

    def as_sql(self, compiler, connection):
        sql, params = super().as_sql(compiler, connection)
        return sql, [f"({params[0]})"]


class PrefixLexeme(Lexeme):
    def __init__(self, value, prefix=True):
        super().__init__(value, prefix=prefix)

    def _combine(self, other, connector, reversed, node=None):
        return _group(self, connector, other, reversed)


class DutchSQLiteQueryCompiler(sqlite.SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        lexemes = prefix_query(query, PrefixLexeme)
        return lexemes and sqlite.SearchQueryExpression(lexemes, config=config)


class DutchSQLiteSearchBackend(sqlite.SQLiteSearchBackend):
    query_compiler_class = DutchSQLiteQueryCompiler
