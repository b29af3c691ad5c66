"""The demo practice examples: enough of them, in Dutch and English, for every filter to find some.

Loading the demo takes a while, so it is loaded once for this module (`demo`) and each test
checks one part of it.
"""

import re

import pytest

from django.utils import timezone
from django.utils.html import escape

from wagtail.models import Locale

import home.demo
import practice_examples.demo
import taxonomy.demo
from demo.management.commands.load_demo import demo_modules
from demo.utils import DemoContext, deferred_indexing
from practice_examples.demo import ENGLISH_TAGS
from practice_examples.models import PracticeExampleIndexPage, PracticeExamplePage
from taxonomy.models import Organisation, Region, Sector, Theme
from tests.support import built_once

SECTIONS = ["problem", "approach", "results", "working_elements", "conditions", "lessons"]
FACET_COUNT = re.compile(
    r'id="f-(\w+)-([\w-]+)"[^>]*>\s*<label[^>]*>[^<]*<span class="facet__count">\((\d+)\)'
)


def cards(response):
    assert response.status_code == 200
    return re.findall(r'<h3 class="card__title">\s*<a href="([^"]+)">', response.content.decode())


def load():
    # Only the demo modules the examples build on, so later apps' demos don't slow this down.
    context = DemoContext.create()
    with deferred_indexing():  # as load_demo does
        for module in (home.demo, taxonomy.demo, practice_examples.demo):
            module.load(context)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    yield from built_once(django_db_blocker, load)


def locales():
    return Locale.objects.get(language_code="nl"), Locale.objects.get(language_code="en")


def dutch_examples():
    return PracticeExamplePage.objects.live().filter(locale=locales()[0])


def test_the_examples_have_a_demo_module():
    assert "practice_examples.demo" in [module.__name__ for module in demo_modules()]


def test_the_overview_in_the_menu_in_dutch_and_english(demo, db):
    nl, en = locales()
    index = PracticeExampleIndexPage.objects.get(locale=nl)
    assert (index.url, index.live, index.show_in_menus) == ("/praktijkvoorbeelden/", True, True)
    assert index.get_translation(en).live


def test_forty_examples_each_with_every_section_taxa_and_a_contact(demo, db):
    examples = dutch_examples()
    assert examples.count() >= 40
    for example in examples.prefetch_related(
        "themes", "regions", "sectors", "audiences", "organisations", "tagged_items"
    ):
        assert example.intro and all(getattr(example, name) for name in SECTIONS), example
        assert example.contact_name and example.contact_email.endswith(".example"), example
        assert 1 <= len(example.themes.all()) <= 3, example
        assert 1 <= len(example.regions.all()) <= 2, example
        assert example.sectors.all() and example.audiences.all(), example
        assert example.organisations.all() and example.tagged_items.all(), example


def test_every_theme_province_sector_and_kind_of_organisation_has_examples(demo, db):
    nl, _en = locales()
    examples = dutch_examples()
    for theme in Theme.objects.filter(locale=nl):
        assert examples.filter(themes__slug=theme.slug).exists(), theme
    assert Region.objects.filter(locale=nl).count() == 12
    for region in Region.objects.filter(locale=nl):
        assert examples.filter(regions__slug=region.slug).exists(), region
    for sector in Sector.objects.filter(locale=nl):
        assert examples.filter(sectors__slug=sector.slug).exists(), sector
    for kind in Organisation.Kind.values:
        assert examples.filter(organisations__kind=kind).exists(), kind


def test_some_overdue_some_related_most_with_an_image_every_contact_method(demo, db):
    # Some are overdue for review (the editors' report has rows), most are not; some have
    # chosen related examples, most have a card image, and every contact method occurs.
    examples = dutch_examples()
    today = timezone.localdate()
    overdue = examples.filter(review_date__lt=today).count()
    assert 0 < overdue < examples.count() / 4
    assert examples.filter(related_examples__isnull=False).distinct().count() >= 5
    assert examples.exclude(listing_image=None).count() > examples.count() / 2
    methods = set(examples.values_list("contact_method", flat=True))
    assert methods == set(PracticeExamplePage.ContactMethod.values)


def test_the_listing_shows_them_and_every_filter_option_finds_some(demo, db, client):
    nl, _en = locales()
    response = client.get("/praktijkvoorbeelden/")
    assert len(cards(response)) == 12  # the first page
    counts = FACET_COUNT.findall(response.content.decode())
    assert {param for param, _value, _count in counts} == {
        "thema",
        "regio",
        "sector",
        "doelgroep",
        "organisatie",
    }
    assert [option for option in counts if option[2] == "0"] == []
    for theme in Theme.objects.filter(locale=nl):
        assert cards(client.get("/praktijkvoorbeelden/", {"thema": theme.slug})), theme


def test_a_handful_in_english_under_en_with_english_tags(demo, db, client):
    nl, en = locales()
    english = PracticeExamplePage.objects.live().filter(locale=en)
    assert english.count() >= 6
    listed = cards(client.get("/en/practice-examples/"))
    assert sorted(listed) == sorted(example.url for example in english)
    for example in english:
        assert example.url.startswith("/en/practice-examples/")
        source = example.get_translation(nl)
        assert example.title != source.title and example.problem != source.problem
        response = client.get(example.url)
        assert response.status_code == 200
        assert escape(example.title) in response.content.decode()
        # Its tags are the English ones of the Dutch example (the demo's tag translations).
        english_tags = {ENGLISH_TAGS[tag.name] for tag in source.specific.tags.all()}
        assert {tag.name for tag in example.tags.all()} == english_tags, example
    # The translations share the Dutch taxa, which the filters match by slug.
    assert cards(client.get("/en/practice-examples/", {"thema": "thuiszitterspact"}))
