"""Shared fixtures: a Dutch site with its English translation, as the demo content builds it."""

import pytest

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from wagtail.models import Locale, Page, Site

from core.localization import forget_locales
from core.translations import ENGLISH_SLUGS
from home.factories import HomePageFactory
from taxonomy.factories import (
    AudienceFactory,
    RegionFactory,
    SectorFactory,
    ThemeFactory,
    ThemeIndexPageFactory,
)
from tests import fast_database

fast_database.install()  # the transactional tests' flush and restore, fast (see there)


@pytest.fixture(autouse=True)
def fresh_state():
    """Each test starts in Dutch with empty caches: no language, rate limit, derived data or
    locale left over from another test (a request to /en/ leaves English active)."""
    translation.activate(settings.LANGUAGE_CODE)
    cache.clear()
    forget_locales()


@pytest.fixture
def locale_nl(db):
    return Locale.objects.get(language_code="nl")


@pytest.fixture
def locale_en(db):
    return Locale.objects.get_or_create(language_code="en")[0]


def make_home_page():
    """The Dutch home page as the root of the only site; Wagtail's welcome page is gone."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, title="Kennisbank", slug="kennisbank")
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
    return home


@pytest.fixture
def home_page(locale_nl):
    return make_home_page()


def translate_page(page, locale, **fields):
    """An English copy of a page, published with the given field values. Parents not translated
    yet come along as aliases of the Dutch ones, which start as drafts (core/translations.py);
    here they are published, so the English page has its place on the English site. The site's
    own pages get their English slugs (core.translations.ENGLISH_SLUGS), as in the demo."""
    translated = page.copy_for_translation(locale, copy_parents=True)
    if page.slug in ENGLISH_SLUGS:
        fields.setdefault("slug", ENGLISH_SLUGS[page.slug])
    translated.get_ancestors().filter(alias_of__isnull=False, live=False).update(live=True)
    for parent in translated.get_ancestors().filter(slug__in=ENGLISH_SLUGS).specific():
        parent.slug = ENGLISH_SLUGS[parent.slug]
        parent.save()
        translated.refresh_from_db()
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated.specific


@pytest.fixture
def home_page_en(home_page, locale_en):
    return translate_page(home_page, locale_en, title="Knowledge base", intro="Share what works.")


@pytest.fixture
def theme_index(home_page):
    return ThemeIndexPageFactory(parent=home_page)


@pytest.fixture
def taxa(locale_nl):
    return {
        "ouders": ThemeFactory(name="Ouderbetrokkenheid", slug="ouderbetrokkenheid"),
        "terugkeer": ThemeFactory(name="Terug naar onderwijs", slug="terug-naar-onderwijs"),
        "utrecht": RegionFactory(name="Utrecht", slug="utrecht", code="UT"),
        "limburg": RegionFactory(name="Limburg", slug="limburg", code="LI"),
        "po": SectorFactory(name="Primair onderwijs", slug="po", abbreviation="PO"),
        "vo": SectorFactory(name="Voortgezet onderwijs", slug="vo", abbreviation="VO"),
        "ouders-doelgroep": AudienceFactory(name="Ouders", slug="ouders"),
    }


@pytest.fixture
def committing_client(client, django_capture_on_commit_callbacks):
    """The test client whose requests end as a commit would: the mail they queued (which waits
    for the commit with the immediate task backend, core.mail.enqueue) is sent before the
    response returns. The test's own transaction never commits, so without this it would not."""
    request = client.request

    def request_and_commit(**kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return request(**kwargs)

    client.request = request_and_commit
    return client
