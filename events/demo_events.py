"""The demo agenda: the two seed events of 2019 and a dozen upcoming ones.

Each event names its taxa by key: theme slugs, province codes, the Dutch names of audiences and
organisations (as taxonomy.demo makes them), and practice examples by slug (skipped when the
examples' demo is not loaded). Upcoming events give their date as `days` from today (moved to the
first school day from then, see `demo.utils.school_date`), so the demo never goes stale; the
seed events have fixed dates. `registrations` is (confirmed, waiting) rows to create on the Dutch
page. Events whose texts are `Text(Dutch, English)` pairs are translated.

The development group of the seeds and its sessions are not here: sessions live under their group
(development_groups.demo) and the agenda shows them from there.
"""

import datetime

from demo.utils import Text
from home.demo import CONTACT_EMAIL as CONTACT

# Theme slugs, as the taxonomy demo makes them.
PREVENTIE = "preventie-van-verzuim-en-thuiszitten"
TERUG = "terug-naar-onderwijs"
JEUGDHULP = "onderwijs-en-jeugdhulp-samen"
BUDGETTEN = "budgetten-combineren"
PACT = "thuiszitterspact"
OUDERS = "ouderbetrokkenheid"
LEERPLICHT = "leerplicht-en-verzuimaanpak"
ARRANGEMENTEN = "onderwijs-zorgarrangementen"
JONGEREN = "stem-van-jongeren"

# Organisations by their Dutch name.
STEUNPUNT = "Steunpunt Passend Onderwijs"
PO_RAAD = "PO-Raad"
VO_RAAD = "VO-raad"
INGRADO = "Ingrado"
NJI = "Nederlands Jeugdinstituut (NJi)"
LECSO = "LECSO"
OUDERS_EN_ONDERWIJS = "Ouders & Onderwijs"
GEDRAGSWERK = "Gedragswerk"
LANSBREKERS = "De Lansbrekers"
OCW = "Ministerie van Onderwijs, Cultuur en Wetenschap"
VWS = "Ministerie van Volksgezondheid, Welzijn en Sport"

INDEX = {
    "title": Text("Agenda", "Events"),
    "intro": Text(
        "Bijeenkomsten, webinars en congressen van het Steunpunt en zijn partners over "
        "thuiszitten: om elkaar te ontmoeten, van elkaar te leren en samen verder te komen. "
        "Meld u aan op de pagina van de bijeenkomst, of zet de hele agenda in uw eigen agenda.",
        "Meetings, webinars and conferences of the Support Centre and its partners on children "
        "out of school: to meet, to learn from each other and to move forward together. Register "
        "on the event's page, or add all events to your own calendar.",
    ),
}

# --- The seeds ---------------------------------------------------------------------------------

ACTION_WEEK = {
    "slug": "landelijke-actieweek-thuiszitters-2019",
    "title": Text(
        "Landelijke Actieweek Thuiszitters 2019", "National Action Week on Children Out of School"
    ),
    "intro": Text(
        "Van 3 tot en met 7 juni 2019 laten scholen, samenwerkingsverbanden, gemeenten en "
        "landelijke partners in het hele land zien wat zij doen om thuiszitten terug te dringen.",
        "From 3 to 7 June 2019, schools, school alliances, municipalities and national partners "
        "all over the country show what they do to bring down the number of children out of "
        "school.",
    ),
    "kind": "action_week",
    "date": datetime.date(2019, 6, 3),
    "end_date": datetime.date(2019, 6, 7),
    "location": ("venue", "", "", "", None),
    "organiser": STEUNPUNT,
    "co_organisers": [PO_RAAD],
    "audiences": ["Bestuurders", "Leraren", "Schoolleiders", "Overig"],
    "themes": [PREVENTIE, JONGEREN, PACT],
    "tags": ["actieweek", "thuiszitters"],
    "contact_email": CONTACT,
    "examples": ["jongeren-organiseren-thuiszitterstop"],
    "body": [
        (
            "paragraph",
            Text(
                "<p>Passend onderwijs wil elk kind een schoolloopbaan bieden die bij hem of haar "
                "past, met de juiste ondersteuning op het juiste moment. Minder thuiszitters is "
                "daarvan een van de belangrijkste doelen.</p>"
                "<p>In de actieweek organiseren scholen, schoolbesturen en "
                "samenwerkingsverbanden activiteiten in hun eigen regio. Daarnaast zijn er "
                "landelijke activiteiten van de partners in het landelijk thuiszittersoverleg: "
                "de ministeries van OCW en VWS, Gedragswerk, Ingrado, het NJi, Ouders &amp; "
                "Onderwijs, LECSO, de Lansbrekers en het Steunpunt Passend Onderwijs.</p>",
                "<p>Appropriate education aims to give every child a school career that suits "
                "them, with the right support at the right time. Fewer children out of school is "
                "one of its most important goals.</p>"
                "<p>During the action week, schools, school boards and school alliances organise "
                "activities in their own region. There are also national activities by the "
                "partners in the national consultation on children out of school: the "
                "Ministries of OCW and VWS, Gedragswerk, Ingrado, the NJi, Ouders &amp; "
                "Onderwijs, LECSO, de Lansbrekers and the Support Centre.</p>",
            ),
        ),
        ("heading", {"text": Text("Hoogtepunten", "Highlights"), "level": "h2"}),
        (
            "paragraph",
            Text(
                "<p><b>Maandag 3 juni</b> opent de week met een thuiszitterstop die jongeren zelf "
                "organiseren: <i>Jongeren in woord en beeld</i>. Zij gaan met de deelnemers in "
                "gesprek over wat iedereen nog meer kan doen voor een ononderbroken ontwikkeling, "
                "en sluiten af met actiepunten.</p>"
                "<p><b>Donderdag 6 juni</b> presenteren de onderzoekers op de "
                "kennisdelingsbijeenkomst onderwijs en jeugd de eerste uitkomsten van het "
                "landelijk onderzoek naar thuiszitten. Het eindrapport verschijnt eind juni.</p>",
                "<p><b>Monday 3 June</b> opens the week with a summit organised by young people "
                "themselves: <i>Young people in words and pictures</i>. They talk with the "
                "participants about what everyone can do to keep their development on track, "
                "and close with action points.</p>"
                "<p><b>Thursday 6 June</b>, at the knowledge-sharing meeting on education and "
                "youth care, the researchers present the first findings of the national study "
                "on children out of school. The final report follows at the end of June.</p>",
            ),
        ),
        (
            "heading",
            {"text": Text("Zelf een activiteit aanmelden", "Add your own activity"), "level": "h2"},
        ),
        (
            "paragraph",
            Text(
                "<p>Organiseert u in deze week iets in uw regio? Meld uw activiteit aan via het "
                "formulier op deze pagina; na een korte controle zetten wij haar in het "
                "overzicht.</p>",
                "<p>Are you organising something in your region this week? Submit your activity "
                "through the form on this page; after a short check we add it to the "
                "overview.</p>",
            ),
        ),
    ],
}

