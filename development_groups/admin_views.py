"""The admin side of a development group's private models (registered in wagtail_hooks.py).

Who sees what: editors (access.sees_all) see every group; a facilitator sees only the groups in
access.facilitated_group_ids(user). One permission policy (`GroupScopedPermissionPolicy`) and
one view mixin (`GroupScopedViewMixin`) apply that to every view of every viewset: listings hold
only the user's groups' objects, another group's object is a 404 wherever its pk is typed (edit,
delete, inspect and the custom views below), and the forms offer only the user's groups and, for
an object, only its own group's questions and sessions. What a role may do at all
comes from Django's model permissions (access.FACILITATOR_MODEL_PERMISSIONS and migration 0002),
limited per model to the actions that make sense (`ACTIONS`: nobody adds a member's question).

Wagtail's "Site history" report shows the log entries of a model to anyone with a permission on
that model, whatever the group: so changes to these private models are not written to Wagtail's
log (`Unlogged*Action`), or one group's facilitator would read another group's proposal titles
and invitees' addresses there; the viewsets have no history pages for the same reason.

Custom views: opening and closing the theme vote and assigning the chosen themes to sessions
(on the ballot's edit page), and turning a session outcome's public summary into a draft
practice example.
"""

from functools import reduce
from operator import or_

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import OuterRef, Q, Subquery
from django.db.models.functions import Length, Substr
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View

from wagtail.actions.create import CreateAction
from wagtail.actions.delete import DeleteAction
from wagtail.actions.edit import EditAction
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic import (
    CreateView,
    DeleteView,
    EditView,
    IndexView,
    InspectView,
)
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry

from core.editors import add_for_moderation
from core.forms import paragraphs_html

from . import ballot as ballot_service
from .access import facilitated_group_ids
from .invitations import already_member, invite
from .models import (
    Ballot,
    DevelopmentGroupPage,
    DevelopmentSessionPage,
    GroupAccess,
    Invitation,
    Question,
    SessionOutcome,
    ThemeProposal,
    Vote,
)

# What each model allows at most; Django's permissions decide who may do it.
ACTIONS = {
    Question: {"view", "delete"},  # members ask them on the site; editors may remove one
    ThemeProposal: {"add", "change", "delete", "view"},
    Ballot: {"change", "view"},  # one per group, made with the group
    SessionOutcome: {"add", "change", "delete", "view"},
    Invitation: {"add", "delete", "view"},  # inviting again renews an invitation
}
PRIVATE_MODELS = list(ACTIONS)

# The URL namespaces of the viewsets that have custom views (wagtail_hooks.py).
BALLOT_URLS = "development_groups_ballot"
OUTCOME_URLS = "development_groups_outcome"


# Scope ----------------------------------------------------------------------------------------


def admin_groups(user):
    """The default-language groups the user manages in the admin (editors: all), by title."""
    groups = DevelopmentGroupPage.objects.filter(locale=Locale.get_default())
    group_ids = facilitated_group_ids(user)
    if group_ids is not None:
        groups = groups.filter(pk__in=group_ids)
    return groups.order_by("title", "pk")


def sessions_of(groups):
    """The sessions under the given group pages, in date order."""
    paths = list(groups.values_list("path", flat=True))
    if not paths:
        return DevelopmentSessionPage.objects.none()
    under = reduce(or_, (Q(path__startswith=path) for path in paths))
    return DevelopmentSessionPage.objects.filter(under).order_by("starts_at", "pk")


def scoped(queryset, user):
    """The objects of `queryset` that belong to the groups the user manages."""
    group_ids = facilitated_group_ids(user)
    if group_ids is None:
        return queryset
    if queryset.model is SessionOutcome:
        groups = DevelopmentGroupPage.objects.filter(pk__in=group_ids)
        return queryset.filter(session__in=sessions_of(groups))
    return queryset.filter(group_page__in=group_ids)


def in_scope(user, instance):
    if facilitated_group_ids(user) is None:
        return True
    return scoped(type(instance)._default_manager.filter(pk=instance.pk), user).exists()


class GroupScopedPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions, limited to the model's `ACTIONS` and, for an object, to the
    groups the user manages."""

    def __init__(self, model):
        super().__init__(model)
        self.actions = ACTIONS[model]

    def user_has_permission(self, user, action):
        return action in self.actions and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a in self.actions])

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and in_scope(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and in_scope(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return scoped(self.model._default_manager.all(), user)


def policy(model):
    return policy_registry.get_by_type(model)


def get_scoped_object(model, pk, user, action):
    """The object, when the user may do `action` on it: 403 without the permission at all, 404
    for an object of another group."""
    if not policy(model).user_has_permission(user, action):
        raise PermissionDenied
    return get_object_or_404(scoped(model._default_manager.all(), user), pk=pk)


# No entries in Wagtail's log (see the module's docstring) ----------------------------------------


class UnloggedCreateAction(CreateAction):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **{**kwargs, "log_action": None})


class UnloggedEditAction(EditAction):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **{**kwargs, "log_action": None})


class UnloggedDeleteAction(DeleteAction):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **{**kwargs, "log_action": None})


# Views of every viewset -----------------------------------------------------------------------


class GroupScopedViewMixin:
    """Listings hold the objects of the user's groups only; any other object is a 404."""

    def get_base_queryset(self):
        return scoped(super().get_base_queryset(), self.request.user)

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        if not in_scope(self.request.user, instance):
            raise Http404
        return instance


class ScopedIndexView(GroupScopedViewMixin, IndexView):
    related = []  # select_related for the listing's columns

    def get_base_queryset(self):
        return super().get_base_queryset().select_related(*self.related)


class ScopedCreateView(GroupScopedViewMixin, CreateView):
    pass


class ScopedEditView(GroupScopedViewMixin, EditView):
    pass


class ScopedDeleteView(GroupScopedViewMixin, DeleteView):
    pass


class ScopedInspectView(GroupScopedViewMixin, InspectView):
    pass


class OutcomeIndexView(ScopedIndexView):
    """Each outcome with its group's title (the parent of its session, found by path)."""

    def get_base_queryset(self):
        session_path = OuterRef("session__path")
        parent_path = Substr(session_path, 1, Length(session_path) - DevelopmentSessionPage.steplen)
        group_title = DevelopmentGroupPage.objects.filter(path=parent_path).values("title")[:1]
        return super().get_base_queryset().annotate(group_title=Subquery(group_title))


# Forms ----------------------------------------------------------------------------------------


