from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page

from core.derived_cache import cached, current_versions
from core.localization import active_locale
from core.page_cache import when_served

from .highlight import highlight
from .insight import normalise, record_search
from .stemming import query_terms
from .vocabulary import VOCABULARY_VERSION_KEY

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def visible_pages(request):
    """Live pages of the visitor's language that need no login or password."""
    return Page.objects.live().public().filter(locale=active_locale())


def specific_in_order(ids):
    """The specific pages with these ids, in a query per page type instead of per page."""
    by_pk = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    return [by_pk[pk] for pk in ids if pk in by_pk]


def promoted_pages(request, query):
    """The ids of the pages editors pinned to this query (Wagtail's search promotions), in their
    order: only live, public pages of the visitor's language."""
    promotions = SearchPromotion.objects.filter(
        query__query_string=normalise(query), page__in=visible_pages(request)
    ).order_by("sort_order", "pk")
    return list(promotions.values_list("page_id", flat=True))


def search_ids(request, query, number):
    """{"promoted": ids, "ids": ids of the results on page `number`, "number": that page's number
    (a number beyond the last is the last), "count": the results beside the promoted}: derived
    data, cached until content or the search vocabulary changes (search/vocabulary.py)."""
    vocabulary = current_versions([VOCABULARY_VERSION_KEY])[VOCABULARY_VERSION_KEY]

    def compute():
        promoted = promoted_pages(request, query)
        results = visible_pages(request).exclude(pk__in=promoted).search(query, operator="and")
        page = Paginator(results, RESULTS_PER_PAGE).get_page(number)
        return {
            "promoted": promoted,
            "ids": [result.pk for result in page.object_list],
            "number": page.number,
            "count": page.paginator.count,
        }

    return cached("site-search", (get_language(), vocabulary, query, number), compute)


def is_new_search(request):
    """A search the visitor typed: its first page, not a page further or a live filter's update."""
    return request.GET.get("page", "1") == "1" and "X-Requested-With" not in request.headers


def count_search(request, query, found):
    """Count a search the visitor typed (search.insight): when its page is rendered and
    whenever the page cache serves it again (core/page_cache.py, registered in apps.py)."""
    if is_new_search(request):
        record_search(query, found=found)


def counted(response, request, query, found):
    """A page of search results: counted now and each time it is served from the page cache."""
    count_search(request, query, found)
    when_served(response, "search", query, found)
    return response


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    found = None
    if query and query_terms(query):
        found = search_ids(request, query, request.GET.get("page"))
    count = found["count"] + len(found["promoted"]) if found else 0
    page = Paginator(range(found["count"]) if found else [], RESULTS_PER_PAGE).get_page(
        found["number"] if found else None
    )
    promoted = []
    if found:
        shown = found["promoted"] if page.number == 1 else []  # first on the first page only
        # Loaded only when the template renders them: not when it shows the results' fragment
        # from the cache (core/fragment_cache.py).
        page.object_list = SimpleLazyObject(
            lambda: highlight(specific_in_order(found["ids"]), query)
        )
        promoted = SimpleLazyObject(lambda: highlight(specific_in_order(shown), query))
    response = TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "page_obj": page,
            "promoted": promoted,
            "result_count": count,
            "has_results": bool(count),
            "seo_title": _("Search") + (f": {query}" if query else ""),
        },
    )
    if query:
        counted(response, request, query, bool(count))
    return response
