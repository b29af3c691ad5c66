from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html

from wagtail import hooks

from . import admin_locale


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


@hooks.register("insert_editor_js")
def checkbox_filter_js():
    return format_html('<script src="{}" defer></script>', static("js/admin/checkbox-filter.js"))


@hooks.register("insert_global_admin_css")
def checkbox_filter_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))
