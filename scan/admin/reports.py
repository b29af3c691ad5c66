"""A report of the scan's averages per domain, for all scans, per sector and per region.

Editors see how schools score without seeing any single response: the report shows running
totals (ScanStatistic) only, and exports them as CSV or Excel. The scans themselves are not in
the admin: they are anonymous and final.
"""

import django_filters

from django.utils.translation import gettext_lazy as _

from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from core.admin_reports import ReportMenuItem, report_urls
from core.csv import safe_cell
from core.localization import default_locale
from taxonomy.models import Region, Sector

from ..models import ScanPage, ScanStatistic, ScanVersion
from ..statistics import ALL

PERMISSION = "scan.view_scanresponse"


class ScopeFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Compared within"),
        choices=[
            (ALL, _("All scans")),
            ("sector", _("Sector")),
            ("region", _("Region")),
            ("sector-region", _("Sector and region")),
        ],
        method="filter_kind",
        empty_label=_("All"),
    )

    class Meta:
        model = ScanStatistic
        fields = []

    def filter_kind(self, queryset, name, value):
        if value == ALL:
            return queryset.filter(scope=ALL)
        if value == "sector-region":
            return queryset.filter(scope__startswith="sector:", scope__contains=":region:")
        return queryset.filter(scope__startswith=f"{value}:").exclude(
            scope__startswith="sector:", scope__contains=":region:"
        )


def domain_titles():
    """{domain key: (position, title)} from the newest version of the default-language scan."""
    page = ScanPage.objects.filter(locale=default_locale()).first()
    version = ScanVersion.objects.filter(page=page).order_by("-number").first()
    if version is None:
        return {}
    return {domain.key: (i, domain.title) for i, domain in enumerate(version.content.domains)}


def scope_labels():
    labels = {ALL: (0, _("All scans"))}
    names = {}
    for kind, model, order in (("sector", Sector, 1), ("region", Region, 2)):
        names[kind] = dict(model.objects.filter(locale=default_locale()).values_list("pk", "name"))
        for pk, name in names[kind].items():
            labels[f"{kind}:{pk}"] = (order, name)
    for sector, sector_name in names["sector"].items():
        for region, region_name in names["region"].items():
            labels[f"sector:{sector}:region:{region}"] = (
                3,
                _("%(sector)s in %(region)s") % {"sector": sector_name, "region": region_name},
            )
    return labels


class ScanReportView(ReportView):
    page_title = _("Appropriate Education Scan")
    header_icon = "list-ul"
    index_url_name = "scan_report"
    index_results_url_name = "scan_report_results"
    results_template_name = "wagtailadmin/reports/base_report_results.html"
    filterset_class = ScopeFilterSet
    permission_policy = None
    paginate_by = 500
    columns = [
        Column("domain_title", label=_("Domain")),
        Column("scope_label", label=_("Compared within")),
        Column("responses", label=_("Scans")),
        Column("average", label=_("Average score (0-100)")),
    ]
    list_export = ["domain_title", "scope_label", "responses", "average"]
    export_headings = {
        "domain_title": _("Domain"),
        "scope_label": _("Compared within"),
        "responses": _("Scans"),
        "average": _("Average score (0-100)"),
    }
    custom_field_preprocess = {
        "domain_title": {ReportView.FORMAT_CSV: safe_cell},
        "scope_label": {ReportView.FORMAT_CSV: safe_cell},
    }

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return "scan-gemiddelden"

    def get_queryset(self):
        return ScanStatistic.objects.filter(responses__gt=0).order_by("domain_key", "scope")

    def decorate_paginated_queryset(self, object_list):
        titles, scopes = domain_titles(), scope_labels()
        rows = []
        for row in object_list:
            position, row.domain_title = titles.get(row.domain_key, (len(titles), _("(removed)")))
            order, row.scope_label = scopes.get(row.scope, (3, row.scope))
            rows.append(((position, order, str(row.scope_label)), row))
        return [row for _key, row in sorted(rows, key=lambda item: item[0])]


def scan_report_urls():
    return report_urls("reports/scan/", ScanReportView, "scan_report")


def report_menu_item():
    return ReportMenuItem(
        _("Appropriate Education Scan"),
        "scan_report",
        shown=lambda user: user.has_perm(PERMISSION),
        name="scan-report",
        icon_name="list-ul",
        order=1160,
    )
