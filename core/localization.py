"""Pages in the visitor's language, fetched in bulk so a list costs the same SQL at any length."""

import time

from django.utils.translation import get_language

from wagtail.images import get_image_model
from wagtail.models import Locale, Page

LOCALE_MEMO_SECONDS = 300
_locales = {}


def active_locale():
    """Locale.get_active(), without a query on every call: the few locales are configuration,
    so each process keeps them for a few minutes (a page lists pages of its locale many times)."""
    return _memoised(get_language(), Locale.get_active)


def default_locale():
    """Locale.get_default(), memoised like active_locale()."""
    return _memoised(None, Locale.get_default)


def _memoised(key, lookup):
    locale, expires = _locales.get(key, (None, 0))
    if expires < time.monotonic():
        locale = lookup()
        _locales[key] = (locale, time.monotonic() + LOCALE_MEMO_SECONDS)
    return locale


def forget_locales(**kwargs):
    """Empty this process's memo (connected to Locale's save and delete)."""
    _locales.clear()


def in_default_locale(page):
    """The translation of `page` in the default language (the page itself when it is that one or
    has none): the page that owns what its translations share, such as registrations or a
    development group's members."""
    default = default_locale()
    if page.locale_id == default.pk:
        return page
    source = type(page).objects.filter(translation_key=page.translation_key, locale=default)
    return source.first() or page


def localized_pages(pages, fallback=True):
    """The live translation of each page in the active language (the page itself when it has
    none, or left out with `fallback=False`: what a translated page links to), as specific pages
    in the same order, with their card images and renditions."""
    pages = [page for page in pages if page is not None]
    if not pages:
        return []
    locale = active_locale()
    translations = {
        page.translation_key: page
        for page in Page.objects.live()
        .filter(locale=locale, translation_key__in=[page.translation_key for page in pages])
        .specific()
    }
    if fallback:
        result = [translations.get(page.translation_key) or page.specific for page in pages]
    else:
        result = [
            translations[page.translation_key]
            for page in pages
            if page.translation_key in translations
        ]
    attach_listing_images(result)
    return result


def attach_listing_images(pages, rendition_filters=("fill-480x270",)):
    """Load the card images of many pages, and their renditions, in two queries."""
    image_ids = {getattr(page, "listing_image_id", None) for page in pages} - {None}
    if not image_ids:
        return
    images = get_image_model().objects.filter(pk__in=image_ids)
    images = images.prefetch_renditions(*rendition_filters)
    by_id = {image.pk: image for image in images}
    for page in pages:
        if getattr(page, "listing_image_id", None) in by_id:
            page.listing_image = by_id[page.listing_image_id]
