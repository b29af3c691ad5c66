"""The demo development groups: the seed's cancelled group of 2020, a current group whose theme
vote is closed and a small one whose vote is open, with their members.

Pages name their taxa by key as events.demo_events does (theme slugs, the Dutch names of
audiences and organisations, province codes). Fixed dates belong to the seed; the other sessions
give `days` from today (moved to a Tuesday, Wednesday or Thursday on a school day, see
`demo.session_dates`), so the demo never goes stale. Page texts are `Text(Dutch, English)`: the
pages are translated. What is private (the members' questions, the proposals, the outcome) is
Dutch only, as members write it.

Questions and the ballot's dates count in days from the group's first session; an open vote's
deadline (`closes`) in days from today.
"""

import datetime

from demo.utils import Text
from home.demo import CONTACT_EMAIL as CONTACT

# One password for every demo account; `manage.py load_demo` prints the logins.
PASSWORD = "ontwikkelgroep-demo"

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

STEUNPUNT = "Steunpunt Passend Onderwijs"

INDEX = {
    "title": Text("Ontwikkelgroepen", "Development groups"),
    "intro": Text(
        "In een ontwikkelgroep werken samenwerkingsverbanden, gemeenten en jeugdhulp uit "
        "verschillende regio's een paar bijeenkomsten lang aan hun eigen vragen over thuiszitten. "
        "De deelnemers bepalen samen de thema's; wat de bijeenkomsten opleveren, blijft in de "
        "groep.",
        "In a development group, school alliances, municipalities and youth care from different "
        "regions work on their own questions about children out of school over a few sessions. "
        "The participants choose the themes together; what the sessions yield stays within the "
        "group.",
    ),
    "body": [
        ("heading", {"text": Text("Zo werkt het", "How it works"), "level": "h2"}),
        (
            "paragraph",
            Text(
                "<p>In de eerste bijeenkomst brengt iedere deelnemer een ontwikkelvraag uit de "
                "eigen regio mee. De begeleider bundelt de vragen tot een paar voorstellen voor "
                "thema's, en de deelnemers stemmen: de thema's met de meeste stemmen staan in de "
                "volgende bijeenkomsten centraal.</p>"
                "<p>Deelnemers loggen in op deze site. Daar stellen ze hun vragen, brengen ze hun "
                "stem uit en lezen ze de verslagen van de bijeenkomsten terug.</p>",
                "<p>At the first session every participant brings a development question from "
                "their own region. The facilitator groups the questions into a few proposed "
                "themes, and the participants vote: the themes with the most votes are the focus "
                "of the following sessions.</p>"
                "<p>Participants log in on this site. There they ask their questions, cast their "
                "votes and read the reports of the sessions.</p>",
            ),
        ),
    ],
}

# --- People ------------------------------------------------------------------------------------

# key: (first name, last name, e-mail); the e-mail address is the user name.
PEOPLE = {
    "sanne": ("Sanne", "de Vries", "sanne.devries@example.nl"),
    "joost": ("Joost", "Bakker", "joost.bakker@example.nl"),
    "fatima": ("Fatima", "El Amrani", "fatima.elamrani@example.nl"),
    "pieter": ("Pieter", "van Dijk", "pieter.vandijk@example.nl"),
    "anouk": ("Anouk", "Jansen", "anouk.jansen@example.nl"),
    "ruud": ("Ruud", "Hermans", "ruud.hermans@example.nl"),
    "esther": ("Esther", "Mulder", "esther.mulder@example.nl"),
    "karim": ("Karim", "Ouali", "karim.ouali@example.nl"),
    "linda": ("Linda", "Smit", "linda.smit@example.nl"),
    "bram": ("Bram", "Visser", "bram.visser@example.nl"),
    "mirjam": ("Mirjam", "Prins", "mirjam.prins@example.nl"),  # the facilitator
}

# --- The seed: 2020, cancelled because of corona -----------------------------------------------

CORONA = Text(
    "Vanwege de maatregelen rond het coronavirus gaan alle bijeenkomsten van het Steunpunt "
    "Passend Onderwijs tot de zomer niet door.",
    "Because of the coronavirus measures, none of the meetings of the Support Centre take place "
    "until the summer.",
)

