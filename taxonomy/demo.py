"""Demo content of the taxonomy: themes, provinces, sectors, audiences, organisations, /themas/."""

from django.utils.text import slugify

from demo.utils import Text, add_page, dutch, translate

from .models import Audience, Organisation, Region, Sector, Theme, ThemeIndexPage

THEMES = [
    {
        "slug": "preventie-van-verzuim-en-thuiszitten",
        "name": Text(
            "Preventie van verzuim en thuiszitten", "Preventing absence and children out of school"
        ),
        "summary": Text(
            "Signalen oppakken voordat een leerling uitvalt: verzuim serieus nemen en op tijd het "
            "gesprek aangaan.",
            "Picking up the signs before a pupil drops out: taking absence seriously and starting "
            "the conversation in time.",
        ),
        "description": Text(
            "<p>Thuiszitten begint zelden van de ene op de andere dag. Meestal gaat er een periode "
            "aan vooraf van wisselend verzuim, buikpijn op maandagochtend of steeds vaker te laat "
            "komen. Wie die signalen vroeg oppakt, voorkomt veel.</p>"
            "<p>Scholen, leerplicht en jeugdgezondheidszorg spreken daarom samen af wanneer ze in "
            "actie komen en wie het eerste gesprek met leerling en ouders voert. Een vaste "
            "contactpersoon op school en korte lijnen met de jeugdarts maken het verschil.</p>"
            "<p>Bij dit thema vindt u verzuimprotocollen, werkwijzen voor vroegsignalering en "
            "ervaringen met preventief overleg in de wijk.</p>",
            "<p>Sitting at home rarely starts overnight. Usually it is preceded by a period of "
            "patchy attendance, stomach aches on Monday mornings or arriving late more and more "
            "often. Picking up those signs early prevents a great deal.</p>"
            "<p>That is why schools, attendance officers and youth health care agree together "
            "when they act and who has the first conversation with the pupil and the parents. A "
            "fixed contact person at school and short lines to the youth doctor make the "
            "difference.</p>"
            "<p>Under this theme you will find attendance protocols, ways of working for early "
            "detection and experiences with preventive consultation in the neighbourhood.</p>",
        ),
    },
    {
        "slug": "terug-naar-onderwijs",
        "name": Text("Terug naar onderwijs", "Back to education"),
        "summary": Text(
            "Stap voor stap terug naar school, met een plan dat past bij wat de leerling aankan.",
            "Step by step back to school, with a plan that fits what the pupil can manage.",
        ),
        "description": Text(
            "<p>Hoe langer een leerling thuiszit, hoe groter de stap terug. Een terugkeer lukt het "
            "best met een plan in kleine stappen: eerst een uur per week op school of op een "
            "tussenplek, daarna steeds meer.</p>"
            "<p>Belangrijk is dat één persoon de regie houdt en dat leerling en ouders meepraten "
            "over elke stap. Tijdelijk onderwijs op een andere plek of op afstand kan een brug "
            "zijn, zolang het doel een plek in de klas blijft.</p>",
            "<p>The longer a pupil is at home, the bigger the step back. A return works best with "
            "a plan in small steps: first an hour a week at school or at an in-between place, then "
            "more and more.</p>"
            "<p>What matters is that one person stays in charge and that the pupil and the parents "
            "have a say in every step. Temporary education elsewhere or at a distance can be a "
            "bridge, as long as the goal remains a place in the classroom.</p>",
        ),
    },
    {
        "slug": "onderwijs-en-jeugdhulp-samen",
        "name": Text("Onderwijs en jeugdhulp samen", "Education and youth care together"),
        "summary": Text(
            "Eén plan rond een kind, waarin school en jeugdhulp elkaar aanvullen in plaats van op "
            "elkaar te wachten.",
            "One plan around a child, in which school and youth care complement each other instead "
            "of waiting for each other.",
        ),
        "description": Text(
            "<p>Veel thuiszitters hebben zowel een onderwijsvraag als een zorgvraag. Zolang school "
            "en jeugdhulp ieder hun eigen traject volgen, wacht het kind. Samenwerken betekent: "
            "samen aan tafel, één plan en heldere afspraken over wie wat doet.</p>"
            "<p>Samenwerkingsverbanden en gemeenten stemmen hun beleid af in het op "
            "overeenstemming gericht overleg (OOGO). In de praktijk draait het vooral om de mensen "
            "op de werkvloer: een jeugdhulpverlener die spreekuur houdt op school, of een "
            "schoolmaatschappelijk werker die de weg naar het wijkteam kent.</p>",
            "<p>Many children out of school need both education and care. As long as school and "
            "youth care each follow their own track, the child waits. Working together means: "
            "sitting at one table, one plan and clear agreements on who does what.</p>"
            "<p>School alliances and municipalities align their policies in the statutory "
            "consultation aimed at agreement (OOGO). In practice it is mostly about the people on "
            "the ground: a youth care worker holding office hours at school, or a school social "
            "worker who knows the way to the neighbourhood team.</p>",
        ),
    },
    {
        "slug": "budgetten-combineren",
        "name": Text("Budgetten combineren", "Combining budgets"),
        "summary": Text(
            "Onderwijs- en jeugdmiddelen samen inzetten, zodat geld geen reden meer is om een kind "
            "te laten wachten.",
            "Using education and youth care funds together, so that money is no longer a reason to "
            "make a child wait.",
        ),
        "description": Text(
            "<p>Onderwijs en jeugdhulp worden uit verschillende potten betaald, elk met eigen "
            "regels en verantwoording. Voor een leerling die beide nodig heeft, leidt dat geregeld "
            "tot vertraging: wie betaalt de begeleider in de klas, of de zorg onder schooltijd?</p>"
            "<p>In zijn advies <i>Mét andere ogen</i> pleit René Peeters ervoor dat de budgetten "
            "van onderwijs en jeugd meer poreuze randen krijgen, zowel in het beleid als bij de "
            "inzet van middelen. Verschillende regio's laten zien dat het kan, bijvoorbeeld met "
            "een gezamenlijk fonds of een arrangement dat beide partijen samen betalen.</p>",
            "<p>Education and youth care are paid for from different pots, each with its own rules "
            "and accountability. For a pupil who needs both, that regularly causes delay: who pays "
            "for the assistant in the classroom, or for care during school hours?</p>"
            "<p>In his advice <i>Mét andere ogen</i> (With different eyes), René Peeters argues "
            "that education and youth budgets should have more porous edges, both in policy and in "
            "how funds are spent. Several regions show that it can be done, for example with a "
            "joint fund or an arrangement that both parties pay for together.</p>",
        ),
    },
    {
        "slug": "thuiszitterspact",
        "name": Text("Thuiszitterspact", "The out-of-school pact"),
        "summary": Text(
            "De landelijke afspraak dat geen kind langer dan drie maanden thuiszit zonder passend "
            "aanbod.",
            "The national agreement that no child stays at home for more than three months without "
            "a suitable offer.",
        ),
        "description": Text(
            "<p>In het Thuiszitterspact spraken het Rijk, gemeenten en onderwijsorganisaties in "
            "2016 af dat geen kind langer dan drie maanden thuiszit zonder een passend aanbod van "
            "onderwijs en/of zorg. Dat vraagt in elke regio om een sluitende aanpak.</p>"
            "<p>Een landelijk onderzoek ging na waarom zo'n aanbod wel of niet binnen drie maanden "
            "tot stand komt. Samenwerkingsverbanden, leerplicht, jeugdgezondheidszorg, gemeenten "
            "en ouders werden bevraagd met enquêtes en groepsgesprekken. De uitkomsten laten zien "
            "wat helpt, wat knelt en wat er nog te doen is.</p>",
            "<p>In the out-of-school pact of 2016, central government, municipalities and "
            "education organisations agreed that no child should stay at home for more than three "
            "months without a suitable offer of education and/or care. That calls for a watertight "
            "approach in every region.</p>"
            "<p>A national study examined why such an offer does or does not come about within "
            "three months. School alliances, attendance officers, youth health care, "
            "municipalities and parents were asked through surveys and group interviews. The "
            "findings show what helps, what gets in the way and what remains to be done.</p>",
        ),
    },
    {
        "slug": "ouderbetrokkenheid",
        "name": Text("Ouderbetrokkenheid", "Parental involvement"),
        "summary": Text(
            "Ouders als partner: zij kennen hun kind het best en horen vanaf het begin aan tafel.",
            "Parents as partners: they know their child best and belong at the table from the "
            "start.",
        ),
        "description": Text(
            "<p>Ouders van een thuiszittend kind staan vaak onder grote druk. Ze worden van het "
            "kastje naar de muur gestuurd en moeten steeds opnieuw hun verhaal doen. Een school "
            "die ouders vanaf het eerste signaal als partner behandelt, voorkomt veel "
            "frustratie.</p>"
            "<p>Ouders &amp; Onderwijs en ervaringsdeskundigen zoals de Lansbrekers laten zien wat "
            "ouders nodig hebben: duidelijke informatie, één vast aanspreekpunt en serieus genomen "
            "worden bij de keuzes over hun kind.</p>",
            "<p>Parents of a child who is out of school are often under great pressure. They are "
            "sent from pillar to post and have to tell their story again and again. A school that "
            "treats parents as partners from the first sign prevents a lot of frustration.</p>"
            "<p>Ouders &amp; Onderwijs and experts by experience such as de Lansbrekers show what "
            "parents need: clear information, one fixed point of contact and being taken seriously "
            "in the choices about their child.</p>",
        ),
    },
    {
        "slug": "leerplicht-en-verzuimaanpak",
        "name": Text("Leerplicht en verzuimaanpak", "Compulsory education and attendance"),
        "summary": Text(
            "De rol van leerplicht: handhaven waar het moet, meedenken waar het kan.",
            "The role of attendance officers: enforcing where they must, helping to find "
            "solutions where they can.",
        ),
        "description": Text(
            "<p>De leerplichtambtenaar ziet erop toe dat kinderen naar school gaan, maar is steeds "
            "vaker ook de verbinder tussen school, ouders en hulpverlening. Het gesprek met "
            "leerplicht komt dan niet als sluitstuk, maar vroeg in het proces.</p>"
            "<p>Ingrado, de vereniging voor leerplicht en RMC, ondersteunt gemeenten daarbij. Bij "
            "dit thema vindt u regionale verzuimaanpakken en afspraken over het melden van "
            "verzuim.</p>",
            "<p>The attendance officer makes sure that children go to school, but more and more "
            "often also connects school, parents and care services. The conversation with the "
            "attendance officer then comes early in the process rather than as a last resort.</p>"
            "<p>Ingrado, the association for school attendance officers, supports municipalities "
            "in this. Under this theme you will find regional approaches to absence and "
            "agreements on reporting it.</p>",
        ),
    },
    {
        "slug": "onderwijs-zorgarrangementen",
        "name": Text("Onderwijs-zorgarrangementen", "Combined education and care arrangements"),
        "summary": Text(
            "Onderwijs en zorg op één plek en in één rooster, voor leerlingen die beide nodig "
            "hebben.",
            "Education and care in one place and one timetable, for pupils who need both.",
        ),
        "description": Text(
            "<p>Voor sommige leerlingen werkt onderwijs alleen als de zorg er direct omheen zit: "
            "een dagbesteding die deels onderwijs is, of een klas waarin een leraar en een "
            "jeugdhulpverlener samen werken. Zulke arrangementen vragen om afspraken over geld, "
            "verantwoordelijkheid en toezicht.</p>"
            "<p>Het speciaal onderwijs heeft er veel ervaring mee. LECSO en verschillende "
            "samenwerkingsverbanden delen hier wat werkt en waar regels in de weg zitten.</p>",
            "<p>For some pupils education only works when care is built right around it: day care "
            "that is partly education, or a class in which a teacher and a youth care worker work "
            "together. Such arrangements need agreements on money, responsibility and "
            "supervision.</p>"
            "<p>Special education has a lot of experience with them. LECSO and several school "
            "alliances share here what works and where rules get in the way.</p>",
        ),
    },
    {
        "slug": "stem-van-jongeren",
        "name": Text("Stem van jongeren", "Young people's voice"),
        "summary": Text(
            "Jongeren die zelf thuis hebben gezeten, vertellen wat hen had geholpen.",
            "Young people who have been out of school themselves tell us what would have helped.",
        ),
        "description": Text(
            "<p>Wie wil weten wat werkt, kan het best de jongeren zelf vragen. Tijdens de "
            "Landelijke Actieweek Thuiszitters organiseerden jongeren hun eigen thuiszitterstop, "
            "'Jongeren in woord en beeld', over wat er nodig is voor een ononderbroken "
            "ontwikkeling.</p>"
            "<p>Hun boodschap: praat met ons, niet over ons. Bij dit thema staan scholen en "
            "regio's die leerlingen echt laten meebeslissen over hun eigen plan.</p>",
            "<p>If you want to know what works, the best people to ask are the young people "
            "themselves. During the National Action Week on Children Out of School, young people "
            "organised their own summit, 'Young people in words and pictures', about what it takes "
            "to keep their development on track.</p>"
            "<p>Their message: talk with us, not about us. Under this theme you will find schools "
            "and regions that really let pupils have a say in their own plan.</p>",
        ),
    },
]

