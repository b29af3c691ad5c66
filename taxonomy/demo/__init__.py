"""Demo content of the taxonomy: themes, provinces, sectors, audiences, organisations, /themas/.

The data is in `themes.toml` (the themes: the one place their slugs are defined) and `taxa.toml`
(the other vocabularies, the organisations and the overview page). Every term is translated.
The context gets each vocabulary as a `Known` table by the key the other apps' data use.
"""

from django.utils.text import slugify

from demo.data import Known, read
from demo.utils import Text, add_page, dutch, translate

from ..models import Audience, Organisation, Region, Sector, Theme, ThemeIndexPage

THEMES = read(__file__, "themes.toml")["themes"]
TAXA = read(__file__, "taxa.toml")
REGIONS = [(region["code"], region["name"]) for region in TAXA["regions"]]
SECTORS = [(sector["abbreviation"], sector["name"]) for sector in TAXA["sectors"]]
AUDIENCES = TAXA["audiences"]
THEMES_FILE = "taxonomy/demo/themes.toml"
TAXA_FILE = "taxonomy/demo/taxa.toml"


def organisations():
    """Every demo organisation as (name, kind, sector, province, website)."""
    data, kind = TAXA["organisations"], Organisation.Kind
    rows = [
        (
            partner["name"],
            kind.NATIONAL_PARTNER,
            partner.get("sector"),
            None,
            partner.get("website", ""),
        )
        for partner in data["national_partners"]
    ]
    level = {"PO": "primary", "VO": "secondary"}
    for alliance in data["school_alliances"]:
        area, sector = alliance["area"], alliance["sector"]
        name = Text(
            f"Samenwerkingsverband {sector} {area}", f"{area} {level[sector]} school alliance"
        )
        website = f"https://www.{slugify(f'swv {sector} {area}')}.example/"
        rows.append((name, kind.SCHOOL_ALLIANCE, sector, alliance["province"], website))
    for municipality in data["municipalities"]:
        place = municipality["place"]
        name = Text(f"Gemeente {place}", f"Municipality of {place}")
        website = f"https://www.{place.lower()}.nl/"
        rows.append((name, kind.MUNICIPALITY, None, municipality["province"], website))
    rows += [
        (other["name"], other["kind"], other.get("sector"), other["province"], other["website"])
        for other in data["others"]
    ]
    return rows


def create(context, model, spec):
    """A Dutch snippet and its English translation; returns the Dutch one."""
    english = {}
    instance = model.objects.create(locale=context.nl, **dutch(spec, english))
    translate(instance, context.en, english)
    return instance


def load(context):
    # Sectors and regions first: the organisations' English versions refer to theirs.
    context.themes = Known(
        "theme", {spec["slug"]: create(context, Theme, spec) for spec in THEMES}, THEMES_FILE
    )
    context.regions = Known(
        "province",
        {code: create(context, Region, {"code": code, "name": name}) for code, name in REGIONS},
        TAXA_FILE,
    )
    context.sectors = Known(
        "sector",
        {
            abbreviation: create(context, Sector, {"abbreviation": abbreviation, "name": name})
            for abbreviation, name in SECTORS
        },
        TAXA_FILE,
    )
    context.audiences = Known(
        "audience",
        {name.nl: create(context, Audience, {"name": name}) for name in AUDIENCES},
        TAXA_FILE,
    )
    context.organisations = Known(
        "organisation",
        {
            name.nl: create(
                context,
                Organisation,
                {
                    "name": name,
                    "kind": kind,
                    "sector": context.sectors.get(sector),
                    "region": context.regions.get(code),
                    "website": website,
                },
            )
            for name, kind, sector, code, website in organisations()
        },
        TAXA_FILE,
    )

    english = {}
    index = ThemeIndexPage(**dutch(TAXA["index"], english))
    add_page(context.home, index)
    translate(index, context.en, english)
    context.theme_index = index


def clear():
    for model in (Organisation, Theme, Region, Sector, Audience):
        model.objects.all().delete()
