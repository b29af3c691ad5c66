"""Derived data is cached until content changes, and only until then."""

import pytest

from home.derived_cache import cached, content_version
from home.factories import StandardPageFactory


def test_a_value_is_computed_once_while_nothing_changes():
    calls = []

    def compute():
        calls.append(1)
        return {"ids": [3, 1, 2]}

    assert cached("test", ("a", 1), compute) == {"ids": [3, 1, 2]}
    assert cached("test", ("a", 1), compute) == {"ids": [3, 1, 2]}
    assert len(calls) == 1
    cached("test", ("a", 2), compute)  # other parts, another value
    assert len(calls) == 2


@pytest.mark.django_db
def test_saving_or_deleting_a_page_expires_everything(home_page):
    calls = []
    cached("test", "x", lambda: calls.append(1) or "v")
    before = content_version()

    page = StandardPageFactory(parent=home_page)
    assert content_version() != before
    cached("test", "x", lambda: calls.append(1) or "v")
    assert len(calls) == 2

    middle = content_version()
    page.delete()
    assert content_version() != middle