# The knowledge-sharing afternoon is one of the week's activities, with the seed's programme.
KNOWLEDGE_AFTERNOON = {
    "slug": "kennisdelingsbijeenkomst-onderwijs-en-jeugd",
    "title": "Kennisdelingsbijeenkomst onderwijs en jeugd",
    "intro": (
        "Een middag voor professionals uit onderwijs en jeugd over twee lastige onderwerpen: "
        "onderwijs- en jeugdhulpbudgetten combineren, en de uitkomsten van het onderzoek naar de "
        "stand van zaken rond het thuiszitterspact."
    ),
    "kind": "meeting",
    "date": datetime.date(2019, 6, 6),
    "time": ("13:00", "17:00"),
    "location": ("to_follow", "", "", "Utrecht", "UT"),
    "organiser": STEUNPUNT,
    "co_organisers": [NJI, INGRADO],
    "audiences": ["Bestuurders", "Ondersteuningscoördinatoren", "Gemeenten", "Jeugdprofessionals"],
    "themes": [BUDGETTEN, PACT, JEUGDHULP],
    "tags": ["kennisdeling", "onderzoek", "Mét andere ogen"],
    "contact_email": CONTACT,
    "registration": {"mode": "site", "capacity": 120},
    "examples": ["gezamenlijk-fonds-utrecht", "nulmeting-thuiszitterspact-zeeland"],
    "programme": [
        ("12:30", "Inloop met koffie en thee", "", ""),
        ("13:00", "Welkom en toelichting op het programma", "", "Steunpunt Passend Onderwijs"),
        (
            "13:10",
            "Voorbeelden: onderwijs- en jeugdhulpbudgetten combineren",
            "Regio's die de budgetten al samen inzetten vertellen hoe ze dat regelden, in de "
            "geest van het advies <i>Mét andere ogen</i>.",
            "",
        ),
        ("14:10", "Pauze", "", ""),
        (
            "14:25",
            "Uitkomsten van het onderzoek naar thuiszitters",
            "Waarom komt er binnen drie maanden wel of geen aanbod van onderwijs of zorg? Met "
            "ruimte voor vragen.",
            "De onderzoekers",
        ),
        (
            "15:15",
            "Gespreksgroepen: wat betekenen de uitkomsten voor uw regio?",
            "In kleine groepen reflecteren we op het onderzoek en zetten we mogelijke acties op "
            "een rij.",
            "",
        ),
        ("16:00", "Terugkoppeling uit de gespreksgroepen", "", ""),
        ("16:15", "Afsluiting en netwerkborrel", "", ""),
    ],
    "body": [
        ("heading", {"text": "Budgetten met poreuze randen", "level": "h2"}),
        (
            "paragraph",
            "<p>René Peeters adviseert in <i>Mét andere ogen</i> om de budgetten van onderwijs "
            "en jeugd, in beleid én bij de inzet van middelen, meer poreuze randen te geven. In "
            "het eerste deel krijgen regio's het woord die dat al in de praktijk brengen.</p>",
        ),
        ("heading", {"text": "Het onderzoek naar thuiszitters", "level": "h2"}),
        (
            "paragraph",
            "<p>Het tweede deel gaat over de landelijke stand van zaken. Het onderzoek nam het "
            "thuiszitterspact als uitgangspunt: waarom komt een aanbod van onderwijs en/of zorg "
            "wel of niet binnen drie maanden tot stand?</p>"
            "<p>Samenwerkingsverbanden, leerplicht, jeugdgezondheidszorg, gemeenten en ouders "
            "vulden landelijke enquêtes in en spraken mee in groepsinterviews. De uitkomsten "
            "laten zien hoe regio's het aanpakken, wat helpt en waar het knelt. Na de presentatie "
            "bespreken we in groepen welke stappen de aanpak verder versterken.</p>"
            "<p>De bijeenkomst is in de regio Utrecht; de precieze locatie volgt. Deelname is "
            "gratis.</p>",
        ),
    ],
}