class SessionChoiceField(forms.ModelChoiceField):
    """Sessions as "title (date)", with the group's title when several groups are offered."""

    def __init__(self, *args, group_titles=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.group_titles = group_titles or {}

    def label_from_instance(self, obj):
        label = f"{obj.title} ({obj.start_date:%d-%m-%Y})"
        group_title = self.group_titles.get(obj.path[: -DevelopmentSessionPage.steplen])
        return f"{group_title}: {label}" if group_title else label


def session_field(groups, field, required=False):
    """A select of the groups' sessions, replacing `field` (a model form field) or new."""
    titles = dict(groups.values_list("path", "title"))
    return SessionChoiceField(
        queryset=sessions_of(groups),
        required=required,
        label=getattr(field, "label", _("Session")),
        help_text=getattr(field, "help_text", ""),
        group_titles=titles if len(titles) > 1 else None,
    )


class ScopedFormMixin:
    """The group choice holds the user's groups; on an existing object it is fixed."""

    group_field = "group_page"

    def user_groups(self):
        return admin_groups(self.for_user)

    def fix_group(self, group):
        field = self.fields[self.group_field]
        field.queryset = DevelopmentGroupPage.objects.filter(pk=group.pk)
        field.disabled = True


class ThemeProposalForm(ScopedFormMixin, WagtailAdminModelForm):
    """A new proposal offers the questions and sessions of the user's groups; an existing one
    only its own group's (and keeps its group: its votes belong there)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            groups = DevelopmentGroupPage.objects.filter(pk=self.instance.group_page_id)
            self.fix_group(self.instance.group_page)
        else:
            groups = self.user_groups()
            self.fields["group_page"].queryset = groups
        questions = self.fields["questions"]
        questions.queryset = Question.objects.filter(group_page__in=groups).select_related(
            "group_page"
        )
        if not self.instance.pk and len(groups) > 1:
            questions.label_from_instance = lambda q: f"{q.group_page.title}: {q}"
        self.fields["session"] = session_field(groups, self.fields["session"])

    def clean(self):
        cleaned = super().clean()
        group = cleaned.get("group_page")
        if group is None:
            return cleaned
        if any(q.group_page_id != group.pk for q in cleaned.get("questions") or []):
            self.add_error("questions", _("Choose questions of this development group."))
        session = cleaned.get("session")
        if session is not None and not session.path.startswith(group.path):
            self.add_error("session", _("Choose a session of this development group."))
        return cleaned


class BallotForm(WagtailAdminModelForm):
    def clean_closes_at(self):
        """A deadline that has passed cannot be set on a vote that is yet to run (the vote would
        end at once); a closed vote's deadline no longer changes. An unchanged deadline that has
        passed since stays, so the rest of the form can still be saved."""
        closes_at = self.cleaned_data.get("closes_at")
        if "closes_at" not in self.changed_data:
            return closes_at
        if self.instance.is_closed:
            raise ValidationError(_("The vote is closed: its deadline cannot change."))
        if closes_at is not None and closes_at <= timezone.now():
            raise ValidationError(
                _("This moment has passed: choose a deadline in the future, or none.")
            )
        return closes_at

    def clean_votes_per_member(self):
        votes = self.cleaned_data["votes_per_member"]
        if votes < 1:
            raise ValidationError(_("Give each member at least one vote."))
        if self.instance.is_closed and votes != self.instance.votes_per_member:
            raise ValidationError(_("The vote is closed: its number of votes cannot change."))
        return votes


class SessionOutcomeForm(WagtailAdminModelForm):
    """The session choice holds the sessions of the user's groups; an outcome stays with its
    session. Its documents must be in the group's own collection, the one only the group's
    members, its facilitators and the editors can open."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            field = self.fields["session"]
            field.queryset = DevelopmentSessionPage.objects.filter(pk=self.instance.session_id)
            field.disabled = True
        else:
            field = session_field(admin_groups(self.for_user), self.fields["session"], True)
            field.queryset = field.queryset.filter(outcome__isnull=True)  # one outcome each
            self.fields["session"] = field

    def clean(self):
        cleaned = super().clean()
        session = cleaned.get("session")
        documents = self.formsets.get("documents")
        if session is None or documents is None or not documents.is_valid():
            return cleaned
        access = GroupAccess.objects.filter(group_page=session.group).first()
        for form in documents.forms:
            document = form.cleaned_data.get("document")
            if document is None or form.cleaned_data.get("DELETE"):
                continue
            if access is None or document.collection_id != access.collection_id:
                form.add_error(
                    "document",
                    _(
                        "“%(document)s” is not in this group's collection “%(collection)s”. "
                        "Upload it there, so that only the group can open it."
                    )
                    % {
                        "document": document.title,
                        "collection": access.collection.name if access else "",
                    },
                )
        return cleaned


class InvitationForm(ScopedFormMixin, WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        groups = self.user_groups()
        self.fields["group_page"].queryset = groups
        if len(groups) == 1:
            self.fields["group_page"].initial = groups[0].pk

    def clean(self):
        cleaned = super().clean()
        group, email = cleaned.get("group_page"), cleaned.get("email")
        if group and email and already_member(group, email):
            self.add_error(
                "email", _("%(email)s is a member of this group already.") % {"email": email}
            )
        return cleaned


# Theme proposals, outcomes, invitations ---------------------------------------------------------


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


class SessionOutcomeEditView(ScopedEditView):
    """The outcome's editor, with the action that turns its public summary into a draft
    practice example."""

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.object.public_summary.strip():
            buttons.append(
                HeaderButton(
                    _("Turn into a draft practice example"),
                    url=practice_example_url(self.object),
                    icon_name="doc-full",
                )
            )
        return buttons


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


class ChosenSessionsForm(forms.Form):
    """Every proposal of the group in order of votes, each with a choice of the group's
    sessions ("not chosen" or one of them): the chosen themes and where they go."""

    def __init__(self, group, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.sessions = {
            str(session.pk): session
            for session in sessions_of(DevelopmentGroupPage.objects.filter(pk=group.pk))
        }
        choices = [("", _("Not chosen"))] + [
            (pk, f"{session.title} ({session.start_date:%d-%m-%Y})")
            for pk, session in self.sessions.items()
        ]
        self.rows = list(ballot_service.tally(group))
        for proposal in self.rows:
            self.fields[self.field_name(proposal)] = forms.ChoiceField(
                label=proposal.title,
                choices=choices,
                required=False,
                initial=str(proposal.session_id or ""),
            )

    @staticmethod
    def field_name(proposal):
        return f"session-{proposal.pk}"

    def rows_with_fields(self):
        return [(proposal, self[self.field_name(proposal)]) for proposal in self.rows]

    def save(self):
        """Store the changed choices; returns how many changed."""
        changed = 0
        for proposal in self.rows:
            session = self.sessions.get(self.cleaned_data.get(self.field_name(proposal)))
            if proposal.session_id != (session.pk if session else None):
                proposal.session = session
                proposal.save(update_fields=["session"])
                changed += 1
        return changed


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


# From outcome to practice example ---------------------------------------------------------------


def practice_example_url(outcome):
    return reverse(OUTCOME_URLS + ":practice_example", args=[outcome.pk])


class DraftRefused(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def practice_example_index():
    from practice_examples.models import PracticeExampleIndexPage

    return PracticeExampleIndexPage.objects.filter(locale=Locale.get_default()).first()


def draft_practice_example(outcome, user):
    """A draft practice example made from the outcome's PUBLIC summary only (never its
    summary, insights or actions): the session's title, the public summary as the results, the
    group's and the session's themes, the group's organiser and partners.

    Someone who may add practice examples (an editor) gets a draft they own and edit right
    away; anyone else (a facilitator) hands it to the editors through the moderation workflow,
    as a visitor's proposal does. Returns (page, created); a second call for the same session
    returns the first draft."""
    from practice_examples.models import PracticeExamplePage

    summary = outcome.public_summary.strip()
    if not summary:
        raise DraftRefused(_("Write the public summary first: the example is made from it."))
    index = practice_example_index()
    if index is None:
        raise DraftRefused(_("There is no practice example overview to add the example to."))
    session = outcome.session.source
    group = session.group
    slug = slugify(f"{group.slug} {session.slug}")[:80].strip("-") or "ontwikkelgroep"
    with transaction.atomic():
        SessionOutcome.objects.select_for_update().filter(pk=outcome.pk).first()
        existing = PracticeExamplePage.objects.child_of(index).filter(slug=slug).first()
        if existing is not None:
            return existing.specific, False
        first_paragraph = summary.split("\n\n")[0]
        page = PracticeExamplePage(
            title=Truncator(f"{group.title}: {session.title}").chars(255),
            slug=slug,
            intro=Truncator(" ".join(first_paragraph.split())).chars(600),
            results=paragraphs_html(summary),
            contact_method=PracticeExamplePage.ContactMethod.NONE,
            publication_date=timezone.localdate(),
            locale=index.locale,
            live=False,
        )
        themes = {*group.themes.all(), *session.themes.all()}
        page.themes.set(sorted(themes, key=lambda theme: theme.pk))
        organisations = list(group.partners.all())
        if group.organiser_id:
            organisations.insert(0, group.organiser)
        page.organisations.set(organisations)
        if index.permissions_for_user(user).can_add_subpage():
            page.owner = user
            index.add_child(instance=page)
            page.save_revision(user=user, log_action=True)
        else:
            add_for_moderation(index, page)
    return page, True


class PracticeExampleFromOutcomeView(WagtailAdminTemplateMixin, TemplateView):
    """GET: what will be copied, and a button; POST: make the draft."""

    template_name = "development_groups/admin/practice_example_confirm.html"
    page_title = gettext_lazy("Turn into a draft practice example")
    header_icon = "doc-full"

    def dispatch(self, request, pk):
        self.outcome = get_scoped_object(SessionOutcome, pk, request.user, "change")
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return str(self.outcome)

    def edit_url(self):
        return reverse(OUTCOME_URLS + ":edit", args=[self.outcome.pk])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["outcome"] = self.outcome
        context["edit_url"] = self.edit_url()
        index = practice_example_index()
        context["can_edit_draft"] = bool(
            index and index.permissions_for_user(self.request.user).can_add_subpage()
        )
        return context

    def post(self, request, pk):
        try:
            page, created = draft_practice_example(self.outcome, request.user)
        except DraftRefused as refused:
            messages.error(request, refused.message)
            return redirect(self.edit_url())
        if created:
            messages.success(
                request, _("Draft practice example “%(title)s” made.") % {"title": page.title}
            )
        else:
            messages.warning(
                request,
                _("This session has a draft practice example already: “%(title)s”.")
                % {"title": page.title},
            )
        if page.permissions_for_user(request.user).can_edit():
            return redirect("wagtailadmin_pages:edit", page.pk)
        messages.info(request, _("The editors review it before it is published."))
        return redirect(self.edit_url())
