"""Django's Redis cache, made to keep the site up when Redis is not (docs/deployment.md, "When a
service is down").

Everything the site keeps in the cache can be computed again or lost: whole pages, derived data,
version numbers, rate-limit counts, copies of sessions (the sessions themselves are in the
database, `cached_db`). So when Redis does not answer, this backend answers like an empty cache
instead of raising: `get` gives the default, `get_many` nothing, `add` and `delete` False, `incr`
raises ValueError (what an empty cache raises for a missing key); writes are dropped. Pages are
then rendered for every request, forms keep working, the rate limits let everyone through
(core/ratelimit.py).

A dead or hanging Redis costs little: the connection has short timeouts (OPTIONS
`socket_connect_timeout`, `socket_timeout`), and after a failure the process does not ask Redis
again for DOWN_SECONDS: one timeout per window, not one per call. The failure is logged at
most once a minute per process (logger `kennisbank.cache`).

A Redis that was only unreachable (a network fault, a hanging process, a restart that loaded its
saved data) still holds what it held before: version numbers that were not raised, sessions that
were not deleted. So every key whose write was dropped is deleted when Redis answers again, before
anything is read: nothing written during the outage stays stale afterwards. Beyond MAX_LOST_KEYS
such keys the whole cache is cleared instead. Redis's return is logged too.

`/health/` must still see the outage: it checks through `unguarded`, the same cache without
the safety net.
"""

import logging
import threading
import time

from redis.exceptions import RedisError

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from django.utils.functional import cached_property

logger = logging.getLogger(__name__)

DOWN_SECONDS = 5
LOG_SECONDS = 60
MAX_LOST_KEYS = 10_000


class _Outage:
    """What a process knows about one Redis server, shared by its threads (Django makes a cache
    object per thread)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.down_until = 0.0
        self.logged_at = None
        self.failing = False
        self.lost = set()
        self.overflow = False


_outages = {}
_outages_lock = threading.Lock()


def _outage_for(location):
    with _outages_lock:
        return _outages.setdefault(location, _Outage())


class ClientPerPool(RedisCacheClient):
    """Django's Redis client, reusing one `redis.Redis` per connection pool. Django makes a new
    one for every call, which fills a dictionary of some 170 response callbacks each time: a
    tenth of a millisecond per call, a few milliseconds per page (bench/README.md, issue 18). A
    `redis.Redis` holds nothing but its pool and is safe to share between threads."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    """RedisCache that answers like an empty cache while Redis is unreachable (module
    docstring). Extra parameter beside OPTIONS: DOWN_SECONDS."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ClientPerPool
        self._params = params
        self._server = server
        self._down_seconds = params.get("DOWN_SECONDS", DOWN_SECONDS)
        self._outage = _outage_for(repr(server))

    @cached_property
    def unguarded(self):
        """The same cache without the safety net: raises when Redis does not answer."""
        return RedisCache(self._server, self._params)

    def is_down(self):
        return time.monotonic() < self._outage.down_until

    # The guard -----------------------------------------------------------------------------

    def _guarded(self, fallback, call, written=None):
        """call(), or fallback() while Redis does not answer; `written()` names the keys the
        call would have changed."""
        outage = self._outage
        if self.is_down():
            self._lose(written)
            return fallback()
        try:
            if outage.lost or outage.overflow:
                self._recover()  # before the call: it must not read what is stale
            result = call()
        except RedisError as error:
            self._failed(error)
            self._lose(written)
            return fallback()
        if outage.failing:
            with outage.lock:
                back, outage.failing, outage.logged_at = outage.failing, False, None
            if back:
                logger.warning("Redis answers again")
        return result

    def _failed(self, error):
        outage = self._outage
        now = time.monotonic()
        with outage.lock:
            outage.down_until = now + self._down_seconds
            outage.failing = True
            log = outage.logged_at is None or now - outage.logged_at >= LOG_SECONDS
            if log:
                outage.logged_at = now
        if log:
            logger.error(
                "Redis does not answer (%s: %s); the site runs without its cache and asks again "
                "in %s seconds",
                type(error).__name__,
                error,
                self._down_seconds,
            )

    def _lose(self, written):
        if written is None:
            return
        keys = written()
        outage = self._outage
        with outage.lock:
            if outage.overflow:
                return
            outage.lost.update(keys)
            if len(outage.lost) > MAX_LOST_KEYS:
                outage.lost.clear()
                outage.overflow = True

    def _recover(self):
        """Redis answers again: delete what was written while it did not (module docstring).
        The keys stay listed until they are deleted, so every thread waits for the same."""
        outage = self._outage
        with outage.lock:
            lost, overflow = set(outage.lost), outage.overflow
        if overflow:
            self._cache.clear()
        elif lost:
            self._cache.delete_many(list(lost))
        with outage.lock:
            outage.lost -= lost
            outage.overflow = outage.overflow and not overflow
        if overflow:
            logger.warning("Cleared the cache: too many writes were lost while Redis was down")
        elif lost:
            logger.warning("Deleted %s keys written while Redis was down", len(lost))

    def _key(self, key, version):
        return self.make_and_validate_key(key, version=version)

    # The cache's interface -----------------------------------------------------------------

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(
            lambda: False,
            lambda: super(ResilientRedisCache, self).add(key, value, timeout, version),
            written=lambda: [self._key(key, version)],
        )

    def get(self, key, default=None, version=None):
        return self._guarded(
            lambda: default, lambda: super(ResilientRedisCache, self).get(key, default, version)
        )

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(
            lambda: None,
            lambda: super(ResilientRedisCache, self).set(key, value, timeout, version),
            written=lambda: [self._key(key, version)],
        )

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(
            lambda: False, lambda: super(ResilientRedisCache, self).touch(key, timeout, version)
        )

    def delete(self, key, version=None):
        return self._guarded(
            lambda: False,
            lambda: super(ResilientRedisCache, self).delete(key, version),
            written=lambda: [self._key(key, version)],
        )

    def get_many(self, keys, version=None):
        keys = list(keys)
        return self._guarded(dict, lambda: super(ResilientRedisCache, self).get_many(keys, version))

    def has_key(self, key, version=None):
        return self._guarded(
            lambda: False, lambda: super(ResilientRedisCache, self).has_key(key, version)
        )

    def incr(self, key, delta=1, version=None):
        def missing():
            raise ValueError(f"Key '{key}' not found: Redis does not answer.")

        return self._guarded(
            missing,
            lambda: super(ResilientRedisCache, self).incr(key, delta, version),
            written=lambda: [self._key(key, version)],
        )

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(
            lambda: list(data),
            lambda: super(ResilientRedisCache, self).set_many(data, timeout, version),
            written=lambda: [self._key(key, version) for key in data],
        )

    def delete_many(self, keys, version=None):
        keys = list(keys)
        return self._guarded(
            lambda: None,
            lambda: super(ResilientRedisCache, self).delete_many(keys, version),
            written=lambda: [self._key(key, version) for key in keys],
        )

    def clear(self):
        return self._guarded(lambda: False, lambda: super(ResilientRedisCache, self).clear())
