from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class SiteInEveryLanguage(Sitemap):
    """Wagtail's sitemap of the live, public pages, in every language: Wagtail's own lists only
    the tree under the site's root page, the Dutch one, and not its translation under /en/."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True).live()
        in_a_tree = Q(pk__in=[])
        for root in roots:
            in_a_tree |= Q(path__startswith=root.path)
        return (
            Page.objects.filter(in_a_tree)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
