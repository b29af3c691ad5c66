"""Registers the editors' side of the agenda; the code is in events/admin/."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from core.moderation import moderated_page_viewset

from .admin.bulk_actions import MarkAbsentBulkAction, MarkAttendedBulkAction
from .admin.buttons import registrant_listing_button, registrations_header_button
from .admin.registrant import registrant_urls
from .admin.viewsets import (
    RegistrationPermissionPolicy,
    fill_places_after_delete,
    registration_viewset,
)
from .models import EventPage, Registration

# The policy before the viewset, which would otherwise register Wagtail's default one.
register_permission_policy(Registration, RegistrationPermissionPolicy(Registration))
register_snippet(registration_viewset)

hooks.register("register_bulk_action", MarkAttendedBulkAction)
hooks.register("register_bulk_action", MarkAbsentBulkAction)
hooks.register("after_delete_snippet", fill_places_after_delete)
hooks.register("register_page_header_buttons", registrations_header_button)
hooks.register("register_admin_urls", registrant_urls)
hooks.register("register_snippet_listing_buttons", registrant_listing_button)


@hooks.register("register_admin_viewset")
def register_event_pages():
    return moderated_page_viewset(EventPage)
