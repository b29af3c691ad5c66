"""Registers following's admin: the editors' report of followers per theme and region, and the
look-up of one subscriber's data for a request under the GDPR; the code is in following/admin/."""

from wagtail import hooks

from .admin.counts import follower_counts_menu_item, follower_counts_urls
from .admin.subscriber import subscriber_urls

hooks.register("register_admin_urls", follower_counts_urls)
hooks.register("register_admin_urls", subscriber_urls)
hooks.register("register_reports_menu_item", follower_counts_menu_item)