SEED_GROUP = {
    "slug": "preventie-van-thuiszitten",
    "title": Text(
        "Ontwikkelgroep (preventie van) thuiszitten",
        "Development group on (preventing) children out of school",
    ),
    "intro": Text(
        "Samenwerkingsverbanden en gemeenten wisselen kennis uit over hun lokale aanpak van "
        "thuiszitten en over hoe ze het voorkomen. De groep zou in maart 2020 in Utrecht "
        "beginnen.",
        "School alliances and municipalities share what they know about their local approach to "
        "children out of school and about preventing it. The group was to start in Utrecht in "
        "March 2020.",
    ),
    "purpose": Text(
        "<p>Kennis uitwisselen over de lokale aanpak van (preventie van) thuiszitten en de "
        "samenwerking tussen regio's versterken: wat kunnen samenwerkingsverbanden en gemeenten "
        "van elkaar leren?</p>",
        "<p>To share knowledge about the local approach to (preventing) children out of school "
        "and to strengthen the cooperation between regions: what can school alliances and "
        "municipalities learn from each other?</p>",
    ),
    "status": "cancelled",
    "status_reason": Text(
        "Vanwege de maatregelen rond het coronavirus gaan alle bijeenkomsten van het Steunpunt "
        "Passend Onderwijs tot de zomer niet door. Daarom is deze ontwikkelgroep geannuleerd; het "
        "onderwerp komt terug in latere ontwikkelgroepen.",
        "Because of the coronavirus measures, none of the meetings of the Support Centre take "
        "place until the summer. This development group has therefore been cancelled; its "
        "subject returns in later development groups.",
    ),
    "audiences": [
        "Bestuurders",
        "Schoolleiders",
        "Ondersteuningscoördinatoren",
        "Leerplichtambtenaren",
        "Gemeenten",
    ],
    "audience_note": Text(
        "Onderwijs (schoolbesturen, scholen en samenwerkingsverbanden) en gemeenten, waaronder "
        "leerplicht",
        "Education (school boards, schools and school alliances) and municipalities, including "
        "attendance officers",
    ),
    "organiser": STEUNPUNT,
    "partners": ["VO-raad", "Ingrado", "Nederlands Jeugdinstituut (NJi)"],
    "themes": [PREVENTIE, JEUGDHULP, LEERPLICHT],
    "planned_sessions": 3,
    "capacity": 20,
    "registration_state": "full",
    "cost_note": Text(
        "Er zijn geen kosten verbonden aan deelname.", "Taking part is free of charge."
    ),
    "contact_email": CONTACT,
    "published": datetime.date(2020, 1, 20),
    "body": [
        (
            "paragraph",
            Text(
                "<p>Minder leerlingen die thuiszitten, en voorkomen dat het zover komt: dat is een "
                "ingewikkeld en weerbarstig vraagstuk. Leerlingen raken om heel verschillende "
                "redenen thuis, en vaak lukt een duurzame terugkeer alleen als onderwijs en "
                "jeugdhulp samen een aanbod maken.</p>"
                "<p>Overal in het land wordt naar oplossingen gezocht. Het onderzoek <i>Impuls "
                "thuiszitten</i> (Regioplan, 2019) liet zien dat regio's en "
                "samenwerkingsverbanden veel behoefte hebben aan kennisdeling. Daarom start het "
                "Steunpunt deze ontwikkelgroep.</p>",
                "<p>Fewer pupils out of school, and preventing it from coming to that: it is a "
                "complicated and stubborn question. Pupils end up at home for very different "
                "reasons, and a lasting return often only works when education and youth care "
                "build an offer together.</p>"
                "<p>All over the country people are looking for solutions. The study <i>Impuls "
                "thuiszitten</i> (Regioplan, 2019) showed that regions and school alliances have a "
                "great need to share knowledge. That is why the Support Centre starts this "
                "development group.</p>",
            ),
        ),
        ("heading", {"text": Text("Hoe werkt het?", "How does it work?"), "level": "h2"}),
        (
            "paragraph",
            Text(
                "<p>De eerste bijeenkomst draait om de ontwikkelvragen van de deelnemers. Daaruit "
                "kiezen we samen de thema's van de twee bijeenkomsten die volgen. We combineren "
                "ervaringen uit de praktijk met uitkomsten van onderzoek, en laten ruim tijd om "
                "vragen met elkaar te bespreken.</p>"
                "<p>Het Steunpunt neemt deel aan het landelijk thuiszittersoverleg. De partners "
                "uit dat overleg brengen hun kennis in tijdens de bijeenkomsten. De VO-raad is "
                "gastheer.</p>",
                "<p>The first session revolves around the participants' development questions. "
                "From them we choose the themes of the two sessions that follow together. We "
                "combine experience from practice with findings from research, and leave plenty "
                "of time to discuss questions with each other.</p>"
                "<p>The Support Centre takes part in the national consultation on children out of "
                "school. The partners in that consultation bring in their knowledge during the "
                "sessions. The VO-raad is the host.</p>",
            ),
        ),
    ],
    "sessions": [
        {
            "slug": "eerste-bijeenkomst",
            "title": Text(
                "Ontwikkelgroep thuiszitten: eerste bijeenkomst",
                "Development group on children out of school: first session",
            ),
            "intro": Text(
                "Kennismaken en de ontwikkelvragen van de deelnemers op tafel: daaruit kiezen we "
                "de thema's van de volgende bijeenkomsten.",
                "Getting to know each other and putting the participants' development questions "
                "on the table: from them we choose the themes of the following sessions.",
            ),
            "date": datetime.date(2020, 3, 25),
            "time": ("12:30", "15:30"),
            "status": "cancelled",
            "status_reason": CORONA,
            "location": ("venue", "VO-raad", "Aidadreef 4", "Utrecht", "UT"),
            "themes": [PREVENTIE],
            "examples": [
                "regios-leren-van-elkaar-ontwikkelgroep",
                "thuiszitterstafel-zuidoost-drenthe",
            ],
            "programme": [
                ("12:30", Text("Inloop met lunch", "Arrival and lunch"), "", ""),
                (
                    "13:00",
                    Text("Welkom en kennismaking", "Welcome and introductions"),
                    "",
                    STEUNPUNT,
                ),
                (
                    "13:30",
                    Text("Ontwikkelvragen in tweetallen", "Development questions in pairs"),
                    Text(
                        "Iedere deelnemer scherpt de eigen vraag aan met een collega uit een "
                        "andere regio.",
                        "Each participant sharpens their question with a colleague from another "
                        "region.",
                    ),
                    "",
                ),
                (
                    "14:30",
                    Text("Thema's kiezen", "Choosing the themes"),
                    Text(
                        "Welke vragen komen vaker terug? Daarover gaan de volgende bijeenkomsten.",
                        "Which questions keep coming back? They are what the next sessions are "
                        "about.",
                    ),
                    "",
                ),
                ("15:15", Text("Afsluiting", "Closing"), "", ""),
            ],
        },
        {
            "slug": "tweede-bijeenkomst",
            "title": Text(
                "Ontwikkelgroep thuiszitten: tweede bijeenkomst",
                "Development group on children out of school: second session",
            ),
            "intro": Text(
                "Het thema van deze bijeenkomst zou in de eerste bijeenkomst gekozen worden.",
                "The theme of this session was to be chosen at the first session.",
            ),
            "date": datetime.date(2020, 5, 27),
            "time": ("12:30", "15:30"),
            "status": "cancelled",
            "status_reason": CORONA,
            "location": ("to_follow", "", "", "Utrecht", "UT"),
            "themes": [],
        },
        {
            "slug": "derde-bijeenkomst",
            "title": Text(
                "Ontwikkelgroep thuiszitten: derde bijeenkomst",
                "Development group on children out of school: third session",
            ),
            "intro": Text(
                "De laatste bijeenkomst van de ontwikkelgroep, na de zomer.",
                "The last session of the development group, after the summer.",
            ),
            "date": datetime.date(2020, 10, 7),
            "time": ("12:30", "15:30"),
            "status": "cancelled",
            "status_reason": Text(
                "Omdat de eerste twee bijeenkomsten niet doorgingen, konden de deelnemers geen "
                "thema's kiezen. De ontwikkelgroep stopt daarom in deze vorm; het onderwerp komt "
                "terug in latere ontwikkelgroepen.",
                "As the first two sessions did not take place, the participants could not choose "
                "any themes. The development group therefore stops in this form; its subject "
                "returns in later development groups.",
            ),
            "location": ("to_follow", "", "", "Utrecht", "UT"),
            "themes": [],
        },
    ],
}

