"""The site's addresses plus following's manage and unsubscribe pages as placeholders: the
digests link to them by name, and their views are built elsewhere (issue 20's subscribing
side). Tests that render a digest set ROOT_URLCONF to this module."""

from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.urls import include, path

from kennisbank.urls import urlpatterns as site_urlpatterns


def placeholder(request, token):
    return HttpResponse(token)


following_patterns = (
    [
        path("volgen/<str:token>/", placeholder, name="manage"),
        path("volgen/<str:token>/afmelden/", placeholder, name="unsubscribe"),
    ],
    "following",
)

urlpatterns = [
    *i18n_patterns(path("", include(following_patterns)), prefix_default_language=False),
    *site_urlpatterns,
]
