"""Buttons that lead to the registrations: on an event's editor header, and from a registration
to all data of its registrant."""

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from wagtail.admin.widgets.button import Button

from ..models import EventPage, Registration
from .viewsets import registration_viewset, registrations_url


def registrations_header_button(page, user, view_name, next_url=None):
    page = page.specific_deferred
    if not isinstance(page, EventPage) or page.registration_mode != EventPage.RegistrationMode.SITE:
        return []
    if not registration_viewset.permission_policy.user_has_permission(user, "view"):
        return []
    return [
        Button(
            _("Registrations"),
            url=registrations_url(page.registration_event),
            icon_name="group",
            priority=35,
        )
    ]


def registrant_listing_button(snippet, user, next_url=None):
    if not isinstance(snippet, Registration) or not snippet.email:
        return []
    if not registration_viewset.permission_policy.user_has_permission(user, "view"):
        return []
    return [
        Button(
            _("All data of this registrant"),
            url=reverse("events_registrant") + "?" + urlencode({"email": snippet.email}),
            icon_name="user",
            priority=40,
        )
    ]
