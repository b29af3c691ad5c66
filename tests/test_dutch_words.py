"""One word for one thing, one spelling: the Dutch glossary of docs/conventions.md ("Words"),
checked in the Dutch catalogues, the Dutch demo content and the Dutch editors' guide."""

import io
import re
import tokenize
import tomllib
from pathlib import Path

import polib
import pytest

from django.conf import settings

BASE = Path(settings.BASE_DIR)
CATALOGUES = [BASE / "locale/nl/LC_MESSAGES/django.po", BASE / "locale/nl/LC_MESSAGES/djangojs.po"]
# Dutch text outside the catalogues: demo content (its data and loaders; Dutch and English side by
# side, the English never has these words) and the editors' guide.
DUTCH_SOURCES = [
    *sorted(BASE.glob("*/demo/*.toml")),
    *sorted(path for path in BASE.glob("*/demo/*.py") if path.parts[-3] != "tests"),
    *sorted(BASE.glob("demo/**/*.py")),
    BASE / "templates/core/admin/guide_nl.html",
]

REJECTED = {
    "“u heeft”, “heeft u”: not “hebt”": r"\b[Hh]ebt\b",
    "“bijeenkomst”: not “sessie”": r"\b[Ss]essies?\b",
    "“e-mail”, “e-mailadres”: not “email”": r"(?<![-(%./@_\w])[Ee]mail(adres)?\b(?![@.(])",
    "“aanmelden”: not “inschrijven” (for an event or a group)": r"\b[Ii]nschrij(f|ven\b)",
}


def dutch_strings(path):
    for entry in polib.pofile(str(path)):
        if entry.obsolete:
            continue
        for text in [entry.msgstr, *entry.msgstr_plural.values()]:
            if text:
                yield entry, text


def test_the_catalogues_have_something_to_check():
    assert sum(1 for _ in dutch_strings(CATALOGUES[0])) > 500
    assert all(path.exists() for path in DUTCH_SOURCES)
    assert len(DUTCH_SOURCES) > 5


@pytest.mark.parametrize(
    "rule", list(REJECTED), ids=["heeft", "bijeenkomst", "e-mail", "aanmelden"]
)
def test_the_dutch_catalogues_use_the_chosen_words(rule):
    pattern = re.compile(REJECTED[rule])
    found = [
        f"{path.name}:{entry.linenum}: {text}"
        for path in CATALOGUES
        for entry, text in dutch_strings(path)
        if pattern.search(text)
    ]
    assert found == [], rule


def data_strings(value, where=""):
    """(where, text) of every string in TOML data (its values, not its keys such as "email")."""
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from data_strings(item, f"{where}.{key}" if where else key)
    elif isinstance(value, list):
        for number, item in enumerate(value):
            yield from data_strings(item, f"{where}[{number}]")


def texts(path):
    """(line number, text) of a source's strings (a Python module's string literals, not its
    code nor its keys such as "email"; a data file's string values, by where they are), or of its
    lines (a template)."""
    source = path.read_text()
    if path.suffix == ".toml":
        yield from data_strings(tomllib.loads(source))
        return
    if path.suffix != ".py":
        yield from enumerate(source.splitlines(), start=1)
        return
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.STRING and not re.fullmatch(r"\w*(['\"])\w*\1", token.string):
            yield token.start[0], token.string


@pytest.mark.parametrize(
    "rule", list(REJECTED), ids=["heeft", "bijeenkomst", "e-mail", "aanmelden"]
)
def test_the_dutch_demo_content_and_guide_use_the_chosen_words(rule):
    pattern = re.compile(REJECTED[rule])
    found = [
        f"{path.relative_to(BASE)}:{number}: {text.strip()}"
        for path in DUTCH_SOURCES
        for number, text in texts(path)
        if pattern.search(text)
    ]
    assert found == [], rule


def test_a_scan_domain_is_a_domein():
    """The scan's parts are "domeinen" everywhere (the start page said "onderdelen")."""
    found = [
        f"{entry.linenum}: {text}"
        for entry, text in dutch_strings(CATALOGUES[0])
        if any("scan" in place for place, _line in entry.occurrences)
        and re.search(r"\b[Oo]nderde(el|len)\b", text)
    ]
    assert found == []
    scan_demo = (BASE / "scan/demo/scan.toml").read_text()
    assert not re.search(r"\b[Oo]nderde(el|len)\b", scan_demo)


def test_the_rules_catch_the_rejected_spellings():
    """The guard can fail: each rule finds its word in a sentence, and leaves the chosen one."""
    examples = {
        "“u heeft”, “heeft u”: not “hebt”": ("U hebt nog 3 codes.", "U heeft nog 3 codes."),
        "“bijeenkomst”: not “sessie”": ("De volgende sessie", "De volgende bijeenkomst"),
        "“e-mail”, “e-mailadres”: not “email”": ("Uw emailadres", "Uw e-mailadres %(email)s"),
        "“aanmelden”: not “inschrijven” (for an event or a group)": (
            "Inschrijven kan tot vrijdag",
            "Aanmelden kan tot vrijdag",
        ),
    }
    for rule, (rejected, chosen) in examples.items():
        assert re.search(REJECTED[rule], rejected), rule
        assert not re.search(REJECTED[rule], chosen), rule
