"""The page cache (core/page_cache.py): anonymous pages come from the cache, without a query,
until content changes; nothing personal, no form's CSRF token and no private page is ever kept;
publishing, unpublishing and registering show at once."""

import os
import time
import uuid

import pytest

from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.http import HttpResponse, StreamingHttpResponse
from django.test import Client, RequestFactory

from wagtail.models import Site

from core.page_cache import cache_key, storable
from events.factories import EventPageFactory
from events.models import EventPage
from home.models import SiteSettings
from practice_examples.factories import PracticeExamplePageFactory
from scan import responses as scan_responses
from tests.support import (
    MEMBERS_QUESTION,
    answer_all,
    registration_data,
    registration_url,
    translate_page,
)

INDEX = "/praktijkvoorbeelden/"


@pytest.fixture
def home_page(home_page):
    """The site with its settings stored: the first request would create them, and that (like
    any change to them) purges the cache."""
    SiteSettings.for_site(Site.objects.get(is_default_site=True))
    return home_page


# The other folders' fixtures this module uses.


def get(client, url, **params):
    response = client.get(url, params)
    return response, response.get("X-Cache")


def text(response):
    return response.content.decode()


# Hits and misses ------------------------------------------------------------------------------


def test_the_second_anonymous_request_is_a_hit_without_a_query(
    client, examples, django_assert_max_num_queries
):
    first, state = get(client, INDEX)
    assert (first.status_code, state) == (200, "MISS")
    with django_assert_max_num_queries(0):
        second, state = get(client, INDEX)
    assert (second.status_code, state) == (200, "HIT")
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Content-Language"] == "nl"
    assert "Cookie" in second["Vary"]  # a proxy in front still keeps members' pages apart


def test_browsers_are_told_to_ask_again_every_time(client, examples):
    """No browser keeps a page a publish would change, or the anonymous version of a page after
    its visitor logged in."""
    for _attempt in range(2):
        response, _state = get(client, INDEX)
        assert response["Cache-Control"] == "max-age=0"


def test_head_uses_the_entry_of_get(client, examples):
    assert client.head(INDEX).get("X-Cache") is None  # HEAD alone stores nothing
    assert get(client, INDEX)[1] == "MISS"
    head = client.head(INDEX)
    assert (head.status_code, head["X-Cache"]) == (200, "HIT")


def test_each_query_string_is_its_own_entry(client, examples):
    """The listing's filters give other results: never the unfiltered page for a filter."""
    everything, state = get(client, INDEX)
    assert state == "MISS"
    parents, state = get(client, INDEX, thema="ouderbetrokkenheid", regio="limburg")
    assert state == "MISS"
    assert examples["stap"].title in text(parents)
    assert examples["budget"].title not in text(parents)
    assert examples["budget"].title in text(everything)
    return_, state = get(client, INDEX, thema="terug-naar-onderwijs", regio="utrecht")
    assert state == "MISS"
    assert examples["budget"].title in text(return_)
    assert examples["stap"].title not in text(return_)
    again, state = get(client, INDEX, thema="ouderbetrokkenheid", regio="limburg")
    assert (state, again.content) == ("HIT", parents.content)


def test_english_pages_are_their_own_entries(client, home_page, home_page_en):
    dutch, state = get(client, "/")
    assert state == "MISS"
    english, state = get(client, "/en/")
    assert state == "MISS"
    assert "Share what works." in text(english)
    assert "Share what works." not in text(dutch)
    assert english["Content-Language"] == "en"
    assert get(client, "/")[0].content == dutch.content
    assert get(client, "/en/")[1] == "HIT"


def test_a_post_is_never_answered_from_the_cache(client, examples):
    assert get(client, INDEX)[1] == "MISS"
    response = client.post(INDEX, {"thema": "ouderbetrokkenheid"})
    assert response.get("X-Cache") is None


