"""The small site every browser test reads, built with the factories.

A Dutch home page with featured cards, a theme index with two themes, a standard page whose
body holds every block type of home.blocks.BodyBlock, and English translations of the home
page and the standard page.
"""

import datetime
import json
import re
from types import SimpleNamespace

from playwright.sync_api import expect

from django.utils import translation

import wagtail_factories
from wagtail.models import Collection

from development_groups.access import ensure_access
from development_groups.factories import (
    DevelopmentGroupIndexPageFactory,
    DevelopmentGroupPageFactory,
    DevelopmentSessionPageFactory,
    QuestionFactory,
    SessionOutcomeFactory,
    ThemeProposalFactory,
    UserFactory,
)
from development_groups.models import Ballot, OutcomeDocument
from home.factories import StandardPageFactory
from home.models import SiteSettings
from taxonomy.factories import ThemeFactory
from tests.support import translate_page

VIDEO_URL = "https://www.youtube.com/watch?v=aqz-KE-bpKQ"
STANDARD_PAGE_TITLE = "Samen terug naar school"
SEARCH_WORD = "school"

# What each block of the standard page shows, so the tests can find it on the page.
BLOCK_TEXT = {
    "heading": "Wat werkte in de regio",
    "paragraph": "Het samenwerkingsverband bracht school en jeugdhulp aan één tafel.",
    "alt_text": "Een leerling en een leerkracht in gesprek aan een tafel",
    "quote": "Geen kind hoort thuis te zitten.",
    "cta_title": "Bekijk alle thema's",
    "cta_label": "Naar de thema's",
    "documents_heading": "Downloads",
    "document_title": "Verslag van de aanpak",
    "video_title": "Wat is passend onderwijs?",
    "table_caption": "Thuiszitters per regio",
}


def dutch(message):
    """A string of the templates as a Dutch visitor reads it."""
    with translation.override("nl"):
        return translation.gettext(message)


def sign_in_to_admin(page, user, password, *, lands_on=re.compile(r"/admin/$")):
    """Signs in on Wagtail's login form as a person does; by default it then expects the
    dashboard (None: wherever the login leads, as the second step of a two-factor login)."""
    page.goto("/admin/login/")
    page.locator("#id_username").fill(user.username)
    page.locator("#id_password").fill(password)
    page.locator("button[type=submit]").click()
    if lands_on is not None:
        expect(page).to_have_url(lands_on)


def build_site(home_page, theme_index, home_page_en, locale_en):
    locale = home_page.locale
    themes = [
        ThemeFactory(
            name="Terug naar school",
            slug="terug-naar-school",
            summary="Hoe een leerling weer naar school gaat.",
            locale=locale,
        ),
        ThemeFactory(
            name="Onderwijs en jeugdhulp samen",
            slug="onderwijs-en-jeugdhulp",
            summary="Wat school en jeugdhulp samen bereiken.",
            locale=locale,
        ),
    ]
    collection = Collection.get_first_root_node()
    image = wagtail_factories.ImageFactory(title="Gesprek op school", collection=collection)
    document = wagtail_factories.DocumentFactory(
        title=BLOCK_TEXT["document_title"], collection=collection
    )
    standard = StandardPageFactory(
        parent=home_page,
        title=STANDARD_PAGE_TITLE,
        slug="samen-terug-naar-school",
        intro="Hoe een samenwerkingsverband thuiszitters weer naar school hielp.",
        body=json.dumps(body_with_every_block(image, document, theme_index)),
    )
    standard_en = translate_page(
        standard, locale_en, title="Back to school together", slug="back-to-school-together"
    )
    home_page.featured = json.dumps(
        [
            {"type": "page", "value": {"page": standard.pk, "text": "Een aanpak die werkt."}},
            {"type": "page", "value": {"page": theme_index.pk, "text": ""}},
        ]
    )
    home_page.save(update_fields=["featured"])
    SiteSettings.objects.update_or_create(
        site=home_page.get_site(), defaults={"contact_email": "info@example.nl"}
    )
    return SimpleNamespace(
        home=home_page,
        home_en=home_page_en,
        standard=standard,
        standard_en=standard_en,
        theme_index=theme_index,
        themes=themes,
    )


