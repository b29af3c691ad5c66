from wagtail import hooks

from .page_editor import page_viewset


@hooks.register("register_admin_viewset")  # after Wagtail's base page viewset (order -1)
def register_page_viewset():
    return page_viewset
