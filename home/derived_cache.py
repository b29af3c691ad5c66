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


def content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, time.time_ns(), None)
        version = cache.get(VERSION_KEY)
    return version


def raise_version():
    cache.set(VERSION_KEY, time.time_ns(), None)


def content_changed(**kwargs):
    raise_version()
    transaction.on_commit(raise_version)


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
