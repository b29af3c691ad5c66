"""The registrations snippet: its listing, filters, export and permission policy."""

import django_filters

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from core.csv import safe_cell

from ..models import EventPage, Registration
from ..registration import fill_free_places, lock_event, with_waiting_positions

EXPORT_FIELDS = [
    "event",
    "name",
    "email",
    "organisation",
    "role",
    "remarks",
    "status",
    "waiting_position",
    "created_at",
    "promoted_at",
    "cancelled_at",
    "attended",
]


class RegistrationPermissionPolicy(ModelPermissionPolicy):
    """Nobody adds or copies a registration in the admin: places go through the capacity rule."""

    def user_has_permission(self, user, action):
        return action not in ("add", "copy") and super().user_has_permission(user, action)


def registration_events(request):
    """The events that take registrations on the site, newest first, in the default language
    (registrations belong to that page)."""
    return (
        EventPage.objects.filter(locale=Locale.get_default())
        .exclude(registration_mode=EventPage.RegistrationMode.NONE)
        .order_by("-starts_at")
    )


class RegistrationFilterSet(WagtailFilterSet):
    event = django_filters.ModelChoiceFilter(
        label=_("Event"), queryset=registration_events, empty_label=_("All events")
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Registration.Status.choices, empty_label=_("Any")
    )
    attended = django_filters.BooleanFilter(label=_("Attended"))

    class Meta:
        model = Registration
        fields = ["event", "status", "attended"]


class RegistrationIndexView(IndexView):
    custom_field_preprocess = {field: {IndexView.FORMAT_CSV: safe_cell} for field in EXPORT_FIELDS}

    def get_filename(self):
        return f"registrations-{timezone.localdate().isoformat()}"

    @cached_property
    def header_buttons(self):
        return [
            *super().header_buttons,
            HeaderButton(
                _("Registrant's data"), url=reverse("events_registrant"), icon_name="user"
            ),
        ]


class RegistrationViewSet(SnippetViewSet):
    model = Registration
    icon = "group"
    menu_label = _("Registrations")
    menu_name = "registrations"
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = RegistrationIndexView
    list_display = [
        "name",
        "email",
        "event",
        "status",
        Column("waiting_position", label=_("Waiting list number"), sort_key="queue_number"),
        "created_at",
        "attended",
    ]
    list_per_page = 50
    filterset_class = RegistrationFilterSet
    search_fields = ["name", "email", "organisation"]
    search_backend_name = None  # the database's own LIKE: registrations are not in the index
    ordering = ["event", "queue_number"]
    list_export = EXPORT_FIELDS
    export_headings = {
        "event": _("Event"),
        "name": _("Name"),
        "email": _("E-mail"),
        "organisation": _("Organisation"),
        "role": _("Role"),
        "remarks": _("Remarks"),
        "status": _("Status"),
        "waiting_position": _("Waiting list number"),
        "created_at": _("Registered at"),
        "promoted_at": _("Promoted from the waiting list at"),
        "cancelled_at": _("Cancelled at"),
        "attended": _("Attended"),
    }
    panels = [
        FieldPanel("name"),
        FieldPanel("organisation"),
        FieldPanel("role"),
        FieldPanel("remarks"),
        FieldPanel("attended"),
    ]
    copy_view_enabled = False
    inspect_view_enabled = True

    def get_queryset(self, request):
        # The waiting list number as the mail and the result page give it (registration.py).
        return with_waiting_positions(Registration.objects.select_related("event"))


registration_viewset = RegistrationViewSet()


def registrations_url(event):
    return reverse(registration_viewset.get_url_name("list")) + f"?event={event.pk}"


def fill_places_after_delete(request, instances):
    """A confirmed registration deleted in the admin frees a place for the waiting list (whose
    mails fill_free_places queues)."""
    event_ids = {instance.event_id for instance in instances if isinstance(instance, Registration)}
    for event in EventPage.objects.filter(pk__in=event_ids):
        with transaction.atomic():
            fill_free_places(lock_event(event))
