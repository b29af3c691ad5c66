"""The `.env` file: settings for this checkout, so that `DATABASE_URL` and the rest need not be
given to every command (README, .env.example). Read by base.py before it reads the environment.

One `KEY=value` a line; blank lines and lines starting with `#` are skipped; `export KEY=value`
is read too (the file can be sourced by a shell). A value may be quoted: 'single' as written,
"double" with \\", \\\\ and \\n; an unquoted value ends at ` #` (a comment). Nothing is expanded
(`$HOME` stays `$HOME`). A variable already in the environment keeps its value: the file only
adds what is missing.
"""

import os
import re
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

LINE = re.compile(r"(?:export\s+)?(?P<key>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?P<value>.*)")
ESCAPES = {"\\": "\\", '"': '"', "n": "\n"}


def parse_value(value):
    """The text of a value as the file writes it, or None when its quotes do not close."""
    if value[:1] == "'":
        end = value.find("'", 1)
        return None if end < 0 or value[end + 1 :].strip()[:1] not in ("", "#") else value[1:end]
    if value[:1] == '"':
        text, position = [], 1
        while position < len(value) and value[position] != '"':
            if value[position] == "\\" and value[position + 1 : position + 2] in ESCAPES:
                position += 1
                text.append(ESCAPES[value[position]])
            else:
                text.append(value[position])
            position += 1
        rest = value[position + 1 :].strip()
        return None if position >= len(value) or rest[:1] not in ("", "#") else "".join(text)
    return re.split(r"\s+#", value, maxsplit=1)[0].strip()


def read_env_file(path):
    """{KEY: value} of the file at `path`; {} when there is no such file. A line that is not
    `KEY=value` stops the site with its line number rather than being skipped unseen."""
    path = Path(path)
    if not path.is_file():
        return {}
    values = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        match = LINE.fullmatch(line)
        value = match and parse_value(match["value"])
        if value is None:
            raise ImproperlyConfigured(f"{path}, line {number}: expected KEY=value, got {line!r}")
        if match["key"] == "DJANGO_SETTINGS_MODULE":
            raise ImproperlyConfigured(
                f"{path}, line {number}: DJANGO_SETTINGS_MODULE is chosen before the settings "
                "read this file; set it in the environment instead"
            )
        values[match["key"]] = value
    return values


def load_env_file(path, environ=os.environ):
    """Add the variables of the file at `path` that `environ` does not have yet; returns them.
    An empty path reads nothing."""
    if not str(path):
        return {}
    added = {key: value for key, value in read_env_file(path).items() if key not in environ}
    environ.update(added)
    return added
