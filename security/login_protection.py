"""What django-axes needs to lock both logins: the admin's (/admin/login/) and the members'
(/account/inloggen/, accounts.py) after repeated wrong passwords (settings: AXES_*).

A user name is locked per visitor's address: after AXES_FAILURE_LIMIT failures in a row from one
address, that name cannot log in from there for AXES_COOLOFF_TIME, not even with the right
password; from another address it can. A successful login, a new password through the mailed
link or `manage.py axes_reset_username <name>` ends the lock early.

The address is the one the rate limits count (core/ratelimit.py, RATELIMIT_PROXY_COUNT behind a
reverse proxy), so both agree on who the visitor is.
"""

import ipaddress

from django.conf import settings
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers

from core.ratelimit import client_ip as visitor_ip

TEMPLATE = "security/locked.html"
ADMIN_LOGIN = "wagtailadmin_login"


def client_ip(request):
    """AXES_CLIENT_IP_CALLABLE: the visitor's address as core.ratelimit counts it, or None when
    there is none that is a valid IP address (axes stores it in an IP address column)."""
    address = visitor_ip(request)
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def cooloff_minutes():
    return max(1, round(settings.AXES_COOLOFF_TIME.total_seconds() / 60))


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the page that says the login is locked and for how long, with a 429,
    in the site's design for both logins (the admin's sends back to the admin's login)."""
    match = getattr(request, "resolver_match", None)
    in_admin = match is not None and match.view_name == ADMIN_LOGIN
    minutes = cooloff_minutes()
    response = render(
        request,
        TEMPLATE,
        {"in_admin": in_admin, "minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
    response["Retry-After"] = str(minutes * 60)
    add_never_cache_headers(response)
    return response
