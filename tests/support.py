"""Helpers the tests share: building the site's pages, reading a page's text, running work in
threads at once, the people and answers the apps' fixtures use, and, per part of the site, what
tests of several modules post to its forms or read from its listings and search.

Plain functions, imported where needed (`from tests.support import translate_page`). The
fixtures are in `tests/fixtures/`, which `tests/conftest.py` registers for the whole suite.
"""

import datetime
import html
import re
import signal
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from io import StringIO

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, connections, transaction
from django.test import override_settings
from django.utils import timezone, translation

from wagtail.models import Page, Site

from core.localization import forget_locales
from core.translations import ENGLISH_SLUGS
from development_groups.access import ensure_access
from home.factories import HomePageFactory
from scan import responses

# The site ------------------------------------------------------------------------------------


def reset_state():
    """Dutch, empty caches, no locale kept: as every test starts (a request to /en/ leaves
    English active, a rate limit or derived data would carry over)."""
    translation.activate(settings.LANGUAGE_CODE)
    cache.clear()
    forget_locales()


def make_home_page():
    """The Dutch home page as the root of the only site; Wagtail's welcome page is gone."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, title="Kennisbank", slug="kennisbank")
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
    return home


def translate_page(page, locale, **fields):
    """An English copy of a page, published with the given field values. Parents not translated
    yet come along as aliases of the Dutch ones, which start as drafts (core/translations.py);
    here they are published, so the English page has its place on the English site. The site's
    own pages get their English slugs (core.translations.ENGLISH_SLUGS), as in the demo."""
    translated = page.copy_for_translation(locale, copy_parents=True)
    if page.slug in ENGLISH_SLUGS:
        fields.setdefault("slug", ENGLISH_SLUGS[page.slug])
    translated.get_ancestors().filter(alias_of__isnull=False, live=False).update(live=True)
    for parent in translated.get_ancestors().filter(slug__in=ENGLISH_SLUGS).specific():
        parent.slug = ENGLISH_SLUGS[parent.slug]
        parent.save()
        translated.refresh_from_db()
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated.specific


def built_once(django_db_blocker, build):
    """The body of a module-scoped fixture that builds content once for all the tests of a
    module (the demo, which takes a while to load): `build()` runs in a transaction that stays
    open while the module's tests run, each in its own savepoint (the `db` fixture), and is
    rolled back after the last one. Yields what `build()` returns. Use it as

        @pytest.fixture(scope="module")
        def demo(django_db_setup, django_db_blocker):
            yield from built_once(django_db_blocker, load_the_demo)

    (`django_db_setup` first: the test database must exist). Every test that uses it also asks
    for `db`: pytest-django runs the tests with `db` first and the others last, so a test
    without it would run after the module's fixture was torn down and build it again. Never
    with a transactional test (`transaction=True`, `live_server`): it would flush what was
    built. What a test changes is rolled back after it, whatever the order."""
    with django_db_blocker.unblock():
        kept = transaction.atomic()
        kept.__enter__()
        try:
            reset_state()  # as the module's first test will start, before building
            built = build()
        except BaseException:
            kept.__exit__(*sys.exc_info())
            raise
    try:
        yield built
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            kept.__exit__(None, None, None)
        reset_state()  # no locale or cached page of what was rolled back


def load_demo(*args):
    """`manage.py load_demo` with `args`; what it printed."""
    out = StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


# Dates ---------------------------------------------------------------------------------------

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


def future_date(month, weekday, years=2):
    """The first `weekday` (MONDAY ...) of `month`, `years` years after this one: a date with a
    known weekday that is in the future whenever the test runs (a fixed year would silently
    turn an upcoming event into a past one once that year has gone)."""
    first = datetime.date(timezone.localdate().year + years, month, 1)
    return first + datetime.timedelta(days=(weekday - first.weekday()) % 7)


# Reading a page ------------------------------------------------------------------------------

# Words that give Dutch away on an English page; none of them is part of a proper name in the
# demo.
DUTCH_WORDS = re.compile(r"\b(het|een|voor|zijn|wordt|niet|leerlingen|onderwijs en)\b")


def text_of(markup):
    """The text of an HTML page or fragment as a reader gets it: every tag a space, character
    references decoded, whitespace collapsed to one space."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def main_text(response):
    """The text of a page's <main> (text_of); the page must have been served (200)."""
    assert response.status_code == 200, response.status_code
    main = re.search(r"<main.*?</main>", response.content.decode(), re.S)
    assert main, "the page has no <main>"
    return text_of(main.group(0))


