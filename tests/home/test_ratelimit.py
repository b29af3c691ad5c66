"""The rate limit of public forms: per visitor, in the cache, not fooled by a forged header."""

import pytest

from django.core.cache import cache
from django.test import RequestFactory

from home.ratelimit import RateLimit, client_ip


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def request_from(address, forwarded=None):
    headers = {"REMOTE_ADDR": address}
    if forwarded:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().post("/", **headers)


def test_a_visitor_gets_the_limit_and_no_more():
    limit = RateLimit("test", limit=2, period=60)
    visitor, other = request_from("192.0.2.1"), request_from("192.0.2.2")

    assert not limit.exceeded(visitor)
    limit.hit(visitor)
    limit.hit(visitor)

    assert limit.exceeded(visitor)
    assert not limit.exceeded(other)
    assert not RateLimit("other-form", limit=2, period=60).exceeded(visitor)


def test_the_address_is_not_in_the_cache_key():
    assert "192.0.2.1" not in RateLimit("test", 1, 60).key(request_from("192.0.2.1"))


def test_a_forged_forwarded_header_is_ignored_without_proxies(settings):
    settings.RATELIMIT_PROXY_COUNT = 0
    assert client_ip(request_from("192.0.2.1", forwarded="203.0.113.9")) == "192.0.2.1"


def test_behind_a_proxy_the_address_it_saw_counts(settings):
    settings.RATELIMIT_PROXY_COUNT = 1
    forged_then_real = "203.0.113.9, 198.51.100.7"

    assert client_ip(request_from("10.0.0.2", forwarded=forged_then_real)) == "198.51.100.7"
    assert client_ip(request_from("10.0.0.2")) == "10.0.0.2"
