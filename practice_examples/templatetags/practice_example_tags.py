"""Practice examples as other pages show them: facts, related examples, examples of a theme.
What their cards show, and which examples are related, is prepared in practice_examples/cards.py.
"""

from urllib.parse import urlencode

from django import template
from django.db.models import Exists, OuterRef, Q
from django.http import QueryDict
from django.utils import timezone

from wagtail.models import Locale

from core.localization import active_locale
from practice_examples import cards
from practice_examples.filters import FACETS, ExampleFilter, published_examples
from practice_examples.models import PracticeExampleIndexPage, PracticeExamplePage
from practice_examples.region_map import region_map
from taxonomy.models import Organisation, Sector

register = template.Library()


def index_url(request):
    """The example listing of the visitor's language, looked up once per request."""
    if not hasattr(request, "_example_index_url"):
        index = PracticeExampleIndexPage.objects.live().filter(locale=active_locale()).first()
        request._example_index_url = index.get_url(request) if index else ""
    return request._example_index_url


@register.simple_tag
def example_cards(pages):
    """Give the practice examples among `pages` (a page of search results, of any page type)
    what their cards show, in one go; renders nothing."""
    cards.attach_card_facts(pages)
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


@register.inclusion_tag("practice_examples/includes/related.html", takes_context=True)
def related_examples(context, page, count=cards.RELATED_COUNT):
    """The editor's choices first, then the examples sharing most themes and tags, then region
    (practice_examples/cards.py)."""
    request = context["request"]
    return {"examples": cards.related_examples(page, request, count), "request": request}


@register.inclusion_tag("practice_examples/includes/theme_examples.html", takes_context=True)
def theme_examples(context, theme, count=6):
    """The newest examples of a theme, with a link to all of them."""
    request = context["request"]
    examples = (
        published_examples().filter(themes__slug=theme.slug).order_by("-publication_date", "-pk")
    )
    total = examples.count()
    return {
        "examples": cards.prepare_cards(examples[:count]),
        "total": total,
        "all_url": f"{index_url(request)}?{urlencode({'thema': theme.slug})}" if total else "",
        "theme": theme,
        "request": request,
    }


def region_and_sector_first(found, region, sector):
    """Only the examples of the region (or national) and of the sector (or of none), those of
    the region first, then those of the sector, then the newest; `region` / `sector`: taxa,
    slugs or None."""
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
    return found.order_by(*order, "-publication_date", "-pk")


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
        found = region_and_sector_first(
            published_examples().filter(pk__in=on_themes), region, sector
        )
        examples = cards.prepare_cards(found[:count])
        total = len(examples) if len(examples) < count else found.count()
        sector_slug = getattr(sector, "slug", sector)
        if examples and total > len(examples) and sector_slug:
            listed = published_examples().filter(pk__in=on_themes, sectors__slug=sector_slug)
            listed_total = listed.count()
            if listed_total:
                params.append(("sector", sector_slug))
                sector_name = Sector.names_by_slug().get(sector_slug, "")
    query = urlencode(params)
    # none in an English visitor's language: those in Dutch
    in_dutch, in_dutch_url, in_dutch_lang = 0, "", ""
    if slugs and not examples:
        in_dutch, in_dutch_url, in_dutch_lang = examples_in_default_language(
            request, on_themes, query
        )
    all_url = f"{index_url(request)}?{query}" if examples else ""
    return {
        "examples": examples,
        "total": total,
        # Below the cards: the listing, when it has more than these; without any, those in Dutch.
        "more_url": all_url if total > len(examples) else in_dutch_url,
        "more_lang": in_dutch_lang,
        "in_dutch": in_dutch,
        "listed_total": listed_total,
        "sector_name": sector_name,
        "heading": heading,
        "heading_id": heading_id,
        "empty_text": empty_text,
        "request": request,
    }


def examples_in_default_language(request, examples, query):
    """How many of `examples` (a queryset) the site has in its default language, its listing
    filtered by `query` and the language's code, when the visitor reads another language;
    (0, "", "") otherwise."""
    default = Locale.get_default()
    if active_locale() == default:
        return 0, "", ""
    total = PracticeExamplePage.objects.live().public().filter(locale=default, pk__in=examples)
    total = total.count()
    index = PracticeExampleIndexPage.objects.live().filter(locale=default).first()
    if not total or index is None:
        return 0, "", ""
    return total, f"{index.get_url(request)}?{query}", default.language_code


@register.inclusion_tag("practice_examples/includes/region_map.html", takes_context=True)
def theme_region_map(context, theme):
    """The map of the theme's examples per province, each a link to the listing filtered by the
    theme and that province (the listing's own counts, from the same cache entry)."""
    example_filter = ExampleFilter(QueryDict(urlencode({"thema": theme.slug})))
    url = index_url(context["request"])
    if not url:
        return {"map": None}
    return {"map": region_map(example_filter, url, heading_level=2)}
