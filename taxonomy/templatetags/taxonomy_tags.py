from django import template
from django.utils.translation import get_language

from taxonomy.models import ThemeIndexPage

register = template.Library()


def theme_index(request):
    """The live theme index of the visitor's language, looked up once per request."""
    if not hasattr(request, "_theme_index"):
        request._theme_index = (
            ThemeIndexPage.objects.live().filter(locale__language_code=get_language()).first()
        )
    return request._theme_index


@register.inclusion_tag("taxonomy/includes/theme_grid.html", takes_context=True)
def theme_grid(context, heading=""):
    """Every theme of the visitor's language as a card linking to its theme page."""
    request = context["request"]
    index = theme_index(request)
    themes = []
    if index is not None:
        themes = [(theme, index.theme_url(theme, request)) for theme in index.themes()]
    return {"themes": themes, "heading": heading}


@register.simple_tag(takes_context=True)
def theme_url(context, theme):
    request = context["request"]
    index = theme_index(request)
    return index.theme_url(theme, request) if index else ""
