"""Time the editors' admin at N practice examples and count its queries: the page explorer's
listing of the example index (the first page, a later page, sorted by the latest revision, a
search), the search of all pages, the "Practice examples" listing, the edit view of one example,
and the preview of an example and of the example index (the form posted to the preview, then
the preview shown, with the derived data cached and right after a save: core/derived_cache.py).

    DJANGO_SETTINGS_MODULE=bench.load.settings SECRET_KEY=... ALLOWED_HOSTS=localhost \\
    ADMIN_TWO_FACTOR_REQUIRED=false SECURE_SSL_REDIRECT=false \\
    DATABASE_URL=postgres://... REDIS_URL=redis://... .venv/bin/python bench/admin.py [--runs 50]

Run it on a database filled by `manage.py bench_seed --examples N` (see bench/README.md, "The
admin at 10,000 examples"). It logs in as an editor (a user of Wagtail's "Editors" group made
for it, `bench-redacteur`; `--superuser` as a superuser instead) and prints a Markdown table: per
case the SQL queries of one request (every query on every connection, counted with
`execute_wrapper`), the median and the 95th percentile of the server time over the runs.
How it measures: bench/common.py.
"""

import statistics
import sys
import time
from contextlib import ExitStack

import common  # first: sets up Django
from bs4 import BeautifulSoup

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connections
from django.db.models import Count
from django.urls import reverse

from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Locale, Page

from core.derived_cache import raise_version
from practice_examples.models import PracticeExampleIndexPage, PracticeExamplePage

EDITOR = "bench-redacteur"


class QueryCounter:
    """Counts every query run on any database connection inside `with counter:`."""

    def __init__(self):
        self.count = 0
        self._stack = None

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)

    def __enter__(self):
        self.count = 0
        self._stack = ExitStack()
        for alias in connections:
            self._stack.enter_context(connections[alias].execute_wrapper(self))
        return self

    def __exit__(self, *exc):
        self._stack.close()


def editor(superuser=False):
    """The user the benchmark logs in as: a member of Wagtail's Editors group (or a superuser)."""
    users = get_user_model().objects
    name = f"{EDITOR}-super" if superuser else EDITOR
    user = users.filter(username=name).first()
    if user is None:
        if superuser:
            user = users.create_superuser(name, f"{name}@example.nl", None)
        else:
            user = users.create_user(name, f"{name}@example.nl", None, is_staff=False)
            user.groups.add(Group.objects.get(name="Editors"))
    return user


def edit_form_data(html):
    """The fields of the page editor's form as a browser posts them ({name: [values]})."""
    soup = BeautifulSoup(html, "html.parser")
    form = soup.find("form", attrs={"data-edit-form": True}) or max(
        soup.find_all("form"), key=lambda form: len(form.find_all(["input", "textarea"]))
    )
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.has_attr("disabled"):
            continue
        if field.name == "input":
            kind = field.get("type", "text")
            if kind in ("submit", "button", "file", "image", "reset"):
                continue
            if kind in ("checkbox", "radio") and not field.has_attr("checked"):
                continue
            value = field.get("value", "on" if kind in ("checkbox", "radio") else "")
            data.setdefault(name, []).append(value)
        elif field.name == "textarea":
            data.setdefault(name, []).append(field.text)
        else:
            options = field.find_all("option")
            chosen = [option for option in options if option.has_attr("selected")]
            if not chosen and options and not field.has_attr("multiple"):
                chosen = options[:1]
            for option in chosen:
                data.setdefault(name, []).append(option.get("value", option.text))
    return data


def block_form_data(block, state, prefix, data):
    """Adds the fields that Wagtail's block editor posts for a block with the form state
    `state` (`block.get_form_state(value)`) under `prefix`: the browser builds them in
    JavaScript, so the editor's HTML does not hold them."""
    if isinstance(block, (blocks.StreamBlock, blocks.ListBlock)):
        data[f"{prefix}-count"] = [str(len(state))]
        for i, child in enumerate(state):
            child_block = (
                block.child_blocks[child["type"]]
                if isinstance(block, blocks.StreamBlock)
                else block.child_block
            )
            if "type" in child:
                data[f"{prefix}-{i}-type"] = [child["type"]]
            data[f"{prefix}-{i}-deleted"] = [""]
            data[f"{prefix}-{i}-order"] = [str(i)]
            data[f"{prefix}-{i}-id"] = [child.get("id") or ""]
            block_form_data(child_block, child["value"], f"{prefix}-{i}-value", data)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            block_form_data(child_block, (state or {}).get(name), f"{prefix}-{name}", data)
    elif isinstance(block, blocks.BooleanBlock):
        if state:
            data[prefix] = ["on"]
    elif isinstance(state, dict):  # a chooser
        data[prefix] = [str(state.get("id") or "")]
    else:
        data[prefix] = ["" if state is None else str(state)]


def stream_form_data(page):
    """The block editors' fields of `page` as the edit form shows it (its latest revision)."""
    data = {}
    for field in type(page)._meta.get_fields():
        if isinstance(field, StreamField):
            block = field.stream_block
            state = block.get_form_state(getattr(page, field.name))
            block_form_data(block, state, field.name, data)
    return data


def autosave(page, user):
    """A draft of `page` saved by `user`, as Wagtail's autosave saves it."""
    page.get_latest_revision_as_object().save_revision(user=user, clean=False)


