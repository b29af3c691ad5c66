"""`manage.py bench_seed --examples N`: N generated practice examples, for the benchmark in bench/.

The examples are written in bulk (a few queries per thousand), not page by page: the page rows
get their tree paths under the Dutch example index directly, then their many-to-many rows, tags
and search index entries (by Wagtail's own search backend, so search finds them exactly as it
finds an edited page). Generated examples have slugs starting with `bench-`; running the command
again deletes them first, so N is the number of generated examples afterwards.

Needs a site and its taxonomy: on a database without a home page it loads the demo content
first. The text is Dutch-ish, combined from fragments with the field's vocabulary, so that a
search word finds a realistic part of the examples.
"""

import datetime
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

from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from home.models import HomePage
from practice_examples.models import (
    PracticeExampleIndexPage,
    PracticeExamplePage,
    PracticeExampleTag,
    RelatedExample,
)
from taxonomy.models import Audience, Organisation, Region, Sector, Theme

SLUG_PREFIX = "bench-"
BATCH = 1000

PROBLEMS = [
    "verzuim",
    "langdurig verzuim",
    "schooluitval",
    "absoluut verzuim",
    "wachttijden in de jeugdhulp",
    "een moeizame overstap van po naar vo",
    "vrijstellingen van de leerplicht",
    "ziekteverzuim",
    "schoolangst",
    "thuiszitters zonder passend aanbod",
    "uitval na de zomervakantie",
]
APPROACHES = [
    "een vast aanspreekpunt voor ouders",
    "een thuiszitterstafel",
    "maatwerk in het rooster",
    "een gedeelde casusregie met de gemeente",
    "een flexibele onderwijsplek",
    "een tussenvoorziening onderwijs-zorg",
    "vroegsignalering door de leerplichtambtenaar",
    "een doorbraakoverleg",
    "begeleiding door een jeugdhulpverlener in de klas",
    "een terugkeerplan in kleine stappen",
    "afstandsonderwijs als opstap",
    "een wijkteam op school",
]
AUDIENCE_WORDS = [
    "leerlingen met autisme",
    "jongeren met angstklachten",
    "nieuwkomers",
    "leerlingen in het speciaal onderwijs",
    "jonge kinderen",
    "jongeren zonder startkwalificatie",
    "hoogbegaafde leerlingen",
]
PLACES = [
    "Almere",
    "Apeldoorn",
    "Arnhem",
    "Assen",
    "Breda",
    "Deventer",
    "Eindhoven",
    "Emmen",
    "Enschede",
    "Groningen",
    "Haarlem",
    "Heerlen",
    "Leeuwarden",
    "Middelburg",
    "Nijmegen",
    "Rotterdam",
    "Tilburg",
    "Utrecht",
    "Venlo",
    "Zwolle",
]
TITLES = [
    "{org} pakt {problem} aan met {approach}",
    "{approach_cap} in {place}",
    "Minder {problem} in {place} door {approach}",
    "{place}: {approach} voor {audience}",
    "Zo werkt {approach} bij {org}",
    "Samen tegen {problem} in de regio {place}",
]
SENTENCES = {
    "intro": [
        "In {place} werken school, gemeente en jeugdhulp samen tegen {problem}.",
        "{org} zocht een manier om {audience} weer naar school te krijgen.",
        "Met {approach} keerden leerlingen sneller terug in de klas.",
        "Een aanpak voor {audience}, ontstaan uit de praktijk van {org}.",
        "Geen kind thuis zonder onderwijs: dat was het doel in {place}.",
    ],
    "problem": [
        "Het aantal thuiszitters in de regio liep al jaren op.",
        "Scholen zagen het verzuim stijgen, maar signaleerden te laat.",
        "Ouders wisten niet bij wie ze terecht konden.",
        "De leerplichtambtenaar kwam pas in beeld als het verzuim al maanden duurde.",
        "Jeugdhulp en onderwijs werkten langs elkaar heen.",
        "Voor {audience} was er geen passend aanbod in de buurt.",
        "Wachtlijsten in de jeugd-ggz hielden kinderen maanden thuis.",
        "Een vrijstelling van de leerplicht leek vaak de enige uitweg.",
    ],
    "approach": [
        "We begonnen met {approach}.",
        "Elke week overleggen de intern begeleider, de leerplichtambtenaar en de jeugdhulp.",
        "De school biedt maatwerk: een aangepast rooster en een rustige werkplek.",
        "Een onderwijszorgconsulent houdt contact met leerlingen die thuis zitten.",
        "Het samenwerkingsverband financiert een tussenvoorziening.",
        "Leerlingen bouwen hun schooltijd in kleine stappen op.",
        "Gemeente en samenwerkingsverband delen één budget voor onderwijs-zorgarrangementen.",
    ],
    "results": [
        "Het aantal leerlingen zonder onderwijs daalde in een jaar van {a} naar {b}.",
        "{a} van de {c} leerlingen volgen weer volledig onderwijs.",
        "Het ziekteverzuim halveerde binnen twee schooljaren.",
        "Ouders geven de samenwerking gemiddeld een {grade}.",
        "Geen enkele leerling kreeg nog een vrijstelling van de leerplicht.",
        "De gemiddelde duur van het verzuim ging van {c} naar {a} weken.",
    ],
    "working_elements": [
        "Korte lijnen tussen school en jeugdhulp.",
        "Eén vast gezicht voor ouders en leerling.",
        "Ruimte voor maatwerk zonder eindeloze procedures.",
        "Vroeg signaleren: al bij de eerste weken verzuim in gesprek.",
        "De leerling praat zelf mee over het plan.",
    ],
    "conditions": [
        "De aanpak kost ongeveer {k} euro per leerling per jaar.",
        "Nodig: een coördinator voor {h} uur per week.",
        "Afspraken over privacy en gegevensdeling tussen school en gemeente.",
        "Steun van het bestuur en een meerjarige financiering.",
    ],
    "lessons": [
        "Begin klein, met één school en één wijkteam.",
        "Betrek ouders vanaf het eerste gesprek.",
        "Leg vast wie de regie heeft, anders doet niemand het.",
        "Vier kleine stappen: een uur per dag op school is al winst.",
        "Deel de cijfers over verzuim elk kwartaal met alle partners.",
    ],
}
TAGS = [
    "thuiszitters",
    "leerplicht",
    "jeugdhulp",
    "maatwerk",
    "verzuim",
    "samenwerking",
    "ouders",
    "onderwijszorgarrangement",
    "tussenvoorziening",
    "wijkteam",
    "vroegsignalering",
    "casusregie",
    "autisme",
    "angst",
    "overstap po-vo",
    "afstandsonderwijs",
    "leerplichtambtenaar",
    "doorbraakoverleg",
    "jeugd-ggz",
    "rooster op maat",
]
FIRST_NAMES = ["Anouk", "Bram", "Fatima", "Jeroen", "Lotte", "Mehmet", "Noor", "Sanne", "Tim"]
LAST_NAMES = ["de Boer", "Bakker", "El Amrani", "Jansen", "de Vries", "Visser", "Yilmaz", "Smit"]
ROLES = ["coördinator", "intern begeleider", "leerplichtambtenaar", "beleidsadviseur", "directeur"]


