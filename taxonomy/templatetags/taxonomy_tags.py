from django import template

from taxonomy import cards

register = template.Library()


@register.inclusion_tag("taxonomy/includes/theme_grid.html", takes_context=True)
def theme_grid(context, heading=""):
    """Every theme of the visitor's language as a card linking to its theme page."""
    return {"themes": cards.theme_cards(context["request"]), "heading": heading}


@register.simple_tag(takes_context=True)
def theme_url(context, theme):
    return cards.theme_url(context["request"], theme)
