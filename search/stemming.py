"""Dutch query terms, reduced to the stems that find every word form.

Both search backends get the same stems: PostgreSQL's Dutch configuration uses this Snowball
algorithm ("dutch_porter") for the index, and SQLite's FTS5 index holds whole words. Each stem is
searched as a prefix, so 'leerling' finds leerling and leerlingen on either database. The word
itself is searched too, and the stem with its last vowel doubled: Snowball shortens long vowels
(school, scholen -> 'schol'), which PostgreSQL's index shares but SQLite's whole words do not.

Snowball does not join an agent noun to its verb (thuiszitters -> 'thuiszitter', thuiszitten ->
'thuiszit'), and those pairs are the vocabulary of this field: zitter/zitten, verzuimer/verzuimen,
begeleider/begeleiden. A long stem ending in -er is cut back to its verb root, whose prefix then
finds both. A doubled end consonant is undoubled (klassen -> 'klas'), so plural and singular
share their prefix.
"""

import operator
import re
from functools import lru_cache, reduce

import snowballstemmer

MAX_TERMS = 8
WORD = re.compile(r"\w+", re.UNICODE)
STOP_WORDS = frozenset(
    """aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door
    dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun
    iemand iets ik in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar
    niet niets nog nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit
    uw van veel voor want waren was wat werd wezen wie wil worden wordt zal ze zelf zich zij
    zijn zo zonder zou""".split()  # noqa: SIM905
)
MIN_AGENT_ROOT = 6
# The words (lexemes) one term may grow to with synonyms and compounds: each is a prefix the
# index is searched for, so they bound the cost of a search.
MAX_ALTERNATIVES = 12

_stemmer = snowballstemmer.stemmer("dutch_porter")


def _undouble(stem):
    """klass -> klas, less -> les: Snowball keeps most doubled end consonants."""
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiouy":
        return stem[:-1]
    return stem


LONG_VOWEL_END = re.compile(r"(?<![aeiou])([aou])([^aeiouy])$")


def _lengthened(stem):
    """schol -> school: Snowball writes a long vowel single before a final consonant; SQLite's
    index holds the whole word, with the vowel doubled."""
    return LONG_VOWEL_END.sub(r"\1\1\2", stem)


@lru_cache(maxsize=20_000)
def _root(word):
    """The prefix a word is searched by (Snowball, pure Python, takes a fraction of a
    millisecond per word: the synonyms and the vocabulary's words are stemmed again and again)."""
    stem = _stemmer.stemWord(word)
    if stem.endswith("er") and len(stem) - 2 >= MIN_AGENT_ROOT:
        stem = stem[:-2]
    return _undouble(stem)


def _alternatives(word):
    """A word's own alternatives: its root, the root with its vowel lengthened, the word."""
    stem = _root(word)
    alternatives = [stem, _lengthened(stem), word]
    return tuple(dict.fromkeys(a for a in alternatives if a == stem or not a.startswith(stem)))


class Exact(str):
    """A word searched whole, not as a prefix: an abbreviation of a synonym entry ('po' must not
    find 'politie', 'vo' not 'voor')."""

    __slots__ = ()


MAX_EXACT = 3


def _meaningful(word):
    return word not in STOP_WORDS and (len(word) >= 2 or word.isdigit())


def _entry_alternatives(words):
    """The alternatives of one word, or of a phrase: several words that must all match, each
    with its own alternatives (a tuple of terms); its stop words are left out."""
    terms = [
        (Exact(word),) if len(word) <= MAX_EXACT and _root(word) == word else _alternatives(word)
        for word in words
        if _meaningful(word)
    ]
    if len(terms) == 1:
        return terms[0]
    return (tuple(terms),) if terms else ()


def _words(query):
    return WORD.findall(query.lower().replace("_", " "))


def synonym_key(entry):
    """How a synonym entry or a run of query words is looked up: the roots of its words."""
    return tuple(_root(word) for word in _words(entry))


def query_terms(query, vocabulary=None):
    """The meaningful words of a query, at most MAX_TERMS of them, each as its alternatives.

    Every alternative is meant as a prefix: a document matches a term when it has a word that
    starts with one of the term's alternatives, and it matches the query when it matches all terms.
    An alternative is a word, or a phrase: a tuple of terms that must all match.

    With a `vocabulary` (search.vocabulary.Vocabulary) a term also has the word's synonyms, the
    known compounds that end with it and the known word it ends with (see expand()). A run of
    query words that is a synonym entry ("luxe verzuim") is one term.
    """
    words = _words(query)
    terms = []
    position = 0
    while position < len(words) and len(terms) < MAX_TERMS:
        length, term = 1, None
        if vocabulary is not None:
            for length in range(min(vocabulary.longest_entry, len(words) - position), 1, -1):
                phrase = words[position : position + length]
                if synonym_key(" ".join(phrase)) in vocabulary.synonyms:
                    term = _entry_alternatives(phrase) or None
                    break
            else:
                length = 1
        if term is None:
            length = 1
            word = words[position]
            if not _meaningful(word):
                position += 1
                continue
            term = _alternatives(word)
        position += length
        if vocabulary is not None:
            term = expand(term, words[position - length : position], vocabulary)
        if term not in terms:
            terms.append(term)
    return terms


def expand(term, words, vocabulary):
    """A term with the alternatives the vocabulary knows for `words`, at most MAX_ALTERNATIVES
    words in all: synonyms first, then compounds."""
    alternatives = list(term)
    size = sum(_size(a) for a in alternatives)

    def add(alternative):
        nonlocal size
        if alternative in alternatives or size + _size(alternative) > MAX_ALTERNATIVES:
            return
        alternatives.append(alternative)
        size += _size(alternative)

    for entry in vocabulary.synonyms.get(synonym_key(" ".join(words)), ()):
        for alternative in _entry_alternatives(_words(entry)):
            add(alternative)
    if len(words) == 1:
        for word in vocabulary.related_words(_root(words[0])):
            for alternative in _alternatives(word):
                add(alternative)
    return tuple(_simplified(alternatives))


def _size(alternative):
    if isinstance(alternative, str):
        return 1
    return sum(len(term) for term in alternative)


def _simplified(alternatives):
    """Without the words that another alternative's prefix finds already."""
    words = [a for a in alternatives if isinstance(a, str) and not isinstance(a, Exact)]
    for alternative in alternatives:
        if isinstance(alternative, str) and any(
            alternative != other and alternative.startswith(other) for other in words
        ):
            continue
        yield alternative


def _lexemes(term, lexeme):
    return reduce(
        operator.or_,
        (
            lexeme(alternative, prefix=not isinstance(alternative, Exact))
            if isinstance(alternative, str)
            else reduce(operator.and_, (_lexemes(part, lexeme) for part in alternative))
            for alternative in term
        ),
    )


def prefix_query(query, lexeme):
    """A search backend's lexemes for a PlainText query: its terms joined by the query's
    operator, each term's alternatives joined by OR, every word made a lexeme by
    `lexeme(word, prefix=...)` (prefix False for an Exact word).
    The terms are expanded with the vocabulary of the active language."""
    from .vocabulary import vocabulary_for

    terms = [
        _lexemes(term, lexeme)
        for term in query_terms(query.query_string, vocabulary_for(query.query_string))
    ]
    if not terms:
        return None
    return reduce(operator.and_ if query.operator == "and" else operator.or_, terms)
