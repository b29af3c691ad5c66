import pytest

from django.db import IntegrityError, transaction
from django.utils import translation

from taxonomy.factories import AudienceFactory, RegionFactory
from taxonomy.models import Audience, Region


def test_slug_is_filled_from_the_name(db):
    assert AudienceFactory(name="Leerplichtambtenaren", slug="").slug == "leerplichtambtenaren"
    assert RegionFactory(name="Noord-Brabant", slug="").slug == "noord-brabant"


def test_slugs_are_unique_per_language(locale_nl, locale_en):
    region = RegionFactory(name="Zeeland", slug="")
    region.copy_for_translation(locale_en).save()  # the same slug in English is fine
    with pytest.raises(IntegrityError), transaction.atomic():
        Region.objects.create(name="Zeeland", locale=locale_nl, code="ZE")


def test_names_by_slug_follow_the_active_language(locale_nl, locale_en):
    parents = AudienceFactory(name="Ouders", slug="")
    english = parents.copy_for_translation(locale_en)
    english.name = "Parents"
    english.save()

    assert Audience.names_by_slug() == {"ouders": "Ouders"}
    with translation.override("en"):
        assert Audience.names_by_slug() == {"ouders": "Parents"}