def body_with_every_block(image, document, link_page):
    """Raw StreamField data, one block of each type, as Wagtail stores it."""
    return [
        {"type": "heading", "value": {"text": BLOCK_TEXT["heading"], "level": "h2"}},
        {"type": "paragraph", "value": f"<p>{BLOCK_TEXT['paragraph']}</p>"},
        {
            "type": "image",
            "value": {"image": image.pk, "alt_text": BLOCK_TEXT["alt_text"], "caption": ""},
        },
        {"type": "quote", "value": {"quote": BLOCK_TEXT["quote"], "attribution": "Een ouder"}},
        {
            "type": "call_to_action",
            "value": {
                "title": BLOCK_TEXT["cta_title"],
                "text": "Van preventie tot terugkeer.",
                "link": {"page": link_page.pk, "url": "", "label": BLOCK_TEXT["cta_label"]},
            },
        },
        {
            "type": "documents",
            "value": {"heading": BLOCK_TEXT["documents_heading"], "documents": [document.pk]},
        },
        {
            "type": "video",
            "value": {
                "title": BLOCK_TEXT["video_title"],
                "url": VIDEO_URL,
                "poster": None,
                "description": "Een leerling vertelt.",
            },
        },
        {
            "type": "table",
            "value": {
                "caption": BLOCK_TEXT["table_caption"],
                "table": {
                    "caption": "",
                    "columns": [
                        {"type": "text", "heading": "Regio"},
                        {"type": "number", "heading": "Aantal"},
                    ],
                    "rows": [{"values": ["Utrecht", "12"]}, {"values": ["Zeeland", "3"]}],
                },
            },
        },
    ]


# A development group for the members' tests (test_development_groups.py) ----------------------

MEMBER_PASSWORD = "geheim-wachtwoord"  # development_groups.factories.UserFactory's


def build_development_group(site_content):
    """A development group with a past session (its outcome with a members-only document and a
    published public summary) and an upcoming one, a member, another member's question, and an
    open vote on three proposals with at most two votes each."""
    today = datetime.date.today()
    index = DevelopmentGroupIndexPageFactory(parent=site_content.home)
    group = DevelopmentGroupPageFactory(
        parent=index,
        title="Ontwikkelgroep terugkeer naar onderwijs",
        slug="terugkeer-naar-onderwijs",
        intro="Regio's werken samen aan de terugkeer van thuiszitters.",
        cost_note="Deelname is gratis.",
    )
    past = DevelopmentSessionPageFactory(
        parent=group,
        title="Eerste bijeenkomst: ontwikkelvragen",
        slug="eerste-bijeenkomst",
        start_date=today - datetime.timedelta(days=21),
        city="Utrecht",
        venue="VO-raad",
    )
    upcoming = DevelopmentSessionPageFactory(
        parent=group,
        title="Tweede bijeenkomst: stapsgewijs terug",
        slug="tweede-bijeenkomst",
        start_date=today + datetime.timedelta(days=14),
        city="Zwolle",
        venue="Stadskantoor",
    )
    access = ensure_access(group)
    member = UserFactory(email="sanne.devries@example.nl", first_name="Sanne", last_name="de Vries")
    other = UserFactory(email="joost.bakker@example.nl", first_name="Joost", last_name="Bakker")
    access.members.user_set.add(member, other)

    question = QuestionFactory(
        group_page=group,
        author=other,
        text="Wanneer schakel je de doorzettingsmacht in, en wie beslist dan?",
    )
    proposals = [
        ThemeProposalFactory(group_page=group, title=title, sort_order=order)
        for order, title in enumerate(
            ["Regie en doorzettingsmacht", "Stapsgewijs terug naar school", "Sturen op cijfers"]
        )
    ]
    Ballot.objects.filter(group_page=group).update(
        state=Ballot.State.OPEN, questions_open=True, votes_per_member=2
    )

    document = wagtail_factories.DocumentFactory(
        title="Verslag eerste bijeenkomst", collection=access.collection
    )
    outcome = SessionOutcomeFactory(
        session=past,
        summary="<p>Zeven regio's brachten hun vragen over terugkeer mee.</p>",
        insights="<p>De overdracht naar de reguliere school is de zwakke plek.</p>",
        actions="<p>Iedere regio brengt het aantal thuiszitters in kaart.</p>",
        public_summary="De deelnemers kozen drie thema's voor de volgende bijeenkomsten.",
        public_summary_published=True,
    )
    OutcomeDocument.objects.create(outcome=outcome, document=document)
    return SimpleNamespace(
        index=index,
        group=group,
        past=past,
        upcoming=upcoming,
        member=member,
        other=other,
        question=question,
        proposals=proposals,
        outcome=outcome,
        document=document,
    )