# The week's regional activities: (day of June 2019, times or None for all day, slug, title,
# intro, place as (location kind, venue, address, city, province), organiser, co-organisers,
# audiences, themes).
ACTIVITIES = [
    (
        3,
        ("13:00", "17:00"),
        "thuiszitterstop-jongeren-in-woord-en-beeld",
        "Thuiszitterstop: Jongeren in woord en beeld",
        "Jongeren die zelf thuis hebben gezeten openen de actieweek. Met film, foto's en "
        "verhalen vragen zij bestuurders en professionals: wat kunt u nog méér doen?",
        ("venue", "Podium De Werf", "Werfkade 12", "Utrecht", "UT"),
        STEUNPUNT,
        [LANSBREKERS, OCW],
        ["Bestuurders", "Jeugdprofessionals", "Overig"],
        [JONGEREN],
    ),
    (
        3,
        ("19:30", "21:30"),
        "informatieavond-swv-noordoost-fryslan",
        "Informatieavond: wat doet het samenwerkingsverband voor uw kind?",
        "Ouders, leraren en schoolleiders horen hoe het samenwerkingsverband werkt, bij wie ze "
        "terechtkunnen en hoe een thuiszittende leerling snel een plek vindt.",
        ("venue", "Aula CSG De Dokkumer Wâl", "Schoolstraat 3", "Dokkum", "FR"),
        "Samenwerkingsverband VO Noordoost-Fryslân",
        [],
        ["Ouders", "Leraren", "Schoolleiders"],
        [OUDERS, PREVENTIE],
    ),
    (
        4,
        ("14:00", "16:30"),
        "ronde-tafel-leerplicht-zwolle",
        "Ronde tafel: leerplicht en wijkteams over de eerste verzuimsignalen",
        "Leerplichtambtenaren, wijkteams en zorgcoördinatoren bespreken aan één tafel hoe zij "
        "eerder in actie komen bij beginnend verzuim.",
        ("venue", "Stadskantoor Zwolle", "Lübeckplein 2", "Zwolle", "OV"),
        "Gemeente Zwolle",
        [INGRADO],
        ["Leerplichtambtenaren", "Gemeenten", "Ondersteuningscoördinatoren"],
        [LEERPLICHT, PREVENTIE],
    ),
    (
        4,
        ("19:30", "21:30"),
        "oudercafe-meierij",
        "Oudercafé: als je kind niet naar school wil",
        "Een avond voor ouders, met ervaringsdeskundigen en een consulent van Ouders & "
        "Onderwijs. Vragen stellen mag, uw verhaal delen ook.",
        ("venue", "Bibliotheek Veghel", "Markt 1", "Veghel", "NB"),
        "Samenwerkingsverband PO Meierij-Oost",
        [OUDERS_EN_ONDERWIJS],
        ["Ouders"],
        [OUDERS],
    ),
    (
        4,
        ("09:30", "12:00"),
        "doorzettingsmacht-in-de-praktijk-twente",
        "Doorzettingsmacht in de praktijk: casussen uit Twente",
        "Wie hakt de knoop door als partijen het niet eens worden? Het samenwerkingsverband "
        "laat aan de hand van echte (geanonimiseerde) casussen zien hoe het werkt.",
        ("venue", "Kulturhus Almelo", "Haven Noordzijde 24", "Almelo", "OV"),
        "Samenwerkingsverband VO Twente-Noord",
        [],
        ["Bestuurders", "Gemeenten"],
        [JEUGDHULP, PACT],
    ),
    (
        5,
        ("13:30", "16:30"),
        "studiemiddag-warme-overdracht-flevoland",
        "Studiemiddag: warme overdracht van groep 8 naar de brugklas",
        "Basisscholen en vo-scholen maken afspraken over de overstap van leerlingen die extra "
        "ondersteuning nodig hebben, zodat niemand na de zomer tussen wal en schip valt.",
        ("venue", "Agora Lelystad", "Agorabaan 12", "Lelystad", "FL"),
        "Samenwerkingsverband PO Flevoland-Oost",
        [],
        ["Leraren", "Schoolleiders", "Ondersteuningscoördinatoren"],
        [PREVENTIE],
    ),
    (
        5,
        ("10:00", "12:30"),
        "werkbezoek-jeugdarts-zuidoost-drenthe",
        "Werkbezoek: de jeugdarts op school bij veel ziekmelden",
        "Hoe werkt het spreekuur van de jeugdarts op school? Een werkbezoek met een gesprek met "
        "jeugdarts, mentor en ouder.",
        ("venue", "Esdal College", "Boermarke 36", "Emmen", "DR"),
        "Jeugdgezondheidszorg Hunzedal",
        ["Samenwerkingsverband PO Zuidoost-Drenthe"],
        ["Schoolleiders", "Jeugdprofessionals"],
        [PREVENTIE, JEUGDHULP],
    ),
    (
        5,
        ("15:30", "16:30"),
        "webinar-online-onderwijs-zieke-leerlingen-zeeland",
        "Webinar: online meedoen in de klas voor langdurig zieke leerlingen",
        "Een school op Walcheren vertelt hoe zieke leerlingen met een robot of laptop de lessen "
        "blijven volgen, en wat het samenwerkingsverband daarvoor regelt.",
        ("online", "", "", "", "ZE"),
        "Samenwerkingsverband VO Zeeuwse Eilanden",
        [],
        ["Leraren", "Ondersteuningscoördinatoren"],
        [TERUG],
    ),
    (
        6,
        ("15:00", "17:00"),
        "open-thuiszitterstafel-haaglanden",
        "Open thuiszitterstafel: kijk mee bij het overleg",
        "Het samenwerkingsverband opent het thuiszittersoverleg voor collega's uit andere "
        "regio's: van aanmelding tot afspraak, met één regisseur per kind.",
        ("venue", "Kantoor SWV Haaglanden-Kust", "Laan van Meerdervoort 70", "Den Haag", "ZH"),
        "Samenwerkingsverband PO Haaglanden-Kust",
        [],
        ["Ondersteuningscoördinatoren", "Gemeenten", "Leerplichtambtenaren"],
        [PACT, LEERPLICHT],
    ),
    (
        6,
        ("12:00", "13:30"),
        "lunchlezing-budgetten-rivierenland",
        "Lunchlezing: één potje voor onderwijs en zorg in Rivierenland",
        "Gemeente en samenwerkingsverband betalen arrangementen samen. Bestuurders vertellen "
        "hoe ze dat rond kregen, en wat het de leerlingen oplevert.",
        ("venue", "Het Regiohuis", "Stationsplein 4", "Tiel", "GE"),
        "Samenwerkingsverband VO Rivierenland-West",
        ["Het Kompas, school voor speciaal onderwijs"],
        ["Bestuurders", "Gemeenten"],
        [BUDGETTEN, ARRANGEMENTEN],
    ),
    (
        7,
        ("15:00", "17:00"),
        "jongeren-interviewen-jongeren-amstelland",
        "Debat: jongeren interviewen jongeren",
        "Leerlingen presenteren de interviews die ze afnamen met leeftijdgenoten die thuiszaten, "
        "en gaan in debat met wethouder en schoolbestuur.",
        ("venue", "Schouwburg Amstelveen", "Stadsplein 100", "Amstelveen", "NH"),
        "Samenwerkingsverband VO Amstelland-Zuid",
        [],
        ["Bestuurders", "Leraren", "Overig"],
        [JONGEREN],
    ),
    (
        7,
        ("14:00", "17:00"),
        "slotbijeenkomst-noord-stad-en-ommeland",
        "Slotbijeenkomst Noord: wat nemen we mee?",
        "De noordelijke samenwerkingsverbanden blikken terug op de week en spreken af wat ze "
        "het komende schooljaar samen oppakken.",
        ("venue", "Forum Groningen", "Nieuwe Markt 1", "Groningen", "GR"),
        "Samenwerkingsverband PO Stad en Ommeland",
        ["Samenwerkingsverband VO Noordoost-Fryslân"],
        ["Bestuurders", "Schoolleiders"],
        [PACT],
    ),
    (
        7,
        None,
        "open-dag-de-overstap-parkstad",
        "Open dag bij De Overstap",
        "De tussenvoorziening van Parkstad opent de deuren: loop binnen, praat met leerlingen "
        "en begeleiders en zie hoe de weg terug naar school eruitziet.",
        ("venue", "De Overstap", "Akerstraat 90", "Heerlen", "LI"),
        "Samenwerkingsverband VO Parkstad Limburg",
        [],
        ["Ouders", "Jeugdprofessionals", "Schoolleiders"],
        [TERUG, ARRANGEMENTEN],
    ),
]

