"""/praktijkvoorbeelden/feed/: the newest practice examples as RSS 2.0 (or Atom with ?format=atom).

The feed takes the listing's GET parameters (`?thema=<slug>`, `regio`, `q`, ...) through the same
ExampleFilter, so every state of the listing has its own feed. Only live, public examples of the
active language appear; contact details never do.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from core.links import absolute_url, page_url

from .filters import FACETS, ExampleFilter

FEED_LENGTH = 20


class PracticeExampleFeed(Feed):
    """One instance per request: it holds the request's filter."""

    def __init__(self, request, index_page):
        self.request = request
        self.index_page = index_page
        params = request.GET.copy()
        # A feed is always newest first, whatever the listing was sorted by.
        params["sort"] = "nieuwste"
        self.example_filter = ExampleFilter(params)
        self.feed_type = Atom1Feed if request.GET.get("format") == "atom" else Rss201rev2Feed

    def chosen_names(self):
        """The names of the chosen filter options and the search words, for the feed's title."""
        names = []
        for facet in FACETS:
            options = dict(self.example_filter.options[facet.param])
            names += [str(options[value]) for value in self.example_filter.selected[facet.param]]
        if self.example_filter.tag:
            names.append(self.example_filter.tag)
        if self.example_filter.query:
            names.append(f"“{self.example_filter.query}”")
        return names

    def title(self):
        names = self.chosen_names()
        if names:
            return f"{self.index_page.title}: {', '.join(names)}"
        return self.index_page.title

    def link(self):
        query = self.request.GET.copy()
        for param in ("format", "page", "sort"):
            query.pop(param, None)
        url = page_url(self.index_page, self.request)
        return f"{url}?{query.urlencode()}" if query else url

    def feed_url(self):
        return absolute_url(self.request.get_full_path())

    def description(self):
        return self.index_page.intro or _("The newest practice examples.")

    def items(self):
        return list(self.example_filter.results().prefetch_related("themes")[:FEED_LENGTH])

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return page_url(item, self.request)

    def item_description(self, item):
        return item.intro

    def item_pubdate(self, item):
        return timezone.make_aware(
            datetime.datetime.combine(item.publication_date, datetime.time())
        )

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [theme.name for theme in item.themes.all()]


def feed_view(request, index_page):
    return PracticeExampleFeed(request, index_page)(request)
