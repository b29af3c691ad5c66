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
