from modelsearch.backends.database.sqlite import sqlite
from modelsearch.backends.database.sqlite.query import Lexeme
from modelsearch.query import PlainText

from search.stemming import prefix_query


class DutchSQLiteQueryCompiler(sqlite.SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        lexemes = prefix_query(query, lambda word: Lexeme(word, prefix=True))
        return lexemes and sqlite.SearchQueryExpression(lexemes, config=config)


class DutchSQLiteSearchBackend(sqlite.SQLiteSearchBackend):
    query_compiler_class = DutchSQLiteQueryCompiler
