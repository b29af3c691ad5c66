"""The admin's page listings without queries per row (issue 18: the listing of 10,000 practice
examples, 50 rows a page, took 250 queries and 350 ms).

Each row's "more" menu asked the database three things per page:

- wagtail-localize's buttons ("Translate this page", "Sync translated pages"): whether a
  language lacks a translation, and whether the page is the source of enabled translations,
  two to four queries per row. The listings (the explorer, the search of all pages, the
  practice example listing: `ListingRowsMixin`) now find both out for all their rows at once
  (`attach_translation_buttons`), and `translation_buttons` replaces wagtail-localize's hook
  with one that reads them, asking the database as before where a listing did not
  (`register_translation_buttons`).
- The "View live" button and the title's link: the page's address, from the site root paths,
  which Wagtail keeps per page object, so each row read them from the cache (Redis, a round
  trip per row). The listing now gives its rows one copy (`share_site_root_paths`).
- Wagtail's filter to the pages the user may explore joins the rows and the count with every
  page of the site; where it cannot leave a page out (the user holds a permission above all
  that is listed), the explorer and the "Practice examples" listing leave it out
  (`ListingRowsMixin.explores_everything_below`).
- Wagtail's "Move" and "Delete" buttons: for an editor without the publish permission, whether
  the page or one of its subpages is live, once for each button. For a page without subpages
  (every practice example) that is the page's own `live`: `PagePermissions` (the tester of
  every page type on BasePage, Wagtail's documented `permissions_for_user`) answers it so.

With no query left per row, the rows' buttons are rendered once and kept per user
(security/admin_kept.py).
"""

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin.views.pages.listing import ExplorableIndexView
from wagtail.admin.views.pages.search import SearchView
from wagtail.admin.widgets.button import Button
from wagtail.models import Locale, Page, PagePermissionTester, Site

HOOK = "register_page_listing_more_buttons"


def attach_translation_buttons(pages):
    """Sets on each of the listed pages what wagtail-localize's listing buttons ask of it, in
    three queries for them all: `_kb_can_translate`, whether a language has no translation of
    it yet (an alias does not count: a translation made from it replaces the alias), and
    `_kb_sync_source_id`, the translation source it is the source of, if that has enabled
    translations. (After the listing's page of rows is cut: an annotation of the queryset
    would be computed for every row before that page too.)"""
    from wagtail_localize.models import TranslationSource

    pages = [page for page in pages if isinstance(page, Page)]
    if not pages:
        return
    keys = {page.translation_key for page in pages}
    translated = {}
    for key, locale_id in Page.objects.filter(
        translation_key__in=keys, alias_of__isnull=True
    ).values_list("translation_key", "locale_id"):
        translated.setdefault(key, set()).add(locale_id)
    locales = set(Locale.objects.values_list("pk", flat=True))
    sources = {
        (key, locale_id): pk
        for key, locale_id, pk in TranslationSource.objects.filter(
            object_id__in=keys,
            object__content_type=ContentType.objects.get_for_model(Page),
            translations__enabled=True,
        ).values_list("object_id", "locale_id", "pk")
    }
    for page in pages:
        page._kb_can_translate = bool(locales - translated.get(page.translation_key, set()))
        page._kb_sync_source_id = sources.get((page.translation_key, page.locale_id))


def translation_buttons(page, user, view_name=None, next_url=None):
    """wagtail-localize's "Translate this page" and "Sync translated pages" of a listing's row,
    from what `attach_translation_buttons` set on the page (its own function where the
    listing did not)."""
    from wagtail_localize import wagtail_hooks as localize_hooks

    if not hasattr(page, "_kb_sync_source_id"):
        yield from localize_hooks.page_listing_more_buttons(page, user, view_name, next_url)
        return
    if page.is_root() or not user.has_perm("wagtail_localize.submit_translation"):
        return
    if page._kb_can_translate:
        yield Button(
            _("Translate this page"),
            reverse("wagtail_localize:submit_page_translation", args=[page.alias_of_id or page.id]),
            priority=60,
            icon_name="wagtail-localize-language",
        )
    if page._kb_sync_source_id is not None:
        url = reverse("wagtail_localize:update_translations", args=[page._kb_sync_source_id])
        if next_url is not None:
            url += "?" + urlencode({"next": next_url})
        yield Button(_("Sync translated pages"), url, priority=60, icon_name="resubmit")


