"""A registrant's data (GDPR): all registrations of one e-mail address, to see, download or
delete."""

import csv
import io
import json

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.csv import safe_cell
from core.links import page_url

from ..registration import delete_person, registrations_of
from .viewsets import registration_viewset


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


def registrant_urls():
    view = permission_required("events.view_registration", raise_exception=True)(
        RegistrantView.as_view()
    )
    return [path("registrations/registrant/", view, name="events_registrant")]
