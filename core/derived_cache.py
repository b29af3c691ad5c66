"""A cache for data derived from the published content: listing results, filter counts,
related pages. Expensive to compute at scale, the same for every visitor, and changed only when
an editor changes content.

Every key carries the content version, which any change to a page, a taxon, a tag or a page's
privacy raises (signals in the apps' ready()), so all derived data expires at once, on every
server, instead of after a timeout. A draft saved or a page locked changes nothing published and
leaves it (DRAFT_FIELDS): the editor's autosave does not empty the site's caches. The version is
raised at the change and again when its transaction commits, so no request can store data from
before the commit under the new version for long.

Two things keep this cheap on every page (bench/README.md, issue 18):

- A request reads each version key once: what it read is kept for the rest of the request
  (`request_versions`, entered by the page cache middleware for every request), and a change
  made by the request itself updates it. Commands and the task worker read the cache each time.
- What `cached` found is also kept in this process's memory for up to MEMO_SECONDS, under the
  same key (which carries the content version), pickled as the cache keeps it: no round trip to
  Redis and no shared mutable object. A change raises the version, so a kept value is never
  read again after a change, on any server.
"""

import contextlib
import contextvars
import hashlib
import pickle
import threading
import time
from collections import OrderedDict

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

VERSION_KEY = "content-version"
TIMEOUT = 15 * 60
MEMO_SECONDS = 60
MEMO_SIZE = 2000
MEMO_BYTES = 32 * 1024 * 1024  # per process

# The version keys read during the request being served, {key: version}; None outside one.
_request_versions = contextvars.ContextVar("derived_cache_request_versions", default=None)


@contextlib.contextmanager
def request_versions(found=None):
    """Within this block each version key is read from the cache once (module docstring);
    `found`: versions read already, {key: version or None}."""
    known = {key: value for key, value in (found or {}).items() if value is not None}
    token = _request_versions.set(known)
    try:
        yield
    finally:
        _request_versions.reset(token)


def current_version(key=VERSION_KEY):
    """The version stored under `key` (the time of the last change), set now if it is gone."""
    known = _request_versions.get()
    if known is not None and key in known:
        return known[key]
    version = cache.get(key)
    if version is None:
        cache.add(key, time.time_ns(), None)
        version = cache.get(key)
    if known is not None and version is not None:
        known[key] = version
    return version


def stored_versions(keys):
    """{key: version} of the keys that have one, without setting the others (current_version
    would): in one round trip, or none when this request read them all already."""
    known = _request_versions.get()
    if known is not None and all(key in known for key in keys):
        return {key: known[key] for key in keys}
    found = cache.get_many(keys)
    if known is not None:
        known.update(found)
    return found


def current_versions(keys):
    """{key: version} for several version keys in one round trip; a key that is gone is set
    now, as current_version does. Without a cache (Redis down) every key gets the time now, so
    nothing derived is read back from before the outage."""
    known = _request_versions.get()
    if known is not None and all(key in known for key in keys):
        return {key: known[key] for key in keys}
    found = cache.get_many(keys)
    missing = [key for key in keys if found.get(key) is None]
    if missing:
        now = time.time_ns()
        for key in missing:
            cache.add(key, now, None)
        read = cache.get_many(missing)
        found.update(read)
        if known is not None:
            known.update(read)
        for key in missing:
            found.setdefault(key, now)
    if known is not None:
        known.update((key, found[key]) for key in keys if key not in missing)
    return found


def content_version():
    return current_version(VERSION_KEY)


def raise_version(key=VERSION_KEY):
    version = time.time_ns()
    cache.set(key, version, None)
    known = _request_versions.get()
    if known is not None:
        known[key] = version


def version_changed(key=VERSION_KEY):
    """Raise the version now, and again when the transaction commits (a request between the
    two may have stored the old state under the first new version)."""
    raise_version(key)
    transaction.on_commit(lambda: raise_version(key))


def content_changed(**kwargs):
    version_changed(VERSION_KEY)


class Memo:
    """Values kept in this process's memory, pickled, each for a while; the least recently used
    are dropped beyond `size` values or `max_bytes` in all (module docstring)."""

    def __init__(self, size=MEMO_SIZE, max_bytes=MEMO_BYTES):
        self.size = size
        self.max_bytes = max_bytes
        self.bytes = 0
        self.values = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        """(True, value) while `key` is kept, else (False, None)."""
        with self.lock:
            held = self.values.get(key)
            if held is None:
                return False, None
            if held[0] < time.monotonic():
                self._drop(key)
                return False, None
            self.values.move_to_end(key)
        return True, pickle.loads(held[1])

    def keep(self, key, value, seconds):
        if seconds <= 0:
            return
        held = (time.monotonic() + seconds, pickle.dumps(value, pickle.HIGHEST_PROTOCOL))
        with self.lock:
            if key in self.values:
                self._drop(key)
            self.values[key] = held
            self.bytes += len(held[1])
            while len(self.values) > self.size or self.bytes > self.max_bytes:
                self._drop(next(iter(self.values)))

    def _drop(self, key):
        self.bytes -= len(self.values.pop(key)[1])

    def clear(self):
        with self.lock:
            self.values.clear()
            self.bytes = 0


memo = Memo()


def cached(name, parts, compute, timeout=TIMEOUT, version_key=VERSION_KEY):
    """compute(), or its value from the cache when nothing changed since it was stored; `parts`
    (a repr-able value) names what it was computed from; `version_key` the version that a
    change raises (the content version unless said otherwise)."""
    version = current_version(version_key)
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:32]
    key = f"derived:{version}:{name}:{digest}"
    if version is None:  # the cache does not answer: nothing is known to be current
        return compute()
    found, value = memo.get(key)
    if found:
        return value
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    memo.keep(key, value, min(timeout, MEMO_SECONDS))
    return value


# What a save of only these fields changes no visitor sees: a draft's revision and title
# (Wagtail's `save_revision`, which the editor's autosave calls every few seconds while an
# editor types), its comments and a lock. Raising the content version for them would empty
# the page cache and every derived value of the whole site at each autosave.
DRAFT_FIELDS = frozenset(
    {
        "draft_title",
        "latest_revision",
        "latest_revision_created_at",
        "has_unpublished_changes",
        "wagtail_admin_comments",
        "locked",
        "locked_by",
        "locked_at",
    }
)


def changes_what_visitors_see(update_fields):
    """Whether a save of `update_fields` (None: every field) may change published content."""
    return update_fields is None or not DRAFT_FIELDS.issuperset(update_fields)


def watch_content(*models):
    """Raise the version whenever an instance of one of `models` (or of a subclass) is saved or
    deleted, but for a save of a draft or a lock alone (DRAFT_FIELDS). Called from the apps'
    ready()."""

    def on_change(sender, instance, update_fields=None, **kwargs):
        if isinstance(instance, models) and changes_what_visitors_see(update_fields):
            content_changed()

    name = ",".join(model.__name__ for model in models)
    post_save.connect(on_change, weak=False, dispatch_uid=f"derived_cache.save.{name}")
    post_delete.connect(on_change, weak=False, dispatch_uid=f"derived_cache.delete.{name}")
