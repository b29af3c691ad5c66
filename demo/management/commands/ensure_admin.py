"""A first superuser for a fresh site, so `make run` ends with a login that works."""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Create a superuser if there is none: 'admin' (or ADMIN_USERNAME) with a random password "
        "(or ADMIN_PASSWORD), printed once."
    )

    def handle(self, *args, **options):
        User = get_user_model()
        admin_url = f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/"
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write(f"Admin: {admin_url}  er is al een beheerder (superuser).")
            return

        username = os.environ.get("ADMIN_USERNAME") or "admin"
        password = os.environ.get("ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        if User.objects.filter(**{User.USERNAME_FIELD: username}).exists():
            raise CommandError(f"User {username!r} exists but is not a superuser.")
        User.objects.create_superuser(username=username, email="", password=password)
        # A password from the environment is known already: it is not echoed into logs.
        shown = "(uit ADMIN_PASSWORD)" if os.environ.get("ADMIN_PASSWORD") else password
        self.stdout.write(
            self.style.SUCCESS(f"Admin: {admin_url}  gebruiker: {username}  wachtwoord: {shown}")
        )
