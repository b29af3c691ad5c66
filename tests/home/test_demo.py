"""`manage.py load_demo`: the Dutch demo tree, its English translation, and loading it again."""

import re
from io import StringIO

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

from core.translations import ENGLISH_SLUGS
from demo.management.commands.load_demo import demo_modules
from demo.utils import MissingDemoTranslation, translate
from events.models import EventIndexPage, EventPage
from home.models import HomePage, SiteSettings, StandardPage
from practice_examples.models import PracticeExampleIndexPage, PracticeExamplePage
from scan.models import ScanPage
from taxonomy.models import Audience, Organisation, Region, Sector, Theme, ThemeIndexPage

TAXONOMY = [Theme, Region, Sector, Audience, Organisation]
PROVINCES = {"GR", "FR", "DR", "OV", "FL", "GE", "UT", "NH", "ZH", "ZE", "NB", "LI"}
# Words that give Dutch away; none of them is part of a proper name in the demo.
DUTCH_WORDS = re.compile(r"\b(het|een|voor|zijn|wordt|niet|leerlingen|onderwijs en)\b")


def load_demo(*args):
    out = StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


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


def main_text(response):
    """The visible text of a page's <main>, without the tags."""
    assert response.status_code == 200
    main = re.search(r"<main.*?</main>", response.content.decode(), re.S).group(0)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main))


def test_demo_modules_are_found_in_installed_apps_order():
    names = [module.__name__ for module in demo_modules()]
    assert names[:2] == ["home.demo", "taxonomy.demo"]


def test_load_demo_builds_the_dutch_site_and_its_english_translation_and_rebuilds_it(db, client):
    """One test, as loading the demo takes most of a minute: the site, then a reset."""
    assert "loaded" in load_demo("--if-empty")
    nl, en = Locale.objects.get(language_code="nl"), Locale.objects.get(language_code="en")

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

    # Taxonomy in both languages; English organisations point at English sectors and regions.
    assert Theme.objects.filter(locale=nl).count() >= 6
    assert set(Region.objects.filter(locale=nl).values_list("code", flat=True)) == PROVINCES
    assert Organisation.objects.filter(locale=nl).count() >= 24
    for model in TAXONOMY:
        assert model.objects.filter(locale=en).count() == model.objects.filter(locale=nl).count()
    for organisation in Organisation.objects.filter(locale=en).exclude(region=None):
        assert organisation.region.locale == en
    assert Theme.objects.get(locale=en, slug="budgetten-combineren").name == "Combining budgets"

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
    # The English main menu and home page say "Events", the Dutch ones "Agenda".
    english_home, dutch_home = client.get("/en/").content.decode(), client.get("/").content.decode()
    assert '<a href="/en/events/"' in english_home and ">Events</" in english_home
    assert ">Agenda</" not in english_home and ">Agenda</" in dutch_home

    # No Dutch left on the English pages.
    english_urls = [page.url for page in Page.objects.filter(locale=en, depth__gte=2)]
    english_urls += [f"/en/themes/{slug}/" for slug in Theme.objects.values_list("slug", flat=True)]
    for url in english_urls:
        assert url.startswith("/en/")
        text = main_text(client.get(url))
        assert not DUTCH_WORDS.search(text), (url, DUTCH_WORDS.findall(text))

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


def test_load_demo_refuses_to_load_over_existing_content(home_page):
    with pytest.raises(CommandError, match="--reset"):
        load_demo()
    assert "skipped" in load_demo("--if-empty")
    assert list(Page.objects.filter(depth=2)) == [home_page.page_ptr]


def test_translate_needs_every_string_and_registers_the_translation(locale_nl, locale_en):
    region = Region.objects.create(locale=locale_nl, name="Noord-Holland", code="NH")
    with pytest.raises(MissingDemoTranslation, match="Noord-Holland"):
        translate(region, locale_en, {})

    english = translate(region, locale_en, {"Noord-Holland": "North Holland"})
    assert (english.locale, english.name, english.code) == (locale_en, "North Holland", "NH")
    source = TranslationSource.objects.get_for_instance(region)
    assert source.translations.get().target_locale == locale_en
