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
from functools import reduce

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


def _root(word):
    stem = _stemmer.stemWord(word)
    if stem.endswith("er") and len(stem) - 2 >= MIN_AGENT_ROOT:
        stem = stem[:-2]
    return _undouble(stem)


def query_terms(query):
    """The meaningful words of a query, at most MAX_TERMS of them, each as its alternatives.

    Every alternative is meant as a prefix: a document matches a term when it has a word that
    starts with one of the term's alternatives, and it matches the query when it matches all terms.
    """
    terms = []
    for word in WORD.findall(query.lower().replace("_", " ")):
        if word in STOP_WORDS or (len(word) < 2 and not word.isdigit()):
            continue
        stem = _root(word)
        alternatives = [stem, _lengthened(stem), word]
        term = tuple(dict.fromkeys(a for a in alternatives if a == stem or not a.startswith(stem)))
        if term not in terms:
            terms.append(term)
        if len(terms) == MAX_TERMS:
            break
    return terms


def prefix_query(query, lexeme):
    """A search backend's lexemes for a PlainText query: its terms joined by the query's
    operator, each term's alternatives joined by OR, every word made a lexeme by `lexeme`."""
    terms = [
        reduce(operator.or_, (lexeme(alternative) for alternative in term))
        for term in query_terms(query.query_string)
    ]
    if not terms:
        return None
    return reduce(operator.and_ if query.operator == "and" else operator.or_, terms)