# --- Upcoming events -----------------------------------------------------------------------

UPCOMING = [
    {
        "slug": "open-huis-tussenvoorziening-de-brug",
        "title": "Open huis: tussenvoorziening De Brug",
        "intro": (
            "De hele dag kunt u binnenlopen bij De Brug, waar leerlingen die thuiszaten stap voor "
            "stap terugkeren naar school. Aanmelden is niet nodig."
        ),
        "kind": "meeting",
        "days": 0,
        "location": ("venue", "De Brug", "Kloosterweg 14", "Kerkrade", "LI"),
        "organiser": "Samenwerkingsverband VO Parkstad Limburg",
        "audiences": ["Ouders", "Leraren", "Jeugdprofessionals"],
        "themes": [TERUG, ARRANGEMENTEN],
        "tags": ["tussenvoorziening", "open huis"],
        "examples": ["tussenvoorziening-de-overstap-parkstad"],
        "body": [
            (
                "paragraph",
                "<p>Leerlingen, begeleiders en leraren vertellen hoe een dag bij De Brug eruitziet "
                "en hoe het terugkeerplan werkt. Om 11.00 en 14.00 uur is er een korte "
                "rondleiding.</p>",
            )
        ],
    },
    {
        "slug": "webinar-groeidocument-met-ouders-en-leerling",
        "title": Text(
            "Webinar: het groeidocument samen met ouders en leerling",
            "Webinar: writing the development plan with parents and pupil",
        ),
        "intro": Text(
            "Hoe schrijft u een groeidocument waarin ouders en leerling zich herkennen? Twee "
            "scholen laten zien hoe zij het samen doen. De link ontvangt u na aanmelding.",
            "How do you write a development plan that parents and pupils recognise themselves "
            "in? Two schools show how they do it together. You receive the link after "
            "registering.",
        ),
        "kind": "webinar",
        "days": 3,
        "time": ("15:30", "16:30"),
        "location": ("online", "", "", "", None),
        "online_url": "https://meet.example.nl/steunpunt/groeidocument",
        "organiser": STEUNPUNT,
        "co_organisers": [OUDERS_EN_ONDERWIJS],
        "audiences": ["Ondersteuningscoördinatoren", "Leraren", "Ouders"],
        "themes": [OUDERS],
        "tags": ["groeidocument", "webinar"],
        "contact_email": CONTACT,
        "registration": {"mode": "site", "capacity": 100, "registrations": (37, 0)},
        "examples": ["ouders-aan-tafel-groeidocument-fryslan"],
        "body": [
            (
                "paragraph",
                Text(
                    "<p>Een groeidocument is pas bruikbaar als iedereen eraan meeschrijft. In dit "
                    "webinar vertellen een basisschool en een vo-school hoe zij ouders en "
                    "leerling vanaf het eerste gesprek laten meedenken, en welke vragen daarbij "
                    "helpen.</p>"
                    "<p>U kunt tijdens het webinar vragen stellen in de chat. De opname is "
                    "achteraf alleen voor deelnemers beschikbaar.</p>",
                    "<p>A development plan is only useful if everyone helps to write it. In this "
                    "webinar a primary and a secondary school explain how they involve parents "
                    "and pupils from the first conversation, and which questions help.</p>"
                    "<p>You can ask questions in the chat during the webinar. The recording is "
                    "available to participants only.</p>",
                ),
            )
        ],
    },
    {
        "slug": "training-gesprek-met-ouders-over-verzuim",
        "title": "Training: het gesprek met ouders over verzuim",
        "intro": (
            "Een praktische training voor ondersteuningscoördinatoren en mentoren: hoe begint u "
            "het gesprek als een leerling steeds vaker ontbreekt?"
        ),
        "kind": "meeting",
        "days": 6,
        "time": ("09:30", "16:00"),
        "location": (
            "venue",
            "De Observant",
            "Stationsplein 5",
            "Amersfoort",
            "UT",
        ),
        "organiser": INGRADO,
        "co_organisers": ["Samenwerkingsverband PO Utrecht Stad"],
        "audiences": ["Ondersteuningscoördinatoren", "Leraren"],
        "themes": [PREVENTIE, OUDERS],
        "tags": ["training", "gespreksvoering"],
        "cost": "95.00",
        "cost_note": "inclusief lunch en het werkboek",
        "registration": {
            "mode": "site",
            "capacity": 24,
            "deadline_days": -1,
            "registrations": (18, 0),
        },
        "body": [
            (
                "paragraph",
                "<p>Met een trainer en een acteur oefent u lastige gesprekken: met ouders die "
                "boos zijn, met een leerling die niets zegt. U gaat naar huis met een "
                "gespreksmodel dat u de volgende dag kunt gebruiken.</p>"
                "<p>De aanmeldtermijn is verlopen. Wilt u op de hoogte blijven van een volgende "
                "training? Mail ons.</p>",
            )
        ],
    },
    {
        "slug": "regiobijeenkomst-noord-thuiszittersoverleg",
        "title": "Regiobijeenkomst Noord: het thuiszittersoverleg in de praktijk",
        "intro": (
            "Samenwerkingsverbanden en gemeenten uit Groningen, Friesland en Drenthe vergelijken "
            "hun thuiszittersoverleg: wie zit aan tafel, hoe vaak, en met welk resultaat?"
        ),
        "kind": "meeting",
        "days": 10,
        "time": ("13:00", "16:30"),
        "location": ("venue", "Het Kielzog", "Kerkstraat 1", "Hoogezand", "GR"),
        "organiser": "Samenwerkingsverband PO Stad en Ommeland",
        "co_organisers": [STEUNPUNT, "Samenwerkingsverband PO Zuidoost-Drenthe"],
        "audiences": ["Ondersteuningscoördinatoren", "Leerplichtambtenaren", "Gemeenten"],
        "themes": [PACT, LEERPLICHT],
        "tags": ["thuiszittersoverleg", "regio Noord"],
        "registration": {"mode": "site", "capacity": 40, "registrations": (36, 0)},
        "examples": [
            "thuiszittersoverleg-stad-en-ommeland",
            "thuiszitterstafel-zuidoost-drenthe",
        ],
        "programme": [
            ("13:00", "Ontvangst", "", ""),
            (
                "13:30",
                "Eén overleg voor de hele regio",
                "Hoe Stad en Ommeland de gemeentelijke overleggen samenvoegde.",
                "Voorzitter thuiszittersoverleg Stad en Ommeland",
            ),
            ("14:15", "Drie tafels, drie regio's", "Deelnemers bespreken eigen casussen.", ""),
            ("15:30", "Wat nemen we mee?", "", ""),
            ("16:00", "Napraten", "", ""),
        ],
        "body": [
            (
                "paragraph",
                "<p>Elke regio heeft een eigen thuiszittersoverleg, maar ze verschillen sterk. "
                "Deze middag leren we van elkaar: wat maakt dat een overleg echt tot een aanbod "
                "leidt, en hoe houdt u ouders aan tafel?</p>",
            )
        ],
    },
    {
        "slug": "vroegsignalering-verzuim-zwolle",
        "title": "Leerplicht en school samen: vroegsignalering van verzuim",
        "intro": (
            "Een werkbijeenkomst voor de scholen die meedoen aan de pilot vroegsignalering in "
            "Zwolle en omgeving."
        ),
        "kind": "meeting",
        "days": 24,
        "time": ("14:00", "17:00"),
        "location": ("venue", "Stadskantoor Zwolle", "Lübeckplein 2", "Zwolle", "OV"),
        "organiser": "Gemeente Zwolle",
        "co_organisers": ["Scholengroep Vechtdal"],
        "audiences": ["Leerplichtambtenaren", "Schoolleiders"],
        "themes": [LEERPLICHT, PREVENTIE],
        "tags": ["vroegsignalering", "pilot"],
        "registration": {"mode": "site", "capacity": 30, "closed": True, "registrations": (21, 0)},
        "examples": ["kwartaalmonitor-thuiszitters-zwolle"],
        "body": [
            (
                "paragraph",
                "<p>De deelnemende scholen zijn persoonlijk uitgenodigd; daarom is de aanmelding "
                "gesloten. Het verslag verschijnt na afloop op deze pagina.</p>",
            )
        ],
    },
    {
        "slug": "landelijk-congres-samen-sluitend",
        "title": Text(
            "Landelijk congres Samen sluitend",
            "National conference: closing the gaps together",
        ),
        "intro": Text(
            "Twee dagen over een sluitende aanpak voor elk kind: lezingen, werkplaatsen en "
            "ontmoeting met collega's uit onderwijs, gemeenten en jeugdhulp uit het hele land.",
            "Two days on a watertight approach for every child: talks, workshops and meeting "
            "colleagues from education, municipalities and youth care from all over the country.",
        ),
        "kind": "conference",
        "days": 35,
        "end_days": 36,
        "time": ("09:30", "16:30"),
        "location": (
            "venue",
            "De Eenhoorn",
            "Barchman Wuytierslaan 10",
            "Amersfoort",
            "UT",
        ),
        "organiser": STEUNPUNT,
        "co_organisers": [PO_RAAD, VO_RAAD, NJI, INGRADO],
        "audiences": ["Bestuurders", "Schoolleiders", "Gemeenten", "Jeugdprofessionals"],
        "themes": [PACT, JEUGDHULP, BUDGETTEN],
        "tags": ["congres"],
        "cost": "195.00",
        "cost_note": Text(
            "voor twee dagen, inclusief lunch en het diner op dag één",
            "for both days, including lunch and dinner on day one",
        ),
        "registration": {
            "mode": "external",
            "url": "https://www.congres-samensluitend.example.nl/aanmelden",
        },
        "body": [
            (
                "paragraph",
                Text(
                    "<p>Op dag één staan de cijfers en het beleid centraal: hoe staat het met "
                    "het thuiszitterspact, en wat vraagt dat van bestuurders en gemeenten? Dag "
                    "twee is van de praktijk, met twintig werkplaatsen van regio's die laten zien "
                    "wat werkt.</p>"
                    "<p>Aanmelden gaat via de website van het congres.</p>",
                    "<p>Day one is about figures and policy: where does the out-of-school pact "
                    "stand, and what does it ask of boards and municipalities? Day two belongs "
                    "to practice, with twenty workshops by regions that show what works.</p>"
                    "<p>Registration is through the conference website.</p>",
                ),
            )
        ],
    },
    {
        "slug": "kennisdelingsbijeenkomst-onderwijs-zorgarrangementen",
        "title": "Kennisdelingsbijeenkomst onderwijs-zorgarrangementen",
        "intro": (
            "Hoe regel je onderwijs en zorg in één arrangement, met één rooster en één "
            "financiering? Drie regio's delen hun ervaringen."
        ),
        "kind": "meeting",
        "days": 42,
        "time": ("13:00", "16:00"),
        "status": "postponed",
        "status_reason": (
            "Twee sprekers zijn op deze datum verhinderd. We zoeken een nieuwe datum in het "
            "voorjaar; wie zich al aanmeldde, krijgt bericht en hoeft niets te doen."
        ),
        "location": ("venue", "Vergaderzalen Domstad", "Koningsweg 90", "Utrecht", "UT"),
        "organiser": LECSO,
        "co_organisers": [STEUNPUNT],
        "audiences": ["Bestuurders", "Jeugdprofessionals", "Gemeenten"],
        "themes": [ARRANGEMENTEN, BUDGETTEN],
        "tags": ["arrangementen", "speciaal onderwijs"],
        "registration": {"mode": "site", "capacity": 60, "registrations": (12, 0)},
        "examples": [
            "onderwijs-zorgarrangement-rivierenland",
            "onderwijs-op-de-zorgboerderij-fryslan",
        ],
        "body": [
            (
                "paragraph",
                "<p>Onderwijs op de zorgboerderij, een klas met leraar en jeugdhulpverlener "
                "samen: het kan, maar het vraagt afspraken over geld, verantwoordelijkheid en "
                "toezicht. Drie regio's vertellen hoe zij die afspraken maakten.</p>",
            )
        ],
    },
    {
        "slug": "ouderavond-als-je-kind-niet-naar-school-wil",
        "title": Text(
            "Ouderavond: wat als uw kind niet naar school wil?",
            "Evening for parents: what if your child won't go to school?",
        ),
        "intro": Text(
            "Een avond voor ouders, met een consulent van Ouders & Onderwijs, een "
            "leerplichtambtenaar en ouders die het zelf meemaakten.",
            "An evening for parents, with an adviser from Ouders & Onderwijs, an attendance "
            "officer and parents who have been through it themselves.",
        ),
        "kind": "meeting",
        "days": 49,
        "time": ("19:30", "21:30"),
        "location": ("venue", "Wijkcentrum Woensel", "Boschdijk 700", "Eindhoven", "NB"),
        "organiser": OUDERS_EN_ONDERWIJS,
        "co_organisers": ["Gemeente Eindhoven"],
        "audiences": ["Ouders"],
        "themes": [OUDERS, PREVENTIE],
        "tags": ["ouders", "schoolweigering"],
        "registration": {"mode": "site", "registrations": (14, 0)},
        "examples": ["ouderspreekuur-in-de-wijk-groningen", "vroegsignalering-verzuim-eindhoven"],
        "body": [
            (
                "paragraph",
                Text(
                    "<p>Buikpijn op maandagochtend, steeds vaker thuisblijven: veel ouders "
                    "herkennen het. Deze avond hoort u wat u zelf kunt doen, wat u van school mag "
                    "verwachten en bij wie u terechtkunt.</p>"
                    "<p>Er is geen maximum aantal deelnemers, maar meld u wel even aan, dan "
                    "zorgen we voor genoeg stoelen en koffie.</p>",
                    "<p>Stomach aches on Monday morning, staying at home more and more often: "
                    "many parents recognise it. This evening you will hear what you can do "
                    "yourself, what you may expect from the school and whom to turn to.</p>"
                    "<p>There is no limit on the number of participants, but please register so "
                    "that we have enough chairs and coffee.</p>",
                ),
            )
        ],
    },
    {
        "slug": "webinar-gezamenlijk-fonds-onderwijs-en-jeugd",
        "title": "Webinar: een gezamenlijk fonds voor onderwijs en jeugd",
        "intro": (
            "Gemeente en samenwerkingsverband in Utrecht zetten geld in één fonds. Hoe richt je "
            "dat in, en hoe verantwoord je het?"
        ),
        "kind": "webinar",
        "days": 56,
        "time": ("15:00", "16:15"),
        "location": ("online", "", "", "", None),
        "online_url": "https://meet.example.nl/steunpunt/gezamenlijk-fonds",
        "organiser": STEUNPUNT,
        "co_organisers": ["Gemeente Utrecht", "Samenwerkingsverband PO Utrecht Stad"],
        "audiences": ["Bestuurders", "Gemeenten"],
        "themes": [BUDGETTEN],
        "tags": ["webinar", "financiering"],
        "registration": {"mode": "site", "capacity": 250, "registrations": (64, 0)},
        "examples": ["gezamenlijk-fonds-utrecht"],
        "body": [
            (
                "paragraph",
                "<p>Een beleidsadviseur van de gemeente en de controller van het "
                "samenwerkingsverband vertellen hoe het fonds werkt, welke afspraken ze vastlegden "
                "en waar ze tegenaan liepen.</p>",
            )
        ],
    },
    {
        "slug": "jongerenpanel-praat-met-ons-niet-over-ons",
        "title": "Jongerenpanel: praat met ons, niet over ons",
        "intro": (
            "Vijf jongeren die thuiszaten vertellen wat hen weer op weg hielp, en gaan in gesprek "
            "met professionals uit onderwijs en jeugdhulp."
        ),
        "kind": "meeting",
        "days": 70,
        "time": ("14:00", "16:30"),
        "location": ("venue", "Jongerencentrum De Schans", "Schiedamse Vest 91", "Rotterdam", "ZH"),
        "organiser": "Stichting Openbaar Onderwijs Rijnmond",
        "co_organisers": [LANSBREKERS, GEDRAGSWERK],
        "audiences": ["Leraren", "Jeugdprofessionals", "Ondersteuningscoördinatoren"],
        "themes": [JONGEREN, TERUG],
        "tags": ["jongeren", "ervaringsdeskundigheid"],
        "registration": {"mode": "site", "capacity": 40, "registrations": (40, 6)},
        "examples": ["jongerenpanel-parkstad", "jongeren-interviewen-jongeren-amstelland"],
        "body": [
            (
                "paragraph",
                "<p>De jongeren bereidden het panel zelf voor, met begeleiding van de "
                "Lansbrekers. Na hun verhalen praat u in kleine groepen verder: wat neemt u "
                "mee naar uw eigen school of team?</p>"
                "<p>De zaal is vol. Zet u op de wachtlijst: komt er een plaats vrij, dan krijgt "
                "u daar automatisch bericht van.</p>",
            )
        ],
    },
    {
        "slug": "werkconferentie-thuiszitterspact-zeeland",
        "title": "Werkconferentie: drie jaar monitoren van het thuiszitterspact",
        "intro": (
            "Zeeuwse partners presenteren hun jaarlijkse monitor en bespreken met andere "
            "regio's welke cijfers echt helpen om te sturen."
        ),
        "kind": "meeting",
        "days": 84,
        "time": ("10:00", "15:00"),
        "location": ("to_follow", "", "", "Middelburg", "ZE"),
        "organiser": "Samenwerkingsverband VO Zeeuwse Eilanden",
        "co_organisers": [INGRADO],
        "audiences": ["Bestuurders", "Gemeenten", "Leerplichtambtenaren"],
        "themes": [PACT],
        "tags": ["monitor", "cijfers"],
        "cost": "35.00",
        "cost_note": "inclusief lunch; gratis voor Zeeuwse scholen",
        "registration": {"mode": "site", "capacity": 60},
        "examples": ["nulmeting-thuiszitterspact-zeeland"],
        "body": [
            (
                "paragraph",
                "<p>Na drie jaar meten weten de Zeeuwse partners welke cijfers iets zeggen en "
                "welke vooral werk kosten. Ze delen hun monitor, hun definities en de gesprekken "
                "die de cijfers op gang brachten.</p>"
                "<p>De conferentie is in Middelburg; de zaal maken we bekend zodra we weten "
                "hoeveel deelnemers er komen.</p>",
            )
        ],
    },
]

