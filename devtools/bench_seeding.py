"""What the benchmark seed commands (`bench_seed`, `bench_seed_events`) share: generated pages
written in bulk under a content index, replaced on every run.

A command subclasses `SeedCommand` and names its index, vocabularies and `Seeder`; the seeder
builds the app's pages (`build`) and writes their relations (`fill`). Here: the command's run
(the demo content when the database has no home page, the taxonomy, the index, deleting the
previous generated pages, VACUUM ANALYZE, the output line), the page rows with their tree paths,
free tags and taxonomy links, and the search index entries by Wagtail's own search backend.

The pages are written with the delete signals muted and without the save signals, so the derived
data cache's content version is raised at the end (core/derived_cache.py), as an edit would.
"""

import random
import time
import uuid
from contextlib import contextmanager

from taggit.models import Tag

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, models, transaction
from django.db.models.signals import m2m_changed, post_delete, pre_delete
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from core.derived_cache import raise_version
from home.models import HomePage

SLUG_PREFIX = "bench-"
BATCH = 1000


class SeedCommand(BaseCommand):
    """`manage.py <command> --<noun> N [--seed S]`: N generated pages (slugs bench-...)."""

    noun = ""  # "events": the option (--events) and the word in the output line
    default = 0  # pages when the option is not given
    index_model = None  # the index page the generated pages go under
    index_title = index_slug = ""  # for an index made when there is none
    vocabularies = ()  # taxonomy models; every one needs a term in the default language
    seeder = None  # a Seeder subclass

    def add_arguments(self, parser):
        parser.add_argument(
            f"--{self.noun}",
            type=int,
            default=self.default,
            help=f"How many (default {self.default}).",
        )
        parser.add_argument("--seed", type=int, default=1, help="Random seed (default 1).")

    def handle(self, *args, seed, **options):
        count = options[self.noun]
        if count < 0:
            raise CommandError(f"--{self.noun} must be 0 or more.")
        started = time.monotonic()
        if not HomePage.objects.exists():
            call_command("load_demo", "--if-empty", stdout=self.stdout)
        locale = Locale.get_default()
        taxa = {
            model: list(model.objects.filter(locale=locale).order_by("pk"))
            for model in self.vocabularies
        }
        if not all(taxa.values()):
            raise CommandError(
                "The taxonomy is incomplete: every vocabulary needs a term (load_demo makes them)."
            )
        with transaction.atomic():
            index = self.index(locale)
            timings = {}
            with timed(timings, "delete"):
                deleted = delete_generated(index, self.seeder.page_model)
            pks = self.seeder(index, taxa, random.Random(seed)).create(count, timings)
        if connection.vendor == "postgresql":
            # What autovacuum would do after a while: fresh planner statistics (without them
            # PostgreSQL plans for the tables as they were) and the visibility map (without it
            # an index-only scan still reads every row).
            # VACUUM cannot run inside a transaction (as in the tests): ANALYZE alone can.
            with timed(timings, "vacuum"), connection.cursor() as cursor:
                cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
        raise_version()  # no cached listings of the deleted pages
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(pks)} generated {self.noun} in {time.monotonic() - started:.1f} s "
                f"({deleted} earlier ones deleted; "
                + ", ".join(f"{step} {seconds:.1f} s" for step, seconds in timings.items())
                + ")."
            )
        )

    def index(self, locale):
        """The index in `locale`, made under that language's home page when there is none."""
        index = self.index_model.objects.filter(locale=locale).first()
        if index is not None:
            return index
        home = HomePage.objects.filter(locale=locale).first()
        if home is None:
            raise CommandError(f"No home page in the default language ({locale}).")
        index = home.add_child(
            instance=self.index_model(
                title=self.index_title, slug=self.index_slug, show_in_menus=True
            )
        )
        index.save_revision().publish()
        return index


def delete_generated(index, page_model):
    """Delete the generated pages under `index`; returns how many there were."""
    generated = Page.objects.child_of(index).filter(slug__startswith=SLUG_PREFIX)
    pks = list(generated.values_list("pk", flat=True))
    if not pks:
        return 0
    # Their search index entries, in one statement (IndexEntry refers to them by key).
    IndexEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(page_model),
        object_id__in=[str(pk) for pk in pks],
    ).delete()
    # Deleted without the delete signals: the pages have no translations, revisions or
    # references to clean up (the command made them), and their index entries are gone. With
    # them, every page costs a few queries of its own. Their relations go by cascade. They are
    # leaves, so Django's own delete does (treebeard's looks for descendants page by page), and
    # the index's numchild is set after.
    with signals_muted(pre_delete, post_delete, m2m_changed):
        models.QuerySet.delete(Page.objects.filter(pk__in=pks))
    count_children(index)
    return len(pks)


def count_children(index):
    children = Page.objects.filter(path__startswith=index.path, depth=index.depth + 1)
    Page.objects.filter(pk=index.pk).update(numchild=children.count())


