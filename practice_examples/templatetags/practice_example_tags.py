"""Practice examples as other pages show them: facts, related examples, examples of a theme."""

from collections import Counter
from urllib.parse import urlencode

from django import template
from django.db.models import Exists, IntegerField, OuterRef, Q, Value
from django.http import QueryDict
from django.utils import timezone

from wagtail.models import Locale

from core.derived_cache import cached
from core.localization import active_locale, attach_listing_images, localized_pages
from practice_examples.cards import attach_card_facts
from practice_examples.filters import FACETS, ExampleFilter, published_examples
from practice_examples.models import (
    PracticeExampleIndexPage,
    PracticeExamplePage,
    PracticeExampleTag,
)
from practice_examples.region_map import region_map
from taxonomy.models import Organisation, Sector

register = template.Library()

RELATED_COUNT = 3


def index_url(request):
    """The example listing of the visitor's language, looked up once per request."""
    if not hasattr(request, "_example_index_url"):
        index = PracticeExampleIndexPage.objects.live().filter(locale=active_locale()).first()
        request._example_index_url = index.get_url(request) if index else ""
    return request._example_index_url


def prepare_cards(examples):
    """Card data for many examples at once: their images and taxa, in a fixed number of queries."""
    examples = list(examples)
    attach_listing_images(examples)
    attach_card_facts(examples)
    return examples


@register.simple_tag
def example_cards(pages):
    """Give the practice examples among `pages` (a page of search results, of any page type)
    what their cards show, in one go; renders nothing."""
    attach_card_facts(pages)
    return ""


def last_updated(page):
    """The day the example was last republished, when that was after its first publication and
    after its publication date; None otherwise."""
    if not (page.last_published_at and page.first_published_at):
        return None
    updated = timezone.localdate(page.last_published_at)
    first = timezone.localdate(page.first_published_at)
    if updated > first and updated > page.publication_date:
        return updated
    return None


@register.inclusion_tag("practice_examples/includes/facts.html", takes_context=True)
def example_facts(context, page):
    """Themes, regions, sectors, audiences, organisations and tags, each a link to the listing
    filtered by it, named in the visitor's language."""
    base = index_url(context["request"])
    rows = []
    for facet in FACETS:
        if facet.model is None:
            continue
        names = dict(facet.options())
        slugs = sorted({taxon.slug for taxon in getattr(page, facet.field).all()})
        links = [
            (names.get(slug, slug), f"{base}?{urlencode({facet.param: slug})}") for slug in slugs
        ]
        if links:
            rows.append((facet.label, links))
    organisation_names = Organisation.names_by_slug()
    organisations = [
        (organisation_names.get(organisation.slug, organisation.name), organisation.website)
        for organisation in page.public_organisations()
    ]
    tags = [(tag.name, f"{base}?{urlencode({'tag': tag.slug})}") for tag in page.tags.all()]
    return {
        "rows": rows,
        "organisations": organisations,
        "tags": tags,
        "page": page,
        "published": page.publication_date,
        "updated": last_updated(page),
    }


def similar_example_ids(page, exclude, count):
    """The ids of `count` published examples (none of `exclude`) sharing most themes and tags
    with `page`, then most regions, the newest first among equals.

    Counted from the link tables alone: the links to the page's themes, tags and regions, in one
    query (UNION ALL), then the publication dates of the examples that can make the first
    `count`, in a second. (Counting with joins on the examples grouped every candidate's wide
    page row: 110 ms at 10,000 examples against 15-25 ms so, issue 18.)"""
    theme_slugs = list(page.themes.values_list("slug", flat=True))
    region_slugs = list(page.regions.values_list("slug", flat=True))
    tag_ids = list(page.tagged_items.values_list("tag_id", flat=True))
    published = published_examples().exclude(pk__in=exclude).values("pk")
    model = PracticeExamplePage
    links = [
        (model.themes.through, "practiceexamplepage_id", {"theme__slug__in": theme_slugs}, 0),
        (PracticeExampleTag, "content_object_id", {"tag_id__in": tag_ids}, 0),
        (model.regions.through, "practiceexamplepage_id", {"region__slug__in": region_slugs}, 1),
    ]
    parts = [
        through.objects.filter(**{f"{column}__in": published, **condition}).values_list(
            column, Value(kind, output_field=IntegerField())
        )
        for through, column, condition, kind in links
        if next(iter(condition.values()))
    ]
    if not parts:
        return []
    scores = {}
    for pk, kind in parts[0].union(*parts[1:], all=True):
        shared, shared_regions = scores.get(pk, (0, 0))
        scores[pk] = (shared + 1, shared_regions) if kind == 0 else (shared, shared_regions + 1)
    # The best scores that hold `count` examples between them; the dates of those alone.
    needed, held = set(), 0
    for score, number in sorted(Counter(scores.values()).items(), reverse=True):
        if held >= count:
            break
        needed.add(score)
        held += number
    candidates = [pk for pk, score in scores.items() if score in needed]
    dates = dict(model.objects.filter(pk__in=candidates).values_list("pk", "publication_date"))
    ranked = sorted(candidates, key=lambda pk: (scores[pk], dates[pk], pk), reverse=True)
    return ranked[:count]


