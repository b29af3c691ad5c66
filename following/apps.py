from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FollowingConfig(AppConfig):
    """Following a theme, a region, the practice examples or the agenda by e-mail, without an
    account: double opt-in, a weekly or monthly digest, one link to manage it all (issue 20)."""

    name = "following"
    verbose_name = _("Following")

    def ready(self):
        from . import signals  # noqa: F401
