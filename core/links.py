"""Absolute addresses of the site, for what leaves it: e-mails, feeds, calendars, the API.

They come from one setting, BASE_URL (the public address, e.g. https://kennisbank.example.nl;
`make run` sets it to the address it serves), never from the request's Host header nor from
Wagtail's Site record (the demo's is localhost:80), so a link in a mail works wherever it was
rendered: in a request, in the task worker, in a management command.
"""

from urllib.parse import urlsplit

from django.conf import settings


def base_url():
    """The site's public address without a trailing slash."""
    return settings.BASE_URL.rstrip("/")


def absolute_url(url):
    """`url` (a path such as /agenda/x/, or already absolute) as an absolute address."""
    url = str(url)
    if urlsplit(url).scheme:
        return url
    return f"{base_url()}/{url.lstrip('/')}"


def page_url(page, request=None):
    """The absolute address of a page: its path under BASE_URL (a page of another Site keeps
    that Site's address). The request, when there is one, saves Wagtail looking up the sites'
    root paths again for every page."""
    return absolute_url(page.get_url(request))
