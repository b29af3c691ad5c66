import os

from .base import *  # noqa: F403
from .base import STORAGES

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
ALLOWED_HOSTS = ["*"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# the address `make run` serves (PORT=8123 make run), for the admin login it prints
BASE_URL = WAGTAILADMIN_BASE_URL = WAGTAILAPI_BASE_URL = (
    os.environ.get("BASE_URL")
    or os.environ.get("WAGTAILADMIN_BASE_URL")
    or f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
).rstrip("/")
