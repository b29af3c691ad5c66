from django.contrib.postgres.search import SearchQuery

from modelsearch.backends.database.postgres import postgres
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import PlainText

from search.stemming import prefix_query


class DutchPostgresQueryCompiler(postgres.PostgresSearchQueryCompiler):
    def build_tsquery_content(self, query, config=None, invert=False):
        if not isinstance(query, PlainText):
            return super().build_tsquery_content(query, config=config, invert=invert)
        lexemes = prefix_query(
            query, lambda word, prefix=True: Lexeme(word, invert=invert, prefix=prefix)
        )
        return lexemes and SearchQuery(lexemes, search_type="raw", config=config)


class DutchPostgresSearchBackend(postgres.PostgresSearchBackend):
    query_compiler_class = DutchPostgresQueryCompiler
