"""The texts of the demo scan: the page, five domains with their statements and advice.

Statements describe practice a team can observe ("We bespreken ..."), not opinions. Each
statement has a fixed key, so rewording it keeps its identity across versions (see
questionnaire.py). `OLD_WORDING` and `ADDED_LATER` describe the first version of the
questionnaire, which the older demo responses were given with.

Advice is rich text; `{themes}`, `{examples}` and `{agenda}` become page links (to the theme
overview, the practice examples and the agenda, or the theme overview where those are missing).
"""

from demo.utils import Text

PREVENTIE = "preventie-van-verzuim-en-thuiszitten"
TERUG = "terug-naar-onderwijs"
JEUGDHULP = "onderwijs-en-jeugdhulp-samen"
BUDGETTEN = "budgetten-combineren"
PACT = "thuiszitterspact"
OUDERS = "ouderbetrokkenheid"
LEERPLICHT = "leerplicht-en-verzuimaanpak"
ARRANGEMENTEN = "onderwijs-zorgarrangementen"
JONGEREN = "stem-van-jongeren"

PAGE = {
    "title": Text("Scan Passend Onderwijs", "Appropriate Education Scan"),
    "menu_title": Text("Scan", "Scan"),
    "intro": Text(
        "Hoe staat passend onderwijs er op uw school voor? Beantwoord stellingen over de "
        "dagelijkse praktijk en krijg per domein een score, een advies en voorbeelden van "
        "scholen die u verder kunnen helpen.",
        "How is appropriate education going at your school? Answer statements about everyday "
        "practice and get a score for each domain, advice, and examples from schools that can "
        "help you further.",
    ),
    "body": Text(
        "<h2>Zo werkt het</h2>"
        "<p>De scan heeft vijf domeinen, van de basisondersteuning tot de terugkeer van een "
        "thuiszitter naar school. Bij elke stelling kiest u hoe goed die de praktijk op uw school "
        "beschrijft. Past een stelling niet bij uw school, kies dan ‘Niet van toepassing’. Het "
        "invullen duurt ongeveer twintig minuten.</p>"
        "<ul>"
        "<li>Vul de scan bij voorkeur samen in, bijvoorbeeld met de intern begeleider of "
        "ondersteuningscoördinator en een leraar.</li>"
        "<li>U heeft geen account nodig. U krijgt een persoonlijke link waarmee u later verder "
        "kunt gaan en uw resultaat terugvindt. Bewaar die link goed: wie de link heeft, kan het "
        "resultaat bekijken.</li>"
        "<li>We vragen geen naam van school of persoon. Alleen als u wilt, kiest u uw sector en "
        "provincie: dan vergelijkt u uw uitkomst ook met die van vergelijkbare scholen.</li>"
        "<li>Doe de scan over een jaar opnieuw en zie wat er veranderd is.</li>"
        "</ul>",
        "<h2>How it works</h2>"
        "<p>The scan has five domains, from basic support to the return of a pupil who has been "
        "out of school. For each statement you choose how well it describes practice at your "
        "school. If a statement does not fit your school, choose ‘Not applicable’. It takes "
        "about twenty minutes.</p>"
        "<ul>"
        "<li>Ideally, fill it in together, for example with the internal support coordinator "
        "and a teacher.</li>"
        "<li>You need no account. You get a personal link to continue later and to find your "
        "result again. Keep that link safe: anyone who has it can see the result.</li>"
        "<li>We ask for no name of a school or a person. Only if you wish, you choose your "
        "sector and province: then you also compare your outcome with similar schools.</li>"
        "<li>Take the scan again in a year and see what has changed.</li>"
        "</ul>",
    ),
    "result_intro": Text(
        "<p>Hieronder ziet u per domein de score van uw school, van 0 tot 100, met een advies "
        "voor de volgende stap. De score is een hulpmiddel voor het gesprek in uw team, geen "
        "oordeel.</p>"
        "<p>De vergelijking met andere scholen tonen we alleen waar genoeg andere scans zijn, "
        "zodat geen enkele school herkenbaar is.</p>",
        "<p>Below you see your school's score for each domain, from 0 to 100, with advice on the "
        "next step. The score is a tool for the conversation in your team, not a judgement.</p>"
        "<p>We show the comparison with other schools only where there are enough other scans, "
        "so that no single school can be recognised.</p>",
    ),
}