def test_page_cache_seconds_zero_switches_it_off(
    client, examples, settings, django_assert_max_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0
    for _attempt in range(2):
        response, state = get(client, INDEX)
        assert (response.status_code, state) == (200, None)
    settings.PAGE_CACHE_SECONDS = 300
    assert get(client, INDEX)[1] == "MISS"  # nothing was stored while it was off


# Purging ------------------------------------------------------------------------------------


def test_publishing_a_change_shows_on_the_page_and_the_listing_at_once(client, examples):
    page = examples["tafel"]
    for url in [INDEX, page.url]:
        get(client, url)
        assert get(client, url)[1] == "HIT"
    page.title = "Ouders aan tafel, nu in elke regio"
    page.save_revision().publish()
    for url in [INDEX, page.url]:
        response, state = get(client, url)
        assert state == "MISS"
        assert "Ouders aan tafel, nu in elke regio" in text(response), url


def test_an_editors_draft_or_lock_keeps_every_cached_page(client, examples, admin_user):
    """Saving a draft (what Wagtail's autosave does every few seconds while an editor types)
    or locking a page changes nothing a visitor sees: the cached pages stay, with the
    published title, until the draft is published."""
    page = examples["tafel"]
    published = page.title
    for url in [INDEX, page.url]:
        get(client, url)
    page.title = "Ouders aan tafel (concept)"
    page.save_revision(user=admin_user)
    page.locked, page.locked_by = True, admin_user
    page.save(update_fields=["locked", "locked_by", "locked_at"])  # as Wagtail's lock view
    for url in [INDEX, page.url]:
        response, state = get(client, url)
        assert state == "HIT", url
        assert published in text(response)
        assert "(concept)" not in text(response)
    page.get_latest_revision().publish()
    response, state = get(client, page.url)
    assert state == "MISS"
    assert "Ouders aan tafel (concept)" in text(response)


def test_a_new_example_shows_in_the_listing_at_once(client, example_index, examples):
    get(client, INDEX)
    PracticeExamplePageFactory(parent=example_index, title="Een gloednieuw voorbeeld")
    assert "Een gloednieuw voorbeeld" in text(get(client, INDEX)[0])


def test_an_unpublished_page_is_gone_at_once(client, examples):
    page = examples["tafel"]
    get(client, page.url)
    assert get(client, page.url)[1] == "HIT"
    page.unpublish()
    response, state = get(client, page.url)
    assert (response.status_code, state) == (404, None)
    assert page.title not in text(get(client, INDEX)[0])


def test_a_theme_renamed_shows_on_the_listing(client, examples, taxa):
    get(client, INDEX)
    taxa["ouders"].name = "Ouders als partner"
    taxa["ouders"].save()
    assert "Ouders als partner" in text(get(client, INDEX)[0])


# Events: places left ------------------------------------------------------------------------


@pytest.fixture
def event(event_index):
    return EventPageFactory(
        parent=event_index,
        title="Kennisdeelmiddag thuiszitters",
        slug="kennisdeelmiddag",
        registration_mode=EventPage.RegistrationMode.SITE,
        capacity=2,
    )


def form_token(response):
    html = text(response)
    start = html.index('name="csrfmiddlewaretoken" value="') + len('name="csrfmiddlewaretoken"')
    return html[start:].split('"', 2)[1]


def test_two_anonymous_visitors_each_get_a_working_csrf_token(event):
    """The registration form carries a CSRF token, so it is never kept: each visitor gets a
    token of their own, and each one's post is accepted."""
    visitors = [Client(enforce_csrf_checks=True) for _visitor in range(2)]
    tokens = []
    for visitor in visitors:
        response = visitor.get(registration_url(event))
        assert response.status_code == 200
        assert response.get("X-Cache") is None
        assert "csrftoken" in response.cookies
        tokens.append(form_token(response))
    assert tokens[0] != tokens[1]
    assert visitors[0].cookies["csrftoken"].value != visitors[1].cookies["csrftoken"].value
    for number, (visitor, token) in enumerate(zip(visitors, tokens, strict=True)):
        data = registration_data(email=f"bezoeker{number}@example.nl") | {
            "csrfmiddlewaretoken": token
        }
        response = visitor.post(registration_url(event), data)
        assert response.status_code == 302, text(response)
    assert event.registrations.count() == 2


def register(event, email, capture):
    """A visitor registers; their request commits (and what waits for the commit runs)."""
    with capture(execute=True):
        response = Client().post(registration_url(event), registration_data(email=email))
    assert response.status_code == 302


def test_a_registration_shows_in_the_places_left_at_once(
    client, event, event_index, django_capture_on_commit_callbacks
):
    for url in [event.url, event_index.url]:
        get(client, url)
        response, state = get(client, url)
        assert state == "HIT"
    assert "registration-box--few_left" in text(get(client, event.url)[0])
    for email in ["een@example.nl", "twee@example.nl"]:
        register(event, email, django_capture_on_commit_callbacks)
    page, state = get(client, event.url)
    assert state == "MISS"
    assert "registration-box--waiting_list" in text(page)
    agenda, state = get(client, event_index.url)
    assert state == "MISS"
    assert "event-card__registration--waiting_list" in text(agenda)


def test_a_registration_re_renders_only_the_pages_that_show_its_places(
    client, examples, event_index, home_page_en, locale_en, django_capture_on_commit_callbacks
):
    """Under a rush of registrations the rest of the site stays in the cache: a registration
    that changes what the event's card shows ("few places left") re-renders the event's page (in
    both languages: one list of registrations), the agenda and the home page's agenda cards with
    the new places, and nothing else."""
    event = EventPageFactory(
        parent=event_index,
        title="Kennisdeelmiddag thuiszitters",
        registration_mode=EventPage.RegistrationMode.SITE,
        capacity=6,
    )
    english = translate_page(event, locale_en, title="Knowledge afternoon")
    other = EventPageFactory(
        parent=event_index,
        title="Regiobijeenkomst Zeeland",
        registration_mode=EventPage.RegistrationMode.SITE,
        capacity=6,
    )
    showing = {"event": event.url, "english": english.url, "agenda": event_index.url, "home": "/"}
    unrelated = {"other event": other.url, "example": examples["stap"].url, "index": INDEX}
    for url in [*showing.values(), *unrelated.values()]:
        assert get(client, url)[1] == "MISS"
        assert get(client, url)[1] == "HIT"
    assert "Nog 6 plaatsen vrij." in text(get(client, event.url)[0])
    assert "event-card__registration--few_left" not in text(get(client, "/")[0])

    register(event, "een@example.nl", django_capture_on_commit_callbacks)

    for name, url in unrelated.items():
        assert get(client, url)[1] == "HIT", name
    pages = {}
    for name, url in showing.items():
        pages[name], state = get(client, url)
        assert state == "MISS", name
        assert get(client, url)[1] == "HIT", name
    assert "Nog maar 5 plaatsen vrij." in text(pages["event"])
    assert "Only 5 places left." in text(pages["english"])
    for name in ["agenda", "home"]:
        cards = text(pages[name])
        assert cards.count("event-card__registration--few_left") == 1, name
        assert "5 plaatsen vrij" in cards, name


def test_a_registration_the_cards_do_not_show_re_renders_only_the_event_page(
    client, event_index, home_page_en, locale_en, django_capture_on_commit_callbacks
):
    """Where many places are left the cards say only "Registration open": a registration
    re-renders the event's own page (which counts the places), in both languages, and the agenda
    and the home page stay in the cache. Once few places are left, each registration changes the
    cards' number, and they are rendered afresh."""
    event = EventPageFactory(
        parent=event_index,
        title="Landelijke conferentie",
        registration_mode=EventPage.RegistrationMode.SITE,
        capacity=9,
    )
    english = translate_page(event, locale_en, title="National conference")
    register(event, "nul@example.nl", django_capture_on_commit_callbacks)  # 8 left: open
    own = {"event": event.url, "english": english.url}
    cards = {"agenda": event_index.url, "home": "/"}
    for url in [*own.values(), *cards.values()]:
        get(client, url)
        assert get(client, url)[1] == "HIT"

    register(event, "een@example.nl", django_capture_on_commit_callbacks)  # 7 left: open
    for name, url in own.items():
        assert get(client, url)[1] == "MISS", name
    for name, url in cards.items():
        assert get(client, url)[1] == "HIT", name
    assert "Nog 7 plaatsen vrij." in text(get(client, event.url)[0])

    register(event, "twee@example.nl", django_capture_on_commit_callbacks)  # 6 left: open
    register(event, "drie@example.nl", django_capture_on_commit_callbacks)  # 5 left: few
    for name, url in cards.items():
        page, state = get(client, url)
        assert state == "MISS", name
        assert "5 plaatsen vrij" in text(page), name
    register(event, "vier@example.nl", django_capture_on_commit_callbacks)  # 4 left: few
    for name, url in cards.items():
        page, state = get(client, url)
        assert state == "MISS", name
        assert "4 plaatsen vrij" in text(page), name


def test_a_card_the_cache_forgot_is_rendered_afresh(
    client, event_index, django_capture_on_commit_callbacks
):
    """What a card showed is remembered in the cache; when the cache lost it (evicted, Redis
    restarted), the next registration counts as a change."""
    event = EventPageFactory(
        parent=event_index, registration_mode=EventPage.RegistrationMode.SITE, capacity=30
    )
    register(event, "een@example.nl", django_capture_on_commit_callbacks)
    get(client, event_index.url)
    register(event, "twee@example.nl", django_capture_on_commit_callbacks)
    assert get(client, event_index.url)[1] == "HIT"
    caches["default"].delete(f"event-card-shows:{event.translation_key}")
    register(event, "drie@example.nl", django_capture_on_commit_callbacks)
    assert get(client, event_index.url)[1] == "MISS"


def test_a_visitor_with_a_session_gets_a_fresh_page(client, event):
    """A session holds something of the visitor's own (a scan under way): never from the cache."""
    get(client, event.url)
    session = client.session
    session["scan"] = "begonnen"
    session.save()
    client.cookies["sessionid"] = session.session_key
    assert get(client, event.url)[1] is None


def test_after_registering_the_result_is_the_visitors_own_and_the_rest_stays_cached(client, event):
    """A registration writes no session (its outcome is in a signed cookie of its own): the
    visitor's result page is never stored nor served from the cache, their other pages are."""
    sent = registration_url(event) + "?verzonden=1"
    get(client, sent)  # a robot's general thanks, first
    client.post(registration_url(event), registration_data(email="een@example.nl"))
    assert not client.cookies.get("sessionid")
    page, cached = get(client, sent)
    assert cached is None and 'data-outcome="confirmed"' in page.content.decode()
    get(client, event.url)
    assert get(client, event.url)[1] == "HIT"


def seconds_kept(url):
    """How long the local-memory cache keeps the entry of `url` from now."""
    store = caches["default"]
    key = store.make_key(cache_key(RequestFactory().get(url)))
    return store._expire_info[key] - time.time()


def test_a_page_is_kept_page_cache_seconds(client, examples, settings):
    settings.PAGE_CACHE_SECONDS = 120
    get(client, INDEX)
    assert 110 < seconds_kept(INDEX) <= 120


def test_with_read_replicas_a_page_rendered_just_after_a_change_is_kept_briefly(
    client, examples, settings
):
    """A replica may still lack a change for DATABASE_REPLICA_PIN_SECONDS: what was rendered in
    that time is not kept longer, so a lagging replica's page does not stay for minutes."""
    settings.DATABASE_REPLICA_URLS = ["postgres://replica.example/kennisbank"]
    settings.DATABASE_REPLICA_PIN_SECONDS = 10
    examples["stap"].save_revision().publish()
    assert get(client, INDEX)[1] == "MISS"
    assert 0 < seconds_kept(INDEX) <= 10
    assert get(client, INDEX)[1] == "HIT"


# Never kept -------------------------------------------------------------------------------------


@pytest.fixture
def as_user(client, request):
    def login(who):
        client.logout()
        if who != "anonymous":
            client.force_login(request.getfixturevalue(who))
        return client

    return login


def test_a_members_page_is_never_kept_and_never_reaches_a_visitor(as_user, group, member):
    from development_groups.factories import QuestionFactory

    QuestionFactory(group_page=group, author=member, text=MEMBERS_QUESTION)
    for _attempt in range(2):
        response, state = get(as_user("member"), group.url)
        assert state is None
        assert MEMBERS_QUESTION in text(response)
        assert {"private", "no-store"} <= set(response["Cache-Control"].replace(",", " ").split())
    response, state = get(as_user("anonymous"), group.url)
    assert state == "MISS"  # the member's requests stored nothing
    assert MEMBERS_QUESTION not in text(response)
    assert get(as_user("anonymous"), group.url)[1] == "HIT"
    response, state = get(as_user("member"), group.url)  # and never gets the anonymous copy
    assert state is None
    assert MEMBERS_QUESTION in text(response)


def test_a_pending_message_bypasses_the_cache(client, group):
    get(client, group.url)
    assert get(client, group.url)[1] == "HIT"
    storage = CookieStorage(RequestFactory().get("/"))
    client.cookies["messages"] = storage._encode([Message(constants.INFO, "Tot ziens!")])
    response, state = get(client, group.url)
    assert state is None
    assert "Tot ziens!" in text(response)


def test_the_private_scan_result_is_never_kept(client, scan_page):
    completed = answer_all(scan_responses.start(scan_page), 4)
    url = scan_page.url + scan_page.reverse_subpage(
        "result_route", kwargs={"token": completed.token}
    )
    for _attempt in range(2):
        response, state = get(client, url)
        assert response.status_code == 200
        assert state is None
        assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    "url", ["/admin/", "/api/v2/pages/", "/health/", "/account/inloggen/", "/en/account/login/"]
)
def test_admin_api_health_and_accounts_are_never_from_the_cache(client, home_page, url):
    for _attempt in range(2):
        assert client.get(url).get("X-Cache") is None


