"""`manage.py bench_seed_events --events N`: N generated events, for the benchmark in bench/.

The events are written in bulk (a few queries per thousand), not page by page: the page rows get
their tree paths under the Dutch agenda directly, then their many-to-many rows, tags, some
programmes, registrations and search index entries (by Wagtail's own search backend). Two years
of past events and one year ahead, so the agenda's upcoming and past lists both fill.
Generated events have slugs starting with `bench-`; running the command again deletes them
first, so N is the number of generated events afterwards. What the command shares with
`bench_seed` is in devtools/bench_seeding.py.

Needs a site and its taxonomy: on a database without a home page it loads the demo content
first. The demo's own events stay.
"""

import datetime
from decimal import Decimal

from devtools import bench_seeding
from devtools.bench_seeding import timed
from events.models import EventIndexPage, EventPage, EventTag, ProgrammeItem, Registration
from taxonomy.models import Audience, Organisation, Region, Theme

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


class Seeder(bench_seeding.Seeder):
    """Builds N events under `index`, their relations, registrations and index entries."""

    page_model = EventPage
    tag_names = TAGS
    index_prefetch = ("themes", "tagged_items__tag")

    def __init__(self, index, taxa, rng):
        super().__init__(index, taxa, rng)
        self.regions = {region.code: region for region in taxa[Region]}

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
        status = rng.choices(list(Status.values), weights=[90, 4, 6])[0]
        online = kind == Kind.WEBINAR
        cost = rng.choice([None] * 8 + [Decimal("25.00"), Decimal("95.00")])
        page = EventPage(
            **self.page_fields(number, path, title),
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
        return page

    def fill(self, pages, timings):
        with timed(timings, "relations"):
            self.relate(pages)
        with timed(timings, "registrations"):
            self.register(pages)

    def relate(self, pages):
        """Themes (1-3), audiences (1-4), co-organisers (0-2), tags (0-3); a programme for some."""
        rng = self.rng
        pks = [page.pk for page in pages]
        self.link_taxa(
            pks,
            {
                "themes": (Theme, 1, 3),
                "audiences": (Audience, 1, 4),
                "co_organisers": (Organisation, 0, 2),
            },
        )
        self.tag(pks, EventTag)
        ProgrammeItem.objects.bulk_create(
            [
                ProgrammeItem(
                    page_id=page.pk,
                    locale_id=page.locale_id,
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
                        queue_number=number + 1,
                        attended=(rng.random() < 0.85) if past and number < confirmed else None,
                    )
                )
        Registration.objects.bulk_create(rows, batch_size=5000)


class Command(bench_seeding.SeedCommand):
    help = "Fill the database with N generated events (slugs bench-...), in bulk."
    noun = "events"
    default = 5000
    index_model = EventIndexPage
    index_title, index_slug = "Agenda", "agenda"
    vocabularies = (Theme, Region, Audience, Organisation)
    seeder = Seeder
