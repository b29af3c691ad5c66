"""`manage.py bench_seed --examples N`: N generated practice examples, for the benchmark in bench/.

The examples are written in bulk (a few queries per thousand), not page by page: the page rows
get their tree paths under the Dutch example index directly, then their many-to-many rows, tags
and search index entries (by Wagtail's own search backend, so search finds them exactly as it
finds an edited page). Generated examples have slugs starting with `bench-`; running the command
again deletes them first, so N is the number of generated examples afterwards. What the command
shares with `bench_seed_events` is in devtools/bench_seeding.py.

Needs a site and its taxonomy: on a database without a home page it loads the demo content
first. The text is Dutch-ish, combined from fragments with the field's vocabulary, so that a
search word finds a realistic part of the examples.
"""

import datetime
import time

from django.utils import timezone
from django.utils.text import slugify

from wagtail.images import get_image_model

from devtools import bench_seeding
from devtools.bench_seeding import timed
from practice_examples.models import (
    PracticeExampleIndexPage,
    PracticeExamplePage,
    PracticeExampleTag,
    RelatedExample,
)
from search.vocabulary import rebuild_vocabulary
from taxonomy.models import Audience, Organisation, Region, Sector, Theme

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


class Seeder(bench_seeding.Seeder):
    """Builds N examples under `index`, their relations and index entries, batch by batch."""

    page_model = PracticeExamplePage
    tag_names = TAGS
    index_prefetch = ("themes", "organisations")

    def __init__(self, index, taxa, rng):
        super().__init__(index, taxa, rng)
        self.images = list(get_image_model().objects.values_list("pk", flat=True)[:20])

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

    def build(self, number, path):
        rng = self.rng
        words = self.words()
        title = rng.choice(TITLES).format(**words)
        published = self.today - datetime.timedelta(days=rng.randint(0, 6 * 365))
        published_at = timezone.make_aware(
            datetime.datetime.combine(published, datetime.time(rng.randint(7, 18)))
        )
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        return PracticeExamplePage(
            **self.page_fields(number, path, title),
            first_published_at=published_at,
            last_published_at=published_at,
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

    def fill(self, pages, timings):
        with timed(timings, "relations"):
            self.relate([page.pk for page in pages])

    def relate(self, pks):
        """Themes (1-3), a region, sectors, audiences, organisations, tags and, for some, chosen
        related examples."""
        rng = self.rng
        self.link_taxa(
            pks,
            {
                "themes": (Theme, 1, 3),
                "regions": (Region, 1, 1),
                "sectors": (Sector, 1, 2),
                "audiences": (Audience, 1, 3),
                "organisations": (Organisation, 1, 3),
            },
        )
        self.tag(pks, PracticeExampleTag)
        related = []
        for pk in pks:
            if len(pks) > 3 and rng.random() < 0.2:
                others = rng.sample([other for other in rng.sample(pks, 3) if other != pk], 1)
                related.extend(
                    RelatedExample(page_id=pk, example_id=other, sort_order=order)
                    for order, other in enumerate(others)
                )
        RelatedExample.objects.bulk_create(related, batch_size=5000)


class Command(bench_seeding.SeedCommand):
    help = "Fill the database with N generated practice examples (slugs bench-...), in bulk."
    noun = "examples"
    default = 10000
    index_model = PracticeExampleIndexPage
    index_title, index_slug = "Praktijkvoorbeelden", "praktijkvoorbeelden"
    vocabularies = (Theme, Region, Sector, Audience, Organisation)
    seeder = Seeder

    def handle(self, *args, **options):
        super().handle(*args, **options)
        # The seeding writes in bulk, without the signals that queue a vocabulary rebuild.
        started = time.monotonic()
        words = rebuild_vocabulary()
        elapsed = time.monotonic() - started
        self.stdout.write(f"Search vocabulary rebuilt: {words} words in {elapsed:.1f} s.")
