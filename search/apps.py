from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Site search")

    def ready(self):
        from wagtail.contrib.search_promotions.models import SearchPromotion

        from core.derived_cache import watch_content
        from core.page_cache import on_every_request

        from . import signals  # noqa: F401
        from .models import SynonymGroup
        from .views import count_search

        # A saved synonym changes what every search finds, and the search pages in the cache; a
        # promotion what one search shows first (search/views.py caches the results).
        watch_content(SynonymGroup, SearchPromotion)
        # A search page served from the page cache is still counted.
        on_every_request("search", count_search)
