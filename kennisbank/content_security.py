"""Content-Security-Policy: the public policy on every response, a wider one for the admin.

django-csp's middleware writes `CONTENT_SECURITY_POLICY` (settings/base.py) on every response
that has no policy of its own (Wagtail's document view sets `default-src 'none'` and keeps it).
The Wagtail admin gets `CONTENT_SECURITY_POLICY_ADMIN` instead: its form widgets write inline
scripts and it previews pages in an iframe of the site (the preview gets the admin's policy).
Its sign-in pages (the login, password
reset and two-factor pages, the pages a stranger can reach) keep the strict public policy.

Either way MEDIA_ORIGIN (where uploaded images and files live when that is not the site itself,
e.g. an S3 bucket) is added to img-src and media-src, whichever settings module sets it.
A view decorated with django-csp's `csp_replace`/`csp_update` still adjusts the policy.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config

from django.conf import settings
from django.urls import reverse

# The admin's views that keep the public policy, by the start of their URL name.
STRICT_ADMIN_VIEWS = ("wagtailadmin_login", "wagtailadmin_password_reset", "two_factor_")
MEDIA_DIRECTIVES = ("img-src", "media-src")


def uses_admin_policy(request):
    if not request.path_info.startswith(reverse("wagtailadmin_home")):
        return False
    match = getattr(request, "resolver_match", None)
    url_name = (match.url_name or "") if match else ""
    return not url_name.startswith(STRICT_ADMIN_VIEWS)


def policy_for(request):
    """The directives for this request's response (a dict of lists), or None for no policy."""
    policy = None
    if uses_admin_policy(request):
        policy = getattr(settings, "CONTENT_SECURITY_POLICY_ADMIN", None)
    policy = policy or getattr(settings, "CONTENT_SECURITY_POLICY", None)
    if not policy:
        return None
    directives = default_config(policy.get("DIRECTIVES", {}))
    media_origin = getattr(settings, "MEDIA_ORIGIN", "")
    if media_origin:
        for name in MEDIA_DIRECTIVES:
            sources = list(directives.get(name) or directives.get("default-src") or [])
            if media_origin not in sources:
                directives[name] = [*sources, media_origin]
    return directives


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        if getattr(request, "is_dummy", False):
            # A page Wagtail renders for the admin's preview runs through the middleware with a
            # dummy request of the page's own address: the admin request around it sets the
            # policy (the admin's: the preview is framed by the editor).
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None:
            parts.config = policy_for(request)
        return parts
