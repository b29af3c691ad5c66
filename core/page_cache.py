"""Whole pages for anonymous visitors, from the cache: the same page for everyone who has nothing
of their own in the request, served without a session, a user or a single query.

Which requests: GET and HEAD (HEAD uses the GET's entry, only GET stores), without the session
cookie (a member or a visitor with state of their own, e.g. a registration just sent) and without
the messages cookie (a message waits to be shown), outside the admin, documents, API, health check,
static and media files and members' accounts. Everything else passes untouched, without `X-Cache`.

Which responses are stored: status 200, not streamed, no cookie set (a page with a CSRF token sets
the `csrftoken` cookie, so every form page is rendered afresh and every visitor gets a token of
their own), no `Cache-Control` private, no-store, no-cache or max-age=0 (the scan's pages at a
token, members' pages), no `Vary` beyond `Cookie` and `Accept-Language` (a page's language is in
its address: LocaleMiddleware names Accept-Language but, with the default language unprefixed,
never reads it), and no CSP nonce (that must be new for every response). Stored pages get
`Cache-Control: max-age=0` unless the view set a max-age: browsers ask again every time, so no
browser shows a page from before a publish, and a visitor who logs in sees their own version at
once.

Purging: an entry is used only while the versions it was stored under are current. The content
version (derived_cache.py) rises with every change to a page (but a draft saved or a lock, which no
visitor sees), its privacy, a tag, a taxon or the site settings; the pages version (here) rises
with what only the rendered pages show and any page may show: an image or document, a site or a
locale. Data that only some pages show has version keys of its own: a page records, while it is
rendered, which of them it shows (`depends_on(key)`, e.g. an event's places left:
events.models.places_key), and its entry is kept with those keys' versions; a change raises only
its own key (`changed(key)`), so a registration re-renders the event's page and the lists that show
its places, not the rest of the site. Every version rises at the change and again when its
transaction commits, on every server at once (the cache is shared); a page reads a key's version
before it reads the data, so what it stores is never newer than the version it is stored under.
What changes with the clock alone (a registration deadline passing) shows within
PAGE_CACHE_SECONDS. With read replicas, a page stored within DATABASE_REPLICA_PIN_SECONDS of a
change is kept only until that time has passed (it may come from a replica that lags).

Some pages do something on every request even when they come from the cache: a search is
counted for the editors' report. The view names what (`when_served(response, name, *args)`, a
function an app registered with `on_every_request(name, function)`); the entry keeps the name and
arguments, and a hit calls the function with the request.

The key is the scheme, host and full path with its query string as sent, plus the static files'
manifest hash (a deploy with new static files starts with an empty page cache). One cache round
trip per request reads both versions and the entry; a second one reads the versions of the keys
the entry recorded, for the pages that recorded any.
"""

import contextlib
import contextvars
import hashlib
import math
import re
import time

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, get_max_age, patch_cache_control

from .derived_cache import (
    VERSION_KEY,
    content_version,
    current_version,
    current_versions,
    request_versions,
    stored_versions,
    version_changed,
)

PAGES_VERSION_KEY = "page-cache-version"
KEY_PREFIX = "page"
# Part of every key: entries stored in an older layout are never read.
ENTRY_FORMAT = 2
# Never from the cache: the admin (and Wagtail's preview in it), documents (their collection's
# privacy), the API (it varies on Accept), the health check, files, and members' accounts.
BYPASS_PATHS = re.compile(
    r"^/(?:admin|documents|api|health|static|media)/|^/(?:[a-z]{2}(?:-[a-z]+)?/)?account/"
)
SAFE_VARY = {"cookie", "accept-language"}
NOT_STORED = {"private", "no-store", "no-cache"}


def pages_version():
    return current_version(PAGES_VERSION_KEY)


def current_versions_of_pages(found=None):
    """(content version, pages version): what a stored page, or a Site kept in memory
    (core/sites.py), was made under. `found`: what a get_many of both keys has read already."""
    if found is None:
        found = stored_versions([VERSION_KEY, PAGES_VERSION_KEY])
    return (
        found.get(VERSION_KEY) or content_version(),
        found.get(PAGES_VERSION_KEY) or pages_version(),
    )


def pages_changed(**kwargs):
    """Every cached page is out of date (now, and again when the transaction commits)."""
    version_changed(PAGES_VERSION_KEY)


# What any anonymous page may show beyond the content version: image renditions and document
# links, the site's host and root, the languages. (Registrations: per event, events/signals.py.)
WATCHED_MODELS = [
    "wagtailcore.Site",
    "wagtailcore.Locale",
    "images",
    "documents",
]


def watch_pages():
    """Connect the models that only rendered pages depend on. Called from home's ready()."""
    from wagtail.documents import get_document_model_string
    from wagtail.images import get_image_model_string

    labels = {"images": get_image_model_string(), "documents": get_document_model_string()}
    for name in WATCHED_MODELS:
        label = labels.get(name, name)
        for signal in (post_save, post_delete):
            signal.connect(
                pages_changed, sender=label, weak=False, dispatch_uid=f"page_cache.{label}"
            )


# The version keys the page being rendered depends on, {key: version}; None outside a render the
# middleware may store.
_dependencies = contextvars.ContextVar("page_cache_dependencies", default=None)


# The same for the fragments being rendered (fragment_cache.py), innermost last.
_fragments = contextvars.ContextVar("page_cache_fragments", default=())


