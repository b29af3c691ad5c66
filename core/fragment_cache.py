"""Rendered parts of pages, kept until content changes: `{% fragment "name" vary... %}`.

A page that misses the page cache (a member, a search, a new filter combination, the first
visitor after a change) still repeats what the previous request rendered: the header and footer,
the breadcrumbs, an example's facts, its cards. A fragment is rendered once and kept in the cache
(and in this process's memory, derived_cache.memo) under:

- the content and pages versions (derived_cache.py, page_cache.py), so any change to a page, a
  taxon, a tag, privacy, an image or the site settings renders it afresh, on every server;
- the language, so an English visitor never gets a Dutch fragment;
- what the template names after the fragment's name (`vary`), e.g. the page's id;
- the version keys of the data it shows (`page_cache.depends_on`, e.g. an event's places left):
  they are kept with the fragment, and it is used only while they are current; a page that shows
  a kept fragment records them as if it had rendered it, so the page cache stays right.

A fragment must be the same for every visitor who sees the page: never a form with a CSRF token
(one is refused: it is rendered every time), nothing of a member's own. What changes with the
clock alone (an event's registration closing) shows within FRAGMENT_CACHE_SECONDS (a minute),
unless the template varies on it (a development group's vote ending at its deadline). Editors'
previews and revisions never use fragments, and neither does anything while the cache does not
answer.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from .derived_cache import VERSION_KEY, current_versions, memo
from .page_cache import PAGES_VERSION_KEY, depends_on, recording, still_current

NOT_KEPT = ("csrfmiddlewaretoken", "nonce=")


def enabled(request):
    return (
        settings.FRAGMENT_CACHE_SECONDS > 0
        and request is not None
        and not getattr(request, "is_preview", False)
    )


def fragment(name, vary, render):
    """The HTML `render()` makes, or the one kept for the same name, language, vary values and
    versions (module docstring)."""
    if getattr(cache, "is_down", lambda: False)():
        return render()
    versions = current_versions([VERSION_KEY, PAGES_VERSION_KEY])
    parts = repr((versions[VERSION_KEY], versions[PAGES_VERSION_KEY], get_language(), vary))
    key = f"fragment:{name}:{hashlib.sha256(parts.encode()).hexdigest()[:32]}"
    found, entry = memo.get(key)
    if not found:
        entry = cache.get(key)
    if entry is not None and still_current(entry[1]):
        html, dependencies, expires = entry
        if not found:
            memo.keep(key, entry, expires - time.time())
    else:
        with recording() as dependencies:
            html = render()
        if not any(marker in html for marker in NOT_KEPT):
            seconds = settings.FRAGMENT_CACHE_SECONDS
            entry = (str(html), dependencies, time.time() + seconds)
            cache.set(key, entry, seconds)
            memo.keep(key, entry, seconds)
    depends_on(*dependencies)
    return html
