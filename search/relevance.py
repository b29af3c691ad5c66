"""What ranks a result: which fields weigh most, and the bonus for words found side by side.

Both databases rank with their full-text functions (PostgreSQL `ts_rank` over weighted vectors,
SQLite FTS5 `bm25`); this module holds what the two backends share:

- the boost of a page's intro (`index.SearchField("intro", boost=1.5)`, home.models.BasePage);
  Wagtail gives the title boost 2. On PostgreSQL a boost becomes one of the weights A-D of the
  indexed text (title B, intro C, the rest D); on SQLite, whose index has one column for the
  title and one for everything else, the fields with a boost (title, intro) go to the title
  column, which `bm25` weighs HEADING_WEIGHT_SQLITE times the body.
- phrase pairs: for a query of several words, each two words that stand side by side in the query
  (no stop word between them) form a phrase; a page where those words stand side by side, in that
  order, ranks above a page that has them apart. The words keep their prefix and stem matching:
  "passend onderwijs" finds "passende onderwijsvoorzieningen" as a phrase too.
"""

import itertools
import re

from .stemming import query_terms

HEADING_WEIGHT_SQLITE = 4.0
# A phrase's rank is added this many times to the rank of the words (PostgreSQL); on SQLite a
# page with a phrase counts its words twice (see backends/sqlite.py).
PHRASE_WEIGHT = 2.0
MAX_PAIRS = 7
# At most this many spellings of one pair (every alternative of the first word with every one of
# the second): FTS5 has no OR inside a phrase.
MAX_SPELLINGS = 12
_WORD = re.compile(r"\w+", re.UNICODE)


def phrase_pairs(query_string):
    """[(term, term)]: the query's terms (query_terms) that stand next to each other in it."""
    pairs = []
    previous = None
    for word in _WORD.findall(query_string.lower().replace("_", " ")):
        terms = query_terms(word)
        term = terms[0] if terms else None
        if previous is not None and term is not None and term != previous:
            pairs.append((previous, term))
            if len(pairs) == MAX_PAIRS:
                break
        previous = term
    return pairs


def spellings(pair):
    """The token sequences a pair may be written as: each alternative of each word (an alternative
    of several words, such as a synonym, is split), every combination, at most MAX_SPELLINGS."""
    first, second = pair
    combinations = itertools.product(first, second)
    return [
        tuple(_WORD.findall(a)) + tuple(_WORD.findall(b))
        for a, b in itertools.islice(combinations, MAX_SPELLINGS)
    ]
