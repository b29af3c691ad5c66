"""Registers the editors' side of practice examples; the code is in practice_examples/admin/."""

from wagtail import hooks

from core.moderation import moderated_page_viewset

from .admin.reports import review_report_menu_item, review_report_urls
from .admin.viewsets import practice_example_listing
from .models import PracticeExamplePage


@hooks.register("register_admin_viewset")
def register_practice_example_listing():
    return practice_example_listing


@hooks.register("register_admin_viewset")
def register_practice_example_pages():
    return moderated_page_viewset(PracticeExamplePage)


hooks.register("register_admin_urls", review_report_urls)
hooks.register("register_reports_menu_item", review_report_menu_item)
