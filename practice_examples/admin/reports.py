"""Reports > "Examples to review": examples whose review date has passed."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.ui.tables.pages import PageStatusColumn
from wagtail.admin.views.reports import PageReportView
from wagtail.permission_policies.pages import PagePermissionPolicy

from core.admin_reports import ReportMenuItem, report_urls
from core.csv import safe_cell

from ..models import PracticeExamplePage
from .columns import ReportTitleColumn, ReviewDateColumn
from .filters import ReviewDueFilterSet


class ReviewDueReportView(PageReportView):
    """Examples whose "review by" date has passed, the longest overdue first."""

    page_title = _("Examples to review")
    header_icon = "time"
    index_url_name = "practice_examples_review_report"
    index_results_url_name = "practice_examples_review_report_results"
    results_template_name = "wagtailadmin/reports/base_report_results.html"
    filterset_class = ReviewDueFilterSet
    any_permission_required = ["add", "change", "publish"]
    columns = [
        ReportTitleColumn("title", label=_("Title"), classname="title"),
        ReviewDateColumn("review_date", label=_("Review by")),
        DateColumn("latest_revision_created_at", label=_("Last edited")),
        Column("owner", label=_("Owner")),
        PageStatusColumn("status", label=_("Status")),
    ]
    list_export = [
        "title",
        "full_url",
        "review_date",
        "latest_revision_created_at",
        "status_string",
    ]
    export_headings = {
        "title": _("Title"),
        "full_url": _("URL"),
        "review_date": _("Review by"),
        "latest_revision_created_at": _("Last edited"),
        "status_string": _("Status"),
    }

    # The XLSX export keeps formulas out by itself; the CSV export needs telling.
    custom_field_preprocess = {"title": {PageReportView.FORMAT_CSV: safe_cell}}

    def get_filename(self):
        return f"review-due-{timezone.localdate().isoformat()}"

    def get_queryset(self):
        editable = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        return (
            PracticeExamplePage.objects.filter(
                review_date__lt=timezone.localdate(), pk__in=editable.values("pk")
            )
            .select_related("owner", "locale")
            .defer_streamfields()
            .order_by("review_date", "title")
        )


def may_review(user):
    return PagePermissionPolicy().user_has_any_permission(user, ["add", "change", "publish"])


def review_report_urls():
    return report_urls(
        "reports/practice-examples-review/", ReviewDueReportView, "practice_examples_review_report"
    )


def review_report_menu_item():
    return ReportMenuItem(
        _("Examples to review"),
        "practice_examples_review_report",
        shown=may_review,
        name="practice-examples-review",
        icon_name="time",
        order=1150,
    )