# --- The current group: four sessions, the vote closed, an outcome -----------------------------

RETURN_GROUP = {
    "slug": "terugkeer-naar-onderwijs",
    "title": Text(
        "Ontwikkelgroep terugkeer naar onderwijs {year}",
        "Development group on the return to education {year}",
    ),
    "intro": Text(
        "Zeven regio's werken dit schooljaar samen aan één vraag: hoe helpen we leerlingen die "
        "thuiszitten duurzaam terug naar school?",
        "Seven regions work together this school year on one question: how do we help pupils "
        "who are out of school back to school for good?",
    ),
    "purpose": Text(
        "<p>Van elkaar leren hoe een terugkeer naar school slaagt: met een plan in kleine "
        "stappen, één regisseur, en afspraken tussen school, jeugdhulp en gemeente die ook na de "
        "eerste weken overeind blijven.</p>",
        "<p>To learn from each other how a return to school succeeds: with a plan in small "
        "steps, one person in charge, and agreements between school, youth care and municipality "
        "that still stand after the first weeks.</p>",
    ),
    "audiences": [
        "Ondersteuningscoördinatoren",
        "Leerplichtambtenaren",
        "Gemeenten",
        "Jeugdprofessionals",
    ],
    "audience_note": Text(
        "Samenwerkingsverbanden PO en VO, gemeenten (leerplicht en beleid) en jeugdhulp",
        "Primary and secondary school alliances, municipalities (attendance and policy) and "
        "youth care",
    ),
    "organiser": STEUNPUNT,
    "partners": ["PO-Raad", "VO-raad", "Ingrado", "Ouders & Onderwijs"],
    "themes": [TERUG, LEERPLICHT, OUDERS],
    "planned_sessions": 4,
    "capacity": 16,
    "registration_state": "closed",
    "cost_note": Text("Deelname is gratis.", "Taking part is free of charge."),
    "contact_email": CONTACT,
    "published": -75,
    "body": [
        ("heading", {"text": Text("Hoe werken we?", "How do we work?"), "level": "h2"}),
        (
            "paragraph",
            Text(
                "<p>In de eerste bijeenkomst brachten de deelnemers hun ontwikkelvragen in. De "
                "begeleider bundelde ze tot vijf voorstellen, en de deelnemers kozen er met hun "
                "stemmen drie: die staan centraal in de volgende bijeenkomsten.</p>"
                "<p>De partners van het landelijk thuiszittersoverleg schuiven aan met hun kennis "
                "en ervaring. Na elke bijeenkomst verschijnt hier een korte samenvatting.</p>",
                "<p>At the first session the participants brought in their development questions. "
                "The facilitator grouped them into five proposals, and with their votes the "
                "participants chose three: they are the focus of the following sessions.</p>"
                "<p>The partners in the national consultation on children out of school join in "
                "with their knowledge and experience. After each session a short summary appears "
                "here.</p>",
            ),
        ),
        ("heading", {"text": Text("Meedoen?", "Taking part?"), "level": "h2"}),
        (
            "paragraph",
            Text(
                "<p>De groep is gestart en aanmelden kan niet meer. Wilt u meedoen aan een "
                "volgende ontwikkelgroep? Mail ons, dan houden we u op de hoogte.</p>",
                "<p>The group has started and registration has closed. Would you like to take "
                "part in a future development group? E-mail us and we will keep you posted.</p>",
            ),
        ),
    ],
    "members": ["sanne", "joost", "fatima", "pieter", "anouk", "ruud", "esther"],
    "facilitators": ["mirjam"],
    "sessions": [
        {
            "slug": "eerste-bijeenkomst",
            "title": Text(
                "Terugkeer naar onderwijs: eerste bijeenkomst",
                "Return to education: first session",
            ),
            "intro": Text(
                "Kennismaken en de ontwikkelvragen van de deelnemers: waar loopt de terugkeer van "
                "thuiszitters in hun regio vast?",
                "Getting to know each other and the participants' development questions: where "
                "does the return of children out of school get stuck in their region?",
            ),
            "days": -30,
            "time": ("13:00", "16:00"),
            "location": ("venue", "Vergaderzalen Domstad", "Koningsweg 90", "Utrecht", "UT"),
            "themes": [TERUG],
            "examples": ["regios-leren-van-elkaar-ontwikkelgroep"],
            "programme": [
                ("13:00", Text("Inloop", "Arrival"), "", ""),
                ("13:15", Text("Kennismaking", "Introductions"), "", "Mirjam Prins"),
                (
                    "13:45",
                    Text("Ontwikkelvragen in tweetallen", "Development questions in pairs"),
                    Text(
                        "Iedere deelnemer scherpt de eigen vraag aan met een collega uit een "
                        "andere regio.",
                        "Each participant sharpens their question with a colleague from another "
                        "region.",
                    ),
                    "",
                ),
                (
                    "15:00",
                    Text("Van vragen naar thema's", "From questions to themes"),
                    "",
                    "Mirjam Prins",
                ),
                ("15:45", Text("Afsluiting", "Closing"), "", ""),
            ],
        },
        {
            "slug": "tweede-bijeenkomst",
            "title": Text(
                "Terugkeer naar onderwijs: stapsgewijs terug naar school",
                "Return to education: back to school step by step",
            ),
            "intro": Text(
                "Roosters op maat, onderwijs op afstand als tijdelijke brug en een overdracht die "
                "warm blijft: hoe bouw je een terugkeer in kleine stappen?",
                "Tailored timetables, remote education as a temporary bridge and a handover that "
                "stays personal: how do you build a return in small steps?",
            ),
            "days": 16,
            "time": ("13:00", "16:00"),
            "location": ("venue", "VO-raad", "Aidadreef 4", "Utrecht", "UT"),
            "themes": [TERUG, ARRANGEMENTEN],
            "examples": ["reintegratieplan-in-stappen-vechtdal"],
            "programme": [
                ("13:00", Text("Inloop", "Arrival"), "", ""),
                (
                    "13:15",
                    Text("Een terugkeerplan in stappen", "A return plan in steps"),
                    Text(
                        "Hoe Scholengroep Vechtdal met leerling, ouders en jeugdhulp een plan "
                        "maakt.",
                        "How Scholengroep Vechtdal makes a plan with the pupil, the parents and "
                        "youth care.",
                    ),
                    "Scholengroep Vechtdal",
                ),
                (
                    "14:15",
                    Text("Casussen aan tafel", "Cases at the table"),
                    Text(
                        "Deelnemers bespreken een terugkeer uit de eigen regio.",
                        "Participants discuss a return from their own region.",
                    ),
                    "",
                ),
                ("15:30", Text("Wat nemen we mee?", "What do we take home?"), "", ""),
            ],
        },
        {
            "slug": "derde-bijeenkomst",
            "title": Text(
                "Terugkeer naar onderwijs: regie en doorzettingsmacht",
                "Return to education: who is in charge, and who decides",
            ),
            "intro": Text(
                "Wie houdt de regie als een terugkeer vastloopt, en wanneer zet je "
                "doorzettingsmacht in?",
                "Who is in charge when a return gets stuck, and when do you use the power to "
                "break a deadlock?",
            ),
            "days": 58,
            "time": ("13:00", "16:00"),
            "location": ("venue", "Stadskantoor Zwolle", "Lübeckplein 2", "Zwolle", "OV"),
            "themes": [LEERPLICHT, PACT],
            "examples": ["doorzettingsmacht-twente-noord"],
        },
        {
            "slug": "vierde-bijeenkomst",
            "title": Text(
                "Terugkeer naar onderwijs: ouders en jongeren aan tafel",
                "Return to education: parents and young people at the table",
            ),
            "intro": Text(
                "Hoe praten leerling en ouders mee over elke stap terug, ook als het vertrouwen "
                "in school klein is?",
                "How do pupils and parents have a say in every step back, even when their trust "
                "in school is low?",
            ),
            "days": 100,
            "time": ("13:00", "16:00"),
            "location": ("to_follow", "", "", "Eindhoven", "NB"),
            "themes": [OUDERS, JONGEREN],
        },
    ],
    "ballot": {
        "state": "closed",
        "questions_open": False,
        "votes_per_member": 3,
        "opened": 2,  # days after the first session
        "closed": 14,
    },
    # (author, question, days from the first session)
    "questions": [
        (
            "sanne",
            "Hoe houden we een leerling die al maanden thuiszit in beeld als school en ouders "
            "elkaar niet meer vertrouwen?",
            -9,
        ),
        (
            "joost",
            "Wanneer schakel je als leerplicht de doorzettingsmacht in, en wie beslist er dan "
            "eigenlijk?",
            -8,
        ),
        (
            "fatima",
            "Hoe financieren gemeente en samenwerkingsverband samen een tussenvoorziening, zonder "
            "elk jaar opnieuw over het geld te onderhandelen?",
            -8,
        ),
        (
            "pieter",
            "Welke afspraken maak je met de jeugdhulp over wie de regie houdt tijdens een "
            "terugkeertraject?",
            -7,
        ),
        (
            "anouk",
            "Hoe bouw je een rooster op voor een leerling die in kleine stappen terugkomt, zonder "
            "dat de school het na drie weken loslaat?",
            -6,
        ),
        (
            "ruud",
            "Hoe krijgen we jeugdhulp in de school zonder voor elk kind een aparte indicatie?",
            -5,
        ),
        (
            "esther",
            "Wat werkt om jongeren zelf te laten meepraten over hun terugkeerplan?",
            -5,
        ),
        (
            "sanne",
            "Hoe zorg je dat de overdracht van de tussenvoorziening naar de reguliere school echt "
            "warm blijft?",
            -3,
        ),
        (
            "joost",
            "Welke cijfers over thuiszitters helpen om te sturen, en welke zeggen weinig?",
            -2,
        ),
        (
            "fatima",
            "Hoe betrekken we ouders die zelf slechte ervaringen met school hebben?",
            -1,
        ),
        (
            "pieter",
            "Hoe voorkom je dat een vrijstelling van de leerplicht de makkelijkste uitweg wordt?",
            0,
        ),
        (
            "anouk",
            "Onderwijs op afstand als tijdelijke brug: hoe zorgen we dat het een brug blijft en "
            "geen eindstation wordt?",
            0,
        ),
    ],
    # key: (title, description, the numbers of its questions above, from 1)
    "proposals": {
        "regie": (
            "Regie en doorzettingsmacht",
            "Wie houdt de regie tijdens een terugkeer, wie beslist als het vastloopt, en hoe "
            "voorkom je dat een vrijstelling de uitweg wordt?",
            [2, 4, 11],
        ),
        "stappen": (
            "Stapsgewijs terug naar school",
            "Roosters op maat, onderwijs op afstand als tijdelijke brug en een warme overdracht "
            "naar de reguliere school.",
            [5, 8, 12],
        ),
        "budget": (
            "Samen financieren",
            "Eén budget van gemeente en samenwerkingsverband voor tussenvoorzieningen en "
            "jeugdhulp in de school.",
            [3, 6],
        ),
        "ouders": (
            "Ouders en jongeren aan tafel",
            "Vertrouwen herstellen en leerling en ouders laten meepraten over elke stap.",
            [1, 7, 10],
        ),
        "cijfers": (
            "Sturen op cijfers",
            "Welke gegevens over thuiszitters helpen de regio echt verder?",
            [9],
        ),
    },
    # Each member's votes (at most votes_per_member); the tally: stappen 6, regie 5, ouders 4,
    # budget 2, cijfers 1.
    "votes": {
        "sanne": ["stappen", "ouders", "regie"],
        "joost": ["regie", "cijfers", "stappen"],
        "fatima": ["budget", "ouders", "regie"],
        "pieter": ["regie", "stappen"],
        "anouk": ["stappen", "ouders", "regie"],
        "ruud": ["budget", "stappen"],
        "esther": ["ouders", "stappen"],
    },
    # The chosen proposals, in the order of the tally, for the sessions after the first.
    "chosen": {"stappen": 1, "regie": 2, "ouders": 3},
    "outcome": {
        "session": 0,
        "summary": (
            "<p>Zeven regio's brachten hun vragen over de terugkeer van thuiszitters mee. In "
            "tweetallen scherpten de deelnemers hun vraag aan; daarna legden we de vragen naast "
            "elkaar. Twaalf vragen kwamen op de lijst, en die bundelden we na afloop tot vijf "
            "voorstellen voor thema's.</p>"
        ),
        "insights": (
            "<ul><li>Bijna elke regio noemt de overdracht van tussenvoorziening naar reguliere "
            "school als zwakke plek: daar gaat het vaak mis.</li>"
            "<li>Waar één persoon de regie heeft over het hele traject, lukt een terugkeer vaker. "
            "Wie dat is, verschilt per regio.</li>"
            "<li>Onderwijs op afstand helpt als tijdelijke brug, maar alleen met een einddatum en "
            "een plan voor de stap daarna.</li></ul>"
        ),
        "actions": (
            "<ol><li>Iedere regio brengt in kaart hoeveel leerlingen nu thuiszitten en hoe lang "
            "al.</li>"
            "<li>Mirjam Prins bundelt de vragen tot voorstellen en opent de stemming.</li>"
            "<li>Joost Bakker deelt het werkproces doorzettingsmacht van Zwolle met de "
            "groep.</li></ol>"
        ),
        # Shown to everyone, also on the English page: see `tests/home/test_demo.py`.
        "public_summary": (
            "Zeven regio's brachten hun vragen over terugkeer naar school mee. Uit die vragen "
            "kwamen vijf mogelijke thema's. De deelnemers kozen er drie, die de komende "
            "bijeenkomsten centraal staan: stapsgewijs terug naar school, regie en "
            "doorzettingsmacht, en ouders en jongeren aan tafel. Opvallend: bijna elke regio "
            "noemde de overdracht van tussenvoorziening naar reguliere school als zwakke plek."
        ),
        "documents": [
            (
                "Verslag eerste bijeenkomst ontwikkelgroep terugkeer naar onderwijs",
                "verslag-eerste-bijeenkomst-terugkeer",
                [
                    "Alleen voor de deelnemers van de ontwikkelgroep.",
                    "Aanwezig: zeven regio's, met ondersteuningscoördinatoren, "
                    "leerplichtambtenaren, beleidsadviseurs en jeugdhulp. Begeleiding: Mirjam "
                    "Prins, Steunpunt Passend Onderwijs.",
                    "De ontwikkelvragen: twaalf vragen, van regie en doorzettingsmacht tot het "
                    "betrekken van ouders die zelf slechte ervaringen met school hebben. De "
                    "volledige lijst staat op de pagina van de groep.",
                    "Wat opviel: de overdracht van tussenvoorziening naar reguliere school is in "
                    "bijna elke regio de zwakke plek. Waar een vaste regisseur het traject "
                    "volgt, lukt een terugkeer vaker.",
                    "Afspraken: iedere regio brengt het aantal thuiszitters en de duur in kaart; "
                    "de begeleider bundelt de vragen tot voorstellen; Zwolle deelt het "
                    "werkproces doorzettingsmacht.",
                ],
            )
        ],
    },
}

