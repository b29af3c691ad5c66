"""The synonyms snippet ("Synonyms" in the admin menu)."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import SynonymGroup


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_label = _("Synonyms")
    menu_order = 310
    add_to_admin_menu = True
    list_display = [
        "__str__",
        # A yes/no column (the field by its name would read "False").
        BooleanColumn("one_way", label=_("one way only"), sort_key="one_way"),
        "language",
    ]
    list_filter = ["language", "one_way"]
    search_fields = ["words"]
