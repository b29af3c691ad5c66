"""Demo content of the scan: /scan/ with five domains (translated into English), a few hundred
completed scans spread over sectors, provinces and the past 18 months, and one school that did
the scan twice, whose result is at a fixed link (`logins()` prints it).

The questionnaire was reworded once: the older scans keep the first version (see
questionnaire.py). The responses are generated with a seeded random generator, so every load
gives the same answers, and written with bulk_create; the averages are rebuilt once at the end.
"""

import datetime
import random
import uuid

from django.conf import settings
from django.db.models import F
from django.utils import timezone

from demo.data import read
from demo.utils import Text, add_page, dutch, publish, translate

from .. import statistics
from ..models import ScanPage, ScanResponse, ScanVersion, new_token
from ..questionnaire import NOT_APPLICABLE, SCALE_MAX

DATA = read(__file__, "scan.toml")
DOMAINS = DATA["domains"]
OLD_WORDING = DATA["old_wording"]
ADDED_LATER = set(DATA["added_later"])

RESPONSES = 300
UNFINISHED = 12  # started and left: they count nowhere
MONTHS = 18
REWORDED_DAYS_AGO = 240  # the questionnaire's second version was published then
ENGLISH_SHARE = 0.05  # scans answered on the English page
DURATIONS = [15, 20, 25, 30, 40]  # minutes a scan takes

# The school at the fixed link: its first scan a year ago, the second recently.
DEMO_TOKEN = "voorbeeld-scan-2026-PO"  # 22 url-safe characters, like new_token()
DEMO_SECTOR, DEMO_REGION = "PO", "UT"

# (abbreviation or None, weight); (province code or None, weight): roughly by number of
# schools, so Zeeland and Flevoland have only a few scans (no comparison for their region).
SECTOR_WEIGHTS = [("PO", 48), ("VO", 27), ("SO/VSO", 10), ("MBO", 8), (None, 7)]
REGION_WEIGHTS = [
    ("ZH", 17),
    ("NH", 15),
    ("NB", 14),
    ("GE", 12),
    ("UT", 9),
    ("OV", 7),
    ("LI", 6),
    ("GR", 4),
    ("FR", 4),
    ("DR", 3),
    ("FL", 1.5),
    ("ZE", 1.2),
    (None, 6),
]
# Where a sector differs from the mean answer of a domain (by domain key).
SECTOR_EFFECTS = {
    "SO/VSO": {"jeugdhulp": 0.4, "ouders": 0.2, "terugkeer": 0.3},
    "VO": {"ouders": -0.3, "verzuim": 0.15},
    "MBO": {"ouders": -0.5, "basisondersteuning": -0.2, "verzuim": -0.2},
}
# Schools without pupils out of school often find the return domain not applicable.
ALL_NOT_APPLICABLE = {"terugkeer": 0.04}

NAMESPACE = uuid.UUID("6d1f0a58-4c0e-4a47-9c1e-5ad0c0a1e7b2")


def block_id(name):
    """A stable block id, so every load gives the questionnaire the same keys."""
    return str(uuid.uuid5(NAMESPACE, name))


def page_links(context):
    """The pages the advice links to; the theme overview stands in for what is not loaded."""
    themes = context.theme_index
    return {
        "themes": themes,
        "examples": getattr(context, "example_index", None) or themes,
        "agenda": getattr(context, "event_index", None) or themes,
    }


def linked(text, links):
    attrs = {name: f'linktype="page" id="{page.pk}"' for name, page in links.items()}
    return Text(text.nl.format(**attrs), text.en.format(**attrs))


def wording(statement, first_version):
    """A statement's text in the questionnaire's first version, or in the current one."""
    if first_version:
        return OLD_WORDING.get(statement["key"], statement["text"])
    return statement["text"]


