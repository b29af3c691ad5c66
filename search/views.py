from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from wagtail.models import Page

from home.localization import active_locale

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


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = None
    if query and query_terms(query):
        results = visible_pages(request).search(query, operator="and")
    page = Paginator(results if results is not None else [], RESULTS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    if results is not None:
        page.object_list = specific_in_order(page.object_list)
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "page_obj": page,
            "has_results": bool(page.object_list),
            "seo_title": _("Search") + (f": {query}" if query else ""),
        },
    )
