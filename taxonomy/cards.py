"""Themes as other pages show them: the theme grid's cards and links to the theme pages, in the
visitor's language. The template tags (templatetags/taxonomy_tags.py) and other apps' views and
tags call these."""

from django.utils.translation import get_language

from .models import Theme, ThemeIndexPage


def theme_index(request):
    """The live theme index of the visitor's language, looked up once per request."""
    if not hasattr(request, "_theme_index"):
        request._theme_index = (
            ThemeIndexPage.objects.live().filter(locale__language_code=get_language()).first()
        )
    return request._theme_index


def theme_url(request, theme):
    """The address of the theme's page, "" without a theme index in the visitor's language."""
    index = theme_index(request)
    return index.theme_url(theme, request) if index else ""


def theme_links(request, themes):
    """[(name in the visitor's language, url of its theme page)] for taxonomy themes."""
    names = Theme.names_by_slug()
    return [(names.get(theme.slug, theme.name), theme_url(request, theme)) for theme in themes]


def theme_cards(request):
    """[(theme, url of its page)]: every theme of the visitor's language, for the theme grid."""
    index = theme_index(request)
    if index is None:
        return []
    return [(theme, index.theme_url(theme, request)) for theme in index.themes()]
