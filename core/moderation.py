"""The admin's edit view for pages that visitors submit for moderation (practice examples,
activities): when a moderator's approval ends the workflow and publishes the page, the message
says so and links to the live page, and a request for changes says that, instead of Wagtail's
"Page ... has been updated"."""

from django.utils.translation import gettext as _

from wagtail.admin import messages
from wagtail.admin.views.pages.edit import EditView

from .page_editor import KennisbankPageViewSet


class ModeratedPageEditView(EditView):
    def add_save_confirmation_message(self):
        if self.action_name == "perform_workflow_action" and self.approval_published():
            messages.success(
                self.request,
                _("Page '%(page_title)s' has been published.")
                % {"page_title": self.page.get_admin_display_title()},
                buttons=[self.get_view_live_message_button(), self.get_edit_message_button()],
            )
        elif self.action_name == "perform_workflow_action" and self.workflow_action == "reject":
            messages.success(
                self.request,
                _("Changes requested for page '%(page_title)s'.")
                % {"page_title": self.page.get_admin_display_title()},
                buttons=[self.get_edit_message_button()],
            )
        else:
            super().add_save_confirmation_message()

    def approval_published(self):
        """Whether the workflow action just performed put the latest version online (the final
        approval publishes it; an earlier task's approval or a scheduled publication does not)."""
        self.page.refresh_from_db(fields=["live", "has_unpublished_changes", "url_path"])
        return self.page.live and not self.page.has_unpublished_changes


def moderated_page_viewset(model):
    """The page viewset of a page type that visitors submit for moderation."""
    # Built on the site's page viewset, so a new page of this type is not autosaved either.
    return KennisbankPageViewSet(
        model._meta.model_name, model=model, edit_view_class=ModeratedPageEditView
    )
