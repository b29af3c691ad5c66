"""Dutch query terms, reduced to the stems that find every word form.

Both search backends get the same stems: PostgreSQL's Dutch configuration uses this Snowball
algorithm ("dutch_porter") for the index, and SQLite's FTS5 index holds whole words. Each stem is
searched as a prefix, so 'leerling' finds leerling and leerlingen on either database.

Snowball does not join an agent noun to its verb (thuiszitters -> 'thuiszitter', thuiszitten ->
'thuiszit'), and those pairs are the vocabulary of this field: zitter/zitten, verzuimer/verzuimen,
begeleider/begeleiden. A long stem ending in -er is cut back to its verb root, whose prefix then
finds both.
"""

import re

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


def _verb_root(stem):
    if not stem.endswith("er") or len(stem) - 2 < MIN_AGENT_ROOT:
        return stem
    root = stem[:-2]
    if root[-1] == root[-2] and root[-1] not in "aeiou":
        root = root[:-1]
    return root


def query_stems(query):
    """The distinct stems of the meaningful words in a query, at most MAX_TERMS of them."""
    stems = []
    for word in WORD.findall(query.lower()):
        if word in STOP_WORDS or (len(word) < 2 and not word.isdigit()):
            continue
        stem = _verb_root(_stemmer.stemWord(word.replace("_", "")))
        if stem and stem not in stems:
            stems.append(stem)
        if len(stems) == MAX_TERMS:
            break
    return stems
