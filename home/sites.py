"""The Wagtail Site of a request, from this process's memory.

Wagtail looks up the Site with a query on every request that reaches a page
(Site.find_for_request: a fifth of a registration post's routing, measured with cProfile). Which
Site answers a host and port depends only on the Site records, and what Wagtail takes from it
(the root page) on the pages; a change to either raises the pages version or the content version
(page_cache.py, derived_cache.py), at the change and again at its commit. So SiteMiddleware keeps
the Site found for each host and port together with those two versions, and while they are
current hands it to Wagtail where Wagtail keeps it for the request (`request._wagtail_site`): one
cache round trip instead of a query. When the versions cannot be read (the cache is down)
Wagtail looks the Site up itself, as without this module.
"""

import copy

from django.core.exceptions import DisallowedHost

from wagtail import views as wagtail_views
from wagtail.models import Site

from .page_cache import current_versions_of_pages

MAX_HOSTS = 64  # ALLOWED_HOSTS bounds the hosts; this bounds the memory where it allows any
_sites = {}


def remembered_site(request):
    """The request's Site (a copy of the one kept), or None to let Wagtail look it up."""
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    # Read by the page cache at the start of a GET, else now; either way before the lookup.
    stamp = getattr(request, "page_versions", None) or current_versions_of_pages()
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


class SiteMiddleware:
    """Gives Wagtail's page view the request's Site from memory (module docstring); other views
    (the admin, documents, the API, /health/) are left alone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_views.serve and not hasattr(request, "_wagtail_site"):
            site = remembered_site(request)
            if site is not None:
                request._wagtail_site = site
