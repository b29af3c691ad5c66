"""The fuzz tests' hostile input and their visitor: Hypothesis settings (`fuzz`), strategies
that mix hostile text (all of Unicode with NUL and control characters, markup, SQL, format
strings, very long and number-like strings, invalid UTF-8) with valid values, so that some
examples pass validation and reach the code that stores, and a fresh client per example.
The site they attack is the `site` fixture (conftest.py).
"""

import os
from urllib.parse import quote, quote_from_bytes

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

from django.core.cache import cache
from django.test import Client

# Fast and the same on every run (CI must not find a new example by chance): a fixed set of
# examples per test, nothing written to an example database. FUZZ_SCALE=20 digs deeper.
SCALE = float(os.environ.get("FUZZ_SCALE", 1))


# `pytest --hypothesis-profile=hunt`: no shrinking, to find many failures fast.
settings.register_profile("hunt", phases=[Phase.explicit, Phase.reuse, Phase.generate])


def fuzz(max_examples):
    return settings(
        max_examples=max(1, int(max_examples * SCALE)),
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
        ],
    )


# Hostile values ----------------------------------------------------------------------------

PAYLOADS = [
    "\x00",
    "a\x00b",
    "%00",
    "' OR '1'='1",
    "1; DROP TABLE wagtailcore_page; --",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "%s%s%s%n",
    "%(title)s",
    "{0}{1}{}",
    "{{ request }}{% debug %}",
    "../../../../etc/passwd",
    "\r\nSet-Cookie: injected=1",
    "a\nb\rc",
    "\u202egnp.exe",
    "\ufeff\u200b",
    "\U0001f4a9" * 3,
    "\x1b[31m\x07\x7f",
    '=HYPERLINK("http://example.invalid")',
    "0",
    "-1",
    "1.5",
    "1e309",
    "NaN",
    "99999999999999999999999999",
    "-99999999999999999999999999",
    "0000-01",
    "9999-12",
    "2024-13",
    "0x10",
    " ",
    "",
    "null",
    "[]",
    "true",
    "a" * 5000,
    "word " * 300,
]

hostile_text = st.one_of(
    st.sampled_from(PAYLOADS),
    st.text(max_size=40),  # all of Unicode but surrogates (which no request can carry)
    st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=40),  # ASCII with controls
    st.integers().map(str),
    st.builds(lambda a, b: f"{a:04d}-{b:02d}", st.integers(0, 9999), st.integers(0, 99)),
    st.sampled_from(PAYLOADS).flatmap(
        lambda payload: st.text(max_size=10).map(lambda text: text + payload)
    ),
)


def raw_query_value():
    """A query string value as raw bytes, percent-encoded: invalid UTF-8 (an encoded surrogate,
    a lone continuation byte) included, which a browser or robot can send but no str can."""
    return st.one_of(
        st.binary(max_size=20),
        st.sampled_from([b"\xed\xa0\x80", b"\xff\xfe", b"\x80", b"\xc3", b"%", b"%zz"]),
    ).map(lambda raw: quote_from_bytes(raw, safe=""))


def query(known, valid=()):
    """GET parameters: some of the `known` names (and unknown ones), each once or repeated,
    with hostile or valid values."""
    value = st.one_of(hostile_text, st.sampled_from(list(valid) or [""]))
    name = st.one_of(st.sampled_from(known), st.sampled_from(["unknown", "page", ""]), hostile_text)
    return st.dictionaries(name, st.lists(value, min_size=1, max_size=3), max_size=5)


def path_segment():
    """A path segment (a token, a slug) as a visitor could type it, percent-encoded."""
    return st.one_of(hostile_text, st.text(alphabet="abcdefghij-_0123456789", max_size=64)).map(
        lambda text: quote(text, safe="")
    )


def mixed(valid, hostile=hostile_text):
    """Mostly the valid value, otherwise a hostile one, so both paths are walked."""
    return st.one_of(st.just(valid), st.just(valid), hostile)


# The visitor ---------------------------------------------------------------------------------


def fresh_client(user=None):
    """A new visitor (no cookies from an earlier example) with every rate limit reset."""
    cache.clear()
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def body(response):
    """The whole body, streamed or not: an error while streaming shows here."""
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def assert_no_server_error(response, where):
    content = body(response)
    assert response.status_code < 500, f"{where}: {response.status_code}\n{content[:2000]!r}"
    return content


def subpage(page, route, **kwargs):
    return page.url + page.reverse_subpage(route, kwargs=kwargs or None)
