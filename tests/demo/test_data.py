"""The demo's data files: TOML with `{nl, en}` texts, and keys that must name something known."""

from pathlib import Path

import pytest

from demo.data import DemoDataError, Known, fill, read, texts
from demo.utils import Text

BASE = Path(__file__).resolve().parents[2]


def test_a_table_of_nl_and_en_is_a_text_and_a_string_stays_dutch(tmp_path):
    (tmp_path / "data.toml").write_text(
        'title = {nl = "Agenda", en = "Events"}\n'
        'intro = "Alleen in het Nederlands"\n'
        'languages = {nl = ["po"], en = ["primary"]}\n'
        "[[pages]]\n"
        'body.nl = """\n'
        "<p>Een lange \\\n"
        '    tekst</p>"""\n'
        'body.en = "<p>A long text</p>"\n'
    )
    data = read(tmp_path / "loader.py", "data.toml")
    assert data["title"] == Text("Agenda", "Events")
    assert data["intro"] == "Alleen in het Nederlands"
    assert data["pages"] == [{"body": Text("<p>Een lange tekst</p>", "<p>A long text</p>")}]
    # Only a table of two strings is a text.
    assert data["languages"] == {"nl": ["po"], "en": ["primary"]}
    assert texts({"nl": "a", "en": "b", "de": "c"}) == {"nl": "a", "en": "b", "de": "c"}


def test_an_unknown_key_fails_with_what_is_known_and_where():
    themes = Known("theme", {"terug-naar-onderwijs": 1}, "taxonomy/demo/themes.toml")
    assert themes["terug-naar-onderwijs"] == 1
    assert themes.get("thuiszitten") is None
    with pytest.raises(DemoDataError) as raised:
        themes["thuiszitten"]
    message = str(raised.value)
    assert "unknown theme 'thuiszitten'" in message
    assert "'terug-naar-onderwijs'" in message
    assert "taxonomy/demo/themes.toml" in message


def test_fill_replaces_the_named_placeholders_only():
    value = {"text": Text("Mail {email} {x}", "E-mail {email}"), "rows": ["{days} dagen"]}
    assert fill(value, {"email": "a@b.nl", "days": 30}) == {
        "text": Text("Mail a@b.nl {x}", "E-mail a@b.nl"),
        "rows": ["30 dagen"],
    }


def named_themes(value, path=""):
    """(where, slug) of every theme the data names: the items of each `themes` list."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "themes" and isinstance(item, list):
                yield from ((f"{path}.{key}", slug) for slug in item)
            else:
                yield from named_themes(item, f"{path}.{key}")
    elif isinstance(value, list):
        for number, item in enumerate(value):
            yield from named_themes(item, f"{path}[{number}]")


def test_every_theme_the_demo_data_names_is_defined_once_in_the_taxonomy():
    themes = read(BASE / "taxonomy/demo/__init__.py", "themes.toml")["themes"]
    slugs = [theme["slug"] for theme in themes]
    assert len(set(slugs)) == len(slugs) == 9
    named = [
        (f"{path.relative_to(BASE)}{where}", slug)
        for path in sorted(BASE.glob("*/demo/*.toml"))
        if path.name != "themes.toml"
        for where, slug in named_themes(read(path, path.name))
    ]
    assert len(named) > 100  # the examples, events, groups and the scan's domains
    assert [(where, slug) for where, slug in named if slug not in slugs] == []
