from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin.views import PERMISSION, SearchInsightView
from .models import SynonymGroup


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_label = _("Synonyms")
    menu_order = 310
    add_to_admin_menu = True
    list_display = [
        "__str__",
        # A yes/no column (the field by its name would read "False").
        BooleanColumn("one_way", label=_("one way only"), sort_key="one_way"),
        "language",
    ]
    list_filter = ["language", "one_way"]
    search_fields = ["words"]


register_snippet(SynonymGroupViewSet)


@hooks.register("register_admin_urls")
def register_search_insight_url():
    return [path("reports/search-insight/", SearchInsightView.as_view(), name="search_insight")]


class SearchInsightMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_reports_menu_item")
def register_search_insight_menu_item():
    return SearchInsightMenuItem(
        _("Search insight"),
        reverse("search_insight"),
        name="search-insight",
        icon_name="search",
        order=1310,
    )


@hooks.register("register_permissions")
def register_search_insight_permission():
    return Permission.objects.filter(
        content_type__app_label="search", codename="view_search_insight"
    )
