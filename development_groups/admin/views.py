"""The custom views of invitations and of the theme vote: sending an invitation, the ballot's
edit page with the vote above its form, and opening, closing and assigning the vote."""

from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import View

from wagtail.admin import messages

from .. import ballot as ballot_service
from ..invitations import invite
from ..models import Ballot, GroupAccess, ThemeProposal, Vote
from .forms import ChosenSessionsForm
from .scope import ScopedCreateView, ScopedEditView, get_scoped_object

# The URL namespace of the ballot's viewset (viewsets.py), whose custom views are here.
BALLOT_URLS = "development_groups_ballot"


# Invitations ----------------------------------------------------------------------------------


class InvitationCreateView(ScopedCreateView):
    """Saving sends the invitation: development_groups.invitations.invite() makes it (or renews
    an unaccepted one to the same address) and mails the link."""

    def save_instance(self):
        data = self.form.cleaned_data
        return invite(
            group_page=data["group_page"],
            email=data["email"],
            name=data.get("name", ""),
            invited_by=self.request.user,
            request=self.request,
        )

    def get_success_message(self, instance):
        return _("Invitation sent to %(email)s.") % {"email": instance.email}

    def get_success_buttons(self):
        return []


def invitation_state(invitation):
    """Accepted (when), expired, or open (until when): the listing's "State" column."""

    def day(moment):
        return f"{timezone.localtime(moment):%d-%m-%Y}"

    if invitation.accepted_at:
        return _("Accepted on %(date)s") % {"date": day(invitation.accepted_at)}
    if invitation.is_expired:
        return _("Expired")
    return _("Open until %(date)s") % {"date": day(invitation.expires_at)}


# The theme vote -------------------------------------------------------------------------------


class BallotEditView(ScopedEditView):
    """The question round and the number of votes (the form), and above it the vote: open it,
    close it, and once closed the tally with each proposal's session."""

    template_name = "development_groups/admin/ballot_edit.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        ballot = self.object
        group = ballot.group_page
        context["ballot"] = ballot
        context["proposal_count"] = ThemeProposal.objects.filter(group_page=group).count()
        context["voter_count"] = (
            Vote.objects.filter(proposal__group_page=group).values("member").distinct().count()
        )
        access = GroupAccess.objects.filter(group_page=group).select_related("members").first()
        context["member_count"] = access.members.user_set.count() if access else 0
        context["deadline"] = ballot_service.deadline_text(ballot)
        context["deadline_passed"] = ballot.deadline_passed()
        if ballot.is_closed:
            context["assign_form"] = ChosenSessionsForm(group)
        for action in ("open", "close", "assign"):
            context[f"{action}_url"] = reverse(f"{BALLOT_URLS}:{action}", args=[ballot.pk])
        return context


class BallotActionView(View):
    """POST only: open the vote, close it, or save which session each chosen theme goes to;
    then back to the ballot's page."""

    http_method_names = ["post"]
    action = None  # "open", "close" or "assign"

    def post(self, request, pk):
        ballot = get_scoped_object(Ballot, pk, request.user, "change")
        getattr(self, self.action)(ballot)
        return redirect(reverse(BALLOT_URLS + ":edit", args=[ballot.pk]))

    def open(self, ballot):
        if not ThemeProposal.objects.filter(group_page=ballot.group_page).exists():
            messages.error(self.request, _("Add theme proposals before you open the vote."))
        elif ballot.state == Ballot.State.NOT_OPEN and ballot.deadline_passed():
            messages.error(
                self.request,
                _(
                    "The deadline for voting has passed: set a later deadline (or none) and "
                    "save, then open the vote."
                ),
            )
        elif ballot_service.open_vote(ballot, self.request):
            messages.success(self.request, _("The vote is open. The members got an e-mail."))
        else:
            messages.warning(self.request, _("The vote was open or closed already."))

    def close(self, ballot):
        assigned = ballot_service.close_vote(ballot, self.request)
        if assigned is None:
            messages.warning(self.request, _("The vote was not open: nothing changed."))
            return
        messages.success(
            self.request,
            _(
                "The vote is closed and %(count)d themes were assigned to the following "
                "sessions. The members got an e-mail."
            )
            % {"count": len(assigned)},
        )

    def assign(self, ballot):
        if not ballot.is_closed:
            messages.error(self.request, _("Close the vote before you assign its themes."))
            return
        form = ChosenSessionsForm(ballot.group_page, self.request.POST)
        if not form.is_valid():
            messages.error(
                self.request,
                _("Choose sessions of this development group. Nothing was changed."),
            )
            return
        with transaction.atomic():
            changed = form.save()
        messages.success(
            self.request, _("Sessions saved (%(count)d changed).") % {"count": changed}
        )