REGIONS = [
    ("GR", Text("Groningen", "Groningen")),
    ("FR", Text("Friesland", "Friesland")),
    ("DR", Text("Drenthe", "Drenthe")),
    ("OV", Text("Overijssel", "Overijssel")),
    ("FL", Text("Flevoland", "Flevoland")),
    ("GE", Text("Gelderland", "Gelderland")),
    ("UT", Text("Utrecht", "Utrecht")),
    ("NH", Text("Noord-Holland", "North Holland")),
    ("ZH", Text("Zuid-Holland", "South Holland")),
    ("ZE", Text("Zeeland", "Zeeland")),
    ("NB", Text("Noord-Brabant", "North Brabant")),
    ("LI", Text("Limburg", "Limburg")),
]

SECTORS = [
    ("PO", Text("Primair onderwijs", "Primary education")),
    ("VO", Text("Voortgezet onderwijs", "Secondary education")),
    ("SO/VSO", Text("(Voortgezet) speciaal onderwijs", "Special education")),
    ("MBO", Text("Middelbaar beroepsonderwijs", "Secondary vocational education")),
]

AUDIENCES = [
    Text("Bestuurders", "Board members"),
    Text("Leraren", "Teachers"),
    Text("Schoolleiders", "School leaders"),
    Text("Ondersteuningscoördinatoren", "Support coordinators"),
    Text("Leerplichtambtenaren", "Attendance officers"),
    Text("Gemeenten", "Municipalities"),
    Text("Ouders", "Parents"),
    Text("Jeugdprofessionals", "Youth professionals"),
    Text("Overig", "Other"),
]

