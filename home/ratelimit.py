"""A per-visitor rate limit for public forms, kept in Django's cache (Redis in production).

No third party and no state in the process: every app server behind the load balancer sees the
same counts. A visitor is the client's IP address, stored only as a hash in the cache key.

    limit = RateLimit("practice-example-submission", limit=5, period=3600)
    if limit.exceeded(request):
        ...  # answer 429 and keep the form as it was
    ...      # do the work
    limit.hit(request)

Behind a reverse proxy set RATELIMIT_PROXY_COUNT to the number of proxies that append to
X-Forwarded-For, so the visitor's own address counts (not the proxy's); the default (0) trusts
no header, so a visitor cannot choose the address they are counted under.
"""

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

    def exceeded(self, request):
        """True when the visitor has used up this period's hits."""
        return self.count(request) >= self.limit

    def hit(self, request):
        """Count one use. The period starts at the first hit and is not extended by later ones."""
        key = self.key(request)
        cache.add(key, 0, self.period)
        try:
            return cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, self.period)
            return 1