# Next year's action week, about three months ahead (starts on a Monday), with a few activities.
NEXT_ACTION_WEEK = {
    "slug": "landelijke-actieweek-thuiszitters",
    "title": "Landelijke Actieweek Thuiszitters",
    "intro": (
        "Een week lang laten regio's in het hele land zien hoe zij thuiszitten voorkomen en "
        "oplossen. Organiseert u zelf iets? Meld uw activiteit aan."
    ),
    "kind": "action_week",
    "days": 95,  # moved to the first whole school week (Monday to Friday) from this day
    "location": ("venue", "", "", "", None),
    "organiser": STEUNPUNT,
    "co_organisers": [PO_RAAD, VO_RAAD],
    "audiences": ["Bestuurders", "Leraren", "Schoolleiders", "Ouders", "Overig"],
    "themes": [PREVENTIE, PACT, JONGEREN],
    "tags": ["actieweek"],
    "contact_email": CONTACT,
    "body": [
        (
            "paragraph",
            "<p>Na de vorige edities is de actieweek terug. Scholen, samenwerkingsverbanden, "
            "gemeenten en landelijke partners openen hun deuren, organiseren gesprekken en delen "
            "wat werkt. Het overzicht van activiteiten groeit tot de week begint.</p>",
        )
    ],
}

