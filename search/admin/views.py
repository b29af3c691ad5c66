"""The search insight report: what visitors searched for most, and what found nothing, in the
last SEARCH_INSIGHT_DAYS days (search/insight.py)."""

from django.conf import settings
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.search_promotions.models import SearchPromotion

from core.admin_reports import ReportMenuItem, SimpleReportView, report_urls
from search import insight
from search.models import SynonymGroup

PERMISSION = "search.view_search_insight"
ROWS = 50


def synonym_url():
    """Where editors add a synonym group (search.models.SynonymGroup)."""
    return reverse(SynonymGroup.snippet_viewset.get_url_name("add"))


class SearchInsightView(SimpleReportView):
    page_title = _("Search insight")
    header_icon = "search"
    template_name = "search/admin/insight.html"
    permission = PERMISSION

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        insight.write_counts()  # this process's latest; others write theirs within seconds
        frequent = insight.most_frequent(ROWS)
        nothing = insight.found_nothing(ROWS)
        promoted = set(
            SearchPromotion.objects.filter(
                query_id__in={row["query_id"] for row in frequent + nothing}
            ).values_list("query_id", flat=True)
        )
        for row in frequent + nothing:
            row["promoted"] = row["query_id"] in promoted
        context.update(
            days=settings.SEARCH_INSIGHT_DAYS,
            frequent=frequent,
            nothing=nothing,
            synonym_url=synonym_url(),
            can_promote=self.request.user.has_perm("wagtailsearchpromotions.add_searchpromotion"),
        )
        return context


def search_insight_urls():
    return report_urls(
        "reports/search-insight/", SearchInsightView, "search_insight", results=False
    )


def search_insight_menu_item():
    return ReportMenuItem(
        _("Search insight"),
        "search_insight",
        shown=lambda user: user.has_perm(PERMISSION),
        name="search-insight",
        icon_name="search",
        order=1310,
    )


def search_insight_permissions():
    return Permission.objects.filter(
        content_type__app_label="search", codename="view_search_insight"
    )
