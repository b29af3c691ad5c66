from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page

from home.localization import active_locale

from .highlight import highlight
from .insight import normalise, record_search
from .stemming import query_terms

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def visible_pages(request):
    """Live pages of the visitor's language that need no login or password."""
    return Page.objects.live().public().filter(locale=active_locale())


def specific_in_order(pages):
    """The specific pages of a page of results, in a query per page type instead of per page."""
    by_pk = {page.pk: page for page in Page.objects.filter(pk__in=[p.pk for p in pages]).specific()}
    return [by_pk[page.pk] for page in pages if page.pk in by_pk]


def promoted_pages(request, query):
    """The pages editors pinned to this query (Wagtail's search promotions), in their order: only
    live, public pages of the visitor's language."""
    promotions = SearchPromotion.objects.filter(
        query__query_string=normalise(query), page__in=visible_pages(request)
    ).order_by("sort_order", "pk")
    return specific_in_order([promotion.page for promotion in promotions.select_related("page")])


def is_new_search(request):
    """A search the visitor typed: its first page, not a page further or a live filter's update."""
    return request.GET.get("page", "1") == "1" and "X-Requested-With" not in request.headers


def no_page_cache(response):
    """Each search is counted (search.insight), so its page is not kept by the page cache
    (home/page_cache.py stores no response with max-age=0) nor by a shared cache."""
    patch_cache_control(response, private=True, max_age=0)
    return response


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = None
    promoted = []
    if query and query_terms(query):
        promoted = promoted_pages(request, query)
        results = (
            visible_pages(request)
            .exclude(pk__in=[page.pk for page in promoted])
            .search(query, operator="and")
        )
    page = Paginator(results if results is not None else [], RESULTS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    count = page.paginator.count + len(promoted)
    if results is not None:
        page.object_list = highlight(specific_in_order(page.object_list), query)
        if page.number > 1:
            promoted = []  # first on the first page only, and never below
        highlight(promoted, query)
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
        if is_new_search(request):
            record_search(query, found=bool(count))
        no_page_cache(response)
    return response