@contextmanager
def timed(timings, name):
    """The block's seconds as timings[name] (a step in the command's output line)."""
    start = time.monotonic()
    yield
    timings[name] = time.monotonic() - start


@contextmanager
def signals_muted(*signals):
    """No receivers for these signals inside the block (all senders), as before after it."""
    saved = [(signal, signal.receivers) for signal in signals]
    for signal in signals:
        signal.receivers = []
        signal.sender_receivers_cache.clear()
    try:
        yield
    finally:
        for signal, receivers in saved:
            signal.receivers = receivers
            signal.sender_receivers_cache.clear()


class Seeder:
    """Builds N pages of `page_model` under `index`, batch by batch, then their relations and
    search index entries."""

    page_model = None
    tag_names = ()  # the free tags the pages get 0-3 of
    # RelatedFields on a ParentalManyToManyField, which Wagtail does not prefetch for indexing.
    index_prefetch = ()

    def __init__(self, index, taxa, rng):
        self.index = index
        self.taxa = taxa
        self.rng = rng
        self.today = timezone.localdate()
        self.now = timezone.now()
        self.content_type = ContentType.objects.get_for_model(self.page_model)
        self.tags = [
            Tag.objects.get_or_create(slug=slugify(name), defaults={"name": name})[0]
            for name in self.tag_names
        ]

    def build(self, number, path):
        """The unsaved page number `number` (from 0), at tree path `path`."""
        raise NotImplementedError

    def fill(self, pages, timings):
        """Write the saved pages' relations, each step `timed` into `timings`."""
        raise NotImplementedError

    def page_fields(self, number, path, title):
        """The Page fields of a generated live page, to pass to the page model first (the
        translation key takes the next random bits)."""
        slug = f"{SLUG_PREFIX}{number:05d}"
        return {
            "path": path,
            "depth": self.index.depth + 1,
            "numchild": 0,
            "translation_key": uuid.UUID(int=self.rng.getrandbits(128), version=4),
            "locale_id": self.index.locale_id,
            "content_type": self.content_type,
            "live": True,
            "has_unpublished_changes": False,
            "title": title,
            "draft_title": title,
            "slug": slug,
            "url_path": f"{self.index.url_path}{slug}/",
            "latest_revision_created_at": None,
        }

    def create(self, count, timings):
        """Write `count` pages and all that goes with them; returns their keys."""
        index = Page.objects.select_for_update().get(pk=self.index.pk)
        last = index.get_last_child()
        first_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
        pages = []
        with timed(timings, "pages"):
            for start in range(0, count, BATCH):
                batch = [
                    self.build(
                        number, Page._get_path(index.path, index.depth + 1, first_step + number)
                    )
                    for number in range(start, min(count, start + BATCH))
                ]
                self.insert(batch)
                pages.extend(batch)
            count_children(index)

        self.fill(pages, timings)

        pks = [page.pk for page in pages]
        with timed(timings, "search index"):
            backend = get_search_backend()
            for start in range(0, len(pks), BATCH):
                batch = (
                    self.page_model.get_indexed_objects()
                    .prefetch_related(*self.index_prefetch)
                    .filter(pk__in=pks[start : start + BATCH])
                )
                backend.add_bulk(self.page_model, list(batch))
        return pks

    def insert(self, pages):
        """The page rows (Page.bulk_create gives their keys), then the rows of `page_model`."""
        fields = [field.attname for field in Page._meta.concrete_fields if not field.primary_key]
        rows = [Page(**{name: getattr(page, name) for name in fields}) for page in pages]
        Page.objects.bulk_create(rows)
        for page, row in zip(pages, rows, strict=True):
            page.pk = page.id = page.page_ptr_id = row.pk
        self.page_model._base_manager._insert(
            pages, fields=self.page_model._meta.local_concrete_fields
        )

    def link_taxa(self, pks, counts):
        """`counts`: per many-to-many field of `page_model`, (vocabulary, low, high): each page
        gets from low to high of the vocabulary's terms (as many as there are at the most)."""
        rng = self.rng
        for name, (vocabulary, low, high) in counts.items():
            field = self.page_model._meta.get_field(name)
            through = field.remote_field.through
            source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
            choices = self.taxa[vocabulary]
            rows = [
                through(**{f"{source}_id": pk, f"{target}_id": taxon.pk})
                for pk in pks
                for taxon in rng.sample(choices, min(len(choices), rng.randint(low, high)))
            ]
            through.objects.bulk_create(rows, batch_size=5000)

    def tag(self, pks, tag_model):
        """0-3 of the free tags for every page, as rows of the tagged-item model `tag_model`."""
        tag_model.objects.bulk_create(
            [
                tag_model(content_object_id=pk, tag=tag)
                for pk in pks
                for tag in self.rng.sample(self.tags, self.rng.randint(0, 3))
            ],
            batch_size=5000,
        )
