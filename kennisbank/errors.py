"""The pages a visitor gets when something goes wrong: 400, 403, 404, 405, 413, 429, 500 and 503,
in Dutch, in English under /en/, in the site's layout (docs/architecture.md, "Error pages").

One template, templates/errors/page.html, in one of two layouts:

- the site's own (base.html, with the menu and the footer) for what a visitor did wrong (400,
  403, 404, 405, 413, 429); it reads the menu and the site settings, so when that fails (the
  database is down, the host is not the site's) the page falls back to
- the standalone layout (errors/layout.html): the same header and style, no menu, and neither
  the database nor the cache nor the request's data is touched. The 500 and 503 pages always use
  it: they must render whatever is broken.

A database that does not answer (OperationalError, InterfaceError) is not the site's bug but an
outage: the visitor gets 503 with `Retry-After` and a page that says the site is briefly
unavailable. Anonymous visitors meanwhile keep getting the pages in the page cache
(core/page_cache.py sits before anything that queries).

The language comes from the address itself (/en/...), not from what LocaleMiddleware left
active: an error can happen before it ran. A request with too many query parameters
(TooManyFieldsSent) raises again at every read of `request.GET`: nothing here reads it.
"""

import logging
import sys

from django.conf import settings
from django.core.exceptions import DisallowedHost, RequestDataTooBig
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

# How long a visitor (or a crawler) should wait before asking again during an outage.
RETRY_AFTER_SECONDS = 30
FULL_LAYOUT = "base.html"
STANDALONE_LAYOUT = "errors/layout.html"
DATABASE_DOWN = (OperationalError, InterfaceError)

PAGES = {
    400: (
        _("This request cannot be handled"),
        _(
            "Your browser sent a request this site cannot handle, for example an address with far "
            "too many filters. Check the address, or start again from the home page."
        ),
    ),
    403: (
        _("No access"),
        _("You do not have access to this page."),
    ),
    404: (
        _("Page not found"),
        _("The page you are looking for does not exist (any more), or its address has changed."),
    ),
    405: (
        _("This is not possible here"),
        _(
            "This address cannot be used this way. Go back, and use the links and buttons on the "
            "page."
        ),
    ),
    413: (
        _("Too much sent at once"),
        _("What you sent is larger than this site accepts. Send a shorter text or smaller files."),
    ),
    429: (
        _("Too many attempts"),
        _("You sent this too often in a short time. Wait a while and try again."),
    ),
    500: (
        _("Something went wrong"),
        _(
            "Because of a fault on our side we cannot show this page now. Please try again in a "
            "few minutes."
        ),
    ),
    503: (
        _("Briefly unavailable"),
        _(
            "The site is briefly unavailable because of maintenance or a fault. Please try again "
            "in a minute."
        ),
    ),
}
CSRF_FAILURE = (
    _("The form has expired"),
    _(
        "For your safety a form works only for a while, and only with cookies allowed. Go back, "
        "reload the page and send the form again."
    ),
)


def language_of(request):
    return translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE


def known_host(request):
    try:
        request.get_host()
    except DisallowedHost:
        return False
    return True


def home_url(language):
    return "/" if language == settings.LANGUAGE_CODE else f"/{language}/"


def render_page(request, status, layout, title, message):
    return render_to_string(
        "errors/page.html",
        {
            "layout": layout,
            "status": status,
            "title": title,
            "message": message,
            "home_url": home_url(translation.get_language()),
        },
        request=request,
    )


def error_page(request, status, *, standalone=False, text=None, headers=None):
    """The error page for `status` (PAGES), or with `text`'s title and message."""
    title, message = text or PAGES[status]
    if not standalone and not known_host(request):
        standalone = True  # the menu and the site settings belong to the site of the host
    with translation.override(language_of(request)):
        content = None
        if not standalone:
            try:
                content = render_page(request, status, FULL_LAYOUT, title, message)
            except Exception as error:
                if caused_by_database_outage(error):
                    return unavailable(request)
                logger.exception("Error page %s fell back to the standalone layout", status)
        if content is None:
            content = render_page(request, status, STANDALONE_LAYOUT, title, message)
        response = HttpResponse(content, status=status, headers=headers)
        response["Content-Language"] = translation.get_language()
    return response


def unavailable(request):
    """503: the database does not answer."""
    return error_page(
        request, 503, standalone=True, headers={"Retry-After": str(RETRY_AFTER_SECONDS)}
    )


def caused_by_database_outage(error):
    """Whether the database's being unreachable is the error or its cause."""
    seen = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, DATABASE_DOWN):
            return True
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return False


# The handlers (kennisbank/urls.py) ------------------------------------------------------------


def bad_request(request, exception=None):
    if isinstance(exception, RequestDataTooBig):
        return error_page(request, 413)
    return error_page(request, 400)


def permission_denied(request, exception=None):
    return error_page(request, 403)


def page_not_found(request, exception=None):
    return error_page(request, 404)


def server_error(request):
    """Called while the exception is handled: a database outage answers 503."""
    if caused_by_database_outage(sys.exc_info()[1]):
        return unavailable(request)
    return error_page(request, 500, standalone=True)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a form sent without its valid token (expired, cookies blocked)."""
    return error_page(request, 403, text=CSRF_FAILURE)


class ErrorPageMiddleware:
    """Gives an error response without a body (HttpResponseNotAllowed, a bare 403 or 400 of a
    view or a library) the site's page for its status, keeping its headers (`Allow`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code in PAGES and not response.streaming and not response.content:
            page = error_page(request, response.status_code)
            for header, value in response.items():
                if header.lower() not in ("content-type", "content-length", "content-language"):
                    page[header] = value
            return page
        return response
