"""<example>/contact/: a visitor writes to the contact person of an example.

Only when the editor chose the contact form as the way to reach the contact; otherwise there is
no such page. The message goes to the contact's address with the visitor's address as reply-to:
the visitor never sees the contact's address, and it appears in no page.
"""

from django.http import Http404
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from core import links
from core.mail import queue_email
from core.public_forms import PublicFormRoute
from core.ratelimit import RateLimit
from home.models import SiteSettings

from .forms import ContactForm

MESSAGES_PER_HOUR = 5
CONTACT_FORM = PublicFormRoute(
    "contact",
    "practice_examples/contact.html",
    RateLimit("practice-example-contact", MESSAGES_PER_HOUR, 60 * 60),
    _("Send a message"),
)


def contact_view(request, page):
    if page.contact_method != page.ContactMethod.FORM or not page.contact_email:
        raise Http404
    return CONTACT_FORM.serve(
        request,
        page,
        make_form=ContactForm,
        on_valid=lambda form: send_message(request, page, form.cleaned_data),
    )


def send_message(request, page, data):
    """The message to the contact person, in the language of the example's page."""
    site_settings = SiteSettings.for_request(request)
    context = {
        "page": page,
        "data": data,
        "page_url": links.page_url(page),
        "site_name": site_settings.organisation_name,
        "site_contact_email": site_settings.contact_email,
    }
    queue_email(
        _("A message about your practice example “%(title)s”") % {"title": page.title},
        render_to_string("practice_examples/email/contact_message.txt", context),
        [page.contact_email],
        reply_to=[data["email"]],
    )
