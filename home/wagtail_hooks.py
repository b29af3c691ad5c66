from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import TagTranslation


class TagTranslationViewSet(SnippetViewSet):
    model = TagTranslation
    icon = "tag"
    list_display = ["tag", "name", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "tag__name"]


register_snippet(TagTranslationViewSet)
