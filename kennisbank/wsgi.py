"""The WSGI application gunicorn serves (deploy/gunicorn.conf.py), and what a preloading master
prepares before it forks its workers."""

import contextlib
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kennisbank.settings.production")

application = get_wsgi_application()


def warm_up():
    """Do in the master, once, what every worker would otherwise do on its first requests:
    import every view (the URLconf) and the cache's client library, index the URLs for reverse()
    in every language, compile the site's templates, read the translations and the static
    files' manifest. Forked workers inherit it all, so a new worker (after a reload or
    recycling) answers at full speed at once. Opens no database or Redis connection. Last, the
    objects made so far are moved out of the garbage collector's sight (gc.freeze): a collection
    in a worker then does not touch, and so copy, the memory it shares with the master."""
    import gc

    from django.conf import settings
    from django.core.cache import caches
    from django.template import TemplateDoesNotExist, TemplateSyntaxError
    from django.template.loader import get_template
    from django.urls import get_resolver
    from django.utils import translation

    from core.page_cache import release

    get_resolver().url_patterns  # noqa: B018 (imports the URLconf and every view)
    for code, _name in settings.LANGUAGES:
        translation.trans_real.translation(code)
        with translation.override(code):
            get_resolver().reverse_dict  # noqa: B018
    for name in settings.CACHES:
        getattr(caches[name], "_cache", None)  # the client, without a connection
    release()
    folder = settings.BASE_DIR / "templates"
    for path in sorted(folder.rglob("*.html")) + sorted(folder.rglob("*.txt")):
        with contextlib.suppress(TemplateDoesNotExist, TemplateSyntaxError):
            get_template(str(path.relative_to(folder)))
    gc.collect()
    gc.freeze()
