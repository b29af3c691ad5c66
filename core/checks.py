"""System checks of the site's own settings (`manage.py check --deploy`)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks

LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "testserver"}


@checks.register(checks.Tags.security, deploy=True)
def check_base_url(app_configs, **kwargs):
    """Links in e-mails, feeds and the API start with BASE_URL (core/links.py): in production it
    must be the public https address, or every mailed link is dead."""
    parts = urlsplit(settings.BASE_URL)
    if parts.scheme == "https" and parts.hostname and parts.hostname not in LOCAL_HOSTS:
        return []
    return [
        checks.Warning(
            f"BASE_URL is {settings.BASE_URL!r}: links in e-mails, feeds and the API would not "
            "reach visitors.",
            hint="Set BASE_URL to the site's public address, e.g. https://kennisbank.example.nl.",
            id="kennisbank.W001",
        )
    ]