# key, title, intro, themes, statements [(key, Text)], advice {level: Text}; the mean answer
# (1-4) of the generated responses and how often a statement is "not applicable".
DOMAINS = [
    {
        "key": "basisondersteuning",
        "title": Text("Basisondersteuning", "Basic support"),
        "intro": Text(
            "Wat elke leerling op uw school kan verwachten, zonder aparte aanvraag of indicatie.",
            "What every pupil at your school can expect, without a separate application or "
            "assessment.",
        ),
        "themes": [PREVENTIE, ARRANGEMENTEN],
        "statements": [
            (
                "basis-uitleg",
                Text(
                    "Elke leraar kan in eigen woorden uitleggen welke ondersteuning onze school "
                    "iedere leerling biedt.",
                    "Every teacher can explain in their own words what support our school offers "
                    "every pupil.",
                ),
            ),
            (
                "basis-profiel",
                Text(
                    "Ons schoolondersteuningsprofiel is actueel en staat in begrijpelijke taal "
                    "op de website.",
                    "Our school support profile is up to date and on the website in plain "
                    "language.",
                ),
            ),
            (
                "basis-signaal",
                Text(
                    "Een zorg over een leerling bespreken we binnen twee weken met de intern "
                    "begeleider of ondersteuningscoördinator.",
                    "We discuss a concern about a pupil with the internal support coordinator "
                    "within two weeks.",
                ),
            ),
            (
                "basis-lessen",
                Text(
                    "Leraren krijgen tijd en begeleiding om hun lessen af te stemmen op de "
                    "verschillen tussen leerlingen.",
                    "Teachers get time and coaching to adapt their lessons to the differences "
                    "between pupils.",
                ),
            ),
            (
                "basis-plan",
                Text(
                    "Afspraken over extra ondersteuning leggen we vast in een plan, dat we "
                    "minstens twee keer per jaar met ouders en leerling evalueren.",
                    "We record agreements on extra support in a plan, which we review with the "
                    "parents and the pupil at least twice a year.",
                ),
            ),
            (
                "basis-expertise",
                Text(
                    "We weten welke expertise het samenwerkingsverband biedt en vragen die op "
                    "tijd aan.",
                    "We know what expertise the school alliance offers and ask for it in time.",
                ),
            ),
            (
                "basis-leerling",
                Text(
                    "Leerlingen vertellen zelf wat hen helpt en wat niet, en dat nemen we op in "
                    "hun plan.",
                    "Pupils say for themselves what helps them and what does not, and we include "
                    "that in their plan.",
                ),
            ),
        ],
        "advice": {
            "low": Text(
                "<p>Begin bij de basis: bespreek in een teamvergadering wat uw school elke "
                "leerling biedt, en zet dat in een kort overzicht dat ouders ook begrijpen. "
                "Spreek af binnen welke termijn een zorg over een leerling besproken wordt, en "
                "door wie. Vraag het samenwerkingsverband om daarbij mee te denken.</p>",
                "<p>Start with the basics: discuss in a team meeting what your school offers "
                "every pupil, and put it in a short overview that parents understand too. Agree "
                "how soon a concern about a pupil is discussed, and by whom. Ask the school "
                "alliance to think along with you.</p>",
            ),
            "middle": Text(
                "<p>De basis staat. Ga nu na of iedereen in het team de afspraken ook zo "
                "toepast: leg een paar recente leerlingbesprekingen naast het profiel. Betrek "
                "leerlingen zelf bij hun plan; zij weten vaak het best wat werkt.</p>",
                "<p>The basics are in place. Now check whether everyone in the team applies the "
                "agreements in the same way: compare a few recent pupil meetings with the "
                "profile. Involve pupils in their own plan; they often know best what works.</p>",
            ),
            "high": Text(
                "<p>Uw basisondersteuning is stevig. Toets jaarlijks of het profiel nog klopt "
                "met wat er in de klas gebeurt, en deel uw aanpak met andere scholen, "
                "bijvoorbeeld als <a {examples}>praktijkvoorbeeld</a>.</p>",
                "<p>Your basic support is solid. Check every year whether the profile still "
                "matches what happens in the classroom, and share your approach with other "
                "schools, for example as a <a {examples}>practice example</a>.</p>",
            ),
        },
        "mean": 3.05,
        "not_applicable": 0.02,
    },
    {
        "key": "ouders",
        "title": Text("Samenwerking met ouders", "Working with parents"),
        "intro": Text(
            "Ouders kennen hun kind het best. Hoe betrekt uw school hen, juist wanneer het "
            "lastig wordt?",
            "Parents know their child best. How does your school involve them, especially when "
            "things get difficult?",
        ),
        "themes": [OUDERS],
        "statements": [
            (
                "ouders-eerste-signaal",
                Text(
                    "We nemen contact op met ouders bij het eerste signaal dat het minder goed "
                    "gaat, niet pas als er een probleem is.",
                    "We contact parents at the first sign that things are going less well, not "
                    "only once there is a problem.",
                ),
            ),
            (
                "ouders-aan-tafel",
                Text(
                    "Ouders zitten aan tafel bij elk overleg over de ondersteuning van hun kind.",
                    "Parents take part in every meeting about their child's support.",
                ),
            ),
            (
                "ouders-thuis",
                Text(
                    "We vragen ouders wat thuis werkt en nemen dat mee in onze aanpak op school.",
                    "We ask parents what works at home and take that into our approach at school.",
                ),
            ),
            (
                "ouders-aanspreekpunt",
                Text(
                    "Ouders weten bij wie ze met zorgen terechtkunnen en krijgen binnen drie "
                    "werkdagen een reactie.",
                    "Parents know whom to turn to with concerns and get a reply within three "
                    "working days.",
                ),
            ),
            (
                "ouders-onafhankelijk",
                Text(
                    "We wijzen ouders op onafhankelijke hulp, zoals een ouder- en "
                    "jeugdsteunpunt of de onderwijsconsulenten.",
                    "We point parents to independent help, such as a parent and youth support "
                    "point or the education consultants.",
                ),
            ),
            (
                "ouders-meningsverschil",
                Text(
                    "Bij een meningsverschil zoeken we samen met ouders naar een oplossing, "
                    "voordat de standpunten vastlopen.",
                    "When we disagree, we look for a solution together with the parents before "
                    "positions harden.",
                ),
            ),
        ],
        "advice": {
            "low": Text(
                "<p>Maak ouders vanaf het begin tot partner. Spreek in het team af dat ouders bij "
                "het eerste signaal gebeld worden, en dat zij aanschuiven bij elk overleg over "
                "hun kind. Zet op de website bij wie ouders met hun zorgen terechtkunnen.</p>",
                "<p>Make parents partners from the start. Agree in the team that parents are "
                "called at the first sign, and that they join every meeting about their child. "
                "Put on the website whom parents can turn to with their concerns.</p>",
            ),
            "middle": Text(
                "<p>Ouders zijn betrokken, maar nog niet altijd vanaf het begin. Vraag een paar "
                "ouders hoe zij de samenwerking ervaren en wat beter kan. Laat u inspireren door "
                "de <a {examples}>praktijkvoorbeelden</a> over ouderbetrokkenheid.</p>",
                "<p>Parents are involved, but not always from the start. Ask a few parents how "
                "they experience working with you and what could be better. Find inspiration in "
                "the <a {examples}>practice examples</a> on parental involvement.</p>",
            ),
            "high": Text(
                "<p>Ouders zijn echte partners van uw school. Houd dat vast als het team "
                "wisselt, bijvoorbeeld door nieuwe collega's te laten meelopen bij "
                "oudergesprekken. Uw ervaring is waardevol voor andere scholen.</p>",
                "<p>Parents are real partners of your school. Hold on to that when the team "
                "changes, for example by letting new colleagues sit in on conversations with "
                "parents. Your experience is valuable to other schools.</p>",
            ),
        },
        "mean": 2.9,
        "not_applicable": 0.02,
    },
    {
        "key": "jeugdhulp",
        "title": Text(
            "Samenwerking met jeugdhulp en gemeente", "Working with youth care and the municipality"
        ),
        "intro": Text(
            "Veel leerlingen die vastlopen hebben zowel onderwijs als zorg nodig. Werken school, "
            "jeugdhulp en gemeente als één team?",
            "Many pupils who get stuck need both education and care. Do school, youth care and "
            "the municipality work as one team?",
        ),
        "themes": [JEUGDHULP, BUDGETTEN],
        "statements": [
            (
                "jeugdhulp-op-school",
                Text(
                    "Een vaste contactpersoon van het wijkteam of de jeugdhulp is op vaste "
                    "momenten op school.",
                    "A regular contact person from the neighbourhood team or youth care is at "
                    "school at set times.",
                ),
            ),
            (
                "jeugdhulp-een-plan",
                Text(
                    "Voor een leerling met een onderwijs- en een zorgvraag maken we één plan, "
                    "met één persoon die de regie heeft.",
                    "For a pupil who needs both education and care we make one plan, with one "
                    "person in charge.",
                ),
            ),
            (
                "jeugdhulp-wachttijd",
                Text(
                    "We weten hoe we jeugdhulp inschakelen en wat we doen om een wachttijd te "
                    "overbruggen.",
                    "We know how to bring in youth care and what we do to bridge a waiting time.",
                ),
            ),
            (
                "jeugdhulp-schooltijd",
                Text(
                    "Zorg onder schooltijd is mogelijk, en we hebben afgesproken wie die regelt "
                    "en betaalt.",
                    "Care during school hours is possible, and we have agreed who arranges and "
                    "pays for it.",
                ),
            ),
            (
                "jeugdhulp-overleg",
                Text(
                    "School, leerplicht, jeugdarts en gemeente bespreken vastgelopen situaties "
                    "in een vast overleg.",
                    "School, attendance officer, youth doctor and municipality discuss stuck "
                    "situations in a regular meeting.",
                ),
            ),
            (
                "jeugdhulp-toestemming",
                Text(
                    "We delen informatie met de jeugdhulp alleen met toestemming van ouders en "
                    "leerling, en leggen vast wat we delen.",
                    "We share information with youth care only with the consent of the parents "
                    "and the pupil, and record what we share.",
                ),
            ),
            (
                "jeugdhulp-beleid",
                Text(
                    "Het samenwerkingsverband en de gemeente kennen onze ervaringen en gebruiken "
                    "die in hun afspraken.",
                    "The school alliance and the municipality know our experiences and use them "
                    "in their agreements.",
                ),
            ),
        ],
        "advice": {
            "low": Text(
                "<p>Zoek de jeugdhulp actief op. Nodig het wijkteam uit voor een kennismaking en "
                "spreek een vast moment af waarop een jeugdhulpverlener op school is. Maak voor "
                "één leerling met een onderwijs- en zorgvraag samen een plan, en leer daarvan "
                "voor de volgende.</p>",
                "<p>Reach out to youth care. Invite the neighbourhood team to get acquainted and "
                "agree on a set time when a youth care worker is at school. Make a joint plan "
                "for one pupil who needs both education and care, and learn from it for the "
                "next.</p>",
            ),
            "middle": Text(
                "<p>De lijnen zijn er, maar het plan is nog niet altijd gezamenlijk. Spreek per "
                "leerling af wie de regie heeft, en leg vast wie zorg onder schooltijd regelt en "
                "betaalt. Bekijk bij de <a {themes}>thema's</a> hoe andere regio's budgetten "
                "combineren.</p>",
                "<p>The lines are there, but the plan is not always a joint one. Agree for each "
                "pupil who is in charge, and record who arranges and pays for care during school "
                "hours. See under the <a {themes}>themes</a> how other regions combine "
                "budgets.</p>",
            ),
            "high": Text(
                "<p>School, jeugdhulp en gemeente werken bij u als één team. Breng uw ervaring in "
                "bij het overleg tussen samenwerkingsverband en gemeente, zodat ook andere "
                "scholen ervan profiteren.</p>",
                "<p>School, youth care and the municipality work as one team with you. Bring your "
                "experience into the consultation between the school alliance and the "
                "municipality, so that other schools benefit from it as well.</p>",
            ),
        },
        "mean": 2.45,
        "not_applicable": 0.04,
    },
    {
        "key": "verzuim",
        "title": Text("Verzuim voorkomen en aanpakken", "Preventing and tackling absence"),
        "intro": Text(
            "Thuiszitten begint bijna altijd met verzuim. Hoe vroeg ziet uw school het, en "
            "wat doet u ermee?",
            "Being out of school almost always starts with absence. How early does your school "
            "notice it, and what do you do about it?",
        ),
        "themes": [LEERPLICHT, PREVENTIE],
        "statements": [
            (
                "verzuim-registratie",
                Text(
                    "We registreren elke afwezigheid, ook te laat komen en ziekmeldingen, op "
                    "dezelfde dag.",
                    "We record every absence, including arriving late and sick reports, on the "
                    "same day.",
                ),
            ),
            (
                "verzuim-binnen-een-week",
                Text(
                    "Elk zorgelijk verzuim bespreken we binnen een week met ouders en leerling.",
                    "We discuss every worrying absence with the parents and the pupil within a "
                    "week.",
                ),
            ),
            (
                "verzuim-patronen",
                Text(
                    "We letten op patronen, zoals steeds op maandag ziek of vaak het eerste uur "
                    "missen, en niet alleen op het aantal uren.",
                    "We look out for patterns, such as always being ill on Mondays or often "
                    "missing the first lesson, and not only at the number of hours.",
                ),
            ),
            (
                "verzuim-leerplicht",
                Text(
                    "We melden verzuim op tijd bij leerplicht en zien de leerplichtambtenaar als "
                    "partner, niet als laatste stap.",
                    "We report absence to the attendance officer in time and see them as a "
                    "partner, not as a last resort.",
                ),
            ),
            (
                "verzuim-jeugdarts",
                Text(
                    "Bij veel ziekteverzuim schakelen we de jeugdarts in volgens een vaste "
                    "werkwijze, zoals M@ZL.",
                    "When a pupil is often off sick, we bring in the youth doctor in a set way, "
                    "such as M@ZL.",
                ),
            ),
            (
                "verzuim-gezien",
                Text(
                    "Elke leerling heeft op school iemand bij wie hij of zij zich gezien voelt.",
                    "Every pupil has someone at school who makes them feel seen.",
                ),
            ),
            (
                "verzuim-afspraak",
                Text(
                    "We spreken met ouders en leerling vooraf af wat we doen zodra de leerling "
                    "weer afwezig is.",
                    "We agree in advance with the parents and the pupil what we will do as soon "
                    "as the pupil is absent again.",
                ),
            ),
        ],
        "advice": {
            "low": Text(
                "<p>Verzuim is het vroegste signaal van thuiszitten. Registreer elke afwezigheid "
                "op dezelfde dag en spreek af wie binnen een week contact opneemt met ouders en "
                "leerling. Loop het verzuimprotocol samen met de leerplichtambtenaar door.</p>",
                "<p>Absence is the earliest sign of a pupil ending up at home. Record every "
                "absence on the same day and agree who contacts the parents and the pupil "
                "within a week. Go through the attendance protocol together with the attendance "
                "officer.</p>",
            ),
            "middle": Text(
                "<p>U registreert verzuim goed; kijk nu ook naar patronen en naar wat erachter "
                "zit. Schakel bij veel ziekteverzuim de jeugdarts in en maak vaste afspraken met "
                "leerplicht. In de <a {agenda}>agenda</a> vindt u bijeenkomsten over de "
                "verzuimaanpak.</p>",
                "<p>You record absence well; now look at patterns too, and at what lies behind "
                "them. Bring in the youth doctor when a pupil is often off sick and make fixed "
                "agreements with the attendance officer. The <a {agenda}>events</a> page lists "
                "meetings on tackling absence.</p>",
            ),
            "high": Text(
                "<p>Uw school ziet verzuim vroeg en pakt het op met leerling, ouders en "
                "leerplicht. Evalueer de aanpak jaarlijks met de cijfers erbij, en deel wat werkt "
                "met scholen in uw regio.</p>",
                "<p>Your school notices absence early and deals with it together with the pupil, "
                "the parents and the attendance officer. Review the approach every year with the "
                "figures at hand, and share what works with schools in your region.</p>",
            ),
        },
        "mean": 2.8,
        "not_applicable": 0.02,
    },
    {
        "key": "terugkeer",
        "title": Text("Terugkeer naar onderwijs", "Return to education"),
        "intro": Text(
            "Komt een leerling toch thuis te zitten: hoe snel en hoe zorgvuldig werkt uw school "
            "aan de weg terug?",
            "If a pupil does end up at home: how quickly and how carefully does your school work "
            "on the way back?",
        ),
        "themes": [TERUG, PACT],
        "statements": [
            (
                "terugkeer-contact",
                Text(
                    "We houden minstens één keer per week contact met elke leerling die thuiszit.",
                    "We are in touch at least once a week with every pupil who is out of school.",
                ),
            ),
            (
                "terugkeer-drie-maanden",
                Text(
                    "Binnen drie maanden heeft elke thuiszitter een passend aanbod van onderwijs, "
                    "zorg of allebei.",
                    "Within three months every pupil out of school has a suitable offer of "
                    "education, care or both.",
                ),
            ),
            (
                "terugkeer-stappenplan",
                Text(
                    "De terugkeer verloopt volgens een plan in kleine stappen, dat we samen met "
                    "leerling en ouders opstellen.",
                    "The return follows a plan in small steps, which we draw up together with the "
                    "pupil and the parents.",
                ),
            ),
            (
                "terugkeer-brug",
                Text(
                    "Onderwijs op afstand of op een andere plek zetten we in als brug terug naar "
                    "de klas, niet als eindpunt.",
                    "We use education at a distance or elsewhere as a bridge back to the "
                    "classroom, not as an end point.",
                ),
            ),
            (
                "terugkeer-regie",
                Text(
                    "Eén persoon houdt de regie over de terugkeer en is voor iedereen het "
                    "aanspreekpunt.",
                    "One person coordinates the return and is everyone's point of contact.",
                ),
            ),
            (
                "terugkeer-nazorg",
                Text(
                    "Na de terugkeer volgen we de leerling nog minstens een half jaar extra.",
                    "After the return we keep a closer eye on the pupil for at least six months.",
                ),
            ),
            (
                "terugkeer-andere-plek",
                Text(
                    "Lukt terugkeer op onze school niet, dan zoeken we met het "
                    "samenwerkingsverband actief naar een andere plek.",
                    "If a return to our school does not work out, we actively look for another "
                    "place together with the school alliance.",
                ),
            ),
        ],
        "advice": {
            "low": Text(
                "<p>Houd elke week contact met iedere leerling die thuiszit, en wijs één persoon "
                "aan die de regie heeft. Maak samen met leerling en ouders een plan in kleine "
                "stappen, en schakel het samenwerkingsverband in als er na drie maanden geen "
                "aanbod is. Bekijk de <a {examples}>praktijkvoorbeelden</a> over terugkeer.</p>",
                "<p>Keep in touch every week with each pupil who is out of school, and appoint "
                "one person to coordinate. Make a plan in small steps together with the pupil "
                "and the parents, and call in the school alliance if there is no offer after "
                "three months. See the <a {examples}>practice examples</a> on returning to "
                "school.</p>",
            ),
            "middle": Text(
                "<p>De weg terug is in beeld, maar verloopt nog niet altijd soepel. Blik met "
                "alle betrokkenen terug op een recente terugkeer: wat hielp, wat vertraagde? "
                "Spreek af hoe lang u een leerling daarna extra volgt.</p>",
                "<p>The way back is in sight, but does not always go smoothly. Look back on a "
                "recent return with everyone involved: what helped, what caused delay? Agree how "
                "long you keep a closer eye on a pupil afterwards.</p>",
            ),
            "high": Text(
                "<p>Uw school begeleidt de terugkeer zorgvuldig. Leg vast wat werkt, zodat het "
                "niet van één persoon afhangt, en deel uw aanpak als "
                "<a {examples}>praktijkvoorbeeld</a>.</p>",
                "<p>Your school guides the return with care. Write down what works, so that it "
                "does not depend on one person, and share your approach as a "
                "<a {examples}>practice example</a>.</p>",
            ),
        },
        "mean": 2.3,
        "not_applicable": 0.06,
    },
]

# The first version of the questionnaire (older responses): one statement worded differently,
# one added later.
OLD_WORDING = {
    "basis-profiel": Text(
        "We hebben een schoolondersteuningsprofiel.",
        "We have a school support profile.",
    ),
}
ADDED_LATER = {"verzuim-afspraak"}
