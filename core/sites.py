"""The Wagtail Site of a request, its page and its site settings, from this process's memory.

Wagtail looks up the Site with a query on every request that reaches a page
(Site.find_for_request: a fifth of a registration post's routing, measured with cProfile). Which
Site answers a host and port depends only on the Site records, and what Wagtail takes from it
(the root page) on the pages; a change to either raises the pages version or the content version
(page_cache.py, derived_cache.py), at the change and again at its commit. So SiteMiddleware keeps
the Site found for each host and port together with those two versions, and while they are
current hands it to Wagtail where Wagtail keeps it for the request (`request._wagtail_site`): one
cache round trip instead of a query. When the versions cannot be read (the cache is down)
Wagtail looks the Site up itself, as without this module.

The same holds for two more things Wagtail looks up on every page request (issue 18,
bench/README.md):

- Which page an address leads to: Wagtail walks the tree from the site's root in the visitor's
  language, a query per level and one for the language (five or six for an example). What it
  found (the page's type and id, and for a routable page the sub-route) is kept per site,
  language and path under the same versions, and the page is loaded with one query.
- The site settings (organisation name, footer links), a query per page; saving them raises the
  content version (home/apps.py).
"""

import copy
import re

from django.core.exceptions import DisallowedHost
from django.utils.translation import get_language

from wagtail import views as wagtail_views
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.contrib.settings.registry import registry
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from .page_cache import current_versions_of_pages

MAX_HOSTS = 64  # ALLOWED_HOSTS bounds the hosts; this bounds the memory where it allows any
MAX_ROUTES = 5000
LEFT_ALONE = re.compile(r"^/(?:admin|documents|api|health|static|media)/")
_sites = {}
_routes = {}
_settings = {}


def remembered_site(request):
    """The request's Site (a copy of the one kept), or None to let Wagtail look it up."""
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    # Read by the page cache at the start of a GET, else now; either way before the lookup.
    stamp = getattr(request, "page_versions", None) or current_versions_of_pages()
    request.page_versions = stamp
    if None in stamp:
        return None  # the cache does not answer: no way to tell whether what is kept is current
    address = (host, request.get_port())
    kept = _sites.get(address)
    if kept is None or kept[0] != stamp:
        site = Site.find_for_request(request)  # Wagtail's own lookup, read after the versions
        if site is None:
            return None
        if len(_sites) >= MAX_HOSTS:
            _sites.clear()
        kept = _sites[address] = (stamp, site)
    return copy.copy(kept[1])


def remember_route(request, site, path):
    """Give Wagtail the page `path` leads to (request._wagtail_route_for_request), from memory
    or, the first time, from Wagtail's own routing. Addresses that lead nowhere are not kept."""
    stamp = request.page_versions
    key = (site.pk, get_language(), path)
    kept = _routes.get(key)
    if kept is not None and kept[0] == stamp:
        _stamp, model, pk, subpath = kept
        page = model._default_manager.filter(pk=pk).first()
        if page is not None:
            if subpath is None:
                request._wagtail_route_for_request = RouteResult(page)
            else:  # a routable page's own route, resolved as Wagtail does (no query)
                match = request.routable_resolver_match = page.resolve_subpage(subpath)
                request._wagtail_route_for_request = RouteResult(page, args=tuple(match))
            return
    found = Page.route_for_request(request, path)  # Wagtail's own; kept on the request
    if found is None:
        return
    if len(_routes) >= MAX_ROUTES:
        _routes.clear()
    page, args, _kwargs = found
    subpath = None
    if args:  # a routable page: the components below the page are its sub-route
        rest = [part for part in path.split("/") if part][page.depth - site.root_page.depth :]
        subpath = "/" + "".join(f"{part}/" for part in rest)
    _routes[key] = (stamp, type(page), page.pk, subpath)


def remember_settings(request, site):
    """The site settings of the request's Site (every model registered with Wagtail's
    `@register_setting` for a site, e.g. home.SiteSettings), from memory."""
    stamp = request.page_versions
    kept = _settings.get(site.pk)
    if kept is None or kept[0] != stamp:
        if len(_settings) >= MAX_HOSTS:
            _settings.clear()
        site_settings = [
            model.for_site(site) for model in registry if issubclass(model, BaseSiteSetting)
        ]
        kept = _settings[site.pk] = (stamp, site_settings)
    for instance in kept[1]:
        settings = copy.copy(instance)
        settings._request = request
        setattr(request, type(instance).get_cache_attr_name(), settings)


class SiteMiddleware:
    """Gives the site's views the request's Site and site settings from memory, and Wagtail's
    page view its page (module docstring); the admin, documents, the API and /health/ are left
    alone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if LEFT_ALONE.match(request.path) or hasattr(request, "_wagtail_site"):
            return
        site = remembered_site(request)
        if site is None:
            return
        request._wagtail_site = site
        remember_settings(request, site)
        if view_func is wagtail_views.serve:
            path = view_kwargs.get("path", view_args[0] if view_args else "")
            remember_route(request, site, path)
