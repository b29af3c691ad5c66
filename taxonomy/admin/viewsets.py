"""The snippets of the vocabularies, grouped in the "Taxonomy" menu."""

import django_filters

from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import StatusFlagColumn
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from ..models import Audience, Organisation, Region, Sector, Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "code", "locale"]
    list_filter = ["locale"]


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "group"
    list_display = ["abbreviation", "name", "locale"]
    list_filter = ["locale"]


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "user"
    list_display = ["name", "locale"]
    list_filter = ["locale"]


class OrganisationFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[("unconfirmed", _("Awaiting confirmation")), ("confirmed", _("Confirmed"))],
        method="filter_status",
    )

    class Meta:
        model = Organisation
        fields = ["kind", "sector", "region", "locale"]

    def filter_status(self, queryset, name, value):
        return queryset.filter(confirmed=value == "confirmed")


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "home"
    list_display = [
        "name",
        "kind",
        "sector",
        "region",
        "locale",
        # Organisations that visitors proposed, for an editor to check and confirm.
        StatusFlagColumn("confirmed", label=_("Status"), false_label=_("Awaiting confirmation")),
    ]
    filterset_class = OrganisationFilterSet


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (ThemeViewSet, RegionViewSet, SectorViewSet, AudienceViewSet, OrganisationViewSet)
