from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SynonymGroup


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_label = _("Synonyms")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["__str__", "one_way", "language"]
    list_filter = ["language", "one_way"]
    search_fields = ["words"]


register_snippet(SynonymGroupViewSet)
