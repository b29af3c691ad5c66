from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticeExamplesConfig(AppConfig):
    name = "practice_examples"
    verbose_name = _("Practice examples")

    def ready(self):
        from .signals import connect

        connect()
