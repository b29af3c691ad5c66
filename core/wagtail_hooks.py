"""The admin as every app's pages share it: page choosers and the explorer in the edited page's
language, the page editor's views, the editors' guide, and the admin's own CSS and scripts."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_listing, admin_locale
from .guide import EditorGuideView
from .page_editor import page_viewset


@hooks.register("register_admin_urls")
def register_page_chooser_in_locale():
    return [
        path(
            "choose-page-in-locale/",
            admin_locale.choose_page_in_locale,
            name="kennisbank_choose_page_in_locale",
        ),
        path(
            "choose-page-in-locale/<int:parent_page_id>/",
            admin_locale.choose_page_in_locale,
            name="kennisbank_choose_page_in_locale_child",
        ),
    ]


hooks.register("construct_page_chooser_queryset", admin_locale.in_chooser_locale)


@hooks.register("construct_explorer_page_queryset")
def explorer_own_language_first(parent_page, pages, request):
    if request.GET.get("q"):
        return pages  # ordered by relevance
    return admin_locale.own_language_first(pages)


admin_listing.register_translation_buttons()


@hooks.register("insert_editor_js")
def checkbox_filter_js():
    return format_html('<script src="{}" defer></script>', static("js/admin/checkbox-filter.js"))


@hooks.register("insert_editor_js")
def localize_editor_in_dutch():
    """wagtail-localize's translation editor through gettext where it has English of its own."""
    return format_html('<script src="{}"></script>', static("js/localize_editor_dutch.js"))


@hooks.register("insert_global_admin_css")
def checkbox_filter_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


@hooks.register("register_admin_urls")
def register_guide_url():
    return [path("guide/", EditorGuideView.as_view(), name="editor_guide")]


@hooks.register("register_admin_menu_item")
def register_guide_menu_item():
    return MenuItem(
        _("Guide for editors"),
        reverse("editor_guide"),
        name="guide",
        icon_name="help",
        order=9000,
    )


@hooks.register("register_admin_viewset")  # after Wagtail's base page viewset (order -1)
def register_page_viewset():
    return page_viewset
