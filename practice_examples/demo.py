"""Demo content of the practice examples: the listing page and 40+ examples, some in English.

The examples themselves are in `demo_examples`; this module turns them into pages. An example
whose texts are `Text(Dutch, English)` pairs is translated into English as well; the others stay
Dutch only, as most of the knowledge base will in practice.
"""

import datetime

from taggit.models import Tag

from django.utils import timezone

from demo.media import make_image
from demo.utils import Text, add_page, dutch, translate
from home.models import TagTranslation

from .demo_examples import EXAMPLES
from .demo_tags import ENGLISH_TAGS
from .models import PracticeExampleIndexPage, PracticeExamplePage, RelatedExample

# Eight card images, shared by the examples in turn: name, title (for editors), palette colours.
IMAGES = [
    ("praktijk-tafel", "Demo: praktijkvoorbeeld, aan tafel", ["dark_blue", "blue", "yellow"]),
    ("praktijk-klas", "Demo: praktijkvoorbeeld, de klas", ["green", "yellow", "blue"]),
    ("praktijk-route", "Demo: praktijkvoorbeeld, de route", ["orange", "yellow", "dark_blue"]),
    ("praktijk-ouders", "Demo: praktijkvoorbeeld, ouders", ["blue", "green", "yellow"]),
    ("praktijk-regio", "Demo: praktijkvoorbeeld, de regio", ["dark_blue", "green", "orange"]),
    ("praktijk-jongeren", "Demo: praktijkvoorbeeld, jongeren", ["yellow", "orange", "blue"]),
    ("praktijk-zorg", "Demo: praktijkvoorbeeld, zorg", ["green", "dark_blue", "yellow"]),
    ("praktijk-samen", "Demo: praktijkvoorbeeld, samen", ["blue", "orange", "green"]),
]
# Every fourth example goes without a card image, as an editor sometimes leaves it out.
WITHOUT_IMAGE = 4

# An example's review date falls this long after its publication unless it says otherwise.
REVIEW_AFTER = datetime.timedelta(days=3 * 365)

TEXT_FIELDS = [
    "title",
    "intro",
    "problem",
    "approach",
    "results",
    "working_elements",
    "conditions",
    "lessons",
]

INDEX = {
    "title": Text("Praktijkvoorbeelden", "Practice examples"),
    "intro": Text(
        "Wat werkt er elders tegen thuiszitten? Samenwerkingsverbanden, gemeenten, "
        "schoolbesturen en scholen laten zien hoe zij het aanpakten: het probleem, de aanpak, "
        "de resultaten en wat ze anderen meegeven.",
        "What works elsewhere to keep children from sitting at home? School alliances, "
        "municipalities, school boards and schools show how they went about it: the problem, "
        "the approach, the results and what they would pass on to others.",
    ),
}


def organisation_finder(organisations):
    """Look an organisation up by a part of its Dutch name that only it has."""

    def find(key):
        found = [item for name, item in organisations.items() if key in name]
        if len(found) != 1:
            raise ValueError(f"{key!r} names {len(found)} demo organisations, not one")
        return found[0]

    return find


def build(context, spec, number, images, pages, find_organisation):
    """The unsaved page for one example, with the English texts it needs in `english`."""
    english = {}
    today = timezone.localdate()
    published = today - datetime.timedelta(days=spec["age"])
    overdue = spec.get("overdue")
    name, role, organisation, email, method = spec["contact"]
    page = PracticeExamplePage(
        slug=spec["slug"],
        **dutch({field: spec[field] for field in TEXT_FIELDS}, english),
        contact_name=name,
        contact_role=dutch(role, english),
        contact_organisation=dutch(organisation, english),
        contact_email=email,
        contact_method=method,
        publication_date=published,
        review_date=(
            today - datetime.timedelta(days=overdue) if overdue else published + REVIEW_AFTER
        ),
        listing_image=None if number % WITHOUT_IMAGE == WITHOUT_IMAGE - 1 else images[number],
        themes=[context.themes[slug] for slug in spec["themes"]],
        regions=[context.regions[code] for code in spec["regions"]],
        sectors=[context.sectors[abbreviation] for abbreviation in spec["sectors"]],
        audiences=[context.audiences[audience] for audience in spec["audiences"]],
        organisations=[find_organisation(key) for key in spec["organisations"]],
        related_examples=[RelatedExample(example=pages[slug]) for slug in spec.get("related", [])],
    )
    page.tags.add(*spec["tags"])
    english[name] = name  # a person's name stays as it is
    return page, english


def load(context):
    english = {}
    index = PracticeExampleIndexPage(
        slug="praktijkvoorbeelden", show_in_menus=True, **dutch(INDEX, english)
    )
    add_page(context.home, index)
    translate(index, context.en, english)

    images = [make_image(context, title, name, colours) for name, title, colours in IMAGES]
    images = [images[number % len(images)] for number in range(len(EXAMPLES))]
    find_organisation = organisation_finder(context.organisations)
    pages, to_translate = {}, []
    for number, spec in enumerate(EXAMPLES):
        # Related examples point back at examples made before them, so one pass is enough.
        page, english = build(context, spec, number, images, pages, find_organisation)
        pages[spec["slug"]] = add_page(index, page)
        if isinstance(spec["title"], Text):
            to_translate.append((page, english))

    for tag in Tag.objects.filter(name__in=ENGLISH_TAGS):
        TagTranslation.objects.get_or_create(
            tag=tag, locale=context.en, defaults={"name": ENGLISH_TAGS[tag.name]}
        )
    for page, english in to_translate:
        translate(page, context.en, english)
    context.example_index = index
    context.examples = pages
