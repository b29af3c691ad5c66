"""`manage.py bench_seed_events --events N`: N generated events, for the benchmark in bench/.

The events are written in bulk (a few queries per thousand), not page by page: the page rows get
their tree paths under the Dutch agenda directly, then their many-to-many rows, tags, some
programmes, registrations and search index entries (by Wagtail's own search backend). Two years
of past events and one year ahead, so the agenda's upcoming and past lists both fill.
Generated events have slugs starting with `bench-`; running the command again deletes them
first, so N is the number of generated events afterwards.

Needs a site and its taxonomy: on a database without a home page it loads the demo content
first. The demo's own events stay.
"""

import datetime
import random
import time
import uuid
from contextlib import contextmanager
from decimal import Decimal

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

from events.models import EventIndexPage, EventPage, EventTag, ProgrammeItem, Registration
from home.models import HomePage
from taxonomy.models import Audience, Organisation, Region, Theme

SLUG_PREFIX = "bench-"
BATCH = 1000
PAST_DAYS, FUTURE_DAYS = 2 * 365, 365

Kind, Status, Where, Mode = (
    EventPage.Kind,
    EventPage.Status,
    EventPage.LocationKind,
    EventPage.RegistrationMode,
)
KINDS = [Kind.MEETING] * 10 + [Kind.WEBINAR] * 5 + [Kind.CONFERENCE] * 2 + [Kind.SESSION] * 3
SUBJECTS = [
    "het thuiszittersoverleg",
    "vroegsignalering van verzuim",
    "de overstap van po naar vo",
    "onderwijs-zorgarrangementen",
    "budgetten combineren",
    "het thuiszitterspact",
    "ouders als partner",
    "jongeren aan het woord",
    "een terugkeerplan in kleine stappen",
    "jeugdhulp in de klas",
    "afstandsonderwijs voor zieke leerlingen",
    "doorzettingsmacht",
]
TITLES = {
    Kind.MEETING: ["Regiobijeenkomst: {subject}", "Netwerkmiddag over {subject} in {city}"],
    Kind.WEBINAR: ["Webinar: {subject}", "Online kennissessie over {subject}"],
    Kind.CONFERENCE: ["Congres {city}: {subject}", "Werkconferentie over {subject}"],
    Kind.SESSION: ["Ontwikkelgroep {city}: {subject}"],
}
INTROS = [
    "Samenwerkingsverbanden, scholen en gemeenten uit de regio {city} delen hoe zij werken aan "
    "{subject}.",
    "Een bijeenkomst voor iedereen die met {subject} bezig is: praktijkvoorbeelden, onderzoek en "
    "ruimte om vragen te stellen.",
    "Wat werkt bij {subject}? Collega's vertellen over hun aanpak, daarna gaan we in gesprek.",
]
PLACES = [
    ("Utrecht", "UT"),
    ("Zwolle", "OV"),
    ("Groningen", "GR"),
    ("Leeuwarden", "FR"),
    ("Assen", "DR"),
    ("Lelystad", "FL"),
    ("Arnhem", "GE"),
    ("Haarlem", "NH"),
    ("Den Haag", "ZH"),
    ("Middelburg", "ZE"),
    ("Eindhoven", "NB"),
    ("Maastricht", "LI"),
]
PLACE_KINDS = [Where.VENUE] * 9 + [Where.TO_FOLLOW]
VENUES = ["Het Regiohuis", "De Observant", "Stadskantoor", "Cultuurhuis De Kroon", "Bibliotheek"]
PROGRAMME = [
    ("12:30", "Inloop"),
    ("13:00", "Welkom"),
    ("13:15", "Praktijkvoorbeelden"),
    ("14:30", "Pauze"),
    ("14:45", "Gespreksgroepen"),
    ("16:00", "Afsluiting en borrel"),
]
REASONS = {
    Status.POSTPONED: "De spreker is verhinderd; een nieuwe datum volgt.",
    Status.CANCELLED: "Te weinig aanmeldingen; de bijeenkomst gaat niet door.",
}
TAGS = ["thuiszitters", "leerplicht", "jeugdhulp", "ouders", "webinar", "netwerk", "onderzoek"]


