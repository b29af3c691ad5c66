import datetime

import pytest

from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory
from taxonomy.factories import (
    AudienceFactory,
    OrganisationFactory,
    RegionFactory,
    SectorFactory,
    ThemeFactory,
)
from taxonomy.models import Organisation


@pytest.fixture
def example_index(home_page):
    return PracticeExampleIndexPageFactory(parent=home_page)


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
def examples(example_index, taxa):
    """Three examples with known taxa, texts and dates."""
    municipality = OrganisationFactory(
        name="Gemeente Maastricht", kind=Organisation.Kind.MUNICIPALITY, region=taxa["limburg"]
    )
    alliance = OrganisationFactory(name="SWV Utrecht PO", region=taxa["utrecht"])
    make = PracticeExamplePageFactory
    return {
        "tafel": make(
            parent=example_index,
            title="Ouders aan tafel bij elk thuiszittersoverleg",
            intro="Ouders praten mee over het plan voor hun kind.",
            publication_date=datetime.date(2025, 3, 1),
            themes=[taxa["ouders"]],
            regions=[taxa["utrecht"]],
            sectors=[taxa["po"]],
            audiences=[taxa["ouders-doelgroep"]],
            organisations=[alliance],
        ),
        "stap": make(
            parent=example_index,
            title="Stap voor stap terug naar de klas",
            intro="Een leerling die thuiszit, begint met een uur per dag.",
            publication_date=datetime.date(2026, 5, 1),
            themes=[taxa["terugkeer"], taxa["ouders"]],
            regions=[taxa["limburg"]],
            sectors=[taxa["vo"]],
            organisations=[municipality],
        ),
        "budget": make(
            parent=example_index,
            title="Aanpak verzuim met de leerplichtambtenaar",
            intro="Vroeg signaleren voorkomt langdurig thuiszitten.",
            publication_date=datetime.date(2024, 9, 1),
            themes=[taxa["terugkeer"]],
            regions=[taxa["utrecht"]],
            sectors=[taxa["vo"]],
            organisations=[alliance],
        ),
    }