# --- A small group whose theme vote is open ----------------------------------------------------

YOUTH_CARE_GROUP = {
    "slug": "onderwijs-en-jeugdhulp-samen",
    "title": Text(
        "Ontwikkelgroep onderwijs en jeugdhulp samen {year}",
        "Development group on education and youth care together {year}",
    ),
    "intro": Text(
        "Vier regio's zoeken uit hoe school en jeugdhulp samen één aanbod rond een leerling "
        "maken, in de klas en daarbuiten.",
        "Four regions find out how school and youth care build one offer around a pupil "
        "together, in the classroom and beyond.",
    ),
    "purpose": Text(
        "<p>Afspraken maken die werken: over jeugdhulp in de school, één aanspreekpunt voor "
        "ouders, het delen van gegevens en het samen financieren van wat een leerling nodig "
        "heeft.</p>",
        "<p>To make agreements that work: on youth care in school, one point of contact for "
        "parents, sharing information and funding together what a pupil needs.</p>",
    ),
    "audiences": ["Jeugdprofessionals", "Ondersteuningscoördinatoren", "Gemeenten"],
    "audience_note": Text(
        "Samenwerkingsverbanden, gemeenten en jeugdhulpaanbieders",
        "School alliances, municipalities and youth care providers",
    ),
    "organiser": STEUNPUNT,
    "partners": ["Nederlands Jeugdinstituut (NJi)", "LECSO"],
    "themes": [JEUGDHULP, BUDGETTEN],
    "planned_sessions": 3,
    "capacity": 12,
    "registration_state": "open",
    "cost_note": Text("Deelname is gratis.", "Taking part is free of charge."),
    "contact_email": CONTACT,
    "published": -40,
    "body": [
        (
            "paragraph",
            Text(
                "<p>De groep is klein begonnen en er is nog plaats. Werkt u in een "
                "samenwerkingsverband, een gemeente of bij een jeugdhulpaanbieder en wilt u "
                "aansluiten? Mail ons; de volgende bijeenkomsten kunt u nog meemaken.</p>",
                "<p>The group started small and there is still room. Do you work at a school "
                "alliance, a municipality or a youth care provider and would you like to join? "
                "E-mail us; you can still take part in the next sessions.</p>",
            ),
        ),
    ],
    "members": ["sanne", "karim", "linda", "bram"],
    "facilitators": ["mirjam"],
    "sessions": [
        {
            "slug": "eerste-bijeenkomst",
            "title": Text(
                "Onderwijs en jeugdhulp samen: eerste bijeenkomst",
                "Education and youth care together: first session",
            ),
            "intro": Text(
                "Kennismaken en de ontwikkelvragen van de deelnemers verzamelen.",
                "Getting to know each other and collecting the participants' development "
                "questions.",
            ),
            "days": -14,
            "time": ("14:00", "16:30"),
            "location": ("venue", "Het Kompas", "Beekstraat 12", "Arnhem", "GE"),
            "themes": [JEUGDHULP],
        },
        {
            "slug": "tweede-bijeenkomst",
            "title": Text(
                "Onderwijs en jeugdhulp samen: tweede bijeenkomst",
                "Education and youth care together: second session",
            ),
            "intro": Text(
                "Het thema kiezen de deelnemers nu met hun stemmen.",
                "The participants are choosing the theme with their votes now.",
            ),
            "days": 33,
            "time": ("14:00", "16:30"),
            "location": ("to_follow", "", "", "Utrecht", "UT"),
            "themes": [JEUGDHULP],
        },
        {
            "slug": "derde-bijeenkomst",
            "title": Text(
                "Onderwijs en jeugdhulp samen: derde bijeenkomst",
                "Education and youth care together: third session",
            ),
            "intro": Text(
                "Het thema kiezen de deelnemers nu met hun stemmen.",
                "The participants are choosing the theme with their votes now.",
            ),
            "days": 75,
            "time": ("14:00", "16:30"),
            "location": ("to_follow", "", "", "Utrecht", "UT"),
            "themes": [JEUGDHULP],
        },
    ],
    "ballot": {
        "state": "open",
        "questions_open": True,  # questions stay welcome for the sessions after these
        "votes_per_member": 2,
        "opened": 10,
        "closes": 10,  # days from today: voting is possible until then, 17:00
    },
    "questions": [
        (
            "karim",
            "Hoe krijgen we een jeugdhulpverlener vast in de klas, zonder dat elk kind eerst een "
            "beschikking nodig heeft?",
            -4,
        ),
        (
            "linda",
            "Ouders moeten nu bij school én bij het wijkteam hun verhaal doen. Hoe maken we daar "
            "één aanspreekpunt van?",
            -3,
        ),
        (
            "bram",
            "Welke gegevens mogen school en jeugdhulp met elkaar delen, en hoe vragen we daar "
            "goed toestemming voor?",
            -2,
        ),
        (
            "sanne",
            "Hoe verdelen gemeente en samenwerkingsverband de kosten van een arrangement waarin "
            "onderwijs en zorg samenkomen?",
            -1,
        ),
        (
            "karim",
            "Hoe voorkomen we dat het wijkteam pas hoort dat een leerling thuiszit als het al "
            "maanden duurt?",
            0,
        ),
        (
            "linda",
            "Wat vraagt het van leraren als er een jeugdhulpverlener in de klas meedraait?",
            0,
        ),
        (
            "bram",
            "Kunnen we met één plan per leerling werken in plaats van een "
            "ontwikkelingsperspectief en een apart hulpverleningsplan?",
            1,
        ),
    ],
    "proposals": {
        "klas": (
            "Jeugdhulp in de klas",
            "Een vaste jeugdhulpverlener op school: wat vraagt dat van leraren, en hoe regel je "
            "het zonder beschikking per kind?",
            [1, 6],
        ),
        "loket": (
            "Eén aanspreekpunt voor ouders",
            "School en wijkteam als één loket, met één plan per leerling.",
            [2, 5, 7],
        ),
        "gegevens": (
            "Gegevens delen met toestemming",
            "Wat mag, wat moet, en hoe vraag je ouders en leerling om toestemming?",
            [3],
        ),
        "geld": (
            "Samen financieren",
            "De kosten van arrangementen met onderwijs en zorg eerlijk verdelen.",
            [4],
        ),
    },
    # Sanne and Bram have not voted yet: log in as Sanne to try it.
    "votes": {"karim": ["klas", "loket"], "linda": ["loket", "gegevens"]},
    "chosen": {},
}

GROUPS = [SEED_GROUP, RETURN_GROUP, YOUTH_CARE_GROUP]
