"""The tag translations snippet: a tag's name in another language."""

from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import TagTranslation


class TagTranslationViewSet(SnippetViewSet):
    model = TagTranslation
    icon = "tag"
    list_display = ["tag", "name", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "tag__name"]
