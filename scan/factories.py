"""Scan pages for tests and the demo: `domain_block()` writes a domain as the page stores it."""

import uuid

import factory

import wagtail_factories

from .models import ScanPage


def domain_block(title, statements, themes=(), intro="", advice=None, key=None):
    """One domain in the StreamField's stored form: statements are texts (or (key, text) pairs
    to keep a statement's identity across versions), themes are Theme objects."""
    advice = advice or {}
    items = [item if isinstance(item, tuple) else (str(uuid.uuid4()), item) for item in statements]
    return {
        "type": "domain",
        "id": key or str(uuid.uuid4()),
        "value": {
            "title": title,
            "intro": intro,
            "statements": [{"type": "item", "id": k, "value": text} for k, text in items],
            "themes": [{"type": "item", "id": str(uuid.uuid4()), "value": t.pk} for t in themes],
            "advice_low": advice.get("low", f"<p>Advies laag: {title}.</p>"),
            "advice_middle": advice.get("middle", f"<p>Advies midden: {title}.</p>"),
            "advice_high": advice.get("high", f"<p>Advies hoog: {title}.</p>"),
        },
    }


def default_domains():
    return [
        domain_block(
            "Basisondersteuning",
            [
                "Elke leraar weet wat de school aan basisondersteuning biedt.",
                "Signalen van een leerling worden binnen een week besproken.",
                "We leggen afspraken over ondersteuning vast in een plan.",
            ],
        ),
        domain_block(
            "Samenwerking met ouders",
            [
                "Ouders zijn vanaf het eerste signaal betrokken.",
                "We bespreken met ouders wat thuis en op school helpt.",
            ],
        ),
        domain_block(
            "Verzuim voorkomen",
            [
                "We registreren elk verzuim op dezelfde dag.",
                "Bij zorgelijk verzuim schakelen we binnen twee weken de leerplichtambtenaar in.",
                "We hebben een vast aanspreekpunt voor verzuim.",
            ],
        ),
    ]


class ScanPageFactory(wagtail_factories.PageFactory):
    title = "Scan Passend Onderwijs"
    slug = "scan"
    intro = "Breng in twintig minuten in beeld waar je school staat."
    domains = factory.LazyFunction(default_domains)

    class Meta:
        model = ScanPage
