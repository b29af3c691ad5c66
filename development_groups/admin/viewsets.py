"""The viewsets of the "Development groups" menu: every view limited to the user's groups
(scope.py), no copying, no history or usage pages."""

from django import forms
from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from ..models import Ballot, Invitation, Question, SessionOutcome, ThemeProposal
from . import outcomes, scope, views
from .filters import OutcomeFilterSet, group_filterset
from .forms import BallotForm, InvitationForm, SessionOutcomeForm, ThemeProposalForm


class ScopedViewSet(ModelViewSet):
    """Every view limited to the user's groups (scope.GroupScopedViewMixin); no copying,
    no history or usage pages, nothing in the reference index (its usage listings would show
    the objects' titles)."""

    related = ["group_page"]
    copy_view_enabled = False
    add_to_reference_index = False
    search_backend_name = None  # the database's own LIKE: these models are not in the index
    add_view_class = scope.ScopedCreateView
    edit_view_class = scope.ScopedEditView
    delete_view_class = scope.ScopedDeleteView
    inspect_view_class = scope.ScopedInspectView
    index_view_class = scope.ScopedIndexView

    def get_common_view_kwargs(self, **kwargs):
        # No history (nothing is logged, see scope.py) and no usage pages.
        return super().get_common_view_kwargs(**kwargs) | {
            "history_url_name": None,
            "usage_url_name": None,
        }

    def get_urlpatterns(self):
        return [
            pattern
            for pattern in super().get_urlpatterns()
            if pattern.name not in ("history", "history_results", "usage")
        ]

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(related=self.related, **kwargs)


class QuestionViewSet(ScopedViewSet):
    model = Question
    name = "development_groups_question"
    url_prefix = "development-groups/questions"
    icon = "help"
    menu_label = _("Development questions")
    list_display = [
        "__str__",
        "group_page",
        "author",
        DateColumn("created_at", label=_("Asked at")),
    ]
    form_fields = ["text"]  # never shown: nobody adds or changes a member's question here
    related = ["group_page", "author"]
    search_fields = ["text"]
    ordering = ["-created_at", "-pk"]
    inspect_view_enabled = True
    inspect_view_fields = ["text", "group_page", "author", "created_at"]
    filterset_class = group_filterset(Question)


class ThemeProposalViewSet(ScopedViewSet):
    model = ThemeProposal
    name = "development_groups_proposal"
    url_prefix = "development-groups/proposals"
    icon = "list-ul"
    menu_label = _("Theme proposals")
    list_display = ["title", "group_page", "session", "sort_order"]
    related = ["group_page", "session"]
    search_fields = ["title", "description"]
    ordering = ["group_page", "sort_order", "pk"]
    edit_handler = ObjectList(
        [
            FieldPanel("group_page", widget=forms.Select),
            FieldPanel("title"),
            FieldPanel("description"),
            FieldPanel("questions", widget=forms.CheckboxSelectMultiple),
            FieldPanel("session"),
            FieldPanel(
                "sort_order",
                help_text=_("Proposals with the same number of votes: the lower number first."),
            ),
        ],
        base_form_class=ThemeProposalForm,
    )
    filterset_class = group_filterset(ThemeProposal)


class BallotViewSet(ScopedViewSet):
    model = Ballot
    name = views.BALLOT_URLS
    url_prefix = "development-groups/votes"
    icon = "tasks"
    menu_label = _("Theme votes")
    list_display = [
        "__str__",
        # The field is named "theme vote", like the first column: here it is the vote's state.
        Column("state", label=_("State"), accessor="get_state_display", sort_key="state"),
        BooleanColumn("questions_open", label=_("Question round open")),
        "votes_per_member",
        "closes_at",
    ]
    ordering = ["group_page__title", "pk"]
    edit_view_class = views.BallotEditView
    edit_handler = ObjectList(
        [FieldPanel("questions_open"), FieldPanel("votes_per_member"), FieldPanel("closes_at")],
        base_form_class=BallotForm,
    )

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path(
                f"{action}/<int:pk>/",
                views.BallotActionView.as_view(action=action),
                name=action,
            )
            for action in ("open", "close", "assign")
        ]


class SessionOutcomeViewSet(ScopedViewSet):
    model = SessionOutcome
    name = outcomes.OUTCOME_URLS
    url_prefix = "development-groups/outcomes"
    icon = "doc-full-inverse"
    menu_label = _("Session outcomes")
    list_display = [
        "session",
        Column("group_title", label=_("Development group")),
        BooleanColumn("public_summary_published", label=_("Public summary published")),
        DateColumn("updated_at", label=_("Last changed")),
    ]
    related = ["session"]
    ordering = ["-updated_at", "pk"]
    filterset_class = OutcomeFilterSet
    index_view_class = outcomes.OutcomeIndexView
    add_to_reference_index = True  # a document's usage shows the outcome (a session's title)
    edit_view_class = outcomes.SessionOutcomeEditView
    edit_handler = ObjectList(
        [
            FieldPanel("session", widget=forms.Select),
            FieldPanel("summary"),
            FieldPanel("insights"),
            FieldPanel("actions"),
            InlinePanel("documents", label=_("Documents")),
            MultiFieldPanel(
                [FieldPanel("public_summary"), FieldPanel("public_summary_published")],
                heading=_("Public summary"),
            ),
        ],
        base_form_class=SessionOutcomeForm,
    )

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path(
                "practice-example/<int:pk>/",
                outcomes.PracticeExampleFromOutcomeView.as_view(),
                name="practice_example",
            )
        ]


class InvitationViewSet(ScopedViewSet):
    model = Invitation
    name = "development_groups_invitation"
    url_prefix = "development-groups/invitations"
    icon = "mail"
    menu_label = _("Invitations")
    list_display = [
        "email",
        "name",
        "group_page",
        Column("state", label=_("State"), accessor=views.invitation_state),
        DateColumn("created_at", label=_("Invited at")),
        "invited_by",
    ]
    related = ["group_page", "invited_by"]
    search_fields = ["email", "name"]
    ordering = ["-created_at", "-pk"]
    add_view_class = views.InvitationCreateView
    edit_handler = ObjectList(
        [FieldPanel("group_page", widget=forms.Select), FieldPanel("email"), FieldPanel("name")],
        base_form_class=InvitationForm,
    )
    filterset_class = group_filterset(Invitation)


class DevelopmentGroupsMenu(ViewSetGroup):
    menu_label = _("Development groups")
    menu_icon = "group"
    menu_order = 270
    items = (
        BallotViewSet,
        ThemeProposalViewSet,
        QuestionViewSet,
        SessionOutcomeViewSet,
        InvitationViewSet,
    )
