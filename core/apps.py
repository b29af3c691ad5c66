from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The machinery every app shares (docs/architecture.md): no models, no content of its own."""

    name = "core"
    verbose_name = _("Shared machinery")

    def ready(self):
        from taggit.models import Tag, TaggedItemBase

        from django.db.models.signals import post_delete, post_save

        from wagtail.models import Locale, Page, PageViewRestriction

        from . import checks  # noqa: F401 (registers them)
        from .admin_locale import register_page_chooser_in_locale
        from .derived_cache import watch_content
        from .localization import forget_locales
        from .page_cache import watch_pages
        from .translations import (
            alias_in_another_language_starts_offline,
            translate_slug_with_title,
        )

        # Derived data (core/derived_cache.py) comes from pages, their privacy and their tags;
        # each app adds what else its derived data comes from (home its site settings, taxonomy
        # its vocabularies) in its own ready().
        watch_content(Page, PageViewRestriction, Tag, TaggedItemBase)
        # Cached anonymous pages also show images, documents, the site and its languages
        # (page_cache.py); an app adds what only its pages show (events: places left).
        watch_pages()
        post_save.connect(forget_locales, sender=Locale, dispatch_uid="core.forget_locales.save")
        post_delete.connect(forget_locales, sender=Locale, dispatch_uid="core.forget_locales.del")
        # A chooser of a page type starts where those pages live in the edited page's language.
        register_page_chooser_in_locale()
        post_save.connect(
            translate_slug_with_title,
            sender="wagtail_localize.StringTranslation",
            dispatch_uid="core.translate_slug_with_title",
        )
        post_save.connect(
            alias_in_another_language_starts_offline,
            dispatch_uid="core.alias_in_another_language_starts_offline",
        )
