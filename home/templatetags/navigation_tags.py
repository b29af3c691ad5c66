"""Header, breadcrumbs and language switch: what every page shows around its content."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page, Site

from core.derived_cache import cached

register = template.Library()


def navigation(request):
    """The home page and the main menu in the visitor's language, and the home page's address in
    each language: the same on every page, so cached until content changes."""
    if not hasattr(request, "_navigation"):
        site = Site.find_for_request(request)

        def compute():
            home = site.root_page.localized.specific
            homes = home.get_translations(inclusive=True).live().select_related("locale")
            menu = home.get_children().live().public().in_menu().specific()
            return {
                "home": (home.get_url(request), home.path),
                "homes": {page.locale.language_code: page.get_url(request) for page in homes},
                "items": [
                    (
                        getattr(item, "menu_title", "") or item.title,
                        item.get_url(request),
                        item.path,
                    )
                    for item in menu
                ],
            }

        request._navigation = (
            cached("navigation", (site.pk, get_language()), compute) if site else None
        )
    return request._navigation


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    nav = navigation(request)
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    return {
        "home_url": nav["home"][0] if nav else None,
        "items": [(title, url, current_path.startswith(path)) for title, url, path in nav["items"]]
        if nav
        else [],
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
        nav = navigation(request)
        homes = nav["homes"] if nav else {}
        for code, name in settings.LANGUAGES:
            target = translations.get(code)
            if target is not None:
                url = target.get_url(request) + suffix
            elif code in homes:
                url = homes[code]
            else:
                continue
            links.append((code, name, url))
    else:
        path = request.get_full_path()
        links = [(code, name, translate_url(path, code)) for code, name in settings.LANGUAGES]
    return {"links": links, "current": current}


@register.simple_tag(takes_context=True)
def page_query(context, number):
    """The query string of the listing's page `number`: every parameter as the visitor sent it,
    a filter ticked several times (`regio=a&regio=b`) included, with `page` replaced."""
    query = context["request"].GET.copy()
    query["page"] = number
    return query.urlencode()
