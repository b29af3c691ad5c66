"""The editors' side of the agenda.

Registrations ("Registrations" in the admin menu): filter by event, status and attendance, search
by name or e-mail, export as CSV or XLSX, mark attendance (bulk actions), correct a name. Places
are only given through events/registration.py, so registrations are not added or copied here,
and deleting one gives its place to the waiting list. A registrant's request under the GDPR
(see all their data, or have it deleted) is the page "Registrant's data". An event's editor
header links to its registrations. Only users with a permission on Registration see any of it.
"""

import csv
import io
import json

import django_filters

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import Button, HeaderButton
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from core.csv import safe_cell
from core.links import page_url
from core.moderation import moderated_page_viewset

from .models import EventPage, Registration
from .registration import (
    delete_person,
    fill_free_places,
    lock_event,
    registrations_of,
    with_waiting_positions,
)

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


register_permission_policy(Registration, RegistrationPermissionPolicy(Registration))


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
register_snippet(registration_viewset)


# Attendance ------------------------------------------------------------------------------------


class AttendanceBulkAction(SnippetBulkAction):
    models = [Registration]
    attended = None
    template_name = "events/admin/confirm_attendance.html"

    def check_perm(self, registration):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", registration
        )

    @classmethod
    def execute_action(cls, objects, **kwargs):
        ids = [registration.pk for registration in objects]
        return Registration.objects.filter(pk__in=ids).update(attended=cls.attended), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d registration marked.", "%(count)d registrations marked.", num_parent_objects
        ) % {"count": num_parent_objects}


@hooks.register("register_bulk_action")
class MarkAttendedBulkAction(AttendanceBulkAction):
    display_name = _("Attended")
    aria_label = _("Mark the selected registrations as attended")
    action_type = "mark_attended"
    attended = True


@hooks.register("register_bulk_action")
class MarkAbsentBulkAction(AttendanceBulkAction):
    display_name = _("Absent")
    aria_label = _("Mark the selected registrations as absent")
    action_type = "mark_absent"
    attended = False


# Deleting frees places --------------------------------------------------------------------------


@hooks.register("after_delete_snippet")
def fill_places_after_delete(request, instances):
    """A confirmed registration deleted in the admin frees a place for the waiting list (whose
    mails fill_free_places queues)."""
    event_ids = {instance.event_id for instance in instances if isinstance(instance, Registration)}
    for event in EventPage.objects.filter(pk__in=event_ids):
        with transaction.atomic():
            fill_free_places(lock_event(event))


# The event's link to its registrations ---------------------------------------------------------


def registrations_url(event):
    return reverse(registration_viewset.get_url_name("list")) + f"?event={event.pk}"


@hooks.register("register_page_header_buttons")
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


# A registrant's data (GDPR) ---------------------------------------------------------------------


class RegistrantForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address of the registrant"))


class RegistrantView(WagtailAdminTemplateMixin, FormView):
    """All registrations of one e-mail address: see them, download them, delete them."""

    template_name = "events/admin/registrant.html"
    page_title = _("Registrant's data")
    header_icon = "user"
    form_class = RegistrantForm

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse(registration_viewset.get_url_name("list")),
                "label": _("Registrations"),
            },
            {"url": "", "label": self.page_title},
        ]

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        if self.request.method == "GET" and "email" in self.request.GET:
            kwargs["data"] = self.request.GET
        return kwargs

    def get(self, request, *args, **kwargs):
        form = self.get_form()
        registrations = registrations_of(form.cleaned_data["email"]) if form.is_valid() else None
        if registrations is not None and request.GET.get("format") in ("json", "csv"):
            return export_registrant(form.cleaned_data["email"], request.GET["format"])
        return self.render_to_response(
            self.get_context_data(form=form, registrations=registrations)
        )

    def post(self, request, *args, **kwargs):
        """Delete every registration of the address (the confirmation is a second POST field)."""
        if not registration_viewset.permission_policy.user_has_permission(request.user, "delete"):
            raise PermissionDenied
        form = self.get_form()
        if not form.is_valid() or request.POST.get("confirm") != "yes":
            return self.render_to_response(self.get_context_data(form=form, registrations=None))
        deleted, _promoted = delete_person(form.cleaned_data["email"])
        messages.success(
            request,
            ngettext("%(count)d registration deleted.", "%(count)d registrations deleted.", deleted)
            % {"count": deleted},
        )
        return redirect("events_registrant")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["can_delete"] = registration_viewset.permission_policy.user_has_permission(
            self.request.user, "delete"
        )
        return context


REGISTRANT_FIELDS = [
    "name",
    "email",
    "organisation",
    "role",
    "remarks",
    "consent",
    "language",
    "status",
    "created_at",
    "promoted_at",
    "cancelled_at",
    "attended",
]


def registrant_data(email):
    """Everything stored about an address: one dict per registration, with its event."""
    return [
        {
            "event": registration.event.title,
            "event_url": page_url(registration.event),
            "event_starts_at": registration.event.starts_at,
            **{name: getattr(registration, name) for name in REGISTRANT_FIELDS},
        }
        for registration in registrations_of(email)
    ]


def export_registrant(email, file_format):
    rows = registrant_data(email)
    filename = f"registrations-{timezone.localdate().isoformat()}.{file_format}"
    if file_format == "json":
        body = json.dumps(rows, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
    else:
        output = io.StringIO()
        writer = csv.DictWriter(
            output, fieldnames=["event", "event_url", "event_starts_at", *REGISTRANT_FIELDS]
        )
        writer.writeheader()
        for row in rows:
            writer.writerow({key: safe_cell(value) for key, value in row.items()})
        response = HttpResponse(output.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@hooks.register("register_admin_urls")
def register_registrant_urls():
    view = permission_required("events.view_registration", raise_exception=True)(
        RegistrantView.as_view()
    )
    return [path("registrations/registrant/", view, name="events_registrant")]


@hooks.register("register_snippet_listing_buttons")
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


@hooks.register("register_admin_viewset")
def register_event_pages():
    return moderated_page_viewset(EventPage)