@register.inclusion_tag("practice_examples/includes/related.html", takes_context=True)
def related_examples(context, page, count=RELATED_COUNT):
    """The editor's choices first, then the examples sharing most themes and tags, then region."""
    # Each example once, even if an unsaved preview or a translation's mapping repeats one; in
    # the page's language only (a translation leaves out the examples not translated yet).
    chosen = list(
        {
            example.pk: example
            for example in localized_pages(
                (related.example for related in page.related_examples.select_related("example")),
                fallback=False,
            )
            if example.pk != page.pk
        }.values()
    )[:count]
    remaining = count - len(chosen)
    others = []
    if remaining > 0:
        exclude = [page.pk, *(example.pk for example in chosen)]
        parts = (page.pk, active_locale().pk, exclude, remaining)
        if getattr(context["request"], "is_preview", False):
            # An editor's preview has the unsaved themes, tags and regions of the form: what
            # they find is kept under them, apart from what the published page shows.
            parts += tuple(
                sorted(values)
                for values in (
                    page.themes.values_list("slug", flat=True),
                    page.regions.values_list("slug", flat=True),
                    page.tagged_items.values_list("tag_id", flat=True),
                )
            )
        ids = cached(
            "related-examples", parts, lambda: similar_example_ids(page, exclude, remaining)
        )
        found = {example.pk: example for example in published_examples().filter(pk__in=ids)}
        others = [found[pk] for pk in ids if pk in found]
    examples = chosen + others
    attach_card_facts(examples)
    return {"examples": examples, "request": context["request"]}


@register.inclusion_tag("practice_examples/includes/theme_examples.html", takes_context=True)
def theme_examples(context, theme, count=6):
    """The newest examples of a theme, with a link to all of them."""
    request = context["request"]
    examples = (
        published_examples().filter(themes__slug=theme.slug).order_by("-publication_date", "-pk")
    )
    total = examples.count()
    return {
        "examples": prepare_cards(examples[:count]),
        "total": total,
        "all_url": f"{index_url(request)}?{urlencode({'thema': theme.slug})}",
        "theme": theme,
        "request": request,
    }


@register.inclusion_tag("practice_examples/includes/examples_on_themes.html", takes_context=True)
def examples_on_themes(
    context,
    themes,
    count=6,
    heading="",
    heading_id="examples-heading",
    empty_text="",
    sector=None,
    region=None,
):
    """The newest examples on any of several themes (Theme objects or slugs), with a link to
    the listing filtered by them. Renders `empty_text` (or nothing) when there are none.

    `sector` / `region` (taxa or slugs): only examples of that sector or of none, in that
    region or in none (national); those of the region first, then those of the sector. The link
    to the listing filters by the sector too (`sector=<slug>`, the listing's own parameter) and
    says how many that listing has, when it has any (one query more)."""
    request = context["request"]
    slugs = sorted({getattr(item, "slug", item) for item in themes or []} - {"", None})
    examples, total = [], 0
    params = [("thema", slug) for slug in slugs]
    listed_total, sector_name = 0, ""  # the listing filtered by the sector too
    if slugs:
        on_themes = PracticeExamplePage.objects.filter(themes__slug__in=slugs).values("pk")
        found = published_examples().filter(pk__in=on_themes)
        order = []
        for name, taxon in (("regions", region), ("sectors", sector)):
            if taxon is None:
                continue
            taxon_slug = getattr(taxon, "slug", taxon)
            same = PracticeExamplePage.objects.filter(pk=OuterRef("pk"))
            matches = Exists(same.filter(**{f"{name}__slug": taxon_slug}))
            found = found.alias(**{f"{name}_match": matches}).filter(
                Q(**{f"{name}_match": True}) | ~Exists(same.filter(**{f"{name}__isnull": False}))
            )
            order.append(f"-{name}_match")
        found = found.order_by(*order, "-publication_date", "-pk")
        examples = prepare_cards(found[:count])
        total = len(examples) if len(examples) < count else found.count()
        sector_slug = getattr(sector, "slug", sector)
        if examples and total > len(examples) and sector_slug:
            listed = published_examples().filter(pk__in=on_themes, sectors__slug=sector_slug)
            listed_total = listed.count()
            if listed_total:
                params.append(("sector", sector_slug))
                sector_name = Sector.names_by_slug().get(sector_slug, "")
    query = urlencode(params)
    in_dutch, in_dutch_url = 0, ""  # none in an English visitor's language: those in Dutch
    if slugs and not examples:
        in_dutch, in_dutch_url = examples_in_default_language(request, on_themes, query)
    return {
        "examples": examples,
        "total": total,
        "all_url": f"{index_url(request)}?{query}" if examples else "",
        "in_dutch": in_dutch,
        "in_dutch_url": in_dutch_url,
        "listed_total": listed_total,
        "sector_name": sector_name,
        "heading": heading,
        "heading_id": heading_id,
        "empty_text": empty_text,
        "request": request,
    }


def examples_in_default_language(request, examples, query):
    """How many of `examples` (a queryset) the site has in its default language, and its listing
    filtered by `query`, when the visitor reads another language; (0, "") otherwise."""
    default = Locale.get_default()
    if active_locale() == default:
        return 0, ""
    total = PracticeExamplePage.objects.live().public().filter(locale=default, pk__in=examples)
    total = total.count()
    index = PracticeExampleIndexPage.objects.live().filter(locale=default).first()
    if not total or index is None:
        return 0, ""
    return total, f"{index.get_url(request)}?{query}"


@register.inclusion_tag("practice_examples/includes/region_map.html", takes_context=True)
def theme_region_map(context, theme):
    """The map of the theme's examples per province, each a link to the listing filtered by the
    theme and that province (the listing's own counts, from the same cache entry)."""
    example_filter = ExampleFilter(QueryDict(urlencode({"thema": theme.slug})))
    url = index_url(context["request"])
    if not url:
        return {"map": None}
    return {"map": region_map(example_filter, url, heading_level=2)}
