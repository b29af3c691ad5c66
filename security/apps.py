from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    """Who may log in and how: login protection (django-axes), two-factor login for the admin
    (django-otp) and each user's permissions kept until permissions change."""

    name = "security"
    verbose_name = _("Login security")

    def ready(self):
        from .admin_kept import register_kept_admin_parts
        from .permissions import watch_permissions

        # Each user's permissions are kept until permissions change (security/permissions.py),
        # and so are the admin's sidebar and the buttons of its listings' rows built from them
        # (security/admin_kept.py).
        watch_permissions()
        register_kept_admin_parts()
