"""The site's URLconf plus the bare view (bench/load/settings.py). Not used in production."""

from django.http import HttpResponse
from django.urls import path

from kennisbank.urls import urlpatterns as site_urlpatterns

BARE_PATH = "/_bench/fixed/"


def fixed(request):
    """A fixed small response: all of Django's middleware runs, no database, no template."""
    return HttpResponse(b"ok\n", content_type="text/plain; charset=utf-8")


urlpatterns = [path(BARE_PATH.strip("/") + "/", fixed), *site_urlpatterns]
