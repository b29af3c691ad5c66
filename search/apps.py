from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Site search")

    def ready(self):
        import atexit

        from django.core.signals import request_finished

        from wagtail.contrib.search_promotions.models import SearchPromotion

        from core.derived_cache import watch_content
        from core.page_cache import on_every_request

        from . import insight, signals  # noqa: F401
        from .models import SynonymGroup
        from .views import count_search

        # A saved synonym changes what every search finds, and the search pages in the cache; a
        # promotion what one search shows first (search/views.py caches the results).
        watch_content(SynonymGroup, SearchPromotion)
        # A search page served from the page cache is still counted.
        on_every_request("search", count_search)
        # Searches are counted in the process and written together (search/insight.py): after
        # any request once they are due, and when the process exits.
        request_finished.connect(insight.write_when_due, dispatch_uid="search.write_counts")
        atexit.register(insight.write_at_exit)