def domain_blocks(context, links, first_version=False):
    """The domains as the StreamField stores them, with Text for every visible string."""
    blocks = []
    for spec in DOMAINS:
        statements = [
            (block_id(statement["key"]), wording(statement, first_version))
            for statement in spec["statements"]
            if not (first_version and statement["key"] in ADDED_LATER)
        ]
        blocks.append(
            {
                "type": "domain",
                "id": block_id(spec["key"]),
                "value": {
                    "title": spec["title"],
                    "intro": spec["intro"],
                    "statements": [
                        {"type": "item", "id": key, "value": text} for key, text in statements
                    ],
                    "themes": [
                        {
                            "type": "item",
                            "id": block_id(f"{spec['key']}-{slug}"),
                            "value": context.themes[slug].pk,
                        }
                        for slug in spec["themes"]
                    ],
                    **{
                        f"advice_{level}": linked(text, links)
                        for level, text in spec["advice"].items()
                    },
                },
            }
        )
    return blocks


class Generator:
    """Completed scans as schools would give them: a school is better or worse all round,
    domains differ in their mean, sectors a little per domain; now and then "not applicable"."""

    def __init__(self, context, versions):
        self.rng = random.Random("scan-demo")
        self.now = timezone.now()
        self.versions = versions  # {"old": v1, "new": v2, "en": English version}
        self.sectors = getattr(context, "sectors", {})
        self.regions = getattr(context, "regions", {})
        self.specs = {block_id(spec["key"]): spec for spec in DOMAINS}
        self.times = []  # (response, last answer, minutes it took)

    def pick(self, weights):
        values, weights = zip(*weights, strict=True)
        return self.rng.choices(values, weights)[0]

    def answers(self, version, sector, quality):
        rng = self.rng
        answers = {}
        for domain in version.content.domains:
            spec = self.specs[domain.key]
            if rng.random() < ALL_NOT_APPLICABLE.get(spec["key"], 0):
                answers.update(dict.fromkeys(domain.statement_keys, NOT_APPLICABLE))
                continue
            mean = spec["mean"] + quality + SECTOR_EFFECTS.get(sector, {}).get(spec["key"], 0)
            for key in domain.statement_keys:
                if rng.random() < spec["not_applicable"]:
                    answers[key] = NOT_APPLICABLE
                else:
                    value = round(rng.gauss(mean, 0.65))
                    answers[key] = min(SCALE_MAX, max(1, value))
        return answers

    def version_for(self, days_ago):
        if days_ago > REWORDED_DAYS_AGO:
            return self.versions["old"]
        if self.rng.random() < ENGLISH_SHARE:
            return self.versions["en"]
        return self.versions["new"]

    def response(self, days_ago, complete=True):
        rng = self.rng
        sector = self.pick(SECTOR_WEIGHTS)
        region = self.pick(REGION_WEIGHTS)
        version = self.version_for(days_ago)
        answers = self.answers(version, sector, rng.gauss(0, 0.4))
        finished = self.now - datetime.timedelta(days=days_ago, minutes=rng.randint(0, 600))
        duration = rng.choice(DURATIONS)
        if not complete:  # left after a few steps
            steps = version.content.domains[: rng.randint(1, 3)]
            keys = {key for domain in steps for key in domain.statement_keys}
            answers = {key: value for key, value in answers.items() if key in keys}
        response = ScanResponse(
            version=version,
            sector=self.sectors.get(sector),
            region=self.regions.get(region),
            answers=answers,
            scores=version.content.scores(answers) if complete else None,
            completed_at=finished if complete else None,
        )
        self.times.append((response, finished, duration))
        return response

    def many(self):
        rows = []
        for _number in range(RESPONSES):
            # More scans lately than a year and a half ago.
            days_ago = MONTHS * 30.5 * self.rng.random() ** 1.25
            rows.append(self.response(days_ago))
        for _number in range(UNFINISHED):
            rows.append(self.response(self.rng.uniform(1, 60), complete=False))
        return rows