def register_translation_buttons():
    """Puts `translation_buttons` in the place of wagtail-localize's own function among the
    listing's hooks (wagtail-localize registers the same function for the page header, which
    shows one page and stays). Wagtail has no way to unregister a hook: this edits its list,
    and `tests/practice_examples/test_admin_queries.py` checks that it did."""
    from wagtail_localize import wagtail_hooks as localize_hooks  # registers its hooks

    registered = hooks._hooks.get(HOOK, [])
    for index, (function, order) in enumerate(registered):
        if function is localize_hooks.page_listing_more_buttons:
            registered[index] = (translation_buttons, order)
            return
    if (translation_buttons, 0) not in registered:
        hooks.register(HOOK, translation_buttons)


def share_site_root_paths(pages):
    """Gives the pages one copy of the site root paths, where Wagtail's `page.url` looks for it
    first (`Page._get_site_root_paths`, the cache object being the page when no request is
    given): one cache read for the listing instead of one per row."""
    paths = Site.get_site_root_paths()
    for page in pages:
        page._wagtail_cached_site_root_paths = paths


# Rows per page of the explorer and the "Practice examples" listing. Wagtail shows 50 in the
# explorer, 20 in its search of all pages and its other listings. Each row of a page listing
# costs 2-3 ms to render (its "more" menu alone holds about twelve buttons): at 10,000 examples
# 25 rows took the explorer a fifth to a quarter less time than 50 (bench/README.md, issue 18).
# Editors find an example by its filters and search rather than by paging.
ROWS_PER_PAGE = 25


class ListingRowsMixin:
    """For a view of Wagtail's page listings (an IndexView): its rows without queries or cache
    reads of their own, 25 a page."""

    paginate_by = ROWS_PER_PAGE

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        attach_translation_buttons(context["object_list"])
        share_site_root_paths(context["object_list"])
        return context

    def explores_everything_below(self, page=None):
        """Whether the user may explore every page below `page` (None: the whole tree), so that
        Wagtail's filter to the pages they may explore, which joins the listing's rows and its
        count with every page of the site (at 10,000 examples a sixth of the listing's queries'
        time), can leave nothing out: it holds a permission on `page` or a page above it (a
        superuser everywhere). Where it does not (the user only passes through on the way to
        their own pages), the listing keeps Wagtail's filter."""
        user = self.request.user
        if not user.is_active:
            return False
        if user.is_superuser:
            return True
        return any(
            held.depth == 1 or (page is not None and page.path.startswith(held.path))
            for held in self.permission_policy.instances_with_direct_explore_permission(user)
        )


class ExplorerView(ListingRowsMixin, ExplorableIndexView):
    """The page explorer (KennisbankPageViewSet's index view)."""

    def get_base_queryset(self):
        """Wagtail's, without its filter to the pages the user may explore where it can leave
        nothing out (`explores_everything_below`); searches of the whole tree keep it."""
        if self.is_searching_whole_tree or not self.explores_everything_below(self.parent_page):
            return super().get_base_queryset()
        pages = self.model._default_manager
        if self.is_searching or self.is_filtering:
            pages = pages.descendant_of(self.parent_page)
        else:
            pages = pages.child_of(self.parent_page)
        return self.annotate_queryset(pages)


class PageSearchView(ListingRowsMixin, SearchView):
    """The admin's search of all pages (KennisbankPageViewSet's search view): Wagtail's 20 rows."""

    paginate_by = SearchView.paginate_by


class PagePermissions(PagePermissionTester):
    """Wagtail's permission tester, answering whether a page without subpages may be deleted
    (or moved) from the page itself: Wagtail asks the database whether the page or a subpage
    is live (or not the editor's), which for a page without subpages is the page's own state."""

    def can_delete(self, ignore_bulk=False):
        if (
            not self.user.is_active
            or self.user.is_superuser
            or self.page_is_root
            or not self.page.is_leaf()
        ):
            return super().can_delete(ignore_bulk=ignore_bulk)
        own = self.page.owner_id == self.user.pk
        if "change" in self.permissions:
            return "publish" in self.permissions or not self.page.live
        if "add" in self.permissions:
            if "publish" in self.permissions:
                return own
            return own and not self.page.live
        return False
