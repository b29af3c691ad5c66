"""The sender of a proposed example hears once when it is published, with its address, and once,
politely, when a moderator sends it back (with the moderator's comment); in the language they
wrote in, to the address they gave (Submission), whatever the editors did to the page's contact.
"""

from django.db import transaction
from django.db.models.signals import post_save
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from wagtail.search import index
from wagtail.signals import page_published, workflow_rejected

from core.links import absolute_url, page_url
from core.mail import queue_email
from home.models import SiteSettings
from taxonomy.models import Organisation

from .models import PracticeExamplePage, Submission


def claim(page, field):
    """The page's submission whose mail (`field`: when it was sent) has not been sent yet,
    marked as sent; None when there is none. Two publications at once claim it once."""
    submission = Submission.objects.filter(page_id=page.pk, **{field: None}).first()
    if submission is None:
        return None
    claimed = Submission.objects.filter(pk=submission.pk, **{field: None}).update(
        **{field: timezone.now()}
    )
    return submission if claimed else None


def tell_sender(submission, page, subject, template, **context):
    site_settings = SiteSettings.for_site(page.get_site())
    with translation.override(submission.language):
        context |= {
            "submission": submission,
            "page": page,
            "site_name": site_settings.organisation_name,
            "site_url": absolute_url("/"),
            "can_reply": bool(site_settings.contact_email),
        }
        subject = subject % {"title": page.title}  # lazy: in the sender's language
        body = render_to_string(template, context)
    reply_to = [site_settings.contact_email] if site_settings.contact_email else None
    queue_email(subject, body, [submission.email], reply_to=reply_to)


def tell_sender_once(page, field, subject, template, **context):
    """Mail the page's sender unless this mail (`field`: when it was sent) went out before."""
    with transaction.atomic():
        submission = claim(page, field)
        if submission is not None:
            tell_sender(submission, page, subject, template, **context)


def example_published(sender, instance, alias=False, **kwargs):
    if alias:
        return
    tell_sender_once(
        instance,
        "published_mail_at",
        _("Your practice example “%(title)s” is online"),
        "practice_examples/email/submission_published.txt",
        page_url=page_url(instance),
    )


def example_rejected(sender, instance, user=None, **kwargs):
    page = getattr(instance.content_object, "specific", None)
    if not isinstance(page, PracticeExamplePage):
        return
    tell_sender_once(
        page,
        "rejected_mail_at",
        _("About your practice example “%(title)s”"),
        "practice_examples/email/submission_rejected.txt",
        comment=instance.current_task_state.comment,
    )


def organisation_saved(sender, instance, created=False, raw=False, **kwargs):
    """Search finds examples by their confirmed organisations' names: confirming or renaming
    an organisation updates the examples' entries in the index."""
    if created or raw:
        return
    for page in PracticeExamplePage.objects.live().filter(organisations=instance):
        index.insert_or_update_object(page)


def connect():
    page_published.connect(example_published, sender=PracticeExamplePage)
    workflow_rejected.connect(example_rejected)
    post_save.connect(organisation_saved, sender=Organisation)
