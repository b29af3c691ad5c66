"""`make run`: the site on this computer as visitors get it, and manage.py's default.

DEBUG is off: the site's own error pages in Dutch (kennisbank/errors.py), never Django's technical
pages with their URL patterns and settings. Static files come from WhiteNoise straight from the
source folders (no collectstatic), uploaded images from kennisbank/media.py, documents only
through Wagtail's document view with its privacy check, never from /media/ (as with production's
nginx). Errors are logged to the console. A fixed, public key signs the sessions: never use these
settings on a server (production.py). For Django's debug pages: `make dev` (dev.py).
"""

import os

from .base import *  # noqa: F403
from .base import STORAGES

DEBUG = False
SECRET_KEY = SECRET_KEY or "local-only-insecure-key-do-not-use-on-a-server"  # noqa: F405
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
SERVE_MEDIA_IMAGES = True
# the address `make run` serves (PORT=8123 make run), for the admin login it prints
BASE_URL = WAGTAILADMIN_BASE_URL = WAGTAILAPI_BASE_URL = (
    os.environ.get("BASE_URL")
    or os.environ.get("WAGTAILADMIN_BASE_URL")
    or f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
).rstrip("/")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}

# The benchmark's seed commands (devtools/), never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "devtools"]  # noqa: F405