NEXT_ACTIVITIES = [
    # As ACTIVITIES, with the day of the week (0 is Monday) first.
    (
        0,
        ("10:00", "12:00"),
        "aftrap-actieweek-leerlingen-aan-het-woord",
        "Aftrap: leerlingen aan het woord",
        "Leerlingen van Het Kompas openen de week met hun eigen verhaal over ondersteuning.",
        ("venue", "Het Kompas", "Kompasweg 3", "Arnhem", "GE"),
        "Het Kompas, school voor speciaal onderwijs",
        [],
        ["Leraren", "Schoolleiders", "Jeugdprofessionals"],
        [JONGEREN],
    ),
    (
        2,
        ("19:30", "21:00"),
        "oudercafe-actieweek-groningen",
        "Oudercafé in de wijk",
        "Ouders praten met elkaar en met een leerplichtambtenaar, bij een kop koffie.",
        ("venue", "Buurthuis De Hoogte", "Bedumerweg 30", "Groningen", "GR"),
        "Samenwerkingsverband PO Stad en Ommeland",
        [],
        ["Ouders", "Leerplichtambtenaren"],
        [OUDERS],
    ),
    (
        3,
        ("13:30", "16:00"),
        "ronde-tafel-mbo-lindeland",
        "Ronde tafel: thuiszitters in het mbo",
        "ROC Lindeland, gemeenten en jeugdhulp zoeken samen naar een plek voor jongeren zonder "
        "startkwalificatie.",
        ("venue", "ROC Lindeland", "Stationsstraat 2", "Almere", "FL"),
        "ROC Lindeland",
        ["Gemeente Zwolle"],
        ["Gemeenten", "Jeugdprofessionals", "Leerplichtambtenaren"],
        [TERUG, LEERPLICHT],
    ),
]

