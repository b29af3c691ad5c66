"""The admin's sidebar, kept per user until what it shows them can change (issue 18).

Every admin page builds Wagtail's sidebar (`{% sidebar_props %}` in wagtailadmin/base.html):
the main menu asks each of its thirty-odd items whether this user may see it (permission
checks, Wagtail's page, collection and site permissions, whether a form page exists), then
packs them as JSON for the sidebar's script. At 10,000 practice examples that took a tenth of
the explorer's time, the same on every page. What it shows depends on who the user is and what
they may do, on the content (the forms menu, the explorer's start page), on their profile (an
avatar, the "new" badges they dismissed) and on the language; which item is active the script
finds from the address. So the JSON is kept under all of those: the permissions version (raised
by any change to users, groups or permissions, Wagtail's included: security/permissions.py),
the content version, the user, the profile's state and the language.
"""

from django.utils.translation import get_language

from wagtail.admin.templatetags import wagtailadmin_tags

from core.derived_cache import cached, content_version

from .permissions import VERSION_KEY

# Wagtail's own tag function, before `register_kept_sidebar` puts `kept_sidebar_props` in its place.
wagtail_sidebar_props = wagtailadmin_tags.sidebar_props


def kept_sidebar_props(context):
    user = context["request"].user
    profile = getattr(user, "wagtail_userprofile", None)
    parts = (
        user.pk,
        get_language(),
        content_version(),
        profile and (profile.avatar.name, sorted(profile.dismissibles.items())),
    )
    return cached(
        "admin-sidebar", parts, lambda: wagtail_sidebar_props(context), version_key=VERSION_KEY
    )


def register_kept_sidebar():
    """Registers `kept_sidebar_props` as the `sidebar_props` tag of Wagtail's tag library, before
    any template that loads it is compiled (an app's ready()). Wagtail offers no hook for the
    sidebar as a whole; `tests/security/test_admin_sidebar.py` checks that the admin uses this."""
    wagtailadmin_tags.register.simple_tag(
        kept_sidebar_props, takes_context=True, name="sidebar_props"
    )