# At the same moment --------------------------------------------------------------------------


def all_at_once(count, work):
    """Run work(i) for i in range(count) in `count` threads that start together; each thread
    closes its own database connections. Returns the results in order, or raises the first
    error."""
    barrier = threading.Barrier(count)

    def run(number):
        try:
            barrier.wait(timeout=30)
            return work(number)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=count) as pool:
        return [future.result() for future in [pool.submit(run, n) for n in range(count)]]


# The apps' people and answers ----------------------------------------------------------------


def join(user, group_page, role="members"):
    """Make `user` one of the group's members (or "facilitators")."""
    getattr(ensure_access(group_page), role).user_set.add(user)
    return user


def answer_all(response, value=3, **by_domain_title):
    """Give every statement `value` (or the value given for its domain's title), then complete.

    answer_all(response, 4, Basisondersteuning=1) answers that domain with 1 and the rest with 4.
    """
    answers = {}
    for domain in response.questionnaire.domains:
        domain_value = by_domain_title.get(domain.title.replace(" ", "_"), value)
        answers.update({key: domain_value for key in domain.statement_keys})
    responses.save_answers(response, answers)
    return responses.complete(response)


# Practice examples ---------------------------------------------------------------------------

EXAMPLES_LISTING_URL = "/praktijkvoorbeelden/"


def examples_listing(client, **params):
    """The HTML of the practice examples' listing with these GET parameters (filters, search,
    sorting, page); the page must have been served (200)."""
    response = client.get(EXAMPLES_LISTING_URL, params)
    assert response.status_code == 200
    return response.content.decode()


def listing_titles(body):
    """The titles of the example cards in the listing's results (examples_listing), in order; []
    when it shows none."""
    grid = body.split('<ul class="card-grid card-grid--examples">')
    if len(grid) == 1:
        return []
    return re.findall(r'<h3 class="card__title">\s*<a href="[^"]+">([^<]+)</a>', grid[1])


def submission_url(example_index):
    """The form that proposes a practice example (/praktijkvoorbeelden/insturen/)."""
    return example_index.url + example_index.reverse_subpage("submit")


