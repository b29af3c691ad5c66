"""The rate limit of public forms: per visitor, in the cache, not fooled by a forged header, exact
under a burst of posts at once, open while the cache is down."""

import time

import pytest

from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory

from core.public_forms import PublicFormRoute
from core.ratelimit import RateLimit, client_ip
from tests.support import all_at_once


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

    assert limit.take(visitor)
    assert limit.take(visitor)

    assert not limit.take(visitor)
    assert limit.take(other)
    assert RateLimit("other-form", limit=2, period=60).take(visitor)


def test_what_is_given_back_does_not_count():
    limit = RateLimit("test", limit=1, period=60)
    visitor = request_from("192.0.2.1")
    assert limit.take(visitor)
    limit.give_back(visitor)  # a form with errors
    assert limit.take(visitor)
    assert not limit.take(visitor)


def burst(serve_one, count=30):
    """`count` threads call serve_one() at the same moment; their results."""
    return all_at_once(count, lambda _n: serve_one())


class StubForm:
    def __init__(self, data):
        pass

    def is_spam(self):
        return False

    def is_valid(self):
        return True


class StubPage:
    def get_url(self, request):
        return "/formulier/"

    def reverse_subpage(self, name):
        return ""

    def render(self, request, template, context_overrides):
        return HttpResponse()


def test_a_burst_of_posts_at_once_gets_exactly_the_limit_through():
    """30 posts from one address at the same moment against a limit of 10: 10 are done, 20 get
    429. (Reading the count before the work and counting after it let 11 and more through.)"""
    route = PublicFormRoute("form", "t.html", RateLimit("burst", limit=10, period=60), "Form")
    done = []

    def on_valid(form):
        time.sleep(0.02)  # the work: storing, queueing a mail
        done.append(form)

    statuses = burst(
        lambda: route.serve(request_from("192.0.2.1"), StubPage(), StubForm, on_valid).status_code
    )
    assert len(done) == 10
    assert sorted(statuses) == [302] * 10 + [429] * 20


def test_against_a_real_redis_a_burst_gets_exactly_the_limit(redis_server, settings):
    settings.CACHES = redis_server.cache_settings()
    limit = RateLimit("burst", limit=10, period=60)
    allowed = burst(lambda: limit.take(request_from("192.0.2.1")))
    assert allowed.count(True) == 10
    assert limit.count(request_from("192.0.2.1")) == 30  # the refused posts counted too


def test_a_count_that_lost_its_expiry_gets_one_again(redis_server, settings):
    """Django's Redis incr/decr check that the key exists, then INCR/DECR: a key that expires in
    between is made anew by Redis without an expiry, and would count for ever."""
    settings.CACHES = redis_server.cache_settings()
    from django.core.cache import caches

    client = caches["default"]._cache.get_client(write=True)
    limit = RateLimit("expiry", limit=3, period=60)
    request = request_from("192.0.2.1")
    raw_key = caches["default"].make_key(limit.key(request))

    client.set(raw_key, 0)  # what INCR leaves after the race: no expiry
    assert limit.take(request)
    assert 0 < client.ttl(raw_key) <= 60

    client.set(raw_key, 0)  # DECR after the race leaves -1 without expiry
    limit.give_back(request)
    assert not client.exists(raw_key)


def test_the_limit_lets_everyone_through_while_redis_is_down(redis_server, settings, caplog):
    """Fail-open, documented: with nothing to count in, the forms keep working."""
    settings.CACHES = redis_server.cache_settings()
    limit = RateLimit("down", limit=1, period=60)
    assert limit.take(request_from("192.0.2.1"))
    redis_server.stop()
    assert all(limit.take(request_from("192.0.2.1")) for _attempt in range(5))
    assert "Redis does not answer" in caplog.text


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
