from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .guide import EditorGuideView


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


@hooks.register("insert_editor_js")
def localize_editor_in_dutch():
    """wagtail-localize's translation editor through gettext where it has English of its own."""
    return format_html('<script src="{}"></script>', static("js/localize_editor_dutch.js"))
