"""Filters of the examples listing and the review report: theme, region, review date."""

import datetime

import django_filters

from django.forms import CheckboxSelectMultiple
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.models import Locale

from taxonomy.models import Region, Theme

from ..models import PracticeExamplePage

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


class ReviewDueFilterSet(WagtailFilterSet):
    theme = taxon_filter(Theme, _("Theme"), "themes__slug")
    region = taxon_filter(Region, _("Region"), "regions__slug")

    class Meta:
        model = PracticeExamplePage
        fields = ["live"]
