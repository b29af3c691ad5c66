"""The editors' side of practice examples: a listing of all examples that filters by theme,
region and review date ("Practice examples" in the admin menu), and a report of the examples
whose review date has passed (Reports > "Examples to review")."""

import datetime

import django_filters

from django.forms import CheckboxSelectMultiple
from django.urls import path, reverse
from django.utils import timezone
from django.utils.timesince import timesince, timeuntil
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.ui.tables.pages import PageStatusColumn, PageTitleColumn
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.views.reports import PageReportView
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.models import Locale
from wagtail.permission_policies.pages import PagePermissionPolicy

from core.admin_listing import ListingRowsMixin
from core.admin_locale import own_language_first
from core.csv import safe_cell
from core.moderation import moderated_page_viewset
from taxonomy.models import Region, Theme

from .models import PracticeExamplePage

DUE_SOON_DAYS = 90


def taxon_choices(model):
    """(slug, name) of a vocabulary, named in the default language. A slug is the same in every
    language, so filtering by it finds the Dutch examples and their translations alike."""

    def choices():
        return list(
            model.objects.filter(locale=Locale.get_default())
            .order_by("name")
            .values_list("slug", "name")
        )

    return choices


def taxon_filter(model, label, field_name):
    return django_filters.MultipleChoiceFilter(
        label=label,
        field_name=field_name,
        choices=taxon_choices(model),
        widget=CheckboxSelectMultiple,
        distinct=True,
    )


class ReviewStatusFilter(django_filters.ChoiceFilter):
    def filter(self, qs, value):
        today = timezone.localdate()
        if value == "overdue":
            return qs.filter(review_date__lt=today)
        if value == "due_soon":
            return qs.filter(
                review_date__gte=today,
                review_date__lte=today + datetime.timedelta(days=DUE_SOON_DAYS),
            )
        if value == "none":
            return qs.filter(review_date__isnull=True)
        return qs


REVIEW_STATUS_CHOICES = [
    ("overdue", _("Review date passed")),
    ("due_soon", _("Review due within 90 days")),
    ("none", _("No review date")),
]


class CalendarDateColumn(DateColumn):
    """A date as the date itself with how far off it is ("over 3 jaar", "2 maanden geleden").
    (Wagtail's DateColumn shows only the time since a date, the date itself in a tooltip, and
    reads "Zojuist" for every date still to come.)"""

    cell_template_name = "practice_examples/admin/review_date_cell.html"
    mark_overdue = False

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        value = context["value"]
        if value:
            context |= review_date_hint(value)
            context["overdue"] = self.mark_overdue and context["overdue"]
        return context


class ReviewDateColumn(CalendarDateColumn):
    """A review date as a calendar date, passed ones marked overdue in words."""

    mark_overdue = True


class ReportTitleColumn(PageTitleColumn):
    """The page title column with a plain header: Wagtail's header counts the listing's rows
    ("1-50 of 52"), which a report's table does not pass it ("1-None of NoneNone")."""

    header_template_name = "wagtailadmin/tables/column_header.html"


def review_date_hint(review_date, today=None):
    """{"hint": how far off the review date is, "overdue": whether it has passed}."""
    today = today or timezone.localdate()
    if review_date == today:
        hint = gettext("today")
    elif review_date > today:
        hint = gettext("in %(period)s") % {"period": timeuntil(review_date, today, depth=1)}
    else:
        hint = gettext("%(period)s ago") % {"period": timesince(review_date, today, depth=1)}
    return {"hint": hint, "overdue": review_date < today}


class PracticeExampleFilterSet(PageFilterSet):
    theme = taxon_filter(Theme, _("Theme"), "themes__slug")
    region = taxon_filter(Region, _("Region"), "regions__slug")
    review_status = ReviewStatusFilter(
        label=_("Review"),
        choices=REVIEW_STATUS_CHOICES,
        empty_label=_("Any"),
    )
    review_date = django_filters.DateFromToRangeFilter(
        label=_("Review by"),
        widget=DateRangePickerWidget,
    )

    class Meta:
        model = PracticeExamplePage
        fields = []


class PracticeExampleIndexView(ListingRowsMixin, IndexView):
    """The examples in the editor's admin language first (a Dutch editor meets the Dutch
    examples, not their newer English translations); the locale filter shows one language.
    Its rows ask nothing of the database themselves (core/admin_listing.py)."""

    def order_queryset(self, queryset):
        queryset = super().order_queryset(queryset)
        if self.is_searching:
            return queryset  # by relevance or by the search backend's ordering
        return own_language_first(queryset)


class PracticeExampleListingViewSet(PageListingViewSet):
    model = PracticeExamplePage
    index_view_class = PracticeExampleIndexView
    icon = "clipboard-list"
    menu_label = _("Practice examples")
    menu_order = 150
    add_to_admin_menu = True
    filterset_class = PracticeExampleFilterSet
    columns = [
        *IndexView.base_columns,
        CalendarDateColumn("publication_date", label=_("Published"), sort_key="publication_date"),
        ReviewDateColumn("review_date", label=_("Review by"), sort_key="review_date"),
    ]


practice_example_listing = PracticeExampleListingViewSet("practice_examples")


@hooks.register("register_admin_viewset")
def register_practice_example_listing():
    return practice_example_listing


@hooks.register("register_admin_viewset")
def register_practice_example_pages():
    return moderated_page_viewset(PracticeExamplePage)


class ReviewDueFilterSet(WagtailFilterSet):
    theme = taxon_filter(Theme, _("Theme"), "themes__slug")
    region = taxon_filter(Region, _("Region"), "regions__slug")

    class Meta:
        model = PracticeExamplePage
        fields = ["live"]


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


@hooks.register("register_admin_urls")
def register_review_report_urls():
    return [
        path(
            "reports/practice-examples-review/",
            ReviewDueReportView.as_view(),
            name="practice_examples_review_report",
        ),
        path(
            "reports/practice-examples-review/results/",
            ReviewDueReportView.as_view(results_only=True),
            name="practice_examples_review_report_results",
        ),
    ]


class ReviewReportMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return ReviewReportMenuItem(
        _("Examples to review"),
        reverse("practice_examples_review_report"),
        name="practice-examples-review",
        icon_name="time",
        order=1150,
    )