def depends_on(*keys):
    """The page being rendered shows data whose changes raise these version keys: its entry is
    used only while their versions are those read now (call it before reading the data). Does
    nothing outside a page the cache may store or a fragment being rendered."""
    recording = [_dependencies.get(), *_fragments.get()]
    recording = [recorded for recorded in recording if recorded is not None]
    if not recording or not keys:
        return
    versions = current_versions(list(keys))
    for recorded in recording:
        recorded.update(versions)


@contextlib.contextmanager
def recording():
    """Collects the version keys that what is rendered within depends on, {key: version}."""
    recorded = {}
    token = _fragments.set((*_fragments.get(), recorded))
    try:
        yield recorded
    finally:
        _fragments.reset(token)


def changed(key):
    """What pages depending on `key` show has changed: raise its version now and again when the
    transaction commits."""
    version_changed(key)


def still_current(dependencies):
    """Whether the version keys an entry recorded still have the versions it was stored under."""
    if not dependencies:
        return True
    found = stored_versions(list(dependencies))
    return all(found.get(key) == version for key, version in dependencies.items())


_hooks = {}


def on_every_request(name, function):
    """Register `function(request, *args)` under `name` for when_served (module docstring)."""
    _hooks[name] = function


def when_served(response, name, *args):
    """Whenever this page is served from the cache, call the function registered as `name` with
    the request and `args` (the view does what it does itself when it renders the page)."""
    response.page_cache_hook = (name, args)


_release = None


def release():
    """The static files' manifest hash: pages of one deploy link its own static files."""
    global _release
    if _release is None:
        from django.contrib.staticfiles.storage import staticfiles_storage

        _release = getattr(staticfiles_storage, "manifest_hash", "") or ""
    return _release


def cache_key(request):
    """The entry's key, or None when the request names a host this site does not serve."""
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    address = f"{ENTRY_FORMAT}|{release()}|{request.scheme}://{host}{request.get_full_path()}"
    return f"{KEY_PREFIX}:{hashlib.sha256(address.encode()).hexdigest()}"


def cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
        and not BYPASS_PATHS.match(request.path)
    )


def storable(request, response):
    """Whether the response is the same for every anonymous visitor and may be kept."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    directives = {
        directive.split("=", 1)[0].strip().lower()
        for directive in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    if directives & NOT_STORED or get_max_age(response) == 0:
        return False
    vary = {field.lower() for field in cc_delim_re.split(response.get("Vary", "")) if field}
    if not vary <= SAFE_VARY:
        return False
    # A CSP nonce must differ per response (django-csp: request._csp_nonce once it is used).
    if isinstance(getattr(request, "_csp_nonce", None), str):
        return False
    policies = response.get("Content-Security-Policy", "")
    policies += response.get("Content-Security-Policy-Report-Only", "")
    return "'nonce-" not in policies


def replica_lag_seconds(versions):
    """How much longer a read replica may still lack the latest change (0 without replicas).
    The versions are the times of the last changes (time_ns); a page rendered from a replica
    right after a change may show the state before it, so it is kept no longer than a visitor
    could see that state anyway (DATABASE_REPLICA_PIN_SECONDS, kennisbank/db_router.py)."""
    if not getattr(settings, "DATABASE_REPLICA_URLS", None):
        return 0
    age = (time.time_ns() - max(versions)) / 1e9
    return max(settings.DATABASE_REPLICA_PIN_SECONDS - age, 0)


class PageCacheMiddleware:
    """Serves and stores whole anonymous pages (module docstring). Sits right after WhiteNoise,
    so a hit touches no session, user or database. Cacheable requests get `X-Cache: HIT` or, when
    their response was stored, `X-Cache: MISS`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        key = cache_key(request) if seconds > 0 and cacheable_request(request) else None
        if key is None:
            with request_versions():
                return self.get_response(request)

        found = cache.get_many([VERSION_KEY, PAGES_VERSION_KEY, key])
        with request_versions({name: found.get(name) for name in (VERSION_KEY, PAGES_VERSION_KEY)}):
            return self.serve(request, seconds, key, found)

    def serve(self, request, seconds, key, found):
        versions = current_versions_of_pages(found)
        request.page_versions = versions  # read once per request (core/sites.py uses them too)
        entry = found.get(key)
        if entry is not None and entry[0] == versions and still_current(entry[1]):
            _versions, _recorded, status, headers, content, attributes = entry
            response = HttpResponse(content, status=status, headers=headers)
            for name, value in attributes.items():
                setattr(response, name, value)
            if hook := attributes.get("page_cache_hook"):
                _hooks[hook[0]](request, *hook[1])
            response["X-Cache"] = "HIT"
            return response

        token = _dependencies.set({})
        try:
            response = self.get_response(request)
            dependencies = _dependencies.get()
        finally:
            _dependencies.reset(token)
        if request.method == "GET" and storable(request, response):
            max_age = get_max_age(response)
            if max_age is None:
                patch_cache_control(response, max_age=0)
            timeout = seconds if max_age is None else min(seconds, max_age)
            lag = replica_lag_seconds([*versions, *dependencies.values()])
            if lag:
                timeout = min(timeout, math.ceil(lag))
            # A view's csp_update/csp_replace lives on the response until the CSP middleware
            # (outside this one) writes the header: kept with the entry.
            attributes = {
                k: v
                for k, v in vars(response).items()
                if k.startswith("_csp") or k == "page_cache_hook"
            }
            headers = dict(response.items())
            entry = (
                versions,
                dependencies,
                response.status_code,
                headers,
                response.content,
                attributes,
            )
            cache.set(key, entry, timeout)
            response["X-Cache"] = "MISS"
        return response
