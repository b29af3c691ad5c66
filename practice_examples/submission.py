"""/praktijkvoorbeelden/insturen/: anyone proposes a practice example.

A valid proposal becomes a draft PracticeExamplePage (never live) under the index page of the
visitor's language and enters Wagtail's moderation workflow; the editors get a notification and
the sender a confirmation, queued in the same transaction as the draft (both are stored, or
neither). Nothing is published before an editor publishes it.

Robots meet a honeypot (they are told it worked, nothing is stored) and a limit of
SUBMISSIONS_PER_HOUR per IP address; a form with errors comes back with everything the sender
typed, the errors listed at the top and beside each field.
"""

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.coreutils import find_available_slug

from core.editors import add_for_moderation, notify_editors, review_links
from core.forms import paragraphs_html
from core.links import absolute_url
from core.mail import queue_email
from core.public_forms import PublicFormRoute
from core.ratelimit import RateLimit
from home.models import SiteSettings
from taxonomy.models import Organisation

from .forms import TAXA, SubmissionForm
from .models import PracticeExamplePage, Submission

SUBMISSIONS_PER_HOUR = 5
SUBMISSION_FORM = PublicFormRoute(
    "submit",
    "practice_examples/submit.html",
    RateLimit("practice-example-submission", SUBMISSIONS_PER_HOUR, 60 * 60),
    gettext_lazy("Share an example"),
)
RICH_TEXT_FIELDS = ["problem", "approach", "results", "working_elements", "conditions", "lessons"]
SLUG_MAX = 80


def submit_view(request, index_page):
    def on_valid(form):
        with transaction.atomic():
            page, unconfirmed_organisations = create_draft(index_page, form)
            send_mails(request, page, form, unconfirmed_organisations)

    return SUBMISSION_FORM.serve(
        request,
        index_page,
        make_form=lambda data: SubmissionForm(data, locale=index_page.locale),
        on_valid=on_valid,
    )


@transaction.atomic
def create_draft(index_page, form):
    """The proposal as a draft page in moderation, with its taxa and organisations (those not in
    the list yet added unconfirmed), and the sender's address for the mail when it is published:
    (page, names of its organisations awaiting an editor's confirmation)."""
    data = form.cleaned_data
    locale = index_page.locale
    page = PracticeExamplePage(
        title=data["title"],
        slug=find_available_slug(
            index_page, slugify(data["title"])[:SLUG_MAX].strip("-") or "praktijkvoorbeeld"
        ),
        intro=data["intro"],
        contact_name=data["contact_name"],
        contact_role=data["contact_role"],
        contact_organisation=data["contact_organisation"],
        contact_email=data["contact_email"],
        contact_method=(
            PracticeExamplePage.ContactMethod.FORM
            if data["consent"]
            else PracticeExamplePage.ContactMethod.NONE
        ),
        locale=locale,
        live=False,
    )
    for name in RICH_TEXT_FIELDS:
        setattr(page, name, paragraphs_html(data[name]))
    for name, model, *_rest in TAXA:
        getattr(page, name).set(model.objects.filter(locale=locale, slug__in=data.get(name, [])))
    organisations, unknown_names = form.matching_organisations()
    proposed = [Organisation.proposed(name, locale) for name in unknown_names]
    organisations += [organisation for organisation in proposed if organisation is not None]
    page.organisations.set(list(dict.fromkeys(organisations)))
    add_for_moderation(index_page, page)
    Submission.objects.create(
        page=page,
        email=data["contact_email"],
        name=data["contact_name"],
        language=locale.language_code,
    )
    unconfirmed = [
        organisation.name for organisation in organisations if not organisation.confirmed
    ]
    return page, unconfirmed


def send_mails(request, page, form, unconfirmed_organisations):
    """A confirmation to the sender in their language, a notification to the editors in Dutch."""
    data = form.cleaned_data
    site_settings = SiteSettings.for_request(request)
    context = {
        "page": page,
        "data": data,
        "taxa": [
            (form.fields[name].label, form.taxon_names(name))
            for name, *_rest in TAXA
            if data.get(name)
        ],
        "organisations": data["organisations"],
        "unconfirmed_organisations": unconfirmed_organisations,
        "site_name": site_settings.organisation_name,
        "site_url": absolute_url("/"),
    }
    queue_email(
        _("We received your practice example “%(title)s”") % {"title": page.title},
        render_to_string("practice_examples/email/submission_confirmation.txt", context),
        [data["contact_email"]],
    )

    with translation.override(settings.LANGUAGE_CODE):
        context |= review_links(page)
        context["unconfirmed_organisations_url"] = absolute_url(
            reverse("wagtailsnippets_taxonomy_organisation:list") + "?status=unconfirmed"
        )
        subject = _("New practice example to review: “%(title)s”") % {"title": page.title}
        body = render_to_string("practice_examples/email/submission_notification.txt", context)
    notify_editors(site_settings, subject, body, reply_to=data["contact_email"])