Kind = Organisation.Kind
RIJKSOVERHEID = "https://www.rijksoverheid.nl/ministeries/"
NATIONAL_PARTNERS = [
    # name, sector, website
    (Text("Steunpunt Passend Onderwijs", "Support Centre for Appropriate Education"), None, ""),
    (Text("PO-Raad", "PO-Raad"), "PO", "https://www.poraad.nl/"),
    (Text("VO-raad", "VO-raad"), "VO", "https://www.vo-raad.nl/"),
    (Text("Ingrado", "Ingrado"), None, "https://www.ingrado.nl/"),
    (
        Text("Nederlands Jeugdinstituut (NJi)", "Netherlands Youth Institute (NJi)"),
        None,
        "https://www.nji.nl/",
    ),
    (Text("LECSO", "LECSO"), "SO/VSO", "https://www.lecso.nl/"),
    (Text("Ouders & Onderwijs", "Ouders & Onderwijs"), None, "https://www.oudersenonderwijs.nl/"),
    (Text("Gedragswerk", "Gedragswerk"), None, ""),
    (Text("De Lansbrekers", "De Lansbrekers"), None, ""),
    (
        Text(
            "Ministerie van Onderwijs, Cultuur en Wetenschap",
            "Ministry of Education, Culture and Science",
        ),
        None,
        RIJKSOVERHEID + "ministerie-van-onderwijs-cultuur-en-wetenschap",
    ),
    (
        Text(
            "Ministerie van Volksgezondheid, Welzijn en Sport",
            "Ministry of Health, Welfare and Sport",
        ),
        None,
        RIJKSOVERHEID + "ministerie-van-volksgezondheid-welzijn-en-sport",
    ),
]
# Fictional school alliances, one per province: area, sector, province.
SCHOOL_ALLIANCES = [
    ("Stad en Ommeland", "PO", "GR"),
    ("Noordoost-Fryslân", "VO", "FR"),
    ("Zuidoost-Drenthe", "PO", "DR"),
    ("Twente-Noord", "VO", "OV"),
    ("Flevoland-Oost", "PO", "FL"),
    ("Rivierenland-West", "VO", "GE"),
    ("Utrecht Stad", "PO", "UT"),
    ("Amstelland-Zuid", "VO", "NH"),
    ("Haaglanden-Kust", "PO", "ZH"),
    ("Zeeuwse Eilanden", "VO", "ZE"),
    ("Meierij-Oost", "PO", "NB"),
    ("Parkstad Limburg", "VO", "LI"),
]
MUNICIPALITIES = [("Utrecht", "UT"), ("Zwolle", "OV"), ("Eindhoven", "NB")]
OTHER_ORGANISATIONS = [
    # fictional: name, kind, sector, province, website
    (
        Text("Stichting Openbaar Onderwijs Rijnmond", "Rijnmond Public Education Foundation"),
        Kind.SCHOOL_BOARD,
        "PO",
        "ZH",
        "https://www.oo-rijnmond.example/",
    ),
    (
        Text("Het Kompas, school voor speciaal onderwijs", "Het Kompas, special education school"),
        Kind.SCHOOL,
        "SO/VSO",
        "GE",
        "https://www.hetkompas-so.example/",
    ),
    (
        Text("Scholengroep Vechtdal", "Vechtdal School Group"),
        Kind.SCHOOL_BOARD,
        "VO",
        "OV",
        "https://www.scholengroepvechtdal.example/",
    ),
    (
        Text("ROC Lindeland", "ROC Lindeland"),
        Kind.SCHOOL,
        "MBO",
        "FL",
        "https://www.roclindeland.example/",
    ),
    (
        Text("Stichting Jeugdhulp Veluwezoom", "Veluwezoom Youth Care Foundation"),
        Kind.OTHER,
        None,
        "GE",
        "https://www.jeugdhulpveluwezoom.example/",
    ),
    (
        Text("Jeugdgezondheidszorg Hunzedal", "Hunzedal Youth Health Service"),
        Kind.OTHER,
        None,
        "DR",
        "https://www.jgz-hunzedal.example/",
    ),
]


