"""The views of session outcomes: the listing with each group's title, the editor, and the
action that turns an outcome's public summary into a draft practice example (made by
practice_examples.drafts, which knows nothing of development groups)."""

from django.db.models import OuterRef, Subquery
from django.db.models.functions import Length, Substr
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton

from practice_examples.drafts import DraftRefused, draft_from_summary, may_add_examples

from ..models import DevelopmentGroupPage, DevelopmentSessionPage, SessionOutcome
from .scope import ScopedEditView, ScopedIndexView, get_scoped_object

# The URL namespace of the outcome's viewset (viewsets.py), whose custom views are here.
OUTCOME_URLS = "development_groups_outcome"


class OutcomeIndexView(ScopedIndexView):
    """Each outcome with its group's title (the parent of its session, found by path)."""

    def get_base_queryset(self):
        session_path = OuterRef("session__path")
        parent_path = Substr(session_path, 1, Length(session_path) - DevelopmentSessionPage.steplen)
        group_title = DevelopmentGroupPage.objects.filter(path=parent_path).values("title")[:1]
        return super().get_base_queryset().annotate(group_title=Subquery(group_title))


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


# From outcome to practice example ---------------------------------------------------------------


def practice_example_url(outcome):
    return reverse(OUTCOME_URLS + ":practice_example", args=[outcome.pk])


def draft_practice_example(outcome, user):
    """A draft practice example made from the outcome's PUBLIC summary only (never its
    summary, insights or actions): the session's title, the public summary as the results, the
    group's and the session's themes, the group's organiser and partners.

    An editor gets a draft they own; a facilitator hands it to the editors
    (practice_examples.drafts). Returns (page, created); a second call for the same session
    returns the first draft."""
    summary = outcome.public_summary.strip()
    if not summary:
        raise DraftRefused(_("Write the public summary first: the example is made from it."))
    session = outcome.session.source
    group = session.group
    organisations = list(group.partners.all())
    if group.organiser_id:
        organisations.insert(0, group.organiser)
    return draft_from_summary(
        summary,
        title=f"{group.title}: {session.title}",
        slug=slugify(f"{group.slug} {session.slug}")[:80].strip("-") or "ontwikkelgroep",
        themes={*group.themes.all(), *session.themes.all()},
        organisations=organisations,
        user=user,
        # One draft per session, however often the button is pressed at once.
        lock=lambda: SessionOutcome.objects.select_for_update().filter(pk=outcome.pk).first(),
    )


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
        context["can_edit_draft"] = may_add_examples(self.request.user)
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
