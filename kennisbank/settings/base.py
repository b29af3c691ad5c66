"""Settings shared by every environment.

Safe by default: everything that differs between a laptop and production is read from the
environment, and the other settings modules only override.

One module on purpose, although it is longer than the project's other modules: every setting a
deploy can change is here, each beside the comment that says why, in topic order (apps,
middleware, databases, caches, login, mail, search, security headers); split over files, a setting
and the one it depends on would be read apart.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import unquote, urlsplit

import dj_database_url

from django.utils.translation import gettext_lazy as _

from .env_file import load_env_file

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# The .env file of this checkout adds the variables the environment does not set (env_file.py,
# .env.example); ENV_FILE names another file, an empty ENV_FILE reads none.
load_env_file(os.environ.get("ENV_FILE", BASE_DIR / ".env"))


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "security",
    "home",
    "taxonomy",
    "practice_examples",
    "events",
    "development_groups",
    "scan",
    "following",
    "search",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "wagtail.contrib.sitemaps",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy on every response, static files too (CONTENT_SECURITY_POLICY below)
    "kennisbank.content_security.ContentSecurityPolicyMiddleware",
    # WhiteNoise, reading the static files once per process (kennisbank/static_files.py)
    "kennisbank.static_files.StaticFilesMiddleware",
    # Anonymous pages from the cache, before sessions and users are touched (PAGE_CACHE_SECONDS)
    "core.page_cache.PageCacheMiddleware",
    # Wagtail's Site of the request from memory while no site or page changed (core/sites.py)
    "core.sites.SiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # The site's page for an error response without a body (a 405 of a view, kennisbank/errors.py)
    "kennisbank.errors.ErrorPageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",  # request.user.is_verified(): the second factor
    "security.two_factor.AdminTwoFactorMiddleware",  # ADMIN_TWO_FACTOR_REQUIRED, below
    "core.middleware.PrivateForUsersMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last: turns a locked login into the lockout page
]

ROOT_URLCONF = "kennisbank.urls"
# A form sent without a valid CSRF token gets the site's 403 page (kennisbank/errors.py).
CSRF_FAILURE_VIEW = "kennisbank.errors.csrf_failure"
WSGI_APPLICATION = "kennisbank.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: one line, SQLite in the project folder unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60, conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The cost PostgreSQL assumes for reading a random page: 1.1 suits SSD storage (the default,
    # 4, assumes spinning disks) and lets it use the full-text index for frequent words too
    # (bench/README.md). Set per connection, so it needs no access to the server's settings.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c random_page_cost=1.1"
    # A database that does not answer is given up after this many seconds (the visitor gets the
    # 503 page, kennisbank/errors.py) instead of holding the worker for the system's TCP timeout.
    DATABASES["default"]["OPTIONS"]["connect_timeout"] = int(
        os.environ.get("DATABASE_CONNECT_TIMEOUT", 5)
    )

# --- Read replicas (docs/deployment.md, "Read replicas") -------------------------------------
# DATABASE_REPLICA_URLS: comma-separated addresses of streaming replicas of the database. Reads
# of web requests go to a random replica, except inside a transaction and for
# DATABASE_REPLICA_PIN_SECONDS after the visitor's last write (kennisbank/db_router.py); writes,
# the worker, commands and migrations use the primary only. Replicas are copies: in tests they
# mirror the default database.
DATABASE_REPLICA_URLS = env_list("DATABASE_REPLICA_URLS")
DATABASE_REPLICA_PIN_SECONDS = int(os.environ.get("DATABASE_REPLICA_PIN_SECONDS", 10))
for _number, _url in enumerate(DATABASE_REPLICA_URLS, start=1):
    _replica = dj_database_url.parse(_url, conn_max_age=60, conn_health_checks=True)
    if _replica["ENGINE"] == DATABASES["default"]["ENGINE"] and "OPTIONS" in DATABASES["default"]:
        _replica["OPTIONS"] = {**DATABASES["default"]["OPTIONS"], **_replica.get("OPTIONS", {})}
    _replica["TEST"] = {"MIRROR": "default"}
    DATABASES[f"replica_{_number}"] = _replica
if DATABASE_REPLICA_URLS:
    DATABASE_ROUTERS = ["kennisbank.db_router.ReplicaRouter"]
    MIDDLEWARE.insert(0, "kennisbank.db_router.ReplicaPinMiddleware")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, local memory otherwise. While Redis does not answer, the
# site runs as with an empty cache (kennisbank/cache.py): each call waits at most
# REDIS_TIMEOUT_SECONDS, then the process leaves Redis alone for REDIS_DOWN_SECONDS.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    _redis_timeout = float(os.environ.get("REDIS_TIMEOUT_SECONDS", 0.5))
    CACHES = {
        "default": {
            "BACKEND": "kennisbank.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "kennisbank",
            "DOWN_SECONDS": float(os.environ.get("REDIS_DOWN_SECONDS", 5)),
            "OPTIONS": {
                "socket_connect_timeout": _redis_timeout,
                "socket_timeout": _redis_timeout,
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Page cache (core/page_cache.py): whole pages for anonymous visitors, kept this many seconds at
# most and purged at once when content is published; 0 switches it off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 300))
# Fragment cache (core/fragment_cache.py): rendered parts of pages (header, footer, a page's
# body, cards), for every visitor, renewed at once when content changes and kept this many
# seconds at most, so what changes with the clock alone (an event's registration closing, an
# event becoming past) shows within a minute; 0 switches it off.
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", 60))

# E-mail: EMAIL_URL (smtp://user:password@host:587, smtp+ssl://... ) or the console.
EMAIL_URL = os.environ.get("EMAIL_URL", "")
if EMAIL_URL:
    _email = urlsplit(EMAIL_URL)
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = _email.hostname or "localhost"
    EMAIL_PORT = _email.port or 25
    EMAIL_HOST_USER = unquote(_email.username or "")
    EMAIL_HOST_PASSWORD = unquote(_email.password or "")
    EMAIL_USE_SSL = _email.scheme == "smtp+ssl"
    EMAIL_USE_TLS = _email.scheme == "smtp+tls"
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Kennisbank <noreply@kennisbank.nl>")
# Seconds each step of talking to the mail server may wait: a hanging server fails the task (and
# it is tried again) long before TASKS_RUNNING_TIMEOUT would take it for abandoned.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", 30))

# Members of development groups log in on the front end (development_groups/accounts.py), never
# in the admin; Wagtail's private pages and documents send visitors there too.
LOGIN_URL = "account:login"
LOGIN_REDIRECT_URL = "account:home"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL

# Both logins (the admin's and the members') are locked per user name and address after
# AXES_FAILURE_LIMIT wrong passwords, for AXES_COOLOFF_MINUTES, even for the right password
# (django-axes, security/login_protection.py). Per name and address together, so nobody
# can lock a member out from everywhere; `manage.py axes_reset_username <name>` unlocks early.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses a locked login before any password
    # Django's ModelBackend, each user's permissions kept until permissions change
    "security.permissions.CachedModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", 5))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", 15)))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# Both forms post the name as `username` and authenticate() with it: the admin's user name, the
# member's account for the e-mail address typed (in any case, account_forms.LoginForm).
AXES_USERNAME_FORM_FIELD = "username"
AXES_RESET_ON_SUCCESS = True
# Tries during the lock do not extend it: the page's "wait N minutes" holds.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# The visitor's address as the rate limits see it (RATELIMIT_PROXY_COUNT, below).
AXES_CLIENT_IP_CALLABLE = "security.login_protection.client_ip"
AXES_LOCKOUT_CALLABLE = "security.login_protection.lockout_response"
# Failed attempts are kept only until their cool-off ends; no log of every successful login.
AXES_DISABLE_ACCESS_LOG = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Dutch is the default (no URL prefix), English lives under /en/.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Submitting a page for translation makes a draft in the other language, even when the source is
# live: a translation goes public only when an editor publishes it (docs/architecture.md).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Whether Django serves the uploaded images itself (never documents, kennisbank/media.py): for
# `make run` and `make dev`; production's nginx serves them (deploy/nginx.conf).
SERVE_MEDIA_IMAGES = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# --- Media on S3-compatible storage (docs/deployment.md, "Media on S3") ----------------------
# With AWS_STORAGE_BUCKET_NAME set, uploaded images and documents live in that bucket
# (django-storages). The bucket stays private: every media URL is signed and expires
# (AWS_QUERYSTRING_AUTH), documents are streamed by Wagtail's document view, which checks the
# collection's privacy. Credentials: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, else the instance
# role. MEDIA_ORIGIN is where media URLs point (scheme://host), "" when the site serves them.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
MEDIA_ORIGIN = ""
if AWS_STORAGE_BUCKET_NAME:
    _s3 = {
        "bucket_name": AWS_STORAGE_BUCKET_NAME,
        "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,  # S3-compatible providers
        "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
        "access_key": os.environ.get("AWS_ACCESS_KEY_ID") or None,
        "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
        "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,  # a CDN in front
        "location": os.environ.get("AWS_LOCATION", ""),  # a prefix inside the bucket
        # Amazon: https://<bucket>.s3.<region>.amazonaws.com; other providers: <endpoint>/<bucket>
        "addressing_style": os.environ.get("AWS_S3_ADDRESSING_STYLE")
        or (None if os.environ.get("AWS_S3_ENDPOINT_URL") else "virtual"),
        "signature_version": os.environ.get("AWS_S3_SIGNATURE_VERSION", "s3v4"),
        "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", True),
        "querystring_expire": int(os.environ.get("AWS_QUERYSTRING_EXPIRE", 3600)),
        "default_acl": None,  # objects inherit the bucket's (private) policy
        "file_overwrite": False,
    }
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {key: value for key, value in _s3.items() if value is not None},
    }
    if _s3["custom_domain"]:
        MEDIA_ORIGIN = f"https://{_s3['custom_domain']}"
    else:
        _endpoint = urlsplit(_s3["endpoint_url"] or "https://s3.amazonaws.com")
        _host = _endpoint.netloc
        if not _s3["endpoint_url"] and _s3["region_name"] not in (None, "us-east-1"):
            _host = f"s3.{_s3['region_name']}.amazonaws.com"
        if _s3["addressing_style"] == "virtual":
            _host = f"{AWS_STORAGE_BUCKET_NAME}.{_host}"
        MEDIA_ORIGIN = f"{_endpoint.scheme}://{_host}"

WAGTAIL_SITE_NAME = "Kennisbank"
# The site's public address (scheme://host[:port], no path): every absolute link that leaves the
# site (e-mails, feeds, calendars, the API, the admin's notifications) starts with it
# (core/links.py). WAGTAILADMIN_BASE_URL is the older name, still read.
BASE_URL = (
    os.environ.get("BASE_URL") or os.environ.get("WAGTAILADMIN_BASE_URL") or "http://127.0.0.1:8000"
).rstrip("/")
WAGTAILADMIN_BASE_URL = WAGTAILAPI_BASE_URL = BASE_URL
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILEMBEDS_FINDERS = []  # no oEmbed look-ups: videos are click-to-load, see home.blocks

# Search: Wagtail's database backend (PostgreSQL full text with the Dutch configuration,
# SQLite FTS5 on the embedded default), with Dutch stems for queries (search/backends.py).
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "search.backends", "SEARCH_CONFIG": "dutch"},
}
# Search insight for editors (search/insight.py): searches are counted per query and day, without
# who searched, and kept this many days (apply_retention deletes older counts); the admin report
# covers the same days. At most SEARCH_INSIGHT_MAX_NEW_QUERIES_PER_DAY new queries a day are kept.
SEARCH_INSIGHT_DAYS = int(os.environ.get("SEARCH_INSIGHT_DAYS", 30))
SEARCH_INSIGHT_MAX_NEW_QUERIES_PER_DAY = 1000
# Each process writes its counts together, at most this many seconds after the search.
SEARCH_INSIGHT_WRITE_SECONDS = int(os.environ.get("SEARCH_INSIGHT_WRITE_SECONDS", 30))
WAGTAILSEARCH_HITS_MAX_AGE = SEARCH_INSIGHT_DAYS  # Wagtail's searchpromotions_garbage_collect

# --- Background work (docs/deployment.md, "Background worker") --------------------------------
# E-mail and Wagtail's background work run through Django's tasks interface (django-tasks).
# TASKS_BACKEND "immediate" runs each task at once in the process that queues it; "database"
# (production's default) stores it for the worker, `manage.py task_worker`.
TASKS_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}


def tasks_setting(name):
    if name not in TASKS_BACKENDS:
        raise ValueError(f"TASKS_BACKEND must be one of {', '.join(TASKS_BACKENDS)}, not {name!r}")
    return {"default": {"BACKEND": TASKS_BACKENDS[name]}}


TASKS = tasks_setting(os.environ.get("TASKS_BACKEND", "immediate"))
# The site's own e-mail goes through a task (core.mail.queue_email), which delivers it with
# EMAIL_DELIVERY_BACKEND. Production also queues every other e-mail (Wagtail's moderation
# notifications, the admin's password reset): EMAIL_BACKEND = "core.mail.QueuedEmailBackend".
EMAIL_DELIVERY_BACKEND = EMAIL_BACKEND
# Finished task results are deleted this many days after they finished (apply_retention).
TASKS_RESULT_RETENTION_DAYS = int(os.environ.get("TASKS_RESULT_RETENTION_DAYS", 30))
# The worker (`manage.py task_worker`, core/task_queue.py): a task RUNNING this many seconds lost
# its worker and goes back to the queue (far above any real task: a mail waits at most
# EMAIL_TIMEOUT per step); a failed task is tried again after TASKS_RETRY_DELAY seconds, five
# times longer each time, at most TASKS_RETRY_MAX_DELAY, until TASKS_MAX_ATTEMPTS attempts.
TASKS_RUNNING_TIMEOUT = int(os.environ.get("TASKS_RUNNING_TIMEOUT", 600))
TASKS_MAX_ATTEMPTS = int(os.environ.get("TASKS_MAX_ATTEMPTS", 6))
TASKS_RETRY_DELAY = 60
TASKS_RETRY_MAX_DELAY = 3600
# Scans that were never completed are deleted when nobody answered for this many days; completed
# scans stay, they are the national averages (apply_retention).
SCAN_UNFINISHED_RETENTION_DAYS = int(os.environ.get("SCAN_UNFINISHED_RETENTION_DAYS", 180))

# Registrations for events are anonymised this many days after the event has ended
# (manage.py anonymise_registrations, part of the daily apply_retention).
EVENTS_REGISTRATION_RETENTION_DAYS = int(os.environ.get("EVENTS_REGISTRATION_RETENTION_DAYS", 90))

# Who sent in a practice example through the site (practice_examples.Submission: name, e-mail)
# is deleted this many days after they were told it is published or not, and a year after
# sending whatever became of it (apply_retention).
SUBMISSION_RETENTION_DAYS = int(os.environ.get("SUBMISSION_RETENTION_DAYS", 90))

# Behind a reverse proxy: how many proxies append to X-Forwarded-For, so the public forms' rate
# limit counts each visitor's own address (core/ratelimit.py). 0 trusts no header.
RATELIMIT_PROXY_COUNT = int(os.environ.get("RATELIMIT_PROXY_COUNT", 0))

# Documents and privacy (docs/deployment.md). Wagtail's shared-password privacy keeps the password
# in plain text in the database: pages and document collections are private to logged-in users or
# groups only. Documents are served by Wagtail's view (WAGTAILDOCS_SERVE_METHOD above), which
# applies the collections' privacy, with `Content-Security-Policy: default-src 'none'` and
# `nosniff`; only PDFs open in the browser, everything else downloads as an attachment. SVG
# (which can carry script) is no image format here.
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]

# --- Security headers and admin sign-in (docs/deployment.md, "Content-Security-Policy") -------
# Content-Security-Policy on every response (django-csp; kennisbank/content_security.py). The
# public site runs only its own script and style files: no inline script, style or event
# handler, no eval. Videos play in an iframe of the two players home.blocks.VideoValue embeds,
# only after a click. Media come from the site itself; the middleware adds MEDIA_ORIGIN (S3,
# above) to img-src and media-src when it is set. Responses that set a policy of their own keep
# it (Wagtail's document view: `default-src 'none'`). CSP_REPORT_URI: where browsers report
# what the policy blocked (optional, comma-separated).
_CSP_VIDEO_PLAYERS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "media-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": _CSP_VIDEO_PLAYERS,
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "report-uri": env_list("CSP_REPORT_URI") or None,
    }
}
# The Wagtail admin (/admin/, except its sign-in pages, which keep the public policy) needs more
# (measured in tests/browser/test_csp.py): Wagtail 8's form widgets (choosers, date pickers,
# inline panels) write inline scripts into the page, its editors (Draftail) add <style> elements
# and its templates use style attributes, so script-src and style-src allow 'unsafe-inline';
# still no eval, no other host. Plus the preview of a page in an iframe of the site itself and
# images the editor builds in the browser (blob:). Only signed-in editors with a second factor
# (ADMIN_TWO_FACTOR_REQUIRED) see these pages.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "frame-src": ["'self'", *_CSP_VIDEO_PLAYERS],
        "frame-ancestors": ["'self'"],
    }
}
# The admin contacts no other host: no avatars from Gravatar (which would tell it the editors'
# hashed e-mail addresses), no check for a new Wagtail release from the dashboard (the
# operator upgrades through pyproject.toml, docs/deployment.md).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Two-factor sign-in for everyone who enters the Wagtail admin (security/two_factor.py): a code
# from an authenticator app (TOTP) or a single-use backup code, once per session. Off here so
# `make run`'s printed admin login works; production.py switches it on.
ADMIN_TWO_FACTOR_REQUIRED = env_bool("ADMIN_TWO_FACTOR_REQUIRED", False)
OTP_TOTP_ISSUER = os.environ.get("OTP_TOTP_ISSUER", WAGTAIL_SITE_NAME)