def response_with(**headers):
    response = HttpResponse("<p>page</p>")
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


@pytest.mark.parametrize(
    "response",
    [
        response_with(Cache_Control="private"),
        response_with(Cache_Control="no-store"),
        response_with(Cache_Control="no-cache"),
        response_with(Cache_Control="max-age=0"),
        response_with(Vary="Accept"),
        response_with(Vary="Cookie, User-Agent"),
        response_with(Content_Security_Policy="script-src 'self' 'nonce-abc'"),
        HttpResponse("not found", status=404),
        HttpResponse(status=301, headers={"Location": "/elders/"}),
        StreamingHttpResponse(iter([b"a", b"b"])),
    ],
    ids=lambda response: str(response.status_code) + repr(dict(response.items())),
)
def test_what_is_never_stored(response):
    assert not storable(RequestFactory().get("/"), response)


def test_a_response_that_sets_a_cookie_is_never_stored():
    response = response_with(Vary="Cookie, Accept-Language")
    assert storable(RequestFactory().get("/"), response)
    response.set_cookie("csrftoken", "x")
    assert not storable(RequestFactory().get("/"), response)


def test_a_page_that_used_a_csp_nonce_is_never_stored():
    request = RequestFactory().get("/")
    request._csp_nonce = "abc"
    assert not storable(request, response_with())


