"""`manage.py load_demo`: the Dutch demo tree, its English translation, and loading it again.

Loading the whole demo takes most of a minute, so it is loaded once for this module (`demo`)
and each test checks one part of it; the last one loads it again (--if-empty, --reset). The
loader's own rules (the order of the demo modules, refusing to load over content, translations
that must be complete) are in test_demo_loader.py.
"""

import pytest

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

from core.translations import ENGLISH_SLUGS
from events.models import EventIndexPage, EventPage
from home.models import HomePage, SiteSettings, StandardPage
from practice_examples.models import PracticeExampleIndexPage, PracticeExamplePage
from scan.models import ScanPage
from taxonomy.models import Audience, Organisation, Region, Sector, Theme, ThemeIndexPage
from tests.support import DUTCH_WORDS, built_once, load_demo, main_text

TAXONOMY = [Theme, Region, Sector, Audience, Organisation]
PROVINCES = {"GR", "FR", "DR", "OV", "FL", "GE", "UT", "NH", "ZH", "ZE", "NB", "LI"}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The whole demo, loaded once for this module; what `load_demo --if-empty` printed."""
    yield from built_once(django_db_blocker, lambda: load_demo("--if-empty"))


def locales():
    return Locale.objects.get(language_code="nl"), Locale.objects.get(language_code="en")


def snapshot():
    """Everything the demo creates, with primary keys and revisions, to compare two runs."""
    return {
        "pages": list(
            Page.objects.order_by("path").values_list("pk", "url_path", "latest_revision_id")
        ),
        "sites": list(Site.objects.values_list("pk", "hostname", "port", "root_page_id")),
        "images": list(get_image_model().objects.values_list("pk", flat=True)),
        "documents": list(get_document_model().objects.values_list("pk", flat=True)),
        "translations": Translation.objects.count(),
        **{
            model.__name__: list(model.objects.order_by("pk").values_list("pk", "name"))
            for model in TAXONOMY
        },
    }


def test_the_home_page_is_the_root_of_the_default_site(demo, db):
    assert "loaded" in demo
    nl, _en = locales()
    # The home page replaces Wagtail's welcome page as the root of the default site.
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("testserver", 80)  # BASE_URL's
    home = site.root_page.specific
    assert isinstance(home, HomePage) and home.locale == nl
    assert not Page.objects.filter(depth=2).exact_type(Page).exists()
    assert home.featured and home.body and home.listing_image
    assert "video" in [block.block_type for block in home.body]
    assert SiteSettings.for_site(site).footer_links
    # The home page features what the organisation promotes: examples, the scan, the agenda.
    featured = [block.value["page"].specific_class for block in home.featured]
    assert featured == [PracticeExampleIndexPage, ScanPage, EventIndexPage]
    assert all(block.value["text"] for block in home.featured)


def test_the_taxonomy_in_both_languages(demo, db):
    nl, en = locales()
    # Taxonomy in both languages; English organisations point at English sectors and regions.
    assert Theme.objects.filter(locale=nl).count() >= 6
    assert set(Region.objects.filter(locale=nl).values_list("code", flat=True)) == PROVINCES
    assert Organisation.objects.filter(locale=nl).count() >= 24
    for model in TAXONOMY:
        assert model.objects.filter(locale=en).count() == model.objects.filter(locale=nl).count()
    for organisation in Organisation.objects.filter(locale=en).exclude(region=None):
        assert organisation.region.locale == en
    assert Theme.objects.get(locale=en, slug="budgetten-combineren").name == "Combining budgets"


def test_every_dutch_page_has_a_live_english_translation(demo, db):
    nl, en = locales()
    # Every Dutch page has a live English translation, made by wagtail-localize; of the
    # practice examples and the events only a few are translated (their apps' test_demo.py).
    dutch_pages = (
        Page.objects.filter(locale=nl, depth__gte=2)
        .not_type(PracticeExamplePage)
        .not_type(EventPage)
    )
    assert dutch_pages.count() >= 6
    for page in dutch_pages:
        translated = page.get_translation(en)
        assert translated.live
        source = TranslationSource.objects.get_for_instance(page)
        assert source.translations.filter(target_locale=en, enabled=True).exists()


def test_dutch_addresses_have_no_prefix_english_ones_english_slugs(demo, db, client):
    nl, en = locales()
    # Addresses: Dutch without a prefix, English under /en/ with English slugs: the site's own
    # pages as mapped, the others after their English titles.
    assert "Kennisbank thuiszitters" in main_text(client.get("/"))
    assert "Knowledge base on children out of school" in main_text(client.get("/en/"))
    assert "Over het Steunpunt" in main_text(client.get("/over-het-steunpunt/"))
    english_pages = Page.objects.filter(locale=en, depth__gt=2)
    dutch_slugs = {dutch for dutch, english in ENGLISH_SLUGS.items() if dutch != english}
    assert not english_pages.filter(slug__in=dutch_slugs).exists()
    for english in ENGLISH_SLUGS.values():
        assert english_pages.filter(depth=3, slug=english).exists(), english
    assert english_pages.get(slug="what-is-appropriate-education").title == (
        "What is appropriate education?"
    )
    for page in english_pages.filter(depth__gt=3):  # the detail pages follow their titles
        assert page.slug != page.get_translation(nl).slug, page.url
    about_en = main_text(client.get("/en/about/"))
    assert "About the Support Centre" in about_en
    assert "Activities of the Support Centre" in about_en  # the table is translated too
    assert "in brief" in about_en  # and links the English document
    assert "Budgetten combineren" in main_text(client.get("/themas/budgetten-combineren/"))
    assert "Combining budgets" in main_text(client.get("/en/themes/budgetten-combineren/"))


def test_the_english_menu_says_events_the_dutch_one_agenda(demo, db, client):
    # The English main menu and home page say "Events", the Dutch ones "Agenda".
    english_home, dutch_home = client.get("/en/").content.decode(), client.get("/").content.decode()
    assert '<a href="/en/events/"' in english_home and ">Events</" in english_home
    assert ">Agenda</" not in english_home and ">Agenda</" in dutch_home


def test_no_dutch_left_on_the_english_pages(demo, db, client):
    _nl, en = locales()
    english_urls = [page.url for page in Page.objects.filter(locale=en, depth__gte=2)]
    english_urls += [f"/en/themes/{slug}/" for slug in Theme.objects.values_list("slug", flat=True)]
    for url in english_urls:
        assert url.startswith("/en/")
        text = main_text(client.get(url))
        assert not DUTCH_WORDS.search(text), (url, DUTCH_WORDS.findall(text))


# Last in the module (it loads the demo again), though like every test's changes these are
# rolled back after it.
def test_if_empty_leaves_it_and_reset_builds_it_again_without_duplicates(demo, db):
    # Once there is a home page, --if-empty leaves everything as it is.
    first = snapshot()
    assert "skipped" in load_demo("--if-empty")
    assert snapshot() == first

    # --reset builds it again, without duplicates.
    load_demo("--reset")
    second = snapshot()

    def without_keys(data):
        return {
            "pages": [url_path for _pk, url_path, _revision in data["pages"]],
            **{model.__name__: [name for _pk, name in data[model.__name__]] for model in TAXONOMY},
            "counts": [len(data[key]) for key in ("sites", "images", "documents")],
            "translations": data["translations"],
        }

    assert without_keys(second) == without_keys(first)
    assert not set(second["images"]) & set(first["images"])  # the old demo images are gone
    assert HomePage.objects.count() == 2  # Dutch and English
    assert ThemeIndexPage.objects.count() == 2
    assert StandardPage.objects.filter(slug__in=["over-het-steunpunt", "about"]).count() == 2