def submission_data(**overrides):
    """A complete, valid proposal for the submission form (submission_url), with `overrides`."""
    data = {
        "title": "Eén aanspreekpunt voor school en jeugdhulp",
        "intro": "Een vaste contactpersoon bracht thuiszitters sneller terug naar school.",
        "problem": "Leerlingen zaten maanden thuis.\n\nNiemand voelde zich eigenaar.",
        "approach": "Een wekelijks overleg.\nMet school, jeugdhulp en leerplicht.",
        "results": "Van 14 naar 5 thuiszitters in een jaar.",
        "working_elements": "Korte lijnen.",
        "conditions": "Twee uur per week per school.",
        "lessons": "Begin klein.",
        "themes": ["terug-naar-school"],
        "regions": ["utrecht"],
        "sectors": ["vo"],
        "audiences": ["leerplichtambtenaren"],
        "organisations": "Gemeente Utrecht\nSWV Utrecht VO",
        "contact_name": "Fatima el Amrani",
        "contact_role": "Zorgcoördinator",
        "contact_organisation": "SWV Utrecht VO",
        "contact_email": "fatima@swv-utrecht.example",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


# Events --------------------------------------------------------------------------------------


def registration_url(event):
    """An event's registration form (its register/ route)."""
    return event.url + event.reverse_subpage("register")


def registration_data(**overrides):
    """A complete, valid registration for the form at registration_url, with `overrides`."""
    data = {
        "name": "Fatima el Amrani",
        "email": "Fatima@SWV-Utrecht.example",
        "organisation": "SWV Utrecht PO",
        "role": "Ondersteuningscoördinator",
        "remarks": "Vegetarisch graag.",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


# Development groups --------------------------------------------------------------------------

# A question of a group's member: only the group's insiders may ever see it.
MEMBERS_QUESTION = "GEHEIME-VRAAG: hoe vinden wij de thuiszitters in onze regio?"

# The members' area: the password of every account UserFactory makes, and the login page.
MEMBER_PASSWORD = "geheim-wachtwoord"
MEMBER_LOGIN = "/account/inloggen/"


def log_in(client, email, password=MEMBER_PASSWORD, next_url=None, url=MEMBER_LOGIN):
    """Post the members' login form (or the one at `url`); the response."""
    data = {"username": email, "password": password}
    if next_url is not None:
        data["next"] = next_url
    return client.post(url, data)


def logged_in_user_id(client):
    """The id (a string) of the user the client's session is logged in as, or None."""
    return client.session.get("_auth_user_id")


def is_private(response):
    """Whether the response may be kept by no cache (Cache-Control private and no-store)."""
    cache_control = response.get("Cache-Control", "")
    return "private" in cache_control and "no-store" in cache_control


# Search --------------------------------------------------------------------------------------


def site_search(client, query, prefix=""):
    """The HTML of the site search's results for `query`, in Dutch or (prefix "/en") English;
    the page must have been served (200)."""
    address = "/en/search/" if prefix == "/en" else "/zoeken/"
    response = client.get(address, {"q": query})
    assert response.status_code == 200
    return response.content.decode()


def search_result_titles(body):
    """The titles of the results on a search page (site_search), in order; [] when none."""
    if '<ol class="result-list"' not in body:
        return []
    results = body.split('<ol class="result-list"')[1].split("</ol>")[0]
    return [part.split("</a>")[0].split(">")[-1] for part in results.split("<h3>")[1:]]


# The task queue ------------------------------------------------------------------------------

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
MAIL_TASKS = [
    "core.mail.send_email",
    "core.mail.send_message",
    "events.registration.send_registration_mail",
]


def production_mail(delivery="django.core.mail.backends.locmem.EmailBackend"):
    """Production's set-up: tasks in the database, every e-mail through the queue."""
    return override_settings(
        TASKS=DATABASE_TASKS,
        EMAIL_BACKEND="core.mail.QueuedEmailBackend",
        EMAIL_DELIVERY_BACKEND=delivery,
    )


def mail_tasks():
    """The queued e-mails (Wagtail queues its own work too, such as its reference index)."""
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(task_path__in=MAIL_TASKS)


def run_task_worker(*arguments):
    """`manage.py task_worker --batch`: works off what is due, then stops. The command installs
    signal handlers for a graceful stop; the test process gets its own back."""
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    out = StringIO()
    try:
        call_command(
            "task_worker", "--batch", "--no-startup-delay", "--interval", "0", "--queue-name", "*",
            *arguments, stdout=out,
        )  # fmt: skip
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
    return out.getvalue()


def abandon(task, minutes_ago, attempts=1):
    """The task as a worker that died `minutes_ago` left it: RUNNING, claimed `attempts` times."""
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.filter(pk=task.pk).update(
        status="RUNNING",
        started_at=timezone.now() - datetime.timedelta(minutes=minutes_ago),
        worker_ids=[f"dead-{n}" for n in range(1, attempts + 1)],
    )


def database_url(name):
    """The address of the database `name` on the test database's PostgreSQL server."""
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    host = db.get("HOST") or "127.0.0.1"
    port = db.get("PORT") or 5432
    return f"postgres://{db['USER']}{password}@{host}:{port}/{name}"
