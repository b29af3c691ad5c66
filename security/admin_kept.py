"""Parts of the admin kept per user until what they show can change (issue 18): the sidebar and
the buttons of a page listing's rows. Both are Wagtail's own, rendered by Wagtail; Wagtail offers
no hook for either as a whole, so each is registered anew as the tag of Wagtail's tag library
that renders it (`register_kept_admin_parts`, from security's ready(), before any template that
loads the library is compiled). Both are kept under the permissions version (raised by any change
to users, groups, permissions, Wagtail's page, collection and site permissions and workflows:
security/permissions.py) and the user and their language; the sidebar also under the content
version (any page published, moved or deleted).

The sidebar (`{% sidebar_props %}` in wagtailadmin/base.html): the main menu asks each of its
thirty-odd items whether this user may see it (permission checks, whether a form page exists),
then packs them as JSON for the sidebar's script. At 10,000 practice examples that took a tenth of
the explorer's time, the same on every page. It also shows the profile (an avatar, the "new"
badges the user dismissed); which item is active the script finds from the address.

A row's buttons (`{% page_listing_buttons %}` in the title cell of the explorer, the search of
all pages and the "Practice examples" listing): Wagtail builds about a dozen for every row, each
asking the permission tester and reversing its address, and renders each through its own
template and its icon's: a quarter of the explorer's time with 25 rows. They depend on the page's
own state (`row_state`: its fields, its workflow, a scheduled publish and its translations, as
the listing found them), on the pages below it if it has any (whether one is live decides
"Delete" for some editors: the content version; a page without subpages, every practice example,
stays kept after a publish elsewhere), on the site's address and languages (the pages version), on
the address to return to and on the deploy (the static files' manifest).
"""

from django.conf import settings
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from wagtail.admin.templatetags import wagtailadmin_tags
from wagtail.models import Page

from core.derived_cache import VERSION_KEY as CONTENT_VERSION_KEY
from core.derived_cache import cached, current_versions
from core.page_cache import PAGES_VERSION_KEY, release

from .permissions import VERSION_KEY

# Wagtail's own tag functions, before `register_kept_admin_parts` puts the kept ones in their
# place.
wagtail_sidebar_props = wagtailadmin_tags.sidebar_props
wagtail_page_listing_buttons = wagtailadmin_tags.page_listing_buttons
BUTTONS_TEMPLATE = "wagtailadmin/shared/buttons.html"  # what `page_listing_buttons` renders


def kept(name, user, parts, compute, content=True):
    """compute(), kept for `user` in their language under the permissions version, `parts` and,
    where it depends on the content (`content`), the content version."""
    version = content and current_versions([CONTENT_VERSION_KEY])[CONTENT_VERSION_KEY]
    return cached(name, (user.pk, get_language(), version, parts), compute, version_key=VERSION_KEY)


def kept_sidebar_props(context):
    user = context["request"].user
    profile = getattr(user, "wagtail_userprofile", None)
    profile_state = profile and (profile.avatar.name, sorted(profile.dismissibles.items()))
    return kept("admin-sidebar", user, profile_state, lambda: wagtail_sidebar_props(context))


def row_state(page):
    """What a listed page's buttons depend on of the page itself: its fields (state, owner, lock,
    place in the tree, draft), its workflow, whether a publish is scheduled and its translations,
    as the listing found them (Wagtail's `annotate_queryset`, core.admin_listing); None where the
    listing did not find them all: its buttons are then built as Wagtail builds them."""
    workflow = getattr(page, "_current_workflow_states", None)
    if workflow is None and getattr(settings, "WAGTAIL_WORKFLOW_ENABLED", True):
        return None
    if not hasattr(page, "_approved_schedule") or not hasattr(page, "_kb_sync_source_id"):
        return None
    return (
        type(page).__name__,
        tuple(getattr(page, field.attname) for field in Page._meta.concrete_fields),
        [(state.pk, state.status, state.current_task_state_id) for state in workflow or ()],
        page._approved_schedule,
        page._kb_can_translate,
        page._kb_sync_source_id,
    )


def kept_page_listing_buttons(context, page, user, next_url=None):
    def render():
        buttons = wagtail_page_listing_buttons(context, page, user, next_url)
        return context.template.engine.get_template(BUTTONS_TEMPLATE).render(context.new(buttons))

    state = row_state(page)
    if state is None:
        return render()
    pages_version = current_versions([PAGES_VERSION_KEY])[PAGES_VERSION_KEY]
    parts = (next_url or context["request"].path, pages_version, release(), state)
    # Only a page with subpages depends on other pages (whether one is live): after a publish
    # elsewhere the rows of the other examples stay kept.
    html = kept("admin-row-buttons", user, parts, render, content=bool(page.numchild))
    return mark_safe(html)  # Wagtail's template's


def register_kept_admin_parts():
    """Registers the kept tags in the place of Wagtail's (module docstring);
    `tests/security/test_admin_kept.py` checks that the admin uses them."""
    wagtailadmin_tags.register.simple_tag(
        kept_sidebar_props, takes_context=True, name="sidebar_props"
    )
    wagtailadmin_tags.register.simple_tag(
        kept_page_listing_buttons, takes_context=True, name="page_listing_buttons"
    )
