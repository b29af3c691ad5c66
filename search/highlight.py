"""The matched words of a search, marked in a result's snippet.

One implementation for both databases, in Python, for the ten or twelve results of the page shown:
a word of the text is marked when it matches a term of the query the way the search matched it
(search.stemming.query_terms): the word, or its Snowball stem, starts with one of the term's
alternatives. So "thuiszitters" marks thuiszitten and thuiszitters, "scholen" marks school.

The snippet is taken from the page's search description or intro: from its beginning, or from a
few words before the first matched word when that stands further on; the beginning of the first
when neither has one. Everything but the <mark> elements is escaped.
"""

import re
from functools import lru_cache

import snowballstemmer

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from .stemming import query_terms

SNIPPET_WORDS = 32
WORDS_BEFORE = 8
_TOKEN = re.compile(r"(\w+)", re.UNICODE)
_stemmer = snowballstemmer.stemmer("dutch_porter")


def prefixes(query):
    """Every alternative of every term of the query: a word matches when it starts with one."""
    return tuple({alternative for term in query_terms(query) for alternative in term})


@lru_cache(maxsize=8192)
def _stem(word):
    return _stemmer.stemWord(word)


def matches(word, alternatives):
    """Whether the word, or its stem, starts with one of the alternatives. A stem differs from its
    word only at the end, so a word is stemmed (slow in Python) only when its first letters are
    those of an alternative."""
    lower = word.lower()
    if lower.startswith(alternatives):
        return True
    if not lower.startswith(tuple(alternative[:3] for alternative in alternatives)):
        return False
    return _stem(lower).startswith(alternatives)


def _first_match(words, alternatives):
    for position, word in enumerate(words):
        if matches(word, alternatives):
            return position
    return None


def snippet(texts, query, words=SNIPPET_WORDS):
    """A SafeString of about `words` words from the first of `texts` (plain text, e.g. the search
    description and the intro) that has a matched word, around it, with every matched word in
    <mark>; the beginning of the first non-empty text when none has one. "" without text."""
    texts = [text for text in texts if text and text.strip()]
    if not texts:
        return ""
    alternatives = prefixes(query) if query else ()
    chosen, start = texts[0], 0
    if alternatives:
        for text in texts:
            position = _first_match(_TOKEN.findall(text), alternatives)
            if position is not None:
                chosen = text
                # from the beginning when the match is within the snippet's first words
                if position >= words - WORDS_BEFORE:
                    start = position - WORDS_BEFORE
                break
    return _marked(chosen, alternatives, start, words)


def _marked(text, alternatives, start, count):
    """The `count` words of `text` from word number `start`, escaped, matches marked, with an
    ellipsis where text was left out."""
    parts = _TOKEN.split(" ".join(text.split()))  # [between, word, between, word, ..., between]
    first, last = 1 + 2 * start if start else 0, 1 + 2 * (start + count)
    pieces = ["… "] if start else []
    for index in range(first, min(last, len(parts))):
        part = parts[index]
        if index % 2 and alternatives and matches(part, alternatives):
            pieces.append(format_html("<mark>{}</mark>", part))
        else:
            pieces.append(escape(part))
    if last < len(parts) - 1:
        pieces[-1] = pieces[-1].rstrip()
        pieces.append(" …")
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped or format_html


def highlight(pages, query):
    """Set `snippet` on each of `pages` (specific pages): its search description or intro with the
    query's words marked."""
    for page in pages:
        page.snippet = snippet(
            [getattr(page, "search_description", ""), getattr(page, "intro", "")], query
        )
    return pages
