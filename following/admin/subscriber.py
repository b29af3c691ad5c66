"""One subscriber's data (GDPR): look up an e-mail address, see what it follows, download it
(JSON or CSV) or delete it. Only for those who may delete subscribers (superusers, or a group
given following.delete_subscriber): there is no listing of addresses."""

import csv
import io
import json

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.csv import safe_cell

from ..describe import describe, follows_of
from ..models import Subscriber
from ..subscribing import normalise, unsubscribe

PERMISSION = "following.delete_subscriber"
FIELDS = ["email", "language", "frequency", "created_at", "confirmed_at", "confirmation_sent_at"]


class SubscriberForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address of the subscriber"))


def subscriber_data(subscriber):
    """Everything stored about the address: its subscription, its follows and its digests."""
    return {
        **{name: getattr(subscriber, name) for name in FIELDS},
        "follows": [
            {
                "follow": str(words),
                "created_at": follow.created_at,
                "confirmed_at": follow.confirmed_at,
            }
            for follow, words in describe(follows_of(subscriber))
        ],
        "digests": list(subscriber.digests.values("period", "state", "queued_at", "sent_at")),
    }


def export(subscriber, file_format):
    data = subscriber_data(subscriber)
    filename = f"subscriber-{timezone.localdate().isoformat()}.{file_format}"
    if file_format == "json":
        body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
    else:
        output = io.StringIO()
        writer = csv.writer(output)
        writer.writerow([*FIELDS, "follow", "follow_created_at", "follow_confirmed_at"])
        base = [safe_cell(data[name]) for name in FIELDS]
        for follow in data["follows"] or [{}]:
            writer.writerow(
                base
                + [
                    safe_cell(follow.get("follow", "")),
                    follow.get("created_at", ""),
                    follow.get("confirmed_at", ""),
                ]
            )
        response = HttpResponse(output.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class SubscriberView(WagtailAdminTemplateMixin, FormView):
    template_name = "following/admin/subscriber.html"
    page_title = _("Subscriber's data")
    header_icon = "user"
    form_class = SubscriberForm

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        if self.request.method == "GET" and "email" in self.request.GET:
            kwargs["data"] = self.request.GET
        return kwargs

    def found(self, form):
        if not form.is_valid():
            return None, False
        subscriber = Subscriber.objects.filter(email=normalise(form.cleaned_data["email"])).first()
        return subscriber, True

    def get(self, request, *args, **kwargs):
        form = self.get_form()
        subscriber, looked_up = self.found(form)
        if subscriber is not None and request.GET.get("format") in ("json", "csv"):
            return export(subscriber, request.GET["format"])
        context = {"form": form, "subscriber": subscriber, "looked_up": looked_up}
        if subscriber is not None:
            context["follows"] = describe(follows_of(subscriber))
        return self.render_to_response(self.get_context_data(**context))

    def post(self, request, *args, **kwargs):
        """Delete the subscription (the confirmation is a second POST field)."""
        form = self.get_form()
        subscriber, _looked_up = self.found(form)
        if subscriber is None or request.POST.get("confirm") != "yes":
            return self.render_to_response(self.get_context_data(form=form))
        unsubscribe(subscriber)
        messages.success(request, _("The subscription of this e-mail address is deleted."))
        return redirect("following_subscriber")


def subscriber_urls():
    view = permission_required(PERMISSION, raise_exception=True)(SubscriberView.as_view())
    return [path("followers/subscriber/", view, name="following_subscriber")]
