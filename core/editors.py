"""Who hears about what visitors submit (the moderators, the editors and the superusers), and how
a visitor's proposal reaches them: as a draft page in the moderation workflow and a notification
by e-mail with links to edit and preview it."""

import logging

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse

from .links import absolute_url
from .mail import queue_email

logger = logging.getLogger(__name__)

EDITOR_GROUPS = ["Moderators", "Editors"]


def editor_addresses():
    """The e-mail addresses of the moderators, the editors and the superusers, each once."""
    users = (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(groups__name__in=EDITOR_GROUPS))
        .exclude(email="")
        .order_by("email")
    )
    addresses = {}
    for address in users.values_list("email", flat=True):
        addresses.setdefault(address.casefold(), address)
    return list(addresses.values())


def add_for_moderation(parent, page):
    """A visitor's proposal as a draft child of `parent` (never live) in the moderation workflow.
    Without a workflow it stays a draft that the editors find under its parent."""
    parent.add_child(instance=page)
    page.save_revision(log_action=True)
    workflow = page.get_workflow()
    if workflow is None:
        logger.warning("No moderation workflow: submitted page %s stays a draft", page.pk)
    else:
        workflow.start(page, user=None)


def review_links(page):
    """The full addresses where an editor edits and previews a submitted draft."""
    return {
        "edit_url": absolute_url(reverse("wagtailadmin_pages:edit", args=[page.pk])),
        "preview_url": absolute_url(reverse("wagtailadmin_pages:view_draft", args=[page.pk])),
    }


def notify_editors(site_settings, subject, body, reply_to):
    """Queue the notification, one e-mail each, to the editors, or else to the site's contact
    address (SiteSettings.contact_email); replies go to the sender (`reply_to`)."""
    recipients = editor_addresses()
    if not recipients and site_settings.contact_email:
        recipients = [site_settings.contact_email]
    if not recipients:
        logger.warning("Nobody to tell about a submission: %s", subject)
    for address in recipients:
        queue_email(subject, body, [address], reply_to=[reply_to])
