"""The "Practice examples" listing in the admin menu."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.pages import PageListingViewSet

from core.admin_listing import ListingRowsMixin
from core.admin_locale import own_language_first

from ..models import PracticeExamplePage
from .columns import CalendarDateColumn, ReviewDateColumn
from .filters import PracticeExampleFilterSet


class PracticeExampleIndexView(ListingRowsMixin, IndexView):
    """The examples in the editor's admin language first (a Dutch editor meets the Dutch
    examples, not their newer English translations); the locale filter shows one language.
    Its rows ask nothing of the database themselves (core/admin_listing.py)."""

    def get_base_queryset(self):
        """Wagtail's, without its filter to the pages the user may explore where it can leave
        nothing out (core.admin_listing.ListingRowsMixin.explores_everything_below)."""
        if not self.explores_everything_below():
            return super().get_base_queryset()
        return self.annotate_queryset(self.model.objects.filter(depth__gt=1))

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