def set_times(times):
    """Started and last answered when the demo says, not now (bulk_create fills in now for
    auto_now fields): one update per duration for the completed scans, one per unfinished."""
    by_duration = {}
    for response, finished, duration in times:
        if response.completed_at is None:
            ScanResponse.objects.filter(pk=response.pk).update(
                started_at=finished - datetime.timedelta(minutes=duration), updated_at=finished
            )
        else:
            by_duration.setdefault(duration, []).append(response.pk)
    for duration, pks in by_duration.items():
        ScanResponse.objects.filter(pk__in=pks).update(
            started_at=F("completed_at") - datetime.timedelta(minutes=duration),
            updated_at=F("completed_at"),
        )


def demo_school(versions, sectors, regions):
    """The school at the fixed link: a year ago weak on the return and on youth care, now
    better everywhere except the return, where it still scores lowest."""
    now = timezone.now()
    values = {
        "old": {
            "basisondersteuning": [3, 3, 2, 3, 2, 3, 2],
            "ouders": [3, 2, 3, 2, 2, 3],
            "jeugdhulp": [2, 1, 2, 1, 2, 3, 1],
            "verzuim": [3, 2, 2, 2, 1, 3],
            "terugkeer": [2, 1, 1, 2, 1, 1, 2],
        },
        "new": {
            "basisondersteuning": [4, 3, 3, 3, 3, 4, 3],
            "ouders": [3, 3, 4, 3, 2, 3],
            "jeugdhulp": [3, 2, 2, 2, 3, 4, 2],
            "verzuim": [4, 3, 3, 3, 3, 4, 3],
            "terugkeer": [3, 2, 2, NOT_APPLICABLE, 2, 1, 2],
        },
    }
    specs = {block_id(spec["key"]): spec["key"] for spec in DOMAINS}
    made = {}
    for name, days_ago in (("old", 365), ("new", 9)):
        version = versions[name]
        answers = {}
        for domain in version.content.domains:
            answers.update(zip(domain.statement_keys, values[name][specs[domain.key]], strict=True))
        finished = now - datetime.timedelta(days=days_ago, hours=2)
        made[name] = ScanResponse.objects.create(
            token=DEMO_TOKEN if name == "new" else new_token(),
            version=version,
            sector=sectors.get(DEMO_SECTOR),
            region=regions.get(DEMO_REGION),
            answers=answers,
            scores=version.content.scores(answers),
            previous=made.get("old"),
            completed_at=finished,
        )
        # started_at and updated_at are set on save: set them back to when it was answered.
        ScanResponse.objects.filter(pk=made[name].pk).update(
            started_at=finished - datetime.timedelta(minutes=35), updated_at=finished
        )
    return made


def load(context):
    links = page_links(context)
    english = {}
    page = ScanPage(
        **dutch(DATA["page"], english),
        domains=dutch(domain_blocks(context, links, first_version=True), english),
    )
    add_page(context.home, page)  # publishing makes the first version
    page.domains = dutch(domain_blocks(context, links), english)
    publish(page)  # the reworded questionnaire: the second version
    page_en = translate(page, context.en, english)

    first, current = ScanVersion.objects.filter(page=page).order_by("number")
    ScanVersion.objects.filter(pk=first.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=MONTHS * 31)
    )
    versions = {"old": first, "new": current, "en": page_en.current_version()}

    generator = Generator(context, versions)
    ScanResponse.objects.bulk_create(generator.many())
    set_times(generator.times)
    demo_school(versions, generator.sectors, generator.regions)
    statistics.rebuild()
    context.scan_page = page


def clear():
    """For `load_demo --reset`, once the pages (and with them the versions and responses) are
    gone: the averages, which are kept apart from the responses."""
    statistics.rebuild()


def logins():
    """The demo school's result link, for `load_demo` to print."""
    response = ScanResponse.objects.filter(token=DEMO_TOKEN).select_related("version__page").first()
    if response is None:
        return []
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    path = response.version.page.url or "/scan/"
    return [f"Scan: voorbeeldresultaat op {base}{path}{DEMO_TOKEN}/"]
