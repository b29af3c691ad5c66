from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    """Who may log in and how: login protection (django-axes), two-factor login for the admin
    (django-otp) and each user's permissions kept until permissions change."""

    name = "security"
    verbose_name = _("Login security")

    def ready(self):
        from .permissions import watch_permissions

        # Each user's permissions are kept until permissions change (security/permissions.py).
        watch_permissions()
