"""Registers the search side of the admin; the code is in search/admin/."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .admin.views import search_insight_menu_item, search_insight_permissions, search_insight_urls
from .admin.viewsets import SynonymGroupViewSet

register_snippet(SynonymGroupViewSet)

hooks.register("register_admin_urls", search_insight_urls)
hooks.register("register_reports_menu_item", search_insight_menu_item)
hooks.register("register_permissions", search_insight_permissions)
