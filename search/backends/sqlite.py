from functools import reduce

from django.db.models import FloatField, Func

from modelsearch.backends.database.sqlite import sqlite
from modelsearch.backends.database.sqlite.query import CombinedLexeme, Lexeme, LexemeCombinable
from modelsearch.index import SearchField
from modelsearch.query import PlainText
from modelsearch.utils import get_content_type_pk

from search.relevance import HEADING_WEIGHT_SQLITE, phrase_pairs, spellings
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


class Phrase(LexemeCombinable):
    """Words side by side, each a prefix: `"passend"* + "onderwijs"*` (FTS5's phrase)."""

    def __init__(self, words):
        super().__init__()
        self.words = words

    def _combine(self, other, connector, reversed, node=None):
        return _group(self, connector, other, reversed)

    def as_sql(self, compiler, connection):
        return "%s", [" + ".join('"{}"*'.format(word.replace('"', '""')) for word in self.words)]


def with_phrase_bonus(lexemes, query_string):
    """`all OR (all AND (phrase OR phrase ...))`: the same pages as `all`, and FTS5 counts the
    hits of a branch only where it matches, so bm25 counts a page's words twice, and its phrases
    too, where the query's neighbouring words stand side by side."""
    phrases = [Phrase(words) for pair in phrase_pairs(query_string) for words in spellings(pair)]
    if not phrases:
        return lexemes
    return Group(lexemes, "OR", Group(lexemes, "AND", reduce(_or, phrases)))


def _or(lhs, rhs):
    return Group(lhs, "OR", rhs)


class WeightedBM25(Func):
    """bm25 with a weight per column of the index (autocomplete, body, title): the title column
    (title and intro, see DutchSQLiteIndex) weighs HEADING_WEIGHT_SQLITE times the body."""

    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra):
        table = sqlite.SQLiteFTSIndexEntry._meta.db_table
        return f"bm25({table}, 0.0, 1.0, {float(HEADING_WEIGHT_SQLITE)})", []


class DutchSQLiteQueryCompiler(sqlite.SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        lexemes = prefix_query(query, PrefixLexeme)
        if lexemes and query.operator == "and":
            lexemes = with_phrase_bonus(lexemes, query.query_string)
        return lexemes and sqlite.SearchQueryExpression(lexemes, config=config)

    def _build_rank_expression(self, vectors, config):
        if not isinstance(self.query, PlainText):
            return super()._build_rank_expression(vectors, config)
        return WeightedBM25()


class DutchSQLiteIndex(sqlite.SQLiteIndex):
    """Wagtail's SQLite index, with the title and every search field that has a boost (a page's
    intro) in the title column, the title twice; the rest in the body column."""

    def add_items(self, model, objs):
        fields = model.get_search_fields()
        if not fields:
            return
        headings = [
            f
            for f in fields
            if isinstance(f, SearchField) and (f.field_name == "title" or f.boost is not None)
        ]
        rest = [f for f in fields if f not in headings]
        content_type = get_content_type_pk(model)
        rows = {}
        for obj in objs:
            indexer = sqlite.ObjectIndexer(obj, self.backend)
            title = self._text(indexer, obj, headings)
            rows[indexer.id] = (title, indexer.autocomplete, self._text(indexer, obj, rest))
        entries = self.entries.filter(content_type_id=content_type)
        existing = set(entries.filter(object_id__in=rows).values_list("object_id", flat=True))
        for object_id in existing:
            title, autocomplete, body = rows[object_id]
            entries.filter(object_id=object_id).update(
                title=title, autocomplete=autocomplete, body=body
            )
        self.entries.bulk_create(
            sqlite.IndexEntry(
                content_type_id=content_type,
                object_id=object_id,
                title=title,
                autocomplete=autocomplete,
                body=body,
            )
            for object_id, (title, autocomplete, body) in rows.items()
            if object_id not in existing
        )
        self._refresh_title_norms()

    @staticmethod
    def _text(indexer, obj, fields):
        """The fields' text, each as often as the whole part of its boost (at least once): the
        title (boost 2) weighs above the intro (1.5) in the one column they share, as B above C
        on PostgreSQL."""
        return " ".join(
            value
            for field in fields
            for current, value in indexer.prepare_field(obj, field)
            if isinstance(current, SearchField)
            for _ in range(max(int(current.boost or 1), 1))
        )


class DutchSQLiteSearchBackend(sqlite.SQLiteSearchBackend):
    query_compiler_class = DutchSQLiteQueryCompiler
    index_class = DutchSQLiteIndex
