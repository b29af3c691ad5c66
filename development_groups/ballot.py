"""A group's theme vote: the tally, opening and closing the vote, and the chosen themes.

The facilitator opens the vote (members get an e-mail with the link to the voting page) and
closes it: the proposals with the most votes (ties: the facilitator's order) are assigned, one
each, to the group's following sessions that have no chosen theme yet, and the members get the
list. Both run in one transaction that first locks the ballot's row, so a double click opens or
closes once, assigns once and mails once; closing a closed vote does nothing.

E-mails go to every member of the group with an address, one message each (members do not see
each other's addresses), in the site's language, queued in the same transaction.
"""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext, gettext_lazy, pgettext

from wagtail.models import Site

from core.links import page_url
from core.mail import queue_email
from home.models import SiteSettings

from .models import Ballot, DevelopmentSessionPage, GroupAccess, ThemeProposal


def tally(group_page):
    """The group's proposals with `vote_count`, most votes first (then the facilitator's order)."""
    return (
        ThemeProposal.objects.filter(group_page=group_page.source)
        .annotate(vote_count=Count("votes"))
        .order_by("-vote_count", "sort_order", "pk")
    )


def chosen_themes(now=None):
    """The proposals whose choice may be shown: those of a group whose vote has ended (closed by
    the facilitator or past its deadline: `Ballot.voting_ended`) or that has no vote. While the
    vote has not opened or members can still vote, no session shows a chosen theme."""
    return ThemeProposal.objects.filter(
        Q(group_page__ballot__isnull=True) | Ballot.ended_q("group_page__ballot__", now)
    )


def deadline_text(ballot):
    """The vote's deadline in words, in the current language and the site's time zone:
    "woensdag 16 december 2026, 17.00" (as the agenda writes dates); "" without a deadline."""
    if ballot is None or ballot.closes_at is None:
        return ""
    moment = timezone.localtime(ballot.closes_at, ZoneInfo(settings.TIME_ZONE))
    return gettext("%(date)s, %(time)s") % {
        "date": date_format(moment, pgettext("event date format", "l j F Y")),
        "time": time_format(moment, pgettext("event time format", "H.i")),
    }


def following_sessions(group_page, now=None):
    """The sessions a chosen theme can go to: live sessions of the group (default language)
    that start after `now`, are not cancelled and have no chosen theme yet, in date order."""
    now = now or timezone.now()
    return (
        DevelopmentSessionPage.objects.child_of(group_page.source)
        .live()
        .filter(starts_at__gt=now)
        .exclude(status=DevelopmentSessionPage.Status.CANCELLED)
        .exclude(chosen_themes__isnull=False)
        .order_by("starts_at", "pk")
    )


def lock_ballot(ballot):
    return Ballot.objects.select_for_update().select_related("group_page").get(pk=ballot.pk)


def open_vote(ballot, request=None, now=None):
    """Open a vote that was not open yet and mail the members. True when it opened; False when
    it was open or closed already (nothing changes, nobody is mailed)."""
    with transaction.atomic():
        ballot = lock_ballot(ballot)
        if ballot.state != Ballot.State.NOT_OPEN:
            return False
        ballot.state = Ballot.State.OPEN
        ballot.opened_at = now or timezone.now()
        ballot.save(update_fields=["state", "opened_at"])
        mail_members(ballot, "open", request)
    return True


def close_vote(ballot, request=None, now=None):
    """Close an open vote, assign the chosen themes to the following sessions and mail the
    members. Returns the proposals it assigned (in order of votes, each with its `session`), or
    None when the vote was not open (nothing changes, nobody is mailed)."""
    now = now or timezone.now()
    with transaction.atomic():
        ballot = lock_ballot(ballot)
        if ballot.state != Ballot.State.OPEN:
            return None
        ballot.state = Ballot.State.CLOSED
        ballot.closed_at = now
        ballot.save(update_fields=["state", "closed_at"])
        assigned = assign_themes(ballot.group_page, now)
        mail_members(ballot, "closed", request, assigned=assigned)
    return assigned


def assign_themes(group_page, now=None):
    """One proposal with votes per following session, most votes first. Proposals that already
    have a session keep it."""
    candidates = [
        proposal
        for proposal in tally(group_page).select_related("session")
        if proposal.vote_count > 0 and proposal.session_id is None
    ]
    assigned = []
    for proposal, session in zip(candidates, following_sessions(group_page, now), strict=False):
        proposal.session = session
        proposal.save(update_fields=["session"])
        assigned.append(proposal)
    return assigned


# E-mail ---------------------------------------------------------------------------------------

MAILS = {
    "open": (
        "development_groups/email/ballot_open.txt",
        gettext_lazy("Vote on the themes of “%(title)s”"),
    ),
    "closed": (
        "development_groups/email/ballot_closed.txt",
        gettext_lazy("The themes of “%(title)s” have been chosen"),
    ),
}


def member_addresses(group_page):
    """The e-mail addresses of the group's active members, each once, sorted."""
    access = GroupAccess.objects.filter(group_page=group_page.source).first()
    if access is None:
        return []
    addresses = access.members.user_set.filter(is_active=True).exclude(email="")
    unique = {}
    for address in addresses.order_by("email").values_list("email", flat=True):
        unique.setdefault(address.casefold(), address)
    return list(unique.values())


def site_settings(request):
    if request is not None:
        return SiteSettings.for_request(request)
    return SiteSettings.for_site(Site.objects.filter(is_default_site=True).first())


def mail_members(ballot, kind, request=None, assigned=()):
    """Queue the e-mail of `kind` ("open" or "closed") to each member, in the current
    transaction (core.mail.queue_email)."""
    recipients = member_addresses(ballot.group_page)
    if not recipients:
        return
    template, subject = MAILS[kind]
    group_page = ballot.group_page
    with translation.override(settings.LANGUAGE_CODE):
        group_url = page_url(group_page)
        context = {
            "group": group_page,
            "ballot": ballot,
            "group_url": group_url,
            "vote_url": group_url + group_page.reverse_subpage("vote"),
            "chosen": assigned,
            "deadline": deadline_text(ballot),
            "site_name": site_settings(request).organisation_name,
        }
        body = render_to_string(template, context)
        subject = str(subject) % {"title": group_page.title}
    for address in recipients:
        queue_email(subject, body, [address])
