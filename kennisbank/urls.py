from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import pgettext_lazy
from django.views.generic import RedirectView
from django.views.i18n import JavaScriptCatalog

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home.sitemaps import SiteInEveryLanguage
from security import two_factor

from . import errors
from .api import api_router
from .health import health
from .media import serve_image

urlpatterns = [
    # before the admin's own URLs, which end in a catch-all
    path("admin/two-factor/", include(two_factor.urlpatterns)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": SiteInEveryLanguage}}),
    path("health/", health, name="health"),
]

if settings.SERVE_MEDIA_IMAGES:  # make run, make dev: images only, never documents
    urlpatterns.append(re_path(r"^media/(?P<path>.+)$", serve_image))

# Everything a visitor reads: Dutch without a prefix, English under /en/.
urlpatterns += i18n_patterns(
    # /zoeken/ in Dutch, /en/search/ in English (the address is translated like a text).
    path(pgettext_lazy("address", "search/"), include("search.urls")),
    # The English search answered at /en/zoeken/ before (issue 17): that address still works.
    path(
        "zoeken/",
        RedirectView.as_view(pattern_name="search:search", permanent=True, query_string=True),
    ),
    # /volgen/ in Dutch, /en/follow/ in English: following a theme, a region, the agenda.
    path(pgettext_lazy("address", "follow/"), include("following.urls")),
    path("account/", include("development_groups.urls")),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

# The site's own error pages, Dutch and English (kennisbank/errors.py).
handler400 = errors.bad_request
handler403 = errors.permission_denied
handler404 = errors.page_not_found
handler500 = errors.server_error