class Command(BaseCommand):
    help = "Fill the database with N generated practice examples (slugs bench-...), in bulk."

    def add_arguments(self, parser):
        parser.add_argument("--examples", type=int, default=10000, help="How many (default 10000).")
        parser.add_argument("--seed", type=int, default=1, help="Random seed (default 1).")

    def handle(self, *args, examples, seed, **options):
        if examples < 0:
            raise CommandError("--examples must be 0 or more.")
        started = time.monotonic()
        if not HomePage.objects.exists():
            call_command("load_demo", "--if-empty", stdout=self.stdout)
        locale = Locale.get_default()
        taxa = {
            model: list(model.objects.filter(locale=locale).order_by("pk"))
            for model in (Theme, Region, Sector, Audience, Organisation)
        }
        if not all(taxa.values()):
            raise CommandError(
                "The taxonomy is incomplete: every vocabulary needs a term (load_demo makes them)."
            )
        with transaction.atomic():
            index = self.example_index(locale)
            step = time.monotonic()
            deleted = self.delete_generated(index)
            timings = {"delete": time.monotonic() - step}
            seeder = Seeder(index, taxa, random.Random(seed))
            pks = seeder.create(examples, timings)
        if connection.vendor == "postgresql":
            # What autovacuum would do after a while: fresh planner statistics (without them
            # PostgreSQL plans for the tables as they were) and the visibility map (without it
            # an index-only scan still reads every row).
            step = time.monotonic()
            # VACUUM cannot run inside a transaction (as in the tests): ANALYZE alone can.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
            timings["vacuum"] = time.monotonic() - step
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(pks)} generated examples in {time.monotonic() - started:.1f} s "
                f"({deleted} earlier ones deleted; "
                + ", ".join(f"{step} {seconds:.1f} s" for step, seconds in timings.items())
                + ")."
            )
        )

    def example_index(self, locale):
        """The Dutch example index, made under the Dutch home page when there is none."""
        index = PracticeExampleIndexPage.objects.filter(locale=locale).first()
        if index is not None:
            return index
        home = HomePage.objects.filter(locale=locale).first()
        if home is None:
            raise CommandError(f"No home page in the default language ({locale}).")
        index = home.add_child(
            instance=PracticeExampleIndexPage(
                title="Praktijkvoorbeelden", slug="praktijkvoorbeelden", show_in_menus=True
            )
        )
        index.save_revision().publish()
        return index

    def delete_generated(self, index):
        generated = Page.objects.child_of(index).filter(slug__startswith=SLUG_PREFIX)
        pks = list(generated.values_list("pk", flat=True))
        if not pks:
            return 0
        # Their search index entries, in one statement (IndexEntry refers to them by key).
        IndexEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(PracticeExamplePage),
            object_id__in=[str(pk) for pk in pks],
        ).delete()
        # Deleted without the delete signals: the pages have no translations, revisions or
        # references to clean up (this command made them), and their index entries are gone.
        # With them, every page costs a few queries of its own. They are leaves, so Django's own
        # delete does (treebeard's looks for descendants page by page), and the index's numchild
        # is set after.
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
    """Builds N examples under `index`, their relations and index entries, batch by batch."""

    def __init__(self, index, taxa, rng):
        self.index = index
        self.taxa = taxa
        self.rng = rng
        self.today = timezone.localdate()
        self.content_type = ContentType.objects.get_for_model(PracticeExamplePage)
        self.images = list(get_image_model().objects.values_list("pk", flat=True)[:20])
        self.tags = [
            Tag.objects.get_or_create(slug=slugify(name), defaults={"name": name})[0]
            for name in TAGS
        ]

    def words(self):
        rng = self.rng
        approach = rng.choice(APPROACHES)
        return {
            "org": rng.choice(self.taxa[Organisation]).name,
            "problem": rng.choice(PROBLEMS),
            "approach": approach,
            "approach_cap": approach[0].upper() + approach[1:],
            "place": rng.choice(PLACES),
            "audience": rng.choice(AUDIENCE_WORDS),
            "a": rng.randint(2, 9),
            "b": rng.randint(0, 2),
            "c": rng.randint(10, 30),
            "grade": f"{rng.uniform(6.5, 8.9):.1f}".replace(".", ","),
            "k": rng.choice([800, 1500, 2500, 4000]),
            "h": rng.choice([8, 12, 16, 24]),
        }

    def text(self, section, words, low=1, high=3):
        chosen = self.rng.sample(SENTENCES[section], self.rng.randint(low, high))
        return " ".join(sentence.format(**words) for sentence in chosen)

    def build(self, number, path, now):
        rng = self.rng
        words = self.words()
        title = rng.choice(TITLES).format(**words)
        published = self.today - datetime.timedelta(days=rng.randint(0, 6 * 365))
        published_at = timezone.make_aware(
            datetime.datetime.combine(published, datetime.time(rng.randint(7, 18)))
        )
        slug = f"{SLUG_PREFIX}{number:05d}"
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        page = PracticeExamplePage(
            path=path,
            depth=self.index.depth + 1,
            numchild=0,
            translation_key=uuid.UUID(int=rng.getrandbits(128), version=4),
            locale_id=self.index.locale_id,
            content_type=self.content_type,
            live=True,
            has_unpublished_changes=False,
            first_published_at=published_at,
            last_published_at=published_at,
            title=title,
            draft_title=title,
            slug=slug,
            url_path=f"{self.index.url_path}{slug}/",
            intro=self.text("intro", words, 1, 2),
            listing_image_id=(
                rng.choice(self.images) if self.images and rng.random() < 0.6 else None
            ),
            problem=f"<p>{self.text('problem', words, 2, 3)}</p>",
            approach=f"<p>{self.text('approach', words, 2, 4)}</p>",
            results=f"<p>{self.text('results', words)}</p>",
            working_elements=f"<p>{self.text('working_elements', words)}</p>",
            conditions=f"<p>{self.text('conditions', words)}</p>",
            lessons=f"<p>{self.text('lessons', words)}</p>",
            body=[],
            contact_name=name,
            contact_role=rng.choice(ROLES),
            contact_organisation=words["org"],
            contact_email=f"{slugify(name)}@example.nl",
            contact_method=rng.choice(PracticeExamplePage.ContactMethod.values),
            publication_date=published,
            review_date=published + datetime.timedelta(days=2 * 365),
        )
        page.latest_revision_created_at = None
        return page

    def create(self, count, timings):
        index = Page.objects.select_for_update().get(pk=self.index.pk)
        last = index.get_last_child()
        first_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
        now = timezone.now()
        pks = []
        step = time.monotonic()
        for start in range(0, count, BATCH):
            pages = [
                self.build(
                    number,
                    Page._get_path(index.path, index.depth + 1, first_step + number),
                    now,
                )
                for number in range(start, min(count, start + BATCH))
            ]
            pks.extend(self.insert(pages))
        children = Page.objects.filter(path__startswith=index.path, depth=index.depth + 1)
        Page.objects.filter(pk=index.pk).update(numchild=children.count())
        timings["pages"] = time.monotonic() - step

        step = time.monotonic()
        self.relate(pks)
        timings["relations"] = time.monotonic() - step

        step = time.monotonic()
        backend = get_search_backend()
        for start in range(0, len(pks), BATCH):
            # RelatedFields on a ParentalManyToManyField are not prefetched by Wagtail.
            batch = (
                PracticeExamplePage.get_indexed_objects()
                .prefetch_related("themes", "organisations")
                .filter(pk__in=pks[start : start + BATCH])
            )
            backend.add_bulk(PracticeExamplePage, list(batch))
        timings["search index"] = time.monotonic() - step
        return pks

    def insert(self, pages):
        """The page rows (Page.bulk_create gives their keys), then the example rows."""
        fields = [field.attname for field in Page._meta.concrete_fields if not field.primary_key]
        rows = [Page(**{name: getattr(page, name) for name in fields}) for page in pages]
        Page.objects.bulk_create(rows)
        for page, row in zip(pages, rows, strict=True):
            page.pk = page.id = page.page_ptr_id = row.pk
        PracticeExamplePage._base_manager._insert(
            pages, fields=PracticeExamplePage._meta.local_concrete_fields
        )
        return [row.pk for row in rows]

    def relate(self, pks):
        """Themes (1-3), a region, sectors, audiences, organisations, tags and, for some, chosen
        related examples."""
        rng = self.rng
        counts = {
            "themes": (1, 3),
            "regions": (1, 1),
            "sectors": (1, 2),
            "audiences": (1, 3),
            "organisations": (1, 3),
        }
        vocabularies = {
            "themes": Theme,
            "regions": Region,
            "sectors": Sector,
            "audiences": Audience,
            "organisations": Organisation,
        }
        for name, (low, high) in counts.items():
            field = PracticeExamplePage._meta.get_field(name)
            through = field.remote_field.through
            source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
            choices = self.taxa[vocabularies[name]]
            rows = [
                through(**{f"{source}_id": pk, f"{target}_id": taxon.pk})
                for pk in pks
                for taxon in rng.sample(choices, min(len(choices), rng.randint(low, high)))
            ]
            through.objects.bulk_create(rows, batch_size=5000)
        PracticeExampleTag.objects.bulk_create(
            [
                PracticeExampleTag(content_object_id=pk, tag=tag)
                for pk in pks
                for tag in rng.sample(self.tags, rng.randint(0, 3))
            ],
            batch_size=5000,
        )
        related = []
        for pk in pks:
            if len(pks) > 3 and rng.random() < 0.2:
                others = rng.sample([other for other in rng.sample(pks, 3) if other != pk], 1)
                related.extend(
                    RelatedExample(page_id=pk, example_id=other, sort_order=order)
                    for order, other in enumerate(others)
                )
        RelatedExample.objects.bulk_create(related, batch_size=5000)
