from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DevelopmentGroupsConfig(AppConfig):
    name = "development_groups"
    verbose_name = _("Development groups")

    def ready(self):
        from core.derived_cache import watch_content

        from . import signals  # noqa: F401
        from .models import Ballot, SessionOutcome, ThemeProposal

        # Session pages show their chosen theme and public summary: derived lists must follow;
        # the result of a vote shows once the facilitator closes it (views.vote_results).
        watch_content(ThemeProposal, SessionOutcome, Ballot)