def organisations():
    """Every demo organisation as (name, kind, sector, province, website)."""
    rows = [
        (name, Kind.NATIONAL_PARTNER, sector, None, url) for name, sector, url in NATIONAL_PARTNERS
    ]
    level = {"PO": "primary", "VO": "secondary"}
    rows += [
        (
            Text(
                f"Samenwerkingsverband {sector} {area}", f"{area} {level[sector]} school alliance"
            ),
            Kind.SCHOOL_ALLIANCE,
            sector,
            code,
            f"https://www.{slugify(f'swv {sector} {area}')}.example/",
        )
        for area, sector, code in SCHOOL_ALLIANCES
    ]
    rows += [
        (
            Text(f"Gemeente {place}", f"Municipality of {place}"),
            Kind.MUNICIPALITY,
            None,
            code,
            f"https://www.{place.lower()}.nl/",
        )
        for place, code in MUNICIPALITIES
    ]
    return rows + OTHER_ORGANISATIONS


def create(context, model, spec):
    """A Dutch snippet and its English translation; returns the Dutch one."""
    english = {}
    instance = model.objects.create(locale=context.nl, **dutch(spec, english))
    translate(instance, context.en, english)
    return instance


def load(context):
    # Sectors and regions first: the organisations' English versions refer to theirs.
    context.themes = {spec["slug"]: create(context, Theme, spec) for spec in THEMES}
    context.regions = {
        code: create(context, Region, {"code": code, "name": name}) for code, name in REGIONS
    }
    context.sectors = {
        abbreviation: create(context, Sector, {"abbreviation": abbreviation, "name": name})
        for abbreviation, name in SECTORS
    }
    context.audiences = {name.nl: create(context, Audience, {"name": name}) for name in AUDIENCES}
    context.organisations = {
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
    }

    english = {}
    index = ThemeIndexPage(
        slug="themas",
        show_in_menus=True,
        **dutch(
            {
                "title": Text("Thema's", "Themes"),
                "intro": Text(
                    "Elk thema bundelt praktijkvoorbeelden, bijeenkomsten en documenten over één "
                    "vraagstuk rond thuiszitten.",
                    "Each theme brings together practice examples, meetings and documents on one "
                    "question about children out of school.",
                ),
            },
            english,
        ),
    )
    add_page(context.home, index)
    translate(index, context.en, english)
    context.theme_index = index


def clear():
    for model in (Organisation, Theme, Region, Sector, Audience):
        model.objects.all().delete()
