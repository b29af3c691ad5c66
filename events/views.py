from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.utils.functional import SimpleLazyObject

from .cards import prepare_cards
from .filters import PAST, PERIODS, UPCOMING, EventFilter

PER_PAGE = 12


def index_view(request, index_page):
    """/agenda/: upcoming events (or past ones, ?periode=verleden) with filters by month, theme,
    audience, kind, region and tag, and pages; every state is a shareable address."""
    event_filter = EventFilter(request.GET)

    def page_of_cards():
        page_obj = Paginator(event_filter.results(), PER_PAGE).get_page(request.GET.get("page"))
        page_obj.object_list = prepare_cards(page_obj.object_list)
        return page_obj

    params = request.GET.copy()
    params.pop("page", None)
    theme = event_filter.selected["thema"]
    return index_page.render(
        request,
        context_overrides={
            "filter": event_filter,
            # Loaded only when the template renders them: not when it shows the listing's
            # fragment from the cache (core/fragment_cache.py).
            "facets": SimpleLazyObject(event_filter.facets),
            "months": SimpleLazyObject(lambda: event_filter.months),
            "periods": [
                (value, label, value == event_filter.period) for value, label in PERIODS.items()
            ],
            "upcoming": UPCOMING,
            "past": PAST,
            "page_obj": SimpleLazyObject(page_of_cards),
            "query_without_page": params.urlencode(),
            "feed_query": urlencode({"thema": theme}) if theme else "",
        },
    )
