"""Derived data is cached until content changes, and only until then."""

import pytest

from core.derived_cache import cached, content_version
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


@pytest.mark.django_db
def test_a_draft_or_a_lock_keeps_what_was_derived_and_a_publish_expires_it(home_page, admin_user):
    page = StandardPageFactory(parent=home_page)
    before = content_version()
    page.title = "Een nieuwe titel"
    page.save_revision(user=admin_user)  # a draft: what the editor's autosave does
    page.locked = True
    page.save(update_fields=["locked", "locked_by", "locked_at"])
    assert content_version() == before
    page.get_latest_revision().publish()
    assert content_version() != before


def test_a_kept_value_is_a_copy_of_its_own_and_the_memory_stays_bounded(monkeypatch):
    """What a process keeps in memory (derived_cache.memo) is handed out as a fresh copy, as the
    cache would: a caller that changes it changes nothing for the next one. Its size is bounded
    in values and in bytes, the least recently used going first."""
    from core.derived_cache import Memo

    first = cached("test", "copy", lambda: {"ids": [1, 2]})
    first["ids"].append(3)
    assert cached("test", "copy", lambda: {"ids": []}) == {"ids": [1, 2]}

    memo = Memo(size=3, max_bytes=10_000)
    for number in range(3):
        memo.keep(number, "x" * 100, 60)
    memo.get(0)  # used: kept longest
    memo.keep(3, "x" * 100, 60)
    assert [memo.get(number)[0] for number in range(4)] == [True, False, True, True]
    memo.keep("big", "x" * 9_800, 60)
    assert memo.bytes <= 10_000
    assert memo.get("big")[0]
    assert not memo.get(2)[0]
