import factory
from factory.django import DjangoModelFactory

import wagtail_factories

from .models import Audience, Organisation, Region, Sector, Theme, ThemeIndexPage


class ThemeFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Thema {n}")
    slug = factory.Sequence(lambda n: f"thema-{n}")
    summary = factory.Faker("sentence", locale="la")
    description = factory.LazyAttribute(lambda o: f"<p>{o.summary}</p>")

    class Meta:
        model = Theme


class RegionFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Provincie {n}")
    code = factory.Sequence(lambda n: f"{n % 100:02d}")

    class Meta:
        model = Region


class SectorFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Sector {n}")
    abbreviation = factory.Sequence(lambda n: f"S{n}")

    class Meta:
        model = Sector


class AudienceFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Doelgroep {n}")

    class Meta:
        model = Audience


class OrganisationFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Samenwerkingsverband {n}")
    kind = Organisation.Kind.SCHOOL_ALLIANCE
    sector = factory.SubFactory(SectorFactory)
    region = factory.SubFactory(RegionFactory)
    website = factory.Sequence(lambda n: f"https://swv{n}.example.nl/")

    class Meta:
        model = Organisation


class ThemeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Thema's"
    slug = "themas"
    show_in_menus = True

    class Meta:
        model = ThemeIndexPage
