"""Registers the scan's report in the admin; the code is in scan/admin/."""

from wagtail import hooks

from .admin.reports import report_menu_item, scan_report_urls

hooks.register("register_admin_urls", scan_report_urls)
hooks.register("register_reports_menu_item", report_menu_item)
