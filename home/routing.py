"""Wagtail's page routing from the cache: which page an address leads to, kept until the content
or a site changes.

Wagtail finds the page for an address by walking the tree from the site's root: the site, the
active locale, the root page as its own type, then per part of the path the child and the child
as its own type. For /agenda/<event>/aanmelden/ (a registration) that is seven queries before the
view starts, on every request the page cache does not answer. Which page a path leads to depends
only on the tree, the pages' slugs and publication and the sites, so the answer (the page's id,
its type and how many parts of the path its own address takes) is kept in the derived-data cache
(derived_cache.py: under the content version, which every page change raises) with the pages
version (page_cache.py: raised by a change to a site or a locale). A later request loads the
pages from the root down to it, one query each and no more, and lets the page route the rest of
the path itself, as the walk would have: a RoutablePage's own routes (an event's registration
form) need no query, and a page that is not live answers 404 as before. A path that leads
nowhere is not kept.
"""

from django.apps import apps
from django.http import Http404
from django.utils import translation

from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from .derived_cache import cached
from .page_cache import pages_version


def remembered_route(request, path):
    """([(page id, model label)] from the site's root down to the page the path leads to, the
    path parts the page's own address takes), or None."""
    result = Page.route_for_request(request, path)  # Wagtail's walk; kept on the request
    site = Site.find_for_request(request)
    if result is None or site is None:
        return None
    chain, page = [], result[0]
    while page is not None and page.depth >= site.root_page.depth:
        chain.insert(0, (page.pk, page._meta.label_lower))
        # The walk left each page's parent on it (as its own type); a page whose address a
        # RoutablePage answers is the routed page itself.
        page = getattr(page, "_cached_parent_obj", None)
    if chain[0][0] != site.root_page.localized.pk and len(chain) > 1:
        return None  # not reached by the walk from the root: let Wagtail route it every time
    return chain, result[0].depth - site.root_page.depth


def route_from_cache(request, path):
    """Set Wagtail's route for this request (request._wagtail_route_for_request) from the cache,
    or walk the tree and remember the result. The pages from the root down are loaded as their
    own types, one query each, and each is given its parent, as the walk does: what the view
    then asks of them (breadcrumbs, the parent's URL) costs no more queries than after a walk."""
    parts = [part for part in path.split("/") if part]
    key = (request.get_host(), request.get_port(), translation.get_language(), parts)
    found = cached("page-route", (pages_version(), key), lambda: remembered_route(request, path))
    if found is None or hasattr(request, "_wagtail_route_for_request"):
        return  # nothing to remember, or just walked
    chain, own_parts = found
    parent = None
    for pk, label in chain:
        page = apps.get_model(label).objects.filter(pk=pk).first()
        if page is None:
            return  # Wagtail walks the tree
        if parent is not None:
            page._cached_parent_obj = parent
        parent = page
    try:
        request._wagtail_route_for_request = page.route(request, parts[own_parts:])
    except Http404:
        request._wagtail_route_for_request = None


class RouteCacheMiddleware:
    """Routes requests for Wagtail's pages from the cache (module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_views.serve:
            path = view_kwargs.get("path", view_args[0] if view_args else "")
            route_from_cache(request, path)
        return None
