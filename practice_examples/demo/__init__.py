"""Demo content of the practice examples: the listing page and 40+ examples, some in English.

The examples are in `examples.toml`, the English of their tags in `tags.toml`; this module turns
them into pages. An example whose texts are `{nl, en}` is translated into English as well; the
others stay Dutch only, as most of the knowledge base will in practice.
"""

import datetime

from taggit.models import Tag

from django.utils import timezone

from demo.data import read
from demo.media import make_image
from demo.utils import Text, add_page, dutch, translate
from home.models import TagTranslation

from ..models import PracticeExampleIndexPage, PracticeExamplePage, RelatedExample

DATA = read(__file__, "examples.toml")
EXAMPLES = DATA["examples"]
ENGLISH_TAGS = read(__file__, "tags.toml")["english"]

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
    contact = spec["contact"]
    page = PracticeExamplePage(
        slug=spec["slug"],
        **dutch({field: spec[field] for field in TEXT_FIELDS}, english),
        contact_name=contact["name"],
        contact_role=dutch(contact["role"], english),
        contact_organisation=dutch(contact["organisation"], english),
        contact_email=contact["email"],
        contact_method=contact["method"],
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
    english[contact["name"]] = contact["name"]  # a person's name stays as it is
    return page, english


def load(context):
    english = {}
    index = PracticeExampleIndexPage(**dutch(DATA["index"], english))
    add_page(context.home, index)
    translate(index, context.en, english)

    images = [
        make_image(context, image["title"], image["name"], image["colours"])
        for image in DATA["images"]
    ]
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