class Command(BaseCommand):
    help = "Fill the database with N generated events (slugs bench-...), in bulk."

    def add_arguments(self, parser):
        parser.add_argument("--events", type=int, default=5000, help="How many (default 5000).")
        parser.add_argument("--seed", type=int, default=1, help="Random seed (default 1).")

    def handle(self, *args, events, seed, **options):
        if events < 0:
            raise CommandError("--events must be 0 or more.")
        started = time.monotonic()
        if not HomePage.objects.exists():
            call_command("load_demo", "--if-empty", stdout=self.stdout)
        locale = Locale.get_default()
        taxa = {
            model: list(model.objects.filter(locale=locale).order_by("pk"))
            for model in (Theme, Region, Audience, Organisation)
        }
        if not all(taxa.values()):
            raise CommandError(
                "The taxonomy is incomplete: every vocabulary needs a term (load_demo makes them)."
            )
        with transaction.atomic():
            index = self.event_index(locale)
            step = time.monotonic()
            deleted = self.delete_generated(index)
            timings = {"delete": time.monotonic() - step}
            pks = Seeder(index, taxa, random.Random(seed)).create(events, timings)
        if connection.vendor == "postgresql":
            # Fresh planner statistics and visibility map, as autovacuum would make after a while.
            # VACUUM cannot run inside a transaction (as in the tests): ANALYZE alone can.
            step = time.monotonic()
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
            timings["vacuum"] = time.monotonic() - step
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(pks)} generated events in {time.monotonic() - started:.1f} s "
                f"({deleted} earlier ones deleted; "
                + ", ".join(f"{step} {seconds:.1f} s" for step, seconds in timings.items())
                + ")."
            )
        )

    def event_index(self, locale):
        """The Dutch agenda, made under the Dutch home page when there is none."""
        index = EventIndexPage.objects.filter(locale=locale).first()
        if index is not None:
            return index
        home = HomePage.objects.filter(locale=locale).first()
        if home is None:
            raise CommandError(f"No home page in the default language ({locale}).")
        index = home.add_child(
            instance=EventIndexPage(title="Agenda", slug="agenda", show_in_menus=True)
        )
        index.save_revision().publish()
        return index

    def delete_generated(self, index):
        generated = Page.objects.child_of(index).filter(slug__startswith=SLUG_PREFIX)
        pks = list(generated.values_list("pk", flat=True))
        if not pks:
            return 0
        IndexEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(EventPage),
            object_id__in=[str(pk) for pk in pks],
        ).delete()
        # Without the delete signals: this command made these leaf pages (no revisions,
        # translations or references to clean up), and with them every page costs queries of
        # its own. Their registrations, programmes and links go by cascade.
        with signals_muted(pre_delete, post_delete, m2m_changed):
            models.QuerySet.delete(Page.objects.filter(pk__in=pks))
        children = Page.objects.filter(path__startswith=index.path, depth=index.depth + 1)
        Page.objects.filter(pk=index.pk).update(numchild=children.count())
        return len(pks)


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
    """Builds N events under `index`, their relations, registrations and index entries."""

    def __init__(self, index, taxa, rng):
        self.index = index
        self.taxa = taxa
        self.rng = rng
        self.today = timezone.localdate()
        self.now = timezone.now()
        self.content_type = ContentType.objects.get_for_model(EventPage)
        self.regions = {region.code: region for region in taxa[Region]}
        self.tags = [
            Tag.objects.get_or_create(slug=slugify(name), defaults={"name": name})[0]
            for name in TAGS
        ]

    def schedule(self, page):
        """Date and times: mostly an afternoon, some all-day, some over two or three days."""
        rng = self.rng
        page.start_date = self.today + datetime.timedelta(days=rng.randint(-PAST_DAYS, FUTURE_DAYS))
        roll = rng.random()
        if roll < 0.1:  # all day
            page.start_time = page.end_time = None
        else:
            hour = rng.choice([9, 10, 13, 14, 15, 19])
            page.start_time = datetime.time(hour, rng.choice([0, 30]))
            page.end_time = datetime.time(min(hour + rng.randint(1, 4), 23), 0)
        if page.kind == Kind.CONFERENCE and roll > 0.5:
            page.end_date = page.start_date + datetime.timedelta(days=rng.randint(1, 2))
        page.starts_at, page.ends_at = page.compute_times()

    def registration(self, page):
        rng = self.rng
        roll = rng.random()
        if roll < 0.45:
            page.registration_mode = Mode.SITE
            page.capacity = rng.choice([None, 20, 30, 40, 60, 100, 150])
            page.registration_closed = rng.random() < 0.05
            if rng.random() < 0.3:
                days = rng.randint(1, 14)
                page.registration_deadline = page.starts_at - datetime.timedelta(days=days)
        elif roll < 0.6:
            page.registration_mode = Mode.EXTERNAL
            page.registration_url = f"https://aanmelden.example.nl/{page.slug}"

    def build(self, number, path):
        rng = self.rng
        kind = rng.choice(KINDS)
        city, code = rng.choice(PLACES)
        words = {"subject": rng.choice(SUBJECTS), "city": city}
        title = rng.choice(TITLES[kind]).format(**words)
        slug = f"{SLUG_PREFIX}{number:05d}"
        status = rng.choices(list(Status.values), weights=[90, 4, 6])[0]
        online = kind == Kind.WEBINAR
        cost = rng.choice([None] * 8 + [Decimal("25.00"), Decimal("95.00")])
        page = EventPage(
            path=path,
            depth=self.index.depth + 1,
            numchild=0,
            translation_key=uuid.UUID(int=rng.getrandbits(128), version=4),
            locale_id=self.index.locale_id,
            content_type=self.content_type,
            live=True,
            has_unpublished_changes=False,
            title=title,
            draft_title=title,
            slug=slug,
            url_path=f"{self.index.url_path}{slug}/",
            intro=rng.choice(INTROS).format(**words),
            body=[],
            kind=kind,
            status=status,
            status_reason=REASONS.get(status, ""),
            location_kind=Where.ONLINE
            if online
            else rng.choice([Where.VENUE] * 9 + [Where.TO_FOLLOW]),
            venue="" if online else rng.choice(VENUES),
            address="" if online else f"Stationsplein {rng.randint(1, 120)}",
            city="" if online else city,
            region=None if online else self.regions.get(code),
            organiser=rng.choice(self.taxa[Organisation]),
            is_free=cost is None,
            cost=cost,
            cost_note="inclusief lunch" if cost else "",
            contact_email="agenda@example.nl",
        )
        self.schedule(page)
        self.registration(page)
        published = min(page.starts_at - datetime.timedelta(days=rng.randint(14, 90)), self.now)
        page.first_published_at = page.last_published_at = published
        page.latest_revision_created_at = None
        return page

    def create(self, count, timings):
        index = Page.objects.select_for_update().get(pk=self.index.pk)
        last = index.get_last_child()
        first_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
        pages = []
        step = time.monotonic()
        for start in range(0, count, BATCH):
            batch = [
                self.build(number, Page._get_path(index.path, index.depth + 1, first_step + number))
                for number in range(start, min(count, start + BATCH))
            ]
            self.insert(batch)
            pages.extend(batch)
        children = Page.objects.filter(path__startswith=index.path, depth=index.depth + 1)
        Page.objects.filter(pk=index.pk).update(numchild=children.count())
        timings["pages"] = time.monotonic() - step

        step = time.monotonic()
        self.relate(pages)
        timings["relations"] = time.monotonic() - step

        step = time.monotonic()
        self.register(pages)
        timings["registrations"] = time.monotonic() - step

        step = time.monotonic()
        pks = [page.pk for page in pages]
        backend = get_search_backend()
        for start in range(0, len(pks), BATCH):
            # RelatedFields on a ParentalManyToManyField are not prefetched by Wagtail.
            batch = (
                EventPage.get_indexed_objects()
                .prefetch_related("themes", "tagged_items__tag")
                .filter(pk__in=pks[start : start + BATCH])
            )
            backend.add_bulk(EventPage, list(batch))
        timings["search index"] = time.monotonic() - step
        return pks

    def insert(self, pages):
        """The page rows (Page.bulk_create gives their keys), then the event rows."""
        fields = [field.attname for field in Page._meta.concrete_fields if not field.primary_key]
        rows = [Page(**{name: getattr(page, name) for name in fields}) for page in pages]
        Page.objects.bulk_create(rows)
        for page, row in zip(pages, rows, strict=True):
            page.pk = page.id = page.page_ptr_id = row.pk
        EventPage._base_manager._insert(pages, fields=EventPage._meta.local_concrete_fields)

    def relate(self, pages):
        """Themes (1-3), audiences (1-4), co-organisers (0-2), tags (0-3); a programme for some."""
        rng = self.rng
        counts = {
            "themes": (Theme, 1, 3),
            "audiences": (Audience, 1, 4),
            "co_organisers": (Organisation, 0, 2),
        }
        for name, (vocabulary, low, high) in counts.items():
            field = EventPage._meta.get_field(name)
            through = field.remote_field.through
            source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
            choices = self.taxa[vocabulary]
            rows = [
                through(**{f"{source}_id": page.pk, f"{target}_id": taxon.pk})
                for page in pages
                for taxon in rng.sample(choices, min(len(choices), rng.randint(low, high)))
            ]
            through.objects.bulk_create(rows, batch_size=5000)
        EventTag.objects.bulk_create(
            [
                EventTag(content_object_id=page.pk, tag=tag)
                for page in pages
                for tag in rng.sample(self.tags, rng.randint(0, 3))
            ],
            batch_size=5000,
        )
        ProgrammeItem.objects.bulk_create(
            [
                ProgrammeItem(
                    page_id=page.pk,
                    sort_order=order,
                    time=datetime.time.fromisoformat(at),
                    title=title,
                )
                for page in pages
                if page.kind in (Kind.MEETING, Kind.CONFERENCE) and rng.random() < 0.3
                for order, (at, title) in enumerate(PROGRAMME)
            ],
            batch_size=5000,
        )

    def register(self, pages):
        """Registrations for the events with registration on the site: for events with a
        capacity, from a few to more than fit (the rest on the waiting list); up to 40 without."""
        rng = self.rng
        rows = []
        for page in pages:
            if page.registration_mode != Mode.SITE:
                continue
            wanted = rng.randint(0, int((page.capacity or 40) * 1.2))
            confirmed = wanted if page.capacity is None else min(wanted, page.capacity)
            registered = page.starts_at - datetime.timedelta(days=30)
            for number in range(wanted):
                past = page.ends_at < self.now
                rows.append(
                    Registration(
                        event_id=page.pk,
                        name=f"Deelnemer {number + 1}",
                        email=f"deelnemer{number + 1}@example.nl",
                        organisation="Samenwerkingsverband",
                        consent=True,
                        status=(
                            Registration.Status.CONFIRMED
                            if number < confirmed
                            else Registration.Status.WAITING
                        ),
                        created_at=registered + datetime.timedelta(minutes=17 * number),
                        attended=(rng.random() < 0.85) if past and number < confirmed else None,
                    )
                )
        Registration.objects.bulk_create(rows, batch_size=5000)
