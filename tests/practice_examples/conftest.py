import datetime

import pytest

from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory
from taxonomy.factories import OrganisationFactory
from taxonomy.models import Organisation


@pytest.fixture
def example_index(home_page):
    return PracticeExampleIndexPageFactory(parent=home_page)


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
