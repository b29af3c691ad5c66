"""<example>/contact/: a visitor writes to the contact person of an example.

Only when the editor chose the contact form as the way to reach the contact; otherwise there is
no such page. The message goes to the contact's address with the visitor's address as reply-to:
the visitor never sees the contact's address, and it appears in no page.
"""

import logging

from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from home.mail import queue_email
from home.models import SiteSettings
from home.ratelimit import RateLimit

from .forms import ContactForm

logger = logging.getLogger(__name__)

MESSAGES_PER_HOUR = 5
CONTACT_LIMIT = RateLimit("practice-example-contact", MESSAGES_PER_HOUR, 60 * 60)
SENT_PARAM = "verzonden"


def contact_view(request, page):
    if page.contact_method != page.ContactMethod.FORM or not page.contact_email:
        raise Http404
    if request.method == "POST":
        form = ContactForm(request.POST)
        if CONTACT_LIMIT.exceeded(request):
            return render_form(request, page, form, rate_limited=True)
        if form.is_spam():
            CONTACT_LIMIT.hit(request)
            logger.info("Contact message caught by the honeypot")
            return HttpResponseRedirect(sent_url(request, page))
        if form.is_valid():
            send_message(request, page, form.cleaned_data)
            CONTACT_LIMIT.hit(request)
            return HttpResponseRedirect(sent_url(request, page))
        return render_form(request, page, form)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    if request.GET.get(SENT_PARAM):
        return render_form(request, page, None, sent=True)
    return render_form(request, page, ContactForm())


def form_url(request, page):
    return page.get_url(request) + page.reverse_subpage("contact")


def sent_url(request, page):
    return f"{form_url(request, page)}?{SENT_PARAM}=1"


def render_form(request, page, form, sent=False, rate_limited=False):
    response = page.render(
        request,
        template="practice_examples/contact.html",
        context_overrides={
            "form": form,
            "sent": sent,
            "rate_limited": rate_limited,
            "messages_per_hour": CONTACT_LIMIT.limit,
            "breadcrumb_extra": _("Send a message"),
            "form_url": form_url(request, page),
        },
    )
    if rate_limited:
        response.status_code = 429
        response["Retry-After"] = str(CONTACT_LIMIT.period)
    return response


def send_message(request, page, data):
    """The message to the contact person, in the language of the example's page."""
    site_settings = SiteSettings.for_request(request)
    context = {
        "page": page,
        "data": data,
        "page_url": page.get_full_url(request),
        "site_name": site_settings.organisation_name,
        "site_contact_email": site_settings.contact_email,
    }
    queue_email(
        _("A message about your practice example “%(title)s”") % {"title": page.title},
        render_to_string("practice_examples/email/contact_message.txt", context),
        [page.contact_email],
        reply_to=[data["email"]],
    )