def drafted_page(*shown):
    """A page none of the cases shows: its drafts leave the listed and previewed pages as they
    were (a draft of the index would add Wagtail's draft status to the explorer's header)."""
    return (
        Page.objects.filter(depth__gt=2)
        .exclude(pk__in=[page.pk for page in shown])
        .exclude(path__startswith=shown[0].path)
        .order_by("path")
        .first()
    )


def cases(client, user, query):
    """[(name, address shown, prepare, request)]: `request` is a function of no arguments, and
    so is `prepare`, called before each timed request (not timed), or None.

    Each case is prepared (untimed) to the state it names. A listing and the edit view are shown
    as the user sees them again: what is kept for them (the sidebar, the rows' buttons) is kept,
    and the explorer's first page also right after a publish anywhere on the site (the content
    version raised: all of that built afresh). The preview is shown right after an autosave (a
    draft saved, as Wagtail's editor does every few seconds while the editor types: nothing
    published changed, what was derived stays cached; the draft is of a page no case shows, so
    that every case sees the same pages throughout, which makes no difference to the preview: it
    shows the form's content), right after a publish (nothing derived cached) and again."""
    locale = Locale.get_default()
    index = PracticeExampleIndexPage.objects.filter(locale=locale).first()
    if index is None:
        sys.exit("No practice example index: run `manage.py bench_seed` first.")
    examples = PracticeExamplePage.objects.child_of(index)
    # A generated example with the most related examples chosen by an editor.
    example = (
        examples.filter(slug__startswith="bench-")
        .annotate(chosen=Count("related_examples"))
        .order_by("-chosen", "path")
        .first()
    ) or examples.order_by("path").first()
    if example is None:
        sys.exit("No practice examples: run `manage.py bench_seed` first.")
    explorer = reverse("wagtailadmin_explore", args=[index.pk])
    later = max(1, examples.count() // 50 // 2)  # a page halfway, at 50 rows per page
    listing = reverse("practice_examples:index")
    edit = reverse("wagtailadmin_pages:edit", args=[example.pk])

    def get(url):
        return lambda: client.get(url)

    result = [("explorer, first page, after a publish", explorer, raise_version, get(explorer))]
    result += [
        (name, url, get(url), get(url))
        for name, url in [
            ("explorer, first page", explorer),
            (f"explorer, page {later}", f"{explorer}?p={later}"),
            ("explorer, by latest revision", f"{explorer}?ordering=-latest_revision_created_at"),
            (f"explorer, search `{query}`", f"{explorer}?q={query}"),
            (f"search of all pages `{query}`", f"{reverse('wagtailadmin_pages:search')}?q={query}"),
            ("practice examples listing", listing),
            ("edit view, an example", edit),
        ]
    ]
    drafted = drafted_page(index, example)
    for what, page in (("an example", example), ("the example index", index)):
        edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        preview = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
        response = client.get(edit_url)
        if response.status_code != 200:
            sys.exit(f"{edit_url}: {response.status_code}")
        data = edit_form_data(response.content.decode())
        data |= stream_form_data(page.get_latest_revision_as_object())
        shown = f"{preview}?in_preview_panel=true"
        result += [
            (
                f"preview of {what}: post the form",
                preview,
                None,
                lambda p=preview, d=data: client.post(p, d),
            ),
            (
                f"preview of {what}: show it after an autosave",
                shown,
                lambda s=shown: (client.get(s), autosave(drafted, user)),
                get(shown),
            ),
            (f"preview of {what}: show it after a publish", shown, raise_version, get(shown)),
            (f"preview of {what}: show it again", shown, get(shown), get(shown)),
        ]
    return result


def main():
    parser = common.argument_parser(__doc__)
    parser.set_defaults(runs=50)
    parser.add_argument("--query", default="thuiszitters", help="search words (thuiszitters)")
    parser.add_argument("--superuser", action="store_true", help="log in as a superuser")
    args = parser.parse_args()

    measurement = common.Measurement()
    client = common.measuring_client()
    user = editor(args.superuser)
    client.force_login(user)
    rows = []
    timings = {}
    counter = QueryCounter()
    for name, url, prepare, request in cases(client, user, args.query):
        response = request()  # warm template loaders, renditions and caches
        if prepare:
            prepare()
        with counter:
            response = request()
        if response.status_code != 200:
            sys.exit(f"{name}: {url} answered {response.status_code}")
        if "json" in response.get("Content-Type", "") and not response.json().get("is_valid"):
            sys.exit(f"{name}: the preview refused the form: {response.json()}")
        rows.append((name, url, response.status_code, counter.count, prepare, request))
        timings[name] = []
    for _ in range(args.runs):
        for name, _url, _status, _queries, prepare, request in rows:
            if prepare:
                prepare()
            start = time.perf_counter()
            request()
            timings[name].append((time.perf_counter() - start) * 1000)

    total = PracticeExamplePage.objects.count()
    who = "a superuser" if args.superuser else "an editor (Wagtail's Editors group)"
    print(measurement.heading(f"{total} practice examples, as {who}", args.runs))
    print("| case | address | status | queries | median ms | p95 ms |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for name, url, status, queries, _prepare, _request in rows:
        values = sorted(timings[name])
        print(
            f"| {name} | `{url}` | {status} | {queries} | "
            f"{statistics.median(values):.1f} | {common.percentile(values, 0.95):.1f} |"
        )


if __name__ == "__main__":
    main()
