from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and standard pages")

    def ready(self):
        from core.derived_cache import watch_content

        from .models import SiteSettings

        # The footer's links and the site's name are derived data too (core/derived_cache.py).
        watch_content(SiteSettings)
