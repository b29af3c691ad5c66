"""A per-visitor rate limit for public forms, kept in Django's cache (Redis in production).

No third party and no state in the process: every app server behind the load balancer sees the
same counts. A visitor is the client's IP address, stored only as a hash in the cache key.

    limit = RateLimit("practice-example-submission", limit=5, period=3600)
    if not limit.take(request):
        ...  # answer 429 and keep the form as it was
    if not form.is_valid():
        limit.give_back(request)  # only what was done counts
    ...      # do the work

`take` counts first and decides on the count it got back: one atomic increment in the cache, so
30 posts at once get exactly `limit` through (a read, then a write after the work, let a burst
through). While the cache does not answer (Redis down, kennisbank/cache.py) nothing can be
counted: every post is let through (fail-open), so the forms keep working; the outage itself is
logged by the cache (docs/deployment.md, "When a service is down").

Behind a reverse proxy set RATELIMIT_PROXY_COUNT to the number of proxies that append to
X-Forwarded-For, so the visitor's own address counts (not the proxy's); the default (0) trusts
no header, so a visitor cannot choose the address they are counted under.
"""

import contextlib
import hashlib

from django.conf import settings
from django.core.cache import cache


def client_ip(request):
    """The visitor's IP address: REMOTE_ADDR, or the address our own proxies put in front of
    X-Forwarded-For when RATELIMIT_PROXY_COUNT says how many there are."""
    proxies = getattr(settings, "RATELIMIT_PROXY_COUNT", 0)
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


class RateLimit:
    """At most `limit` hits per `period` seconds per visitor, for one named action."""

    def __init__(self, scope, limit, period):
        self.scope = scope
        self.limit = limit
        self.period = period

    def key(self, request):
        digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_ip(request)}".encode()).hexdigest()
        return f"ratelimit:{self.scope}:{digest[:32]}"

    def count(self, request):
        return cache.get(self.key(request), 0)

    def take(self, request):
        """Count one use; True when it is within the limit. The period starts at the first use and
        is not extended by later ones (uses over the limit count too, and change nothing)."""
        key = self.key(request)
        cache.add(key, 0, self.period)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr, or the cache does not answer
            cache.add(key, 1, self.period)
            return True
        if count == 1:
            # The period's first use. Also where Redis's INCR met a key that expired just after
            # Django's check that it exists: INCR then made a new one without an expiry, which
            # would count for ever. Either way the period starts now.
            cache.touch(key, self.period)
        return count <= self.limit

    def give_back(self, request):
        """Undo a take whose work was not done (a form with errors)."""
        key = self.key(request)
        with contextlib.suppress(ValueError):  # expired meanwhile, or the cache does not answer
            if cache.decr(key) <= 0:
                # Nothing left to count (or DECR made a key without expiry at -1): no key.
                cache.delete(key)
