"""Demo content of the search: a starting list of the field's synonyms and abbreviations.

Each group is a list of entries that a search treats as the same; a one-way group (ONE_WAY) lets
only its first entry find the others. Every entry widens the searches for the others: a group
of a very common word with phrases of other common words (thuiszitter -> "absoluut verzuim")
makes each search for it match, and rank, many more pages (twice the time of the listing's
search for thuiszitters at 10,000 examples), so the list keeps to true equivalents.

Word forms (thuiszitter, thuiszitten), words that start with an entry (leerplicht finds
leerplichtambtenaar) and compounds of known words (verzuim finds schoolverzuim and the other way
round) need no entry: search.stemming and search.vocabulary find those by themselves.

The vocabulary of the content is rebuilt after the demo's transaction commits (search/signals.py).
"""

from .models import SynonymGroup

ONE_WAY = "one way"

DUTCH = [
    # Sectors and school types
    ["po", "primair onderwijs", "basisonderwijs"],
    ["vo", "voortgezet onderwijs"],
    ["so", "speciaal onderwijs"],
    ["vso", "voortgezet speciaal onderwijs"],
    ["sbo", "speciaal basisonderwijs"],
    ["mbo", "middelbaar beroepsonderwijs"],
    ["vmbo", "voorbereidend middelbaar beroepsonderwijs"],
    ["pro", "praktijkonderwijs"],
    ["lwoo", "leerwegondersteunend onderwijs"],
    # Passend onderwijs
    ["swv", "samenwerkingsverband"],
    ["tlv", "toelaatbaarheidsverklaring"],
    ["opp", "ontwikkelingsperspectief", "ontwikkelingsperspectiefplan"],
    ["sop", "schoolondersteuningsprofiel", "ondersteuningsprofiel"],
    ["passende plek", "passend aanbod", "passende onderwijsplek"],
    ["zorgcoördinator", "ondersteuningscoördinator", "intern begeleider", "ib'er"],
    ["mdo", "multidisciplinair overleg"],
    ["onderwijszorgarrangement", "oza", "onderwijs-zorgarrangement", "onderwijs-zorgcombinatie"],
    ["maatwerk", "onderwijs op maat"],
    ["tussenvoorziening", "reboundvoorziening", "time-outvoorziening"],
    ["ouderbetrokkenheid", "ouderparticipatie", "educatief partnerschap"],
    # Leerplicht and verzuim
    ["lpa", "leerplichtambtenaar", "leerplichtconsulent"],
    [ONE_WAY, "leerplicht", "lpa", "leerplichtambtenaar"],
    ["lpw", "leerplichtwet"],
    ["verzuim", "absentie", "schoolverzuim"],
    ["schoolweigering", "emotioneel schoolverzuim", "angstig schoolverzuim"],
    ["vrijstelling", "vrijgesteld"],
    ["ontheffing", "ontheven"],
    ["onderwijstijdontheffing", "ontheffing onderwijstijd", "afwijking onderwijstijd"],
    ["rmc", "regionaal meld- en coördinatiepunt"],
    ["vsv", "voortijdig schoolverlaten", "voortijdig schoolverlater"],
    # Youth care and health
    ["jeugdhulp", "jeugdzorg"],
    ["wijkteam", "buurtteam", "sociaal wijkteam", "jeugdteam"],
    ["ggd", "gemeentelijke gezondheidsdienst"],
    ["jgz", "jeugdgezondheidszorg"],
    ["cjg", "centrum voor jeugd en gezin"],
    ["ggz", "geestelijke gezondheidszorg"],
]

ENGLISH = [
    ["absence", "absenteeism", "truancy"],
    ["school alliance", "samenwerkingsverband", "swv"],
    ["youth care", "youth services", "jeugdhulp"],
    ["attendance officer", "truancy officer", "leerplichtambtenaar"],
]


def groups():
    """(language, words, one way) of every demo group."""
    for language, entries in (("nl", DUTCH), ("en", ENGLISH)):
        for group in entries:
            one_way = group[0] == ONE_WAY
            yield language, group[1:] if one_way else group, one_way


def load(context):
    for language, words, one_way in groups():
        group = SynonymGroup(language=language, words="\n".join(words), one_way=one_way)
        group.full_clean()
        group.save()


def clear():
    SynonymGroup.objects.all().delete()
