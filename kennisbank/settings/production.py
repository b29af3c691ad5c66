from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("Set SECRET_KEY in the environment.")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))  # noqa: F405
# The HSTS header also covers the subdomains of the site's host and consents to the browsers'
# preload list (submitting the domain there is a separate step). See docs/deployment.md.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)  # noqa: F405
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)  # noqa: F405
# A load balancer may ask for /health/ over plain HTTP, straight from the application server.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if REDIS_URL:  # noqa: F405
    # Sessions live in the database with a copy in Redis: reads come from Redis, and while Redis
    # does not answer from the database, so nobody is logged out (docs/deployment.md, "When a
    # service is down").
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},  # noqa: F405
}

# Two-factor sign-in for the Wagtail admin (security/two_factor.py, docs/deployment.md): on
# unless the environment says ADMIN_TWO_FACTOR_REQUIRED=false.
ADMIN_TWO_FACTOR_REQUIRED = env_bool("ADMIN_TWO_FACTOR_REQUIRED", True)  # noqa: F405

# Background work: a database queue that `manage.py task_worker` works off (deploy/systemd/
# kennisbank-worker.service), so a slow mail server never slows a request. TASKS_BACKEND=immediate
# sends at once instead, for a single server without a worker.
TASKS = tasks_setting(os.environ.get("TASKS_BACKEND", "database"))  # noqa: F405
# Every e-mail through the queue, Wagtail's own too (core/mail.py); the task delivers it with
# EMAIL_DELIVERY_BACKEND (EMAIL_URL's server).
EMAIL_BACKEND = "core.mail.QueuedEmailBackend"