# Fictitious registrants: combined into unique names, with addresses at example.nl.
FIRST_NAMES = [
    "Anouk", "Bram", "Fatima", "Jeroen", "Lotte", "Mehmet", "Noor", "Sanne", "Tim", "Yara",
    "Daan", "Esra", "Hanneke", "Iris", "Joost", "Karim", "Linda", "Marloes", "Niels", "Priya",
    "Ruben", "Sophie", "Thijs", "Wendy", "Zeynep", "Bas", "Chantal", "Gerrit", "Ilse", "Mohamed",
]  # fmt: skip
LAST_NAMES = [
    "de Boer", "Bakker", "El Amrani", "Jansen", "de Vries", "Visser", "Yilmaz", "Smit",
    "van Dijk", "Mulder", "Bos", "Hoekstra", "Kaya", "Meijer", "de Graaf", "Peters", "van Leeuwen",
    "Dekker", "Brouwer", "Vermeulen", "Postma", "Öztürk", "Kuipers", "van den Berg",
]  # fmt: skip
REGISTRANT_ORGANISATIONS = [
    "Samenwerkingsverband PO Utrecht Stad",
    "Samenwerkingsverband VO Twente-Noord",
    "Gemeente Zwolle",
    "Gemeente Eindhoven",
    "Scholengroep Vechtdal",
    "Stichting Openbaar Onderwijs Rijnmond",
    "Het Kompas, school voor speciaal onderwijs",
    "ROC Lindeland",
    "Stichting Jeugdhulp Veluwezoom",
    "Jeugdgezondheidszorg Hunzedal",
    "Basisschool De Regenboog",
    "Wijkteam Noord",
]
ROLES = [
    "intern begeleider",
    "ondersteuningscoördinator",
    "leerplichtambtenaar",
    "beleidsadviseur onderwijs",
    "schoolleider",
    "mentor",
    "jeugdconsulent",
    "directeur-bestuurder",
    "orthopedagoog",
]
REMARKS = [
    "Ik ben vegetariër.",
    "Ik kom samen met een collega.",
    "Graag een plek dicht bij de uitgang, ik moet eerder weg.",
    "",
    "",
    "",
]
