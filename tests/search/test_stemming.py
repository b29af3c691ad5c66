import pytest

from search.stemming import MAX_TERMS, query_terms


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("thuiszitters", [("thuiszit",)]),
        ("thuiszitten", [("thuiszit",)]),
        ("Thuiszitter", [("thuiszit",)]),
        ("leerlingen", [("leerling",)]),
        ("de ouders en de school", [("ouder",), ("schol", "school")]),
        ("scholen", [("schol", "school")]),
        ("leerplichtambtenaren", [("leerplichtambtenar", "leerplichtambtenaar")]),
        ("verzuimbegeleiders", [("verzuimbegeleid",)]),
        ("", []),
        ("!!! ??? ...", []),
        ("<script>alert(1)</script>", [("script",), ("alert",), ("1",)]),
        ("' OR 1=1; DROP TABLE x_y; --", [("or", "oor"), ("1",), ("drop", "droop"), ("tabl",)]),
    ],
)
def test_query_terms(query, terms):
    assert query_terms(query) == terms


def test_query_terms_are_bounded():
    assert len(query_terms("woord " * 10_000 + " ".join(f"w{i}" for i in range(50)))) <= MAX_TERMS


def test_a_vocabulary_adds_synonyms_compounds_and_phrases():
    from search.stemming import Exact
    from search.vocabulary import Vocabulary

    vocabulary = Vocabulary(
        {
            ("swv",): ["samenwerkingsverband"],
            ("lux", "verzuim"): ["luxeverzuim"],
            ("samenwerkingsverband",): ["swv"],
        },
        {"verzuim": ("schoolverzuim", "luxeverzuim"), "schoolverzuim": ("verzuim",)},
    )
    assert query_terms("swv", vocabulary) == [("swv", "samenwerkingsverband")]
    # an abbreviation from the list is a whole word, not a prefix
    (term,) = query_terms("samenwerkingsverbanden", vocabulary)
    assert term == ("samenwerkingsverband", "swv") and isinstance(term[1], Exact)
    # compounds ending with the word, and the known word a compound ends with
    assert query_terms("verzuim", vocabulary) == [("verzuim", "schoolverzuim", "luxeverzuim")]
    assert query_terms("schoolverzuim", vocabulary) == [("schoolverzuim", "verzuim")]
    # a run of words that is an entry is one term; the entry's own words form an AND group
    assert query_terms("luxe verzuim melden", vocabulary) == [
        ((("lux", "luux"), ("verzuim",)), "luxeverzuim"),
        ("meld",),
    ]
    # without a vocabulary nothing is added
    assert query_terms("swv verzuim") == [("swv",), ("verzuim",)]
