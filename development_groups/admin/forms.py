"""The forms of the viewsets: each offers only the user's groups and, for an object, only its
own group's questions and sessions; and the form that assigns the chosen themes to sessions."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.admin.forms import WagtailAdminModelForm

from .. import ballot as ballot_service
from ..invitations import already_member
from ..models import DevelopmentGroupPage, DevelopmentSessionPage, GroupAccess, Question
from .scope import admin_groups, sessions_of


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
