"""A cache for data derived from the published content: listing results, filter counts,
related pages. Expensive to compute at scale, the same for every visitor, and changed only when
an editor changes content.

Every key carries the content version, which any change to a page, a taxon, a tag or a page's
privacy raises (signals in home/apps.py), so all derived data expires at once, on every server,
instead of after a timeout. The version is raised at the change and again when its transaction
commits, so no request can store data from before the commit under the new version for long.
"""

import hashlib
import time

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

VERSION_KEY = "content-version"
TIMEOUT = 15 * 60


def current_version(key=VERSION_KEY):
    """The version stored under `key` (the time of the last change), set now if it is gone."""
    version = cache.get(key)
    if version is None:
        cache.add(key, time.time_ns(), None)
        version = cache.get(key)
    return version


def current_versions(keys):
    """{key: version} for several version keys in one round trip; a key that is gone is set
    now, as current_version does. Without a cache (Redis down) every key gets the time now, so
    nothing derived is read back from before the outage."""
    found = cache.get_many(keys)
    missing = [key for key in keys if found.get(key) is None]
    if missing:
        now = time.time_ns()
        for key in missing:
            cache.add(key, now, None)
        found.update(cache.get_many(missing))
        for key in missing:
            found.setdefault(key, now)
    return found


def content_version():
    return current_version(VERSION_KEY)


def raise_version(key=VERSION_KEY):
    cache.set(key, time.time_ns(), None)


def version_changed(key=VERSION_KEY):
    """Raise the version now, and again when the transaction commits (a request between the
    two may have stored the old state under the first new version)."""
    raise_version(key)
    transaction.on_commit(lambda: raise_version(key))


def content_changed(**kwargs):
    version_changed(VERSION_KEY)


def cached(name, parts, compute, timeout=TIMEOUT):
    """compute(), or its value from the cache when nothing changed since it was stored; `parts`
    (a repr-able value) names what it was computed from."""
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:32]
    key = f"derived:{content_version()}:{name}:{digest}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    return value


def watch_content(*models):
    """Raise the version whenever an instance of one of `models` (or of a subclass) is saved or
    deleted. Called from the apps' ready()."""

    def on_change(sender, instance, **kwargs):
        if isinstance(instance, models):
            content_changed()

    name = ",".join(model.__name__ for model in models)
    post_save.connect(on_change, weak=False, dispatch_uid=f"derived_cache.save.{name}")
    post_delete.connect(on_change, weak=False, dispatch_uid=f"derived_cache.delete.{name}")
