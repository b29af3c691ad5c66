"""Header, breadcrumbs and language switch: what every page shows around its content."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page, Site

register = template.Library()


def localized_home(request):
    """The home page in the visitor's language, looked up once per request."""
    if not hasattr(request, "_localized_home"):
        site = Site.find_for_request(request)
        request._localized_home = site.root_page.localized.specific if site else None
    return request._localized_home


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    home = localized_home(request)
    items = home.get_children().live().public().in_menu() if home else []
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    return {
        "home": home,
        "items": [(item, current_path.startswith(item.path)) for item in items],
        "request": request,
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    ancestors = []
    if isinstance(page, Page) and page.depth > 2:
        ancestors = list(page.get_ancestors().filter(depth__gte=2).specific(defer=True))
    return {
        "page": page,
        "ancestors": ancestors,
        "extra": context.get("breadcrumb_extra"),
        "request": context["request"],
    }


@register.inclusion_tag("includes/language_switch.html", takes_context=True)
def language_switch(context):
    """A link per language to the same page in that language (or its home page)."""
    request = context["request"]
    page = context.get("page")
    current = get_language()
    links = []
    if isinstance(page, Page) and page.pk:
        page_url = page.get_url(request) or ""
        suffix = request.path[len(page_url) :] if request.path.startswith(page_url) else ""
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
        home = localized_home(request)
        homes = (
            {
                p.locale.language_code: p
                for p in home.get_translations(inclusive=True).live().select_related("locale")
            }
            if home
            else {}
        )
        for code, name in settings.LANGUAGES:
            target = translations.get(code)
            if target is not None:
                url = target.get_url(request) + suffix
            elif code in homes:
                url = homes[code].get_url(request)
            else:
                continue
            links.append((code, name, url))
    else:
        path = request.get_full_path()
        links = [(code, name, translate_url(path, code)) for code, name in settings.LANGUAGES]
    return {"links": links, "current": current}
