"""Fixtures for the scan: a published questionnaire and a way to answer it."""

import pytest

from scan import responses
from scan.factories import ScanPageFactory, default_domains, domain_block


@pytest.fixture
def scan_page(home_page, taxa):
    """/scan/ with three domains; "Samenwerking met ouders" is on the theme Ouderbetrokkenheid
    and "Verzuim voorkomen" on Terug naar onderwijs."""
    domains = default_domains()
    domains[1] = domain_block(
        "Samenwerking met ouders",
        [
            "Ouders zijn vanaf het eerste signaal betrokken.",
            "We bespreken met ouders wat thuis en op school helpt.",
        ],
        themes=[taxa["ouders"]],
    )
    domains[2]["value"]["themes"] = domain_block("", [], themes=[taxa["terugkeer"]])["value"][
        "themes"
    ]
    page = ScanPageFactory(parent=home_page, domains=domains)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def answer_all(response, value=3, **by_domain_title):
    """Give every statement `value` (or the value given for its domain's title), then complete.

    answer_all(response, 4, Basisondersteuning=1) answers that domain with 1 and the rest with 4.
    """
    answers = {}
    for domain in response.questionnaire.domains:
        domain_value = by_domain_title.get(domain.title.replace(" ", "_"), value)
        answers.update({key: domain_value for key in domain.statement_keys})
    responses.save_answers(response, answers)
    return responses.complete(response)


@pytest.fixture
def completed(scan_page):
    """A completed scan: Basisondersteuning scores 0, the others 100."""
    response = responses.start(scan_page)
    return answer_all(response, 4, Basisondersteuning=1)
