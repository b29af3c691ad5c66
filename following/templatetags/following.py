"""`{% follow_form %}`: the small "follow this" form on a theme page, the practice example
listing and the agenda (`{% load following %}`).

The form is the same for every visitor of an address: no CSRF token (following/views.py says
why none is needed) and nothing of the visitor, so the page and fragment caches may keep it.
"""

from urllib.parse import urlencode

from django import template
from django.utils.translation import gettext as _

from ..describe import describe_wish
from ..forms import FollowForm, local_path
from ..models import Follow
from ..subscribing import Wish

register = template.Library()


def slugs(value):
    """A slug, a list of slugs or nothing, as a tuple of strings."""
    if not value:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(item) for item in value)


@register.inclusion_tag("following/includes/follow_form.html", takes_context=True)
def follow_form(context, scope=Follow.Scope.EVERYTHING, thema=None, regio=None, sector=None):
    wish = Wish(scope=scope, themes=slugs(thema), regions=slugs(regio), sectors=slugs(sector))
    hidden = [("thema", v) for v in wish.themes] + [("regio", v) for v in wish.regions]
    hidden += [("sector", v) for v in wish.sectors]
    request = context.get("request")
    # Back to this page with only the filters followed: never what else the address carried. A
    # theme page follows its own theme, not a filter: back to the page itself.
    query = f"?{urlencode(hidden)}" if hidden and scope != Follow.Scope.EVERYTHING else ""
    back = local_path(request.path + query) if request else ""
    if wish.themes and not (wish.regions or wish.sectors) and scope == Follow.Scope.EVERYTHING:
        button = _("Follow this theme")
    elif wish.regions and not (wish.themes or wish.sectors):
        button = _("Follow this region")
    else:
        button = _("Keep me informed")
    return {
        "form": FollowForm(initial={"scope": scope, "back": back}),
        "hidden": hidden,
        "what": describe_wish(wish),
        "button": button,
        "request": request,
    }
