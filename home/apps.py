from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and standard pages")

    def ready(self):
        from taggit.models import Tag, TaggedItemBase

        from django.db.models.signals import post_delete, post_save

        from wagtail.models import Locale, Page, PageViewRestriction

        from kennisbank.permissions import watch_permissions

        from . import checks  # noqa: F401 (registers them)
        from .admin_locale import register_page_chooser_in_locale
        from .derived_cache import watch_content
        from .localization import forget_locales
        from .models import SiteSettings
        from .page_cache import watch_pages
        from .translations import (
            alias_in_another_language_starts_offline,
            translate_slug_with_title,
        )

        # Derived data (home/derived_cache.py) comes from pages, their privacy and their tags,
        # and the site settings (footer links); the taxonomy app adds its vocabularies.
        watch_content(Page, PageViewRestriction, Tag, TaggedItemBase, SiteSettings)
        # Cached anonymous pages also show registrations, images, documents (page_cache.py).
        watch_pages()
        # Each user's permissions are kept until permissions change (kennisbank/permissions.py).
        watch_permissions()
        post_save.connect(forget_locales, sender=Locale, dispatch_uid="home.forget_locales.save")
        post_delete.connect(forget_locales, sender=Locale, dispatch_uid="home.forget_locales.del")
        # A chooser of a page type starts where those pages live in the edited page's language.
        register_page_chooser_in_locale()
        post_save.connect(
            translate_slug_with_title,
            sender="wagtail_localize.StringTranslation",
            dispatch_uid="home.translate_slug_with_title",
        )
        post_save.connect(
            alias_in_another_language_starts_offline,
            dispatch_uid="home.alias_in_another_language_starts_offline",
        )