# Real Redis -------------------------------------------------------------------------------------


def redis_answers():
    import redis

    try:
        return redis.Redis.from_url("redis://127.0.0.1:6379", socket_timeout=1).ping()
    except redis.RedisError:
        return False


@pytest.mark.skipif(
    not os.environ.get("CI") and not redis_answers(), reason="no Redis at 127.0.0.1:6379"
)
def test_with_redis_hits_and_purges(client, examples, settings):
    prefix = f"test-page-cache-{uuid.uuid4().hex}"
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379",
            "KEY_PREFIX": prefix,
        }
    }
    redis = caches["default"]._cache.get_client(write=True)
    try:
        assert get(client, INDEX)[1] == "MISS"
        assert any(redis.scan_iter(f"{prefix}:*:page:*"))
        assert get(client, INDEX)[1] == "HIT"
        page = examples["stap"]
        page.title = "Stap voor stap, ook in Redis"
        page.save_revision().publish()
        response, state = get(client, INDEX)
        assert state == "MISS"
        assert "Stap voor stap, ook in Redis" in text(response)
    finally:
        keys = list(redis.scan_iter(f"{prefix}:*"))
        if keys:
            redis.delete(*keys)


def test_translated_page_is_purged_with_its_own_publish(client, home_page, home_page_en):
    get(client, "/en/")
    assert get(client, "/en/")[1] == "HIT"
    home_page_en.intro = "Share what works, in English."
    home_page_en.save_revision().publish()
    assert "Share what works, in English." in text(get(client, "/en/")[0])
