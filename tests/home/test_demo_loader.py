"""The demo loader's own rules, without loading the demo (test_demo.py loads it): the order of
the apps' demo modules, no loading over existing content, and translations that must be whole."""

import pytest

from django.core.management.base import CommandError

from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from demo.management.commands.load_demo import demo_modules
from demo.utils import MissingDemoTranslation, translate
from taxonomy.models import Region
from tests.support import load_demo


def test_demo_modules_are_found_in_installed_apps_order():
    names = [module.__name__ for module in demo_modules()]
    assert names[:2] == ["home.demo", "taxonomy.demo"]


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
