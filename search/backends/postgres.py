import operator
from functools import reduce

from django.contrib.postgres.search import SearchQuery, SearchRank

from modelsearch.backends.database.postgres import postgres
from modelsearch.backends.database.postgres.query import CombinedLexeme, Lexeme
from modelsearch.query import PlainText

from search.relevance import PHRASE_WEIGHT, phrase_pairs
from search.stemming import prefix_query


def _followed_by(lhs, rhs):
    return CombinedLexeme(lhs, "<->", rhs)


def _spelling(alternative):
    """One alternative of a term as lexemes: a word, or the words of a synonym in a row."""
    return reduce(_followed_by, [Lexeme(word, prefix=True) for word in alternative.split()])


def phrase_tsquery(query_string, config=None):
    """The query's neighbouring words as phrases, `(a:* | b:*) <-> c:*`, any of them; or None."""
    phrases = [
        _followed_by(
            reduce(operator.or_, [_spelling(a) for a in first]),
            reduce(operator.or_, [_spelling(b) for b in second]),
        )
        for first, second in phrase_pairs(query_string)
    ]
    if not phrases:
        return None
    return SearchQuery(reduce(operator.or_, phrases), search_type="raw", config=config)


class DutchPostgresQueryCompiler(postgres.PostgresSearchQueryCompiler):
    def build_tsquery_content(self, query, config=None, invert=False):
        if not isinstance(query, PlainText):
            return super().build_tsquery_content(query, config=config, invert=invert)
        lexemes = prefix_query(
            query, lambda word, prefix=True: Lexeme(word, invert=invert, prefix=prefix)
        )
        return lexemes and SearchQuery(lexemes, search_type="raw", config=config)

    def _build_rank_expression(self, vectors, config):
        """Wagtail's rank (ts_rank of title and body with the weights of the fields' boosts),
        plus PHRASE_WEIGHT times the same rank of the query's neighbouring words as phrases."""
        rank = super()._build_rank_expression(vectors, config)
        if not isinstance(self.query, PlainText) or self.query.operator != "and":
            return rank
        phrases = phrase_tsquery(self.query.query_string, config=config)
        if phrases is None:
            return rank
        for vector, boost in vectors:
            rank += SearchRank(vector, phrases, weights=self.sql_weights) * boost * PHRASE_WEIGHT
        return rank


class DutchPostgresSearchBackend(postgres.PostgresSearchBackend):
    query_compiler_class = DutchPostgresQueryCompiler
