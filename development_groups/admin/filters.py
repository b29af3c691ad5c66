"""The listings' filters: the user's groups only."""

import django_filters

from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet

from ..models import SessionOutcome
from .scope import admin_groups, sessions_of


def user_groups(request):
    return admin_groups(request.user)


def group_filter(**kwargs):
    return django_filters.ModelChoiceFilter(
        label=_("Development group"),
        queryset=user_groups,
        empty_label=_("All groups"),
        **kwargs,
    )


class OutcomeFilterSet(WagtailFilterSet):
    group = group_filter(method="filter_group")

    class Meta:
        model = SessionOutcome
        fields = []

    def filter_group(self, queryset, name, value):
        groups = type(value).objects.filter(pk=value.pk)
        return queryset.filter(session__in=sessions_of(groups))


def group_filterset(model):
    return type(
        f"{model.__name__}FilterSet",
        (WagtailFilterSet,),
        {
            "group_page": group_filter(field_name="group_page"),
            "Meta": type("Meta", (), {"model": model, "fields": ["group_page"]}),
        },
    )
