"""The demo's data: TOML files in each app's `demo` package, read with the standard library.

A visible text in two languages is a table `{nl = "Dutch", en = "English"}`, or for a long text
the same table in dotted keys, `intro.nl = ...` and `intro.en = ...`; `read()` turns every such
table into a `Text`, which `demo.utils.dutch()` and `translate()` take apart. A text in
Dutch only is a plain string: those pages and snippets stay Dutch. A long text is wrapped over
lines that end in a backslash (TOML joins them, without the line break and the next line's
indentation): keep the space before the backslash where the words need one.

Data refers to what other apps' data make by key: themes by slug (`taxonomy/demo/themes.toml`),
provinces by code, sectors by abbreviation, audiences and organisations by their Dutch name. The
loaders look them up in `Known` tables, which fail with the key and the keys there are.
"""

import tomllib
from pathlib import Path

from .utils import Text


class DemoDataError(Exception):
    pass


def read(loader, name):
    """The data of the TOML file `name` beside `loader` (the loading module's `__file__`), with
    its `{nl, en}` tables as `Text`."""
    with Path(loader).with_name(name).open("rb") as file:
        return texts(tomllib.load(file))


def texts(value):
    """`value` with every table of exactly two strings, `nl` and `en`, as a `Text`."""
    if isinstance(value, dict):
        if value.keys() == {"nl", "en"} and all(isinstance(item, str) for item in value.values()):
            return Text(value["nl"], value["en"])
        return {key: texts(item) for key, item in value.items()}
    if isinstance(value, list):
        return [texts(item) for item in value]
    return value


class Known(dict):
    """The demo's objects of one kind by the key the data names them with (a theme's slug, a
    province's code): a key that is not there fails with a message that says which it is, what
    there is and where that is defined. `get()` still returns None for a missing key."""

    def __init__(self, kind, items, source):
        super().__init__(items)
        self.kind = kind
        self.source = source

    def __missing__(self, key):
        raise DemoDataError(
            f"The demo data names an unknown {self.kind} {key!r}: the {self.kind} keys are "
            f"{', '.join(map(repr, self))} ({self.source})."
        )


def fill(value, replacements):
    """`value` with each `{name}` in its strings and texts replaced by `replacements[name]`."""
    if isinstance(value, Text):
        return Text(fill(value.nl, replacements), fill(value.en, replacements))
    if isinstance(value, str):
        for name, replacement in replacements.items():
            value = value.replace(f"{{{name}}}", str(replacement))
        return value
    if isinstance(value, dict):
        return {key: fill(item, replacements) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(fill(item, replacements) for item in value)
    return value
