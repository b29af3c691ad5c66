"""Demo content: Dutch pages and snippets with their English translations.

Every installed app may have a `demo` package (`<app>/demo/`: its loader and its data); its
`load(context)` runs in INSTALLED_APPS order, so each app adds its own content on top of what the
apps before it made (see demo.utils), then each module's optional `finish(context)`, for what
refers to the apps after it.
A module's `logins()` lines (demo accounts) are printed after loading, and when it is skipped.
"""

import importlib
import importlib.util
import time

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from wagtail.models import Page

from demo.media import clear_demo_media
from demo.utils import DemoContext, deferred_indexing


def has_home_page():
    """Whether the site has content: a page at the top of the tree other than Wagtail's "Welcome"
    page (only a home page may be there), in any language."""
    return Page.objects.filter(depth=2).not_exact_type(Page).exists()


def demo_modules():
    modules = []
    for app in apps.get_app_configs():
        name = f"{app.name}.demo"
        if importlib.util.find_spec(name) is not None:
            modules.append(importlib.import_module(name))
    return modules


class Command(BaseCommand):
    help = "Load the demo content (Dutch with English translations) into an empty site."

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group()
        group.add_argument(
            "--if-empty", action="store_true", help="Do nothing if there is a home page already."
        )
        group.add_argument(
            "--reset",
            action="store_true",
            help="Delete all pages, the taxonomy and the demo media first, then load again.",
        )

    def handle(self, *args, if_empty=False, reset=False, **options):
        modules = demo_modules()
        if has_home_page() and not reset:
            if if_empty:
                self.stdout.write("Demo content skipped: the site has a home page already.")
                self.write_logins(modules)
                return
            raise CommandError("The site has content already: use --reset to replace it.")

        started = time.monotonic()
        with transaction.atomic():
            if reset:
                self.clear(modules)
            context = DemoContext.create()
            with deferred_indexing():
                for module in modules:
                    module_started = time.monotonic()
                    module.load(context)
                    if options["verbosity"] > 1:
                        elapsed = time.monotonic() - module_started
                        self.stdout.write(f"  {module.__name__}: {elapsed:.1f} s")
                # What points at the content of apps loaded later, e.g. the home page's
                # featured pages.
                for module in modules:
                    if hasattr(module, "finish"):
                        module.finish(context)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content loaded in {time.monotonic() - started:.1f} s: "
                f"{Page.objects.filter(depth__gt=1).count()} pages "
                f"({', '.join(module.__name__ for module in modules)})."
            )
        )
        self.write_logins(modules)

    def write_logins(self, modules):
        """The demo accounts a module reports with `logins()`, e.g. the development groups'
        members, so that `make run` shows how to log in."""
        for module in modules:
            for line in getattr(module, "logins", list)():
                self.stdout.write(line)

    def clear(self, modules):
        # All pages under the root, in every language: the sites go with their root pages.
        for page in Page.objects.filter(depth=2):
            page.delete()
        # Then each app's own data, the later apps first as they may refer to the earlier ones.
        for module in reversed(modules):
            if hasattr(module, "clear"):
                module.clear()
        clear_demo_media()
