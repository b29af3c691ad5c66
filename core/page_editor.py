"""The page editor's views, where Kennisbank differs from Wagtail's.

A new page is not autosaved. Wagtail 8.0.1 autosaves the "new page" form like the edit form: its
first autosave creates the page (a draft with the slug from the title), so an editor who leaves
the form without saving leaves that draft behind, and making the page again fails on "slug in
use" (issue 16). Without autosave on create, a page exists only once the editor saves, publishes
or submits it; leaving the form unsaved asks for confirmation, as before autosave. Editing an
existing page keeps autosave.
"""

from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.viewsets.pages import PageViewSet

from .admin_listing import ExplorerView, PageSearchView


class CreateWithoutAutosaveView(CreateView):
    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs) | {"autosave_enabled": False}


class KennisbankPageViewSet(PageViewSet):
    """Every page type's editor views (registered for Page, after Wagtail's own)."""

    add_view_class = CreateWithoutAutosaveView
    index_view_class = ExplorerView
    search_view_class = PageSearchView


page_viewset = KennisbankPageViewSet("kennisbank_pages")
