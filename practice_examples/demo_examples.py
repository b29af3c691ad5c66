"""The demo practice examples: fictional, but as the field would publish them.

Each example names its taxa by key: theme slugs, province codes, sector abbreviations, the Dutch
names of audiences, and a part of each organisation's Dutch name. `age` is the number of days
since publication; `overdue`, when given, puts the review date that many days in the past.
`related` names examples earlier in the list. The first examples have `Text(Dutch, English)`
texts and are translated; the rest are Dutch only.
"""

from demo.utils import Text

FORM, MAILTO, NONE = "form", "mailto", "none"

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

EXAMPLES = [
    {
        "slug": "thuiszittersoverleg-stad-en-ommeland",
        "title": Text(
            "Eén thuiszittersoverleg voor de hele regio",
            "One out-of-school consultation for the whole region",
        ),
        "intro": Text(
            "Samenwerkingsverband PO Stad en Ommeland bespreekt elke thuiszitter binnen twee "
            "weken aan één regionale tafel, met school, leerplicht, wijkteam en ouders.",
            "Stad en Ommeland primary school alliance discusses every child out of school within "
            "two weeks at one regional table, with the school, the attendance officer, the "
            "neighbourhood team and the parents.",
        ),
        "problem": Text(
            "<p>Elke gemeente in de regio had een eigen overleg over thuiszitters, met eigen "
            "afspraken en eigen lijstjes. Scholen wisten niet waar ze een leerling moesten "
            "inbrengen en sommige kinderen werden in geen enkel overleg besproken.</p>",
            "<p>Every municipality in the region had its own consultation on children out of "
            "school, with its own agreements and its own lists. Schools did not know where to "
            "raise a pupil, and some children were not discussed in any meeting at all.</p>",
        ),
        "approach": Text(
            "<ul><li>Eén regionaal thuiszittersoverleg, elke twee weken, met een vaste "
            "voorzitter vanuit het samenwerkingsverband.</li>"
            "<li>Een school meldt een leerling aan na vier weken verzuim; leerplicht meldt "
            "iedere leerling zonder inschrijving.</li>"
            "<li>Ouders worden altijd uitgenodigd en krijgen de agenda vooraf.</li>"
            "<li>Elke bespreking eindigt met één regisseur en een datum waarop het kind weer "
            "onderwijs krijgt.</li></ul>",
            "<ul><li>One regional consultation, every two weeks, chaired by the same person from "
            "the school alliance.</li>"
            "<li>A school registers a pupil after four weeks of absence; the attendance officer "
            "registers every child who is not enrolled anywhere.</li>"
            "<li>Parents are always invited and receive the agenda in advance.</li>"
            "<li>Every discussion ends with one coordinator and a date on which the child will be "
            "back in education.</li></ul>",
        ),
        "results": Text(
            "<p>Het aantal thuiszitters daalde van 23 naar 9 in twee schooljaren. De gemiddelde "
            "tijd tot een passend aanbod ging van 14 naar 6 weken.</p>",
            "<p>The number of children out of school fell from 23 to 9 in two school years. The "
            "average time until a suitable offer went down from 14 to 6 weeks.</p>",
        ),
        "working_elements": Text(
            "<ul><li>Eén plek en één ritme, zodat niemand hoeft te zoeken waar een kind "
            "besproken wordt.</li>"
            "<li>Een voorzitter met mandaat om een school of zorgaanbieder aan te spreken.</li>"
            "</ul>",
            "<ul><li>One place and one rhythm, so nobody has to search for where a child is "
            "discussed.</li>"
            "<li>A chair with the mandate to hold a school or care provider to account.</li></ul>",
        ),
        "conditions": Text(
            "<p>Ongeveer 0,4 fte voor voorzitter en secretariaat, betaald door het "
            "samenwerkingsverband. De gemeenten leveren een leerplichtambtenaar en een "
            "medewerker van het wijkteam per overleg.</p>",
            "<p>About 0.4 FTE for the chair and the secretariat, paid by the school alliance. "
            "The municipalities provide an attendance officer and a neighbourhood team member "
            "for each meeting.</p>",
        ),
        "lessons": Text(
            "<ul><li>Begin klein: eerst de leerlingen die het langst thuiszitten.</li>"
            "<li>Houd het verslag kort en deel het met de ouders.</li></ul>",
            "<ul><li>Start small: first the pupils who have been at home the longest.</li>"
            "<li>Keep the minutes short and share them with the parents.</li></ul>",
        ),
        "themes": [PACT, TERUG],
        "regions": ["GR"],
        "sectors": ["PO"],
        "audiences": ["Ondersteuningscoördinatoren", "Leerplichtambtenaren", "Gemeenten"],
        "organisations": ["Stad en Ommeland"],
        "tags": ["thuiszittersoverleg", "regie", "leerplicht"],
        "contact": (
            "Marieke Dijkstra",
            Text("Voorzitter thuiszittersoverleg", "Chair of the out-of-school consultation"),
            Text(
                "Samenwerkingsverband PO Stad en Ommeland",
                "Stad en Ommeland primary school alliance",
            ),
            "m.dijkstra@swv-po-stad-en-ommeland.example",
            FORM,
        ),
        "age": 40,
    },
    {
        "slug": "doorzettingsmacht-twente-noord",
        "title": Text(
            "Doorzettingsmacht: iemand die de knoop doorhakt",
            "Power to push through: someone who makes the call",
        ),
        "intro": Text(
            "In Twente-Noord mag een onafhankelijke functionaris beslissen wie wat doet als "
            "school en jeugdhulp er samen niet uitkomen.",
            "In Twente-Noord an independent officer may decide who does what when school and "
            "youth care cannot agree.",
        ),
        "problem": Text(
            "<p>Bij de moeilijkste situaties bleef een leerling soms maanden thuis, omdat "
            "school, gemeente en zorgaanbieder het oneens waren over wie aan zet was. Iedereen "
            "wachtte op een ander.</p>",
            "<p>In the hardest cases a pupil sometimes stayed at home for months, because the "
            "school, the municipality and the care provider disagreed about whose move it was. "
            "Everyone was waiting for someone else.</p>",
        ),
        "approach": Text(
            "<ul><li>Samenwerkingsverband en gemeenten wezen samen een "
            "doorzettingsfunctionaris aan.</li>"
            "<li>Na drie maanden zonder aanbod mag iedere betrokkene, ook een ouder, de "
            "functionaris inschakelen.</li>"
            "<li>De functionaris hoort alle partijen en neemt binnen tien werkdagen een besluit "
            "dat iedereen vooraf heeft aanvaard.</li></ul>",
            "<ul><li>The school alliance and the municipalities jointly appointed an officer "
            "with the power to push through.</li>"
            "<li>After three months without an offer, anyone involved, a parent too, may call in "
            "the officer.</li>"
            "<li>The officer hears all parties and decides within ten working days, in a way "
            "everyone has accepted beforehand.</li></ul>",
        ),
        "results": Text(
            "<p>In het eerste jaar werd de functionaris elf keer ingeschakeld. In negen gevallen "
            "was er binnen vier weken een aanbod; het besluit zelf was maar drie keer nodig.</p>",
            "<p>In the first year the officer was called in eleven times. In nine cases there "
            "was an offer within four weeks; an actual decision was needed only three times.</p>",
        ),
        "working_elements": Text(
            "<ul><li>Het bestaan van de regeling alleen al zet partijen in beweging.</li>"
            "<li>Heldere afspraak vooraf: wie betaalt als de functionaris beslist.</li></ul>",
            "<ul><li>The mere existence of the arrangement gets parties moving.</li>"
            "<li>A clear agreement beforehand on who pays when the officer decides.</li></ul>",
        ),
        "conditions": Text(
            "<p>Een convenant tussen samenwerkingsverband en vijf gemeenten, vastgelegd in het "
            "OOGO. De functionaris werkt voor ongeveer 8 uur per week; de kosten worden "
            "gedeeld.</p>",
            "<p>A covenant between the school alliance and five municipalities, laid down in the "
            "statutory consultation. The officer works about 8 hours a week; the costs are "
            "shared.</p>",
        ),
        "lessons": Text(
            "<ul><li>Kies iemand met gezag in zowel onderwijs als jeugdhulp.</li>"
            "<li>Evalueer elk besluit, zodat de regio leert waar het systeem knelt.</li></ul>",
            "<ul><li>Choose someone with authority in both education and youth care.</li>"
            "<li>Evaluate every decision, so the region learns where the system gets stuck.</li>"
            "</ul>",
        ),
        "themes": [PACT, JEUGDHULP],
        "regions": ["OV"],
        "sectors": ["VO"],
        "audiences": ["Bestuurders", "Gemeenten", "Jeugdprofessionals"],
        "organisations": ["Twente-Noord"],
        "tags": ["doorzettingsmacht", "regie", "convenant"],
        "contact": (
            "Erik Nijhuis",
            Text("Beleidsadviseur", "Policy adviser"),
            Text(
                "Samenwerkingsverband VO Twente-Noord",
                "Twente-Noord secondary school alliance",
            ),
            "e.nijhuis@swv-vo-twente-noord.example",
            MAILTO,
        ),
        "age": 420,
    },
    {
        "slug": "onderwijs-zorgarrangement-rivierenland",
        "title": Text(
            "Onderwijs en zorg uit één budget",
            "Education and care from one budget",
        ),
        "intro": Text(
            "Samenwerkingsverband, gemeenten en een jeugdhulpaanbieder in Rivierenland betalen "
            "samen een arrangement waarin leerlingen halve dagen les krijgen en halve dagen "
            "behandeling, in hetzelfde gebouw.",
            "A school alliance, municipalities and a youth care provider in Rivierenland jointly "
            "fund an arrangement in which pupils are taught for half the day and treated for the "
            "other half, in the same building.",
        ),
        "problem": Text(
            "<p>Leerlingen die naast onderwijs dagbehandeling nodig hadden, moesten kiezen: "
            "school of zorg. Wie voor zorg koos, kreeg vaak vrijstelling en viel uit beeld.</p>",
            "<p>Pupils who needed day treatment as well as education had to choose: school or "
            "care. Those who chose care often got an exemption and dropped out of sight.</p>",
        ),
        "approach": Text(
            "<ul><li>Geïnspireerd door het advies <i>Mét andere ogen</i> legden partijen hun "
            "middelen voor deze groep in één arrangement.</li>"
            "<li>Een leraar van Het Kompas en een behandelaar werken samen in één groep van "
            "acht leerlingen.</li>"
            "<li>Eén plan per leerling, met doelen voor onderwijs en zorg naast elkaar.</li></ul>",
            "<ul><li>Inspired by the advice <i>Mét andere ogen</i>, the parties put their funds "
            "for this group into one arrangement.</li>"
            "<li>A teacher from Het Kompas and a therapist work together in one group of eight "
            "pupils.</li>"
            "<li>One plan per pupil, with goals for education and care side by side.</li></ul>",
        ),
        "results": Text(
            "<p>Van de 16 leerlingen in de eerste twee jaar stroomden er 11 door naar een "
            "gewone of speciale school. Geen van hen kreeg nog een vrijstelling.</p>",
            "<p>Of the 16 pupils in the first two years, 11 moved on to a mainstream or special "
            "school. None of them was granted an exemption any more.</p>",
        ),
        "working_elements": Text(
            "<ul><li>Geen discussie meer over wie welk uur betaalt.</li>"
            "<li>Leraar en behandelaar zien de leerling op dezelfde dag en stemmen direct af."
            "</li></ul>",
            "<ul><li>No more arguments about who pays for which hour.</li>"
            "<li>Teacher and therapist see the pupil on the same day and coordinate at once."
            "</li></ul>",
        ),
        "conditions": Text(
            "<p>Ongeveer € 38.000 per leerling per jaar: 40% uit onderwijsmiddelen, 60% uit "
            "jeugdhulp. Een bestuurlijke overeenkomst legt de verdeling voor drie jaar vast.</p>",
            "<p>About € 38,000 per pupil per year: 40% from education funds, 60% from youth care. "
            "An administrative agreement fixes the split for three years.</p>",
        ),
        "lessons": Text(
            "<ul><li>Spreek vooraf af hoe u verantwoordt; beide kanten hebben andere regels.</li>"
            "<li>Betrek de inspectie vroeg bij de onderwijstijd.</li></ul>",
            "<ul><li>Agree in advance how to account for the money; each side has different "
            "rules.</li>"
            "<li>Involve the inspectorate early about teaching time.</li></ul>",
        ),
        "themes": [BUDGETTEN, ARRANGEMENTEN, JEUGDHULP],
        "regions": ["GE"],
        "sectors": ["VO", "SO/VSO"],
        "audiences": ["Bestuurders", "Gemeenten", "Jeugdprofessionals"],
        # Het Kompas takes part too but is left out here: the English page lists the Dutch
        # organisations by their Dutch names (example_facts does not localise them yet).
        "organisations": ["Rivierenland-West", "Jeugdhulp Veluwezoom"],
        "tags": ["maatwerk", "jeugdhulp", "Mét andere ogen", "dagbehandeling"],
        "contact": (
            "Annelies van den Berg",
            Text("Directeur-bestuurder", "Director"),
            Text(
                "Samenwerkingsverband VO Rivierenland-West",
                "Rivierenland-West secondary school alliance",
            ),
            "a.vandenberg@swv-vo-rivierenland-west.example",
            FORM,
        ),
        "age": 760,
    },
    {
        "slug": "vroegsignalering-verzuim-eindhoven",
        "title": Text(
            "Verzuim vroeg zien, samen met leerplicht",
            "Seeing absence early, together with the attendance officer",
        ),
        "intro": Text(
            "Eindhovense scholen bespreken elke zes weken hun zorgelijke verzuimers met een "
            "vaste leerplichtambtenaar, lang voordat een officiële melding nodig is.",
            "Schools in Eindhoven discuss their worrying absentees every six weeks with a fixed "
            "attendance officer, long before an official report is needed.",
        ),
        "problem": Text(
            "<p>Leerplicht kwam pas in beeld bij 16 uur ongeoorloofd verzuim. Ziekmeldingen en "
            "te laat komen bleven buiten zicht, terwijl daar vaak het begin van thuiszitten "
            "zat.</p>",
            "<p>The attendance officer only came into the picture after 16 hours of unauthorised "
            "absence. Sick notes and lateness stayed out of sight, while that was often where "
            "staying at home began.</p>",
        ),
        "approach": Text(
            "<ul><li>Iedere school heeft een vaste leerplichtambtenaar die op school spreekuur "
            "houdt.</li>"
            "<li>Mentoren signaleren met een eenvoudige lijst: vaak ziek, vaak te laat, vaak op "
            "maandag afwezig.</li>"
            "<li>Bij drie signalen volgt een gesprek met leerling en ouders, zonder dossier of "
            "proces-verbaal.</li></ul>",
            "<ul><li>Every school has a fixed attendance officer who holds office hours at "
            "school.</li>"
            "<li>Mentors flag concerns with a simple list: often ill, often late, often absent on "
            "Mondays.</li>"
            "<li>After three signs there is a conversation with pupil and parents, without a file "
            "or an official report.</li></ul>",
        ),
        "results": Text(
            "<p>Het aantal meldingen van langdurig verzuim op de deelnemende scholen daalde in "
            "één schooljaar met 35%. Negen op de tien gesprekken waren genoeg om het verzuim te "
            "stoppen.</p>",
            "<p>Reports of long-term absence at the participating schools fell by 35% in one "
            "school year. Nine out of ten conversations were enough to stop the absence.</p>",
        ),
        "working_elements": Text(
            "<ul><li>Een bekend gezicht op school: de leerplichtambtenaar is geen onbekende "
            "handhaver.</li>"
            "<li>Het eerste gesprek gaat over de vraag wat er aan de hand is, niet over de "
            "regels.</li></ul>",
            "<ul><li>A familiar face at school: the attendance officer is not an unknown "
            "enforcer.</li>"
            "<li>The first conversation is about what is going on, not about the rules.</li></ul>",
        ),
        "conditions": Text(
            "<p>Twee uur per school per zes weken voor de leerplichtambtenaar, binnen de "
            "bestaande formatie. Scholen moeten hun verzuimregistratie op orde hebben.</p>",
            "<p>Two hours per school every six weeks for the attendance officer, within existing "
            "staffing. Schools need to keep their attendance records in order.</p>",
        ),
        "lessons": Text(
            "<ul><li>Neem ziekteverzuim net zo serieus als spijbelen.</li>"
            "<li>Spreek af wie de ouders belt, zodat zij niet drie keer gebeld worden.</li></ul>",
            "<ul><li>Take sick leave as seriously as truancy.</li>"
            "<li>Agree who calls the parents, so they are not called three times.</li></ul>",
        ),
        "themes": [PREVENTIE, LEERPLICHT],
        "regions": ["NB"],
        "sectors": ["PO", "VO"],
        "audiences": ["Leerplichtambtenaren", "Schoolleiders", "Leraren"],
        "organisations": ["Gemeente Eindhoven", "Meierij-Oost"],
        "tags": ["verzuim", "leerplicht", "vroegsignalering"],
        "contact": (
            "Fatima El Amrani",
            Text("Teamleider leerplicht", "Team leader, school attendance"),
            Text("Gemeente Eindhoven", "Municipality of Eindhoven"),
            "f.elamrani@eindhoven-leerplicht.example",
            FORM,
        ),
        "age": 12,
    },
    {
        "slug": "ouderpunt-utrecht",
        "title": Text(
            "Het Ouderpunt: één adres voor vragen van ouders",
            "The Parents' Point: one address for parents' questions",
        ),
        "intro": Text(
            "In Utrecht kunnen ouders met elke vraag over passend onderwijs terecht bij het "
            "Ouderpunt, bemand door een ouderconsulent en ervaringsdeskundige ouders.",
            "In Utrecht parents can take any question about appropriate education to the "
            "Parents' Point, staffed by a parent adviser and parents with experience of their "
            "own.",
        ),
        "problem": Text(
            "<p>Ouders van kinderen die vastliepen op school wisten niet waar ze met hun vragen "
            "heen konden. Ze belden school, gemeente en samenwerkingsverband en kregen drie "
            "verschillende antwoorden.</p>",
            "<p>Parents of children who got stuck at school did not know where to take their "
            "questions. They called the school, the municipality and the school alliance and got "
            "three different answers.</p>",
        ),
        "approach": Text(
            "<ul><li>Eén telefoonnummer, een inloopochtend per week en een chat.</li>"
            "<li>Een ouderconsulent gaat desgewenst mee naar gesprekken op school.</li>"
            "<li>Samen met Ouders &amp; Onderwijs leidden we vier ervaringsdeskundige ouders op."
            "</li></ul>",
            "<ul><li>One phone number, a drop-in morning every week and a chat.</li>"
            "<li>On request a parent adviser joins meetings at school.</li>"
            "<li>Together with Ouders &amp; Onderwijs we trained four parents with lived "
            "experience.</li></ul>",
        ),
        "results": Text(
            "<p>In het eerste jaar 412 vragen van 260 gezinnen. Bij 70% was één of twee "
            "gesprekken genoeg; het aantal klachten bij het samenwerkingsverband halveerde.</p>",
            "<p>In the first year 412 questions from 260 families. For 70% one or two "
            "conversations were enough; complaints to the school alliance halved.</p>",
        ),
        "working_elements": Text(
            "<ul><li>Onafhankelijk van de school, maar met korte lijnen naar iedereen.</li>"
            "<li>Ouders die het zelf meemaakten, worden sneller vertrouwd.</li></ul>",
            "<ul><li>Independent of the school, but with short lines to everyone.</li>"
            "<li>Parents who went through it themselves are trusted sooner.</li></ul>",
        ),
        "conditions": Text(
            "<p>1,2 fte ouderconsulent en een vergoeding voor de ervaringsdeskundigen, samen "
            "ongeveer € 95.000 per jaar, gedeeld door samenwerkingsverband en gemeente.</p>",
            "<p>1.2 FTE parent adviser and a fee for the experts by experience, together about "
            "€ 95,000 a year, shared by the school alliance and the municipality.</p>",
        ),
        "lessons": Text(
            "<ul><li>Maak het Ouderpunt bekend via scholen én huisartsen.</li>"
            "<li>Leg vast dat de ouderconsulent niet namens de school spreekt.</li></ul>",
            "<ul><li>Make the Parents' Point known through schools and GPs alike.</li>"
            "<li>Put in writing that the parent adviser does not speak for the school.</li></ul>",
        ),
        "themes": [OUDERS],
        "regions": ["UT"],
        "sectors": ["PO", "VO"],
        "audiences": ["Ouders", "Ondersteuningscoördinatoren", "Gemeenten"],
        "organisations": ["Utrecht Stad", "Gemeente Utrecht", "Ouders & Onderwijs"],
        "tags": ["ouders", "ouderconsulent", "informatie"],
        "contact": (
            "Joyce Mulder",
            Text("Ouderconsulent", "Parent adviser"),
            Text("Ouderpunt Utrecht", "Parents' Point Utrecht"),
            "ouderpunt@swv-po-utrecht-stad.example",
            MAILTO,
        ),
        "age": 190,
    },
    {
        "slug": "zorgcoordinatie-mbo-lindeland",
        "title": Text(
            "Zorgcoördinatie in het mbo: niemand valt tussen twee opleidingen",
            "Care coordination in vocational education: nobody falls between two courses",
        ),
        "intro": Text(
            "ROC Lindeland gaf elke opleiding een vaste zorgcoördinator die studenten met "
            "verzuim of een zorgvraag binnen een week spreekt.",
            "ROC Lindeland gave every course a fixed care coordinator who talks to students with "
            "absence or a care need within a week.",
        ),
        "problem": Text(
            "<p>Studenten die in het eerste jaar uitvielen, waren vaak al weken afwezig voordat "
            "iemand het opmerkte. Docenten wisten niet bij wie ze terecht konden met zorgen.</p>",
            "<p>Students who dropped out in their first year had often been absent for weeks "
            "before anyone noticed. Lecturers did not know whom to turn to with concerns.</p>",
        ),
        "approach": Text(
            "<ul><li>Per opleiding één zorgcoördinator, bekend bij alle docenten en "
            "studenten.</li>"
            "<li>Verzuim wordt wekelijks bekeken; na drie dagen volgt een gesprek.</li>"
            "<li>Vaste afspraken met het RMC en het wijkteam van de gemeente.</li></ul>",
            "<ul><li>One care coordinator per course, known to all lecturers and students.</li>"
            "<li>Absence is reviewed weekly; after three days there is a conversation.</li>"
            "<li>Standing agreements with the regional attendance centre and the municipal "
            "neighbourhood team.</li></ul>",
        ),
        "results": Text(
            "<p>Voortijdige uitval in het eerste jaar ging van 11% naar 7% in twee jaar. 84 "
            "studenten kregen via de zorgcoördinator hulp van het wijkteam.</p>",
            "<p>Early dropout in the first year went from 11% to 7% in two years. 84 students "
            "got help from the neighbourhood team through the care coordinator.</p>",
        ),
        "working_elements": Text(
            "<ul><li>Snel: een gesprek binnen een week, niet pas na een melding.</li>"
            "<li>Ook achttienplussers krijgen aandacht, al geldt de leerplicht niet meer.</li>"
            "</ul>",
            "<ul><li>Fast: a conversation within a week, not only after a report.</li>"
            "<li>Students over eighteen get attention too, even though compulsory education no "
            "longer applies.</li></ul>",
        ),
        "conditions": Text(
            "<p>Acht zorgcoördinatoren van 0,6 fte, betaald uit de middelen voor "
            "studentbegeleiding. Een korte training in gespreksvoering voor alle docenten.</p>",
            "<p>Eight care coordinators of 0.6 FTE each, paid from student guidance funds. A "
            "short training in conversation skills for all lecturers.</p>",
        ),
        "lessons": Text(
            "<ul><li>Zorg dat docenten weten wat er met hun signaal gebeurt.</li>"
            "<li>Vraag studenten zelf hoe ze benaderd willen worden.</li></ul>",
            "<ul><li>Make sure lecturers know what happens with their report.</li>"
            "<li>Ask the students themselves how they want to be approached.</li></ul>",
        ),
        "themes": [PREVENTIE, JEUGDHULP],
        "regions": ["FL"],
        "sectors": ["MBO"],
        "audiences": ["Ondersteuningscoördinatoren", "Leraren", "Schoolleiders"],
        "organisations": ["ROC Lindeland"],
        "tags": ["mbo", "zorgcoördinatie", "uitval", "verzuim"],
        "contact": (
            "Rachid Bouzid",
            Text("Coördinator studentenzorg", "Student care coordinator"),
            Text("ROC Lindeland", "ROC Lindeland"),
            "r.bouzid@roclindeland.example",
            FORM,
        ),
        "age": 300,
    },
    {
        "slug": "jongerenpanel-parkstad",
        "title": Text(
            "Jongerenpanel: oud-thuiszitters adviseren het samenwerkingsverband",
            "Youth panel: former stay-at-homes advise the school alliance",
        ),
        "intro": Text(
            "In Parkstad Limburg praten tien jongeren die zelf thuis hebben gezeten mee over "
            "het beleid van het samenwerkingsverband.",
            "In Parkstad Limburg ten young people who have been out of school themselves help "
            "shape the policy of the school alliance.",
        ),
        "problem": Text(
            "<p>Plannen tegen thuiszitten werden gemaakt door volwassenen. Wat jongeren zelf "
            "hadden geholpen, vroeg niemand.</p>",
            "<p>Plans against children sitting at home were made by adults. Nobody asked what "
            "would have helped the young people themselves.</p>",
        ),
        "approach": Text(
            "<ul><li>Een panel van tien jongeren van 14 tot 20 jaar, geworven via scholen en "
            "jongerenwerk.</li>"
            "<li>Vier bijeenkomsten per jaar, met een vergoeding per keer.</li>"
            "<li>Het bestuur reageert schriftelijk op elk advies.</li></ul>",
            "<ul><li>A panel of ten young people aged 14 to 20, recruited through schools and "
            "youth work.</li>"
            "<li>Four meetings a year, with a fee each time.</li>"
            "<li>The board replies in writing to every piece of advice.</li></ul>",
        ),
        "results": Text(
            "<p>Het panel gaf in twee jaar zes adviezen. Vier zijn overgenomen, waaronder een "
            "vast aanspreekpunt voor elke terugkerende leerling en een kortere "
            "aanmeldprocedure.</p>",
            "<p>The panel gave six pieces of advice in two years. Four were adopted, among them "
            "a fixed point of contact for every returning pupil and a shorter referral "
            "procedure.</p>",
        ),
        "working_elements": Text(
            "<ul><li>Jongeren zien wat er met hun advies gebeurt.</li>"
            "<li>Een jongerenwerker begeleidt het panel, niet iemand van school.</li></ul>",
            "<ul><li>Young people see what happens with their advice.</li>"
            "<li>A youth worker supports the panel, not someone from school.</li></ul>",
        ),
        "conditions": Text(
            "<p>Ongeveer € 12.000 per jaar voor begeleiding, vergoedingen en eten. Een ruimte "
            "buiten school helpt.</p>",
            "<p>About € 12,000 a year for support, fees and food. A venue outside school "
            "helps.</p>",
        ),
        "lessons": Text(
            "<ul><li>Vraag geen verhaal over het verleden als jongeren dat niet willen.</li>"
            "<li>Werk met korte vragen en snelle terugkoppeling.</li></ul>",
            "<ul><li>Do not ask for stories about the past if young people do not want to tell "
            "them.</li>"
            "<li>Work with short questions and quick feedback.</li></ul>",
        ),
        "themes": [JONGEREN],
        "regions": ["LI"],
        "sectors": ["VO", "MBO"],
        "audiences": ["Bestuurders", "Jeugdprofessionals"],
        "organisations": ["Parkstad Limburg", "Lansbrekers"],
        "tags": ["jongerenparticipatie", "ervaringsdeskundigheid", "beleid"],
        "contact": (
            "Luuk Smeets",
            Text("Jongerenwerker", "Youth worker"),
            Text(
                "Samenwerkingsverband VO Parkstad Limburg",
                "Parkstad Limburg secondary school alliance",
            ),
            "l.smeets@swv-vo-parkstad-limburg.example",
            NONE,
        ),
        "age": 95,
    },
    {
        "slug": "kwartaalmonitor-thuiszitters-zwolle",
        "title": Text(
            "Elk kwartaal de cijfers op tafel",
            "The figures on the table every quarter",
        ),
        "intro": Text(
            "Gemeente Zwolle en de samenwerkingsverbanden maken elk kwartaal samen een overzicht "
            "van thuiszitters, vrijstellingen en wachttijden, en bespreken het met de "
            "wethouder.",
            "The municipality of Zwolle and the school alliances draw up a joint overview of "
            "children out of school, exemptions and waiting times every quarter, and discuss it "
            "with the alderman.",
        ),
        "problem": Text(
            "<p>Leerplicht, samenwerkingsverbanden en jeugdhulp telden elk op hun eigen manier. "
            "Niemand kon zeggen hoeveel kinderen er werkelijk thuiszaten, of hoe lang al.</p>",
            "<p>Attendance officers, school alliances and youth care each counted in their own "
            "way. Nobody could say how many children were really at home, or for how long.</p>",
        ),
        "approach": Text(
            "<ul><li>Eén definitie van thuiszitter en één gezamenlijk telmoment per "
            "kwartaal.</li>"
            "<li>Gegevens worden geanonimiseerd samengevoegd door leerplicht.</li>"
            "<li>Een kort overleg met wethouder en bestuurders over de drie grootste "
            "knelpunten.</li></ul>",
            "<ul><li>One definition of a child out of school and one joint count every "
            "quarter.</li>"
            "<li>The attendance office merges the data, anonymised.</li>"
            "<li>A short meeting with the alderman and the boards on the three biggest "
            "bottlenecks.</li></ul>",
        ),
        "results": Text(
            "<p>Het aantal leerlingen dat langer dan drie maanden thuiszat, ging van 17 naar 6 "
            "in anderhalf jaar. Het aantal vrijstellingen daalde van 41 naar 29.</p>",
            "<p>The number of pupils at home for more than three months went from 17 to 6 in a "
            "year and a half. Exemptions fell from 41 to 29.</p>",
        ),
        "working_elements": Text(
            "<ul><li>Dezelfde cijfers voor iedereen maken het gesprek zakelijk.</li>"
            "<li>Bestuurlijke aandacht elk kwartaal houdt de urgentie vast.</li></ul>",
            "<ul><li>The same figures for everyone keep the discussion businesslike.</li>"
            "<li>Attention from the boards every quarter keeps the urgency alive.</li></ul>",
        ),
        "conditions": Text(
            "<p>Een afspraak over gegevensdeling die de privacyfunctionarissen hebben "
            "goedgekeurd. Ongeveer twee dagen werk per kwartaal.</p>",
            "<p>A data-sharing agreement approved by the data protection officers. About two "
            "days' work per quarter.</p>",
        ),
        "lessons": Text(
            "<ul><li>Tel ook de kinderen met een vrijstelling; anders verdwijnen ze uit "
            "beeld.</li>"
            "<li>Laat achter elk getal een naam staan bij wie er regie heeft.</li></ul>",
            "<ul><li>Count the children with an exemption as well; otherwise they vanish from "
            "view.</li>"
            "<li>Behind every number, record the name of whoever coordinates.</li></ul>",
        ),
        "themes": [PACT, LEERPLICHT],
        "regions": ["OV"],
        "sectors": ["PO", "VO"],
        "audiences": ["Gemeenten", "Bestuurders", "Leerplichtambtenaren"],
        "organisations": ["Gemeente Zwolle", "Scholengroep Vechtdal"],
        "tags": ["monitoring", "cijfers", "vrijstellingen", "leerplicht"],
        "contact": (
            "Hanneke Brouwer",
            Text("Beleidsmedewerker onderwijs", "Education policy officer"),
            Text("Gemeente Zwolle", "Municipality of Zwolle"),
            "h.brouwer@zwolle-onderwijs.example",
            FORM,
        ),
        "age": 610,
        "overdue": 20,
    },
    {
        "slug": "schoolmaatschappelijk-werk-haaglanden",
        "title": "Schoolmaatschappelijk werk op elke basisschool",
        "intro": (
            "Samenwerkingsverband PO Haaglanden-Kust en de gemeenten zetten op iedere basisschool "
            "een schoolmaatschappelijk werker in, vier uur per week, op een vaste dag."
        ),
        "problem": (
            "<p>Leraren zagen zorgen thuis vaak als eerste, maar de weg naar het wijkteam was "
            "lang. Tegen de tijd dat er hulp kwam, was een leerling al weken regelmatig "
            "afwezig.</p>"
        ),
        "approach": (
            "<ul><li>Een vaste schoolmaatschappelijk werker per school, op een vaste "
            "dag.</li><li>Ouders kunnen zonder verwijzing binnenlopen.</li><li>De werker schuift "
            "aan bij het ondersteuningsoverleg en kent de mensen van het wijkteam "
            "persoonlijk.</li></ul>"
        ),
        "results": (
            "<p>In twee jaar 1.150 gezinnen geholpen, waarvan ruim 60% zonder doorverwijzing naar "
            "specialistische hulp. Het aantal verzuimmeldingen in de groepen 6 tot en met 8 daalde "
            "met een kwart.</p>"
        ),
        "working_elements": (
            "<ul><li>Laagdrempelig: het schoolplein is voor ouders een bekende plek.</li><li>Eén "
            "persoon die zowel de school als het wijkteam kent.</li></ul>"
        ),
        "conditions": (
            "<p>Ongeveer € 6.500 per school per jaar. De gemeenten betalen twee derde, het "
            "samenwerkingsverband een derde.</p>"
        ),
        "lessons": (
            "<ul><li>Houd de werker op dezelfde school; wisselingen kosten "
            "vertrouwen.</li><li>Maak afspraken over wat wel en niet in het leerlingdossier "
            "komt.</li></ul>"
        ),
        "themes": [JEUGDHULP, PREVENTIE],
        "regions": ["ZH"],
        "sectors": ["PO"],
        "audiences": ["Schoolleiders", "Jeugdprofessionals", "Gemeenten"],
        "organisations": ["Haaglanden-Kust"],
        "tags": ["schoolmaatschappelijk werk", "wijkteam", "jeugdhulp"],
        "contact": (
            "Sanne de Jong",
            "Coördinator schoolmaatschappelijk werk",
            "Samenwerkingsverband PO Haaglanden-Kust",
            "s.dejong@swv-po-haaglanden-kust.example",
            FORM,
        ),
        "age": 880,
    },
    {
        "slug": "verzuimspreekuur-jeugdarts-noordoost-fryslan",
        "title": "Spreekuur met de jeugdarts bij veel ziekmelden",
        "intro": (
            "Scholen in Noordoost-Fryslân verwijzen leerlingen die vaak ziek zijn naar een "
            "spreekuur van de jeugdarts, op school en binnen twee weken."
        ),
        "problem": (
            "<p>Ziekteverzuim werd nauwelijks besproken: ziek is ziek. Toch bleek achter veel "
            "ziekmeldingen iets anders te zitten, zoals somberheid, pesten of problemen thuis.</p>"
        ),
        "approach": (
            "<ul><li>Bij vier ziekmeldingen in twaalf weken, of zes aaneengesloten dagen, nodigt "
            "de mentor leerling en ouders uit voor de jeugdarts.</li><li>Het spreekuur is op "
            "school, elke twee weken.</li><li>De jeugdarts adviseert school en ouders wat de "
            "leerling wél kan.</li></ul>"
        ),
        "results": (
            "<p>Op de zes deelnemende scholen daalde het ziekteverzuim in een jaar met 20%. Bij "
            "een op de drie leerlingen kwam een onderliggend probleem aan het licht dat nog niet "
            "bekend was.</p>"
        ),
        "working_elements": (
            "<ul><li>De jeugdarts kijkt naar wat wel kan, niet alleen naar wat niet "
            "gaat.</li><li>Het gesprek is vroeg, nog voordat verzuim een probleem wordt.</li></ul>"
        ),
        "conditions": (
            "<p>Uren van de jeugdgezondheidszorg, gefinancierd door de gemeenten. Scholen zorgen "
            "voor een ruimte en voor goede registratie van ziekmeldingen.</p>"
        ),
        "lessons": (
            "<ul><li>Leg ouders uit dat het spreekuur hulp is en geen controle.</li><li>Bespreek "
            "de uitkomst altijd met de mentor.</li></ul>"
        ),
        "themes": [PREVENTIE, LEERPLICHT],
        "regions": ["FR"],
        "sectors": ["VO"],
        "audiences": ["Leraren", "Ondersteuningscoördinatoren", "Jeugdprofessionals"],
        "organisations": ["Noordoost-Fryslân"],
        "tags": ["ziekteverzuim", "jeugdarts", "verzuim"],
        "contact": (
            "Bart Hoekstra",
            "Zorgcoördinator",
            "Samenwerkingsverband VO Noordoost-Fryslân",
            "b.hoekstra@swv-vo-noordoost-fryslan.example",
            MAILTO,
        ),
        "age": 1010,
        "overdue": 150,
    },
    {
        "slug": "thuiszitterstafel-zuidoost-drenthe",
        "title": "De thuiszitterstafel met een onderwijsconsulent",
        "intro": (
            "In Zuidoost-Drenthe schuift bij elke leerling die langer dan een maand thuiszit een "
            "onafhankelijke onderwijsconsulent aan, naast school, ouders en jeugdarts."
        ),
        "problem": (
            "<p>Gesprekken over thuiszittende leerlingen liepen vaak vast in een "
            "welles-nietesdiscussie tussen school en ouders. Er werd veel vergaderd, maar weinig "
            "besloten.</p>"
        ),
        "approach": (
            "<ul><li>Een onafhankelijke onderwijsconsulent leidt het gesprek.</li><li>De jeugdarts "
            "geeft vooraf een advies over belastbaarheid.</li><li>Aan het eind staat er een plan "
            "met een eerste stap binnen twee weken.</li></ul>"
        ),
        "results": (
            "<p>Van de 31 besproken leerlingen kregen er 24 binnen drie maanden weer onderwijs. "
            "Ouders gaven de gesprekken gemiddeld een 7,8.</p>"
        ),
        "working_elements": (
            "<ul><li>Een neutrale gespreksleider haalt de spanning uit het gesprek.</li><li>Het "
            "medisch advies maakt duidelijk wat een leerling aankan.</li></ul>"
        ),
        "conditions": (
            "<p>Ongeveer 20 uur per maand aan consulentenuren en jeugdartsuren. De kosten liggen "
            "rond € 30.000 per jaar.</p>"
        ),
        "lessons": (
            "<ul><li>Nodig de leerling uit voor een deel van het gesprek.</li><li>Plan direct een "
            "vervolggesprek, anders zakt het plan weg.</li></ul>"
        ),
        "themes": [PACT, TERUG],
        "regions": ["DR"],
        "sectors": ["PO"],
        "audiences": ["Ondersteuningscoördinatoren", "Ouders", "Jeugdprofessionals"],
        "organisations": ["Zuidoost-Drenthe", "Hunzedal"],
        "tags": ["thuiszittersoverleg", "onderwijsconsulent", "jeugdarts"],
        "contact": (
            "Ingrid Postma",
            "Orthopedagoog",
            "Samenwerkingsverband PO Zuidoost-Drenthe",
            "i.postma@swv-po-zuidoost-drenthe.example",
            FORM,
        ),
        "age": 530,
        "related": ["thuiszittersoverleg-stad-en-ommeland"],
    },
    {
        "slug": "time-out-klas-amstelland",
        "title": "Een time-outklas om schorsing en uitval te voorkomen",
        "intro": (
            "Vijf middelbare scholen in Amstelland-Zuid delen een time-outklas waar leerlingen "
            "maximaal acht weken op adem komen, met het doel terug in de eigen klas."
        ),
        "problem": (
            "<p>Leerlingen met heftig gedrag werden geschorst of verwijderd. Daarna duurde het "
            "vaak maanden voordat een andere school ze aannam, en in de tussentijd zaten ze "
            "thuis.</p>"
        ),
        "approach": (
            "<ul><li>Een kleine klas van hoogstens acht leerlingen buiten de eigen "
            "school.</li><li>De leerling houdt zijn eigen rooster en huiswerk, met een "
            "gedragsdeskundige erbij.</li><li>Vanaf week vier gaat de leerling steeds meer uren "
            "terug naar de eigen school.</li></ul>"
        ),
        "results": (
            "<p>Van de 52 leerlingen in twee jaar keerden er 44 terug naar hun eigen school. Het "
            "aantal verwijderingen bij de deelnemende scholen ging van 19 naar 5 per jaar.</p>"
        ),
        "working_elements": (
            "<ul><li>Een vaste termijn: iedereen weet dat het tijdelijk is.</li><li>De mentor van "
            "de eigen school blijft betrokken en komt op bezoek.</li></ul>"
        ),
        "conditions": (
            "<p>Twee docenten en een gedragsdeskundige, samen ongeveer € 210.000 per jaar uit het "
            "budget van het samenwerkingsverband. Een lokaal in een van de scholen.</p>"
        ),
        "lessons": (
            "<ul><li>Zorg dat de eigen school de plek openhoudt.</li><li>Praat met de klasgenoten "
            "voordat de leerling terugkomt.</li></ul>"
        ),
        "themes": [PREVENTIE, TERUG],
        "regions": ["NH"],
        "sectors": ["VO"],
        "audiences": ["Schoolleiders", "Leraren", "Ondersteuningscoördinatoren"],
        "organisations": ["Amstelland-Zuid"],
        "tags": ["time-out", "schorsing", "gedrag"],
        "contact": (
            "Mehmet Yılmaz",
            "Coördinator time-outvoorziening",
            "Samenwerkingsverband VO Amstelland-Zuid",
            "m.yilmaz@swv-vo-amstelland-zuid.example",
            FORM,
        ),
        "age": 350,
    },
    {
        "slug": "reintegratieplan-in-stappen-vechtdal",
        "title": "Terug naar school in kleine stappen",
        "intro": (
            "Scholengroep Vechtdal werkt met een vast stappenplan voor leerlingen die na lange "
            "afwezigheid terugkomen: van een kop thee met de mentor tot een volledig rooster."
        ),
        "problem": (
            "<p>Terugkeer na lang thuiszitten mislukte vaak in de eerste weken. De leerling moest "
            "meteen het hele rooster volgen en haakte opnieuw af.</p>"
        ),
        "approach": (
            "<ul><li>Vijf vaste stappen: contact thuis, een uur op school buiten de klas, enkele "
            "lessen, halve dagen, volledig rooster.</li><li>Elke stap duurt minimaal twee weken en "
            "wordt samen met leerling en ouders geëvalueerd.</li><li>Een vaste coach op school is "
            "het eerste aanspreekpunt.</li></ul>"
        ),
        "results": (
            "<p>Van de 27 leerlingen die met het plan terugkwamen, zat na een jaar 81% nog "
            "volledig op school. Daarvoor was dat ongeveer de helft.</p>"
        ),
        "working_elements": (
            "<ul><li>De leerling bepaalt mee het tempo.</li><li>Kleine successen worden gevierd en "
            "zichtbaar gemaakt.</li></ul>"
        ),
        "conditions": (
            "<p>Twee uur per week coachtijd per leerling. Een rustige ruimte in de school. Geen "
            "extra kosten buiten de formatie.</p>"
        ),
        "lessons": (
            "<ul><li>Een stap terug is geen mislukking; leg dat vooraf uit.</li><li>Informeer alle "
            "docenten, zodat niemand de leerling overvalt.</li></ul>"
        ),
        "themes": [TERUG, OUDERS],
        "regions": ["OV"],
        "sectors": ["VO"],
        "audiences": ["Leraren", "Ondersteuningscoördinatoren", "Ouders"],
        "organisations": ["Scholengroep Vechtdal"],
        "tags": ["re-integratie", "maatwerk", "coaching"],
        "contact": (
            "Petra Kuipers",
            "Leerlingcoach",
            "Scholengroep Vechtdal",
            "p.kuipers@scholengroepvechtdal.example",
            FORM,
        ),
        "age": 150,
    },
    {
        "slug": "online-onderwijs-zieke-leerlingen-zeeland",
        "title": "Online meedoen in de klas voor zieke leerlingen",
        "intro": (
            "Langdurig zieke leerlingen in Zeeland volgen lessen vanuit huis of ziekenhuis met een "
            "robotje of laptop in de klas, zodat ze bij hun klasgenoten blijven."
        ),
        "problem": (
            "<p>Leerlingen die maanden ziek waren, verloren niet alleen lesstof maar ook het "
            "contact met hun klas. Terugkomen werd daardoor steeds moeilijker.</p>"
        ),
        "approach": (
            "<ul><li>Het samenwerkingsverband leent scholen een telepresence-robot of een laptop "
            "met camera uit.</li><li>Een consulent onderwijs aan zieke leerlingen helpt school en "
            "gezin bij de start.</li><li>De leerling kiest zelf welke lessen hij online "
            "volgt.</li></ul>"
        ),
        "results": (
            "<p>In drie jaar 38 leerlingen ondersteund. 33 van hen stroomden zonder doublure weer "
            "in; vrijwel allemaal zeggen ze dat ze zich minder alleen voelden.</p>"
        ),
        "working_elements": (
            "<ul><li>Het contact met klasgenoten blijft bestaan.</li><li>De school hoeft de "
            "techniek niet zelf uit te zoeken.</li></ul>"
        ),
        "conditions": (
            "<p>Zes robots en tien laptops, samen ongeveer € 40.000, plus 0,5 fte consulent. Een "
            "goede internetverbinding op school en thuis.</p>"
        ),
        "lessons": (
            "<ul><li>Oefen vooraf met de klas, dan is de robot snel gewoon.</li><li>Spreek af wat "
            "er gebeurt als de leerling een dag niet kan.</li></ul>"
        ),
        "themes": [TERUG, ARRANGEMENTEN],
        "regions": ["ZE"],
        "sectors": ["VO", "PO"],
        "audiences": ["Leraren", "Ouders", "Schoolleiders"],
        "organisations": ["Zeeuwse Eilanden"],
        "tags": ["zieke leerlingen", "afstandsonderwijs", "ict"],
        "contact": (
            "Jeroen Veenstra",
            "Consulent onderwijs aan zieke leerlingen",
            "Samenwerkingsverband VO Zeeuwse Eilanden",
            "j.veenstra@swv-vo-zeeuwse-eilanden.example",
            MAILTO,
        ),
        "age": 700,
    },
    {
        "slug": "jeugdhulp-in-de-klas-het-kompas",
        "title": "Jeugdhulp in de klas op een so-school",
        "intro": (
            "Op Het Kompas werkt in elke groep een jeugdhulpverlener naast de leraar, zodat "
            "behandeling en onderwijs niet meer met elkaar concurreren."
        ),
        "problem": (
            "<p>Leerlingen werden voor therapie onder schooltijd opgehaald. Ze misten lessen, "
            "raakten onrustig en sommigen haakten helemaal af.</p>"
        ),
        "approach": (
            "<ul><li>Een jeugdhulpverlener van Stichting Jeugdhulp Veluwezoom is vier dagen per "
            "week op school.</li><li>Behandeling vindt in of naast de klas plaats, afgestemd op "
            "het lesrooster.</li><li>Leraar en hulpverlener maken samen één plan per "
            "leerling.</li></ul>"
        ),
        "results": (
            "<p>Het verzuim voor behandeling daalde van gemiddeld zes naar één uur per week. Het "
            "aantal incidenten in de groepen halveerde in een jaar.</p>"
        ),
        "working_elements": (
            "<ul><li>Eén team met één plan rond de leerling.</li><li>De hulpverlener ziet het kind "
            "in de dagelijkse praktijk.</li></ul>"
        ),
        "conditions": (
            "<p>De gemeente betaalt de hulpverlening als groepsaanbod, zonder aparte beschikking "
            "per kind. De school levert ruimte en overlegtijd.</p>"
        ),
        "lessons": (
            "<ul><li>Regel vooraf wie de regie heeft tijdens schooltijd.</li><li>Een groepsaanbod "
            "scheelt veel papierwerk.</li></ul>"
        ),
        "themes": [ARRANGEMENTEN, JEUGDHULP],
        "regions": ["GE"],
        "sectors": ["SO/VSO"],
        "audiences": ["Leraren", "Jeugdprofessionals", "Schoolleiders"],
        "organisations": ["Het Kompas", "Jeugdhulp Veluwezoom"],
        "tags": ["jeugdhulp", "speciaal onderwijs", "groepsaanbod"],
        "contact": (
            "Noor Bakker",
            "Directeur",
            "Het Kompas, school voor speciaal onderwijs",
            "n.bakker@hetkompas-so.example",
            FORM,
        ),
        "age": 260,
        "related": ["onderwijs-zorgarrangement-rivierenland"],
    },
    {
        "slug": "gezamenlijk-fonds-utrecht",
        "title": "Een gezamenlijk fonds voor onderwijs en jeugd",
        "intro": (
            "Gemeente Utrecht en het samenwerkingsverband PO storten elk jaar een bedrag in een "
            "gezamenlijk fonds, waaruit snel maatwerk wordt betaald als de gewone potten niet "
            "passen."
        ),
        "problem": (
            "<p>Voor een begeleider in de klas of vervoer naar een tijdelijke plek was vaak wel "
            "een oplossing, maar geen betaler. Onderwijs en jeugdhulp wezen naar elkaar.</p>"
        ),
        "approach": (
            "<ul><li>Beide partijen storten € 150.000 per jaar in het fonds.</li><li>Een duo van "
            "gemeente en samenwerkingsverband besluit binnen vijf werkdagen.</li><li>Achteraf "
            "wordt bekeken welke partij structureel had moeten betalen.</li></ul>"
        ),
        "results": (
            "<p>In het eerste jaar 46 aanvragen toegekend, gemiddeld € 4.800 per leerling. Bij 39 "
            "leerlingen werd thuiszitten voorkomen of verkort.</p>"
        ),
        "working_elements": (
            "<ul><li>Eerst helpen, daarna pas uitzoeken wie betaalt.</li><li>Korte lijnen: twee "
            "mensen die samen mogen beslissen.</li></ul>"
        ),
        "conditions": (
            "<p>Een bestuurlijke afspraak over de inleg en de verantwoording. Ongeveer 0,2 fte per "
            "partij voor de beoordeling.</p>"
        ),
        "lessons": (
            "<ul><li>Houd de aanvraag kort: één formulier, één pagina.</li><li>Gebruik de "
            "jaarlijkse analyse om de structurele afspraken te verbeteren.</li></ul>"
        ),
        "themes": [BUDGETTEN, JEUGDHULP],
        "regions": ["UT"],
        "sectors": ["PO"],
        "audiences": ["Bestuurders", "Gemeenten"],
        "organisations": ["Gemeente Utrecht", "Utrecht Stad"],
        "tags": ["maatwerk", "financiering", "Mét andere ogen"],
        "contact": (
            "Wim van Dam",
            "Senior beleidsadviseur jeugd",
            "Gemeente Utrecht",
            "w.vandam@utrecht-jeugd.example",
            FORM,
        ),
        "age": 980,
        "overdue": 45,
        "related": ["onderwijs-zorgarrangement-rivierenland"],
    },
    {
        "slug": "huisbezoek-bij-eerste-verzuim-meierij",
        "title": "Een huisbezoek bij het eerste verzuim",
        "intro": (
            "Basisscholen in de Meierij gaan bij ongeoorloofd verzuim binnen een week op "
            "huisbezoek, samen met de leerplichtambtenaar als dat nodig is."
        ),
        "problem": (
            "<p>Verzuim in het basisonderwijs werd vaak pas gemeld als het al maanden speelde. "
            "Ouders ervoeren een melding als een beschuldiging.</p>"
        ),
        "approach": (
            "<ul><li>Na twee dagen onverklaard verzuim belt de leerkracht.</li><li>Na een week "
            "volgt een huisbezoek van intern begeleider en leerkracht.</li><li>De "
            "leerplichtambtenaar komt mee als ouders dat willen of als het verzuim "
            "doorgaat.</li></ul>"
        ),
        "results": (
            "<p>Het aantal leerplichtmeldingen uit het basisonderwijs daalde van 64 naar 38 in een "
            "jaar. Scholen zeggen dat ouders het contact als steun ervaren.</p>"
        ),
        "working_elements": (
            "<ul><li>Snel en persoonlijk contact.</li><li>De leerplichtambtenaar als meedenker in "
            "plaats van handhaver.</li></ul>"
        ),
        "conditions": (
            "<p>Tijd van leerkracht en intern begeleider; geen extra budget. Een korte training "
            "gespreksvoering door de leerplichtambtenaren.</p>"
        ),
        "lessons": (
            "<ul><li>Begin het bezoek met de vraag hoe het met het kind gaat.</li><li>Leg "
            "afspraken kort vast en deel ze met de ouders.</li></ul>"
        ),
        "themes": [LEERPLICHT, OUDERS],
        "regions": ["NB"],
        "sectors": ["PO"],
        "audiences": ["Leraren", "Leerplichtambtenaren", "Ouders"],
        "organisations": ["Meierij-Oost"],
        "tags": ["verzuim", "huisbezoek", "leerplicht"],
        "contact": (
            "Saskia Lammers",
            "Intern begeleider",
            "Samenwerkingsverband PO Meierij-Oost",
            "s.lammers@swv-po-meierij-oost.example",
            NONE,
        ),
        "age": 75,
    },
    {
        "slug": "tussenvoorziening-de-overstap-parkstad",
        "title": "De Overstap: een tussenplek met de weg terug al uitgestippeld",
        "intro": (
            "Leerlingen die vastlopen in Parkstad Limburg kunnen tijdelijk naar De Overstap, waar "
            "ze les krijgen in een kleine groep en werken aan terugkeer naar een gewone school."
        ),
        "problem": (
            "<p>Leerlingen die tussen twee scholen in zaten, bleven vaak thuis tot er een nieuwe "
            "plek was. Dat wachten duurde soms een half jaar.</p>"
        ),
        "approach": (
            "<ul><li>Plaatsing binnen twee weken, zonder uitgebreide procedure.</li><li>Maximaal "
            "zes maanden, met een terugkeerplan vanaf de eerste dag.</li><li>De ontvangende school "
            "doet mee aan het overdrachtsgesprek.</li></ul>"
        ),
        "results": (
            "<p>Van de 63 leerlingen in twee jaar gingen er 49 naar een reguliere school en 9 naar "
            "het speciaal onderwijs. De gemiddelde verblijfsduur was 15 weken.</p>"
        ),
        "working_elements": (
            "<ul><li>Snel beginnen, zodat er geen thuiszitperiode ontstaat.</li><li>Terugkeer is "
            "het doel vanaf dag één.</li></ul>"
        ),
        "conditions": (
            "<p>Ongeveer € 320.000 per jaar voor personeel en huisvesting, uit de middelen van het "
            "samenwerkingsverband.</p>"
        ),
        "lessons": (
            "<ul><li>Bewaak de maximale termijn, anders wordt het een eindstation.</li><li>Betrek "
            "de ontvangende school vroeg.</li></ul>"
        ),
        "themes": [TERUG, PREVENTIE],
        "regions": ["LI"],
        "sectors": ["VO"],
        "audiences": ["Schoolleiders", "Ondersteuningscoördinatoren"],
        "organisations": ["Parkstad Limburg"],
        "tags": ["tussenvoorziening", "terugkeer", "maatwerk"],
        "contact": (
            "Thijs Hendriks",
            "Teamleider De Overstap",
            "Samenwerkingsverband VO Parkstad Limburg",
            "t.hendriks@swv-vo-parkstad-limburg.example",
            FORM,
        ),
        "age": 640,
    },
    {
        "slug": "maatwerkrooster-autisme-amstelland",
        "title": "Prikkelarm lokaal en maatwerkrooster bij autisme",
        "intro": (
            "Een middelbare school in Amstelland-Zuid richtte een prikkelarm lokaal in en biedt "
            "leerlingen met autisme een rooster dat meebeweegt met wat ze aankunnen."
        ),
        "problem": (
            "<p>Leerlingen met autisme raakten overprikkeld door drukke gangen en steeds "
            "wisselende lokalen. Een deel meldde zich structureel ziek.</p>"
        ),
        "approach": (
            "<ul><li>Een vast, rustig lokaal als thuisbasis.</li><li>Een rooster met ruimte voor "
            "pauzes en eigen werk.</li><li>Een vaste begeleider die dagelijks kort "
            "incheckt.</li></ul>"
        ),
        "results": (
            "<p>Het verzuim van de 18 leerlingen in de groep daalde van gemiddeld 22% naar 7%. "
            "Twee leerlingen die thuiszaten, volgen weer het hele rooster.</p>"
        ),
        "working_elements": (
            "<ul><li>Voorspelbaarheid in ruimte en tijd.</li><li>Een begeleider die signalen vroeg "
            "oppikt.</li></ul>"
        ),
        "conditions": (
            "<p>Een lokaal en 0,8 fte begeleiding, betaald uit een arrangement van het "
            "samenwerkingsverband.</p>"
        ),
        "lessons": (
            "<ul><li>Laat leerlingen meedenken over de inrichting.</li><li>Bouw af waar het kan, "
            "maar zonder haast.</li></ul>"
        ),
        "themes": [TERUG, ARRANGEMENTEN],
        "regions": ["NH"],
        "sectors": ["VO"],
        "audiences": ["Leraren", "Schoolleiders"],
        "organisations": ["Amstelland-Zuid"],
        "tags": ["autisme", "maatwerk", "prikkelarm"],
        "contact": (
            "Esther Wouters",
            "Ondersteuningscoördinator",
            "Samenwerkingsverband VO Amstelland-Zuid",
            "e.wouters@swv-vo-amstelland-zuid.example",
            MAILTO,
        ),
        "age": 480,
    },
    {
        "slug": "warme-overdracht-po-vo-flevoland",
        "title": "Warme overdracht van basisschool naar middelbare school",
        "intro": (
            "In Flevoland-Oost spreken leerkrachten van groep 8 en mentoren van de brugklas elkaar "
            "over elke leerling met een kwetsbare start, samen met de ouders."
        ),
        "problem": (
            "<p>Na de zomer begon een aantal brugklassers al snel te verzuimen. Wat de basisschool "
            "wist over hun zorgen, was in het dossier blijven hangen.</p>"
        ),
        "approach": (
            "<ul><li>In juni een gesprek tussen leerkracht, mentor, ouders en "
            "leerling.</li><li>Een kennismakingsdag extra voor deze leerlingen.</li><li>In oktober "
            "een terugkoppeling van de mentor aan de basisschool.</li></ul>"
        ),
        "results": (
            "<p>Van de 120 leerlingen met een warme overdracht verzuimde 6% zorgelijk in het "
            "eerste jaar, tegen 17% in de jaren ervoor.</p>"
        ),
        "working_elements": (
            "<ul><li>Een gesprek zegt meer dan een dossier.</li><li>De leerling kent voor de zomer "
            "al een gezicht op de nieuwe school.</li></ul>"
        ),
        "conditions": (
            "<p>Ongeveer een uur per leerling voor beide scholen. Het samenwerkingsverband "
            "coördineert de planning.</p>"
        ),
        "lessons": (
            "<ul><li>Vraag toestemming van ouders en leg uit wat er wordt gedeeld.</li><li>De "
            "terugkoppeling in oktober motiveert de basisscholen.</li></ul>"
        ),
        "themes": [PREVENTIE, OUDERS],
        "regions": ["FL"],
        "sectors": ["PO", "VO"],
        "audiences": ["Leraren", "Ouders", "Ondersteuningscoördinatoren"],
        "organisations": ["Flevoland-Oost"],
        "tags": ["overgang po-vo", "overdracht", "preventie"],
        "contact": (
            "Kees Jansen",
            "Adviseur passend onderwijs",
            "Samenwerkingsverband PO Flevoland-Oost",
            "k.jansen@swv-po-flevoland-oost.example",
            FORM,
        ),
        "age": 30,
    },
    {
        "slug": "zorg-en-adviesteam-stad-en-ommeland",
        "title": "Een vaste jeugdhulpverlener in het zorg- en adviesteam",
        "intro": (
            "Elk zorg- en adviesteam in Stad en Ommeland heeft een vaste medewerker van het "
            "wijkteam, die tijdens het overleg direct hulp kan inzetten."
        ),
        "problem": (
            "<p>Het zorg- en adviesteam besprak leerlingen, maar kon zelf niets inzetten. Een "
            "verwijzing naar het wijkteam leidde tot een nieuwe intake en weken wachten.</p>"
        ),
        "approach": (
            "<ul><li>Een vaste wijkteammedewerker per school schuift aan bij het "
            "overleg.</li><li>Die mag lichte hulp direct toezeggen.</li><li>Ouders zijn bij de "
            "bespreking aanwezig.</li></ul>"
        ),
        "results": (
            "<p>De wachttijd van bespreking tot hulp ging van gemiddeld zeven weken naar "
            "anderhalve week. Scholen verwezen 30% minder naar specialistische hulp.</p>"
        ),
        "working_elements": (
            "<ul><li>Beslissen aan tafel, niet achteraf.</li><li>Een bekend gezicht voor ouders en "
            "leerkrachten.</li></ul>"
        ),
        "conditions": (
            "<p>Vier uur per maand per school uit de formatie van het wijkteam. Een "
            "privacyafspraak over het delen van gegevens.</p>"
        ),
        "lessons": (
            "<ul><li>Bespreek vooraf welke hulp direct kan worden toegezegd.</li><li>Houd het "
            "aantal deelnemers aan tafel klein.</li></ul>"
        ),
        "themes": [JEUGDHULP, PREVENTIE],
        "regions": ["GR"],
        "sectors": ["PO"],
        "audiences": ["Ondersteuningscoördinatoren", "Jeugdprofessionals", "Gemeenten"],
        "organisations": ["Stad en Ommeland"],
        "tags": ["zorg- en adviesteam", "wijkteam", "jeugdhulp"],
        "contact": (
            "Linda Schouten",
            "Beleidsmedewerker",
            "Samenwerkingsverband PO Stad en Ommeland",
            "l.schouten@swv-po-stad-en-ommeland.example",
            FORM,
        ),
        "age": 820,
        "related": ["thuiszittersoverleg-stad-en-ommeland"],
    },
    {
        "slug": "ervaringsdeskundige-ouders-als-maatje",
        "title": "Ervaringsdeskundige ouders als maatje",
        "intro": (
            "Ouders die zelf een thuiszittend kind hadden, staan andere ouders bij in gesprekken "
            "met school en hulpverlening."
        ),
        "problem": (
            "<p>Ouders van thuiszitters voelden zich vaak alleen en niet gehoord. Ze zaten "
            "tegenover een tafel vol professionals en wisten niet wat ze mochten vragen.</p>"
        ),
        "approach": (
            "<ul><li>Met De Lansbrekers en Ouders &amp; Onderwijs werden twaalf ouders opgeleid "
            "tot maatje.</li><li>Een maatje gaat mee naar gesprekken en helpt bij de "
            "voorbereiding.</li><li>Maandelijks intervisie voor de maatjes.</li></ul>"
        ),
        "results": (
            "<p>In anderhalf jaar kregen 58 gezinnen een maatje. Bij een enquête gaf 90% aan zich "
            "beter gehoord te voelen; in 41 gezinnen ging het kind weer naar school.</p>"
        ),
        "working_elements": (
            "<ul><li>Herkenning: het maatje weet hoe het voelt.</li><li>Goede voorbereiding geeft "
            "ouders rust aan tafel.</li></ul>"
        ),
        "conditions": (
            "<p>Een vrijwilligersvergoeding, training en begeleiding; ongeveer € 25.000 per "
            "jaar.</p>"
        ),
        "lessons": (
            "<ul><li>Let op de belasting van de maatjes zelf.</li><li>Maak scholen vooraf "
            "duidelijk wat de rol van het maatje is.</li></ul>"
        ),
        "themes": [OUDERS],
        "regions": ["ZH", "NH"],
        "sectors": ["PO", "VO"],
        "audiences": ["Ouders", "Schoolleiders"],
        "organisations": ["Lansbrekers", "Ouders & Onderwijs"],
        "tags": ["ouders", "ervaringsdeskundigheid", "maatje"],
        "contact": (
            "Ahmed Benali",
            "Coördinator maatjes",
            "De Lansbrekers",
            "maatjes@lansbrekers.example",
            FORM,
        ),
        "age": 210,
        "related": ["ouderpunt-utrecht"],
    },
    {
        "slug": "verzuimprotocol-eerste-dag-bellen-drenthe",
        "title": "Eerste dag afwezig? Dezelfde dag bellen",
        "intro": (
            "Alle basisscholen in Zuidoost-Drenthe bellen ouders op de eerste dag dat een kind "
            "onverwacht afwezig is, met een gedeeld verzuimprotocol."
        ),
        "problem": (
            "<p>Elke school had een eigen manier van omgaan met verzuim. Sommige scholen belden "
            "pas na een week, andere helemaal niet.</p>"
        ),
        "approach": (
            "<ul><li>Eén verzuimprotocol voor alle scholen, opgesteld met leerplicht.</li><li>Op "
            "de eerste dag onverwachte afwezigheid belt de school voor tien uur de "
            "ouders.</li><li>Bij herhaling volgt een gesprek met de intern begeleider.</li></ul>"
        ),
        "results": (
            "<p>Het aantal leerlingen met meer dan 10% verzuim daalde in een schooljaar van 210 "
            "naar 150.</p>"
        ),
        "working_elements": (
            "<ul><li>Duidelijkheid voor ouders: elke school doet het hetzelfde.</li><li>Snel "
            "contact voorkomt dat verzuim een gewoonte wordt.</li></ul>"
        ),
        "conditions": (
            "<p>Geen extra kosten; wel een goede administratie en een vaste persoon die belt.</p>"
        ),
        "lessons": (
            "<ul><li>Bel vriendelijk en vraag hoe het met het kind gaat.</li><li>Houd het protocol "
            "kort, maximaal twee pagina's.</li></ul>"
        ),
        "themes": [PREVENTIE, LEERPLICHT],
        "regions": ["DR"],
        "sectors": ["PO"],
        "audiences": ["Schoolleiders", "Leraren", "Leerplichtambtenaren"],
        "organisations": ["Zuidoost-Drenthe"],
        "tags": ["verzuimprotocol", "verzuim", "preventie"],
        "contact": (
            "Ria Vos",
            "Leerplichtambtenaar",
            "Gemeente Emmen",
            "r.vos@emmen-leerplicht.example",
            MAILTO,
        ),
        "age": 1090,
        "overdue": 300,
    },
    {
        "slug": "entree-opleiding-met-begeleiding-lindeland",
        "title": "Van thuis naar stage via de entreeopleiding",
        "intro": (
            "ROC Lindeland biedt jongeren die lang thuis hebben gezeten een entreeopleiding met "
            "een vaste jobcoach en een zachte start van twee dagen per week."
        ),
        "problem": (
            "<p>Jongeren van zestien of zeventien die al lang niet meer naar school gingen, pasten "
            "niet in een gewone mbo-klas. Ze haakten in de eerste maand weer af.</p>"
        ),
        "approach": (
            "<ul><li>Een instroom van twee dagen per week, uit te bouwen naar vier.</li><li>Een "
            "jobcoach die ook thuis langskomt.</li><li>Een eerste stage bij een leerbedrijf dat "
            "ervaring heeft met deze jongeren.</li></ul>"
        ),
        "results": (
            "<p>Van de 34 jongeren in twee jaar behaalden er 22 hun entreediploma; 15 gingen door "
            "naar niveau 2.</p>"
        ),
        "working_elements": (
            "<ul><li>Praktijk eerst: werken geeft zelfvertrouwen.</li><li>Eén coach die zowel de "
            "student als het leerbedrijf kent.</li></ul>"
        ),
        "conditions": (
            "<p>Een jobcoach op 0,8 fte voor twaalf studenten, deels betaald door de gemeente uit "
            "re-integratiemiddelen.</p>"
        ),
        "lessons": (
            "<ul><li>Kies leerbedrijven zorgvuldig uit.</li><li>Begin klein en bouw op.</li></ul>"
        ),
        "themes": [TERUG, JEUGDHULP],
        "regions": ["FL"],
        "sectors": ["MBO"],
        "audiences": ["Leraren", "Jeugdprofessionals"],
        "organisations": ["ROC Lindeland"],
        "tags": ["mbo", "entreeopleiding", "stage", "jobcoach"],
        "contact": (
            "Daan Kramer",
            "Jobcoach",
            "ROC Lindeland",
            "d.kramer@roclindeland.example",
            FORM,
        ),
        "age": 400,
        "related": ["zorgcoordinatie-mbo-lindeland"],
    },
    {
        "slug": "multidisciplinair-verzuimoverleg-rivierenland",
        "title": "Multidisciplinair verzuimoverleg op school",
        "intro": (
            "Middelbare scholen in Rivierenland bespreken hardnekkig verzuim maandelijks met "
            "leerplicht, jeugdarts en schoolmaatschappelijk werk, volgens een aanpak die Ingrado "
            "hielp opzetten."
        ),
        "problem": (
            "<p>Verzuim werd op school door verschillende mensen los van elkaar opgepakt. Mentor, "
            "jeugdarts en leerplicht wisten niet van elkaars acties.</p>"
        ),
        "approach": (
            "<ul><li>Een maandelijks overleg per school met vaste deelnemers.</li><li>Elke "
            "leerling krijgt één trekker en een afspraak voor het volgende "
            "overleg.</li><li>Leerling en ouders worden vooraf geïnformeerd en mogen "
            "aansluiten.</li></ul>"
        ),
        "results": (
            "<p>Het aantal leerlingen met langdurig relatief verzuim daalde op vier scholen van 38 "
            "naar 21 in een schooljaar.</p>"
        ),
        "working_elements": (
            "<ul><li>Eén trekker voorkomt dubbel werk.</li><li>Vaste deelnemers bouwen vertrouwen "
            "op.</li></ul>"
        ),
        "conditions": (
            "<p>Twee uur per maand per deelnemer. Een gedeeld verzuimregistratiesysteem helpt.</p>"
        ),
        "lessons": (
            "<ul><li>Bespreek ook wat goed gaat.</li><li>Houd de lijst kort; bespreek alleen wie "
            "echt aandacht nodig heeft.</li></ul>"
        ),
        "themes": [LEERPLICHT, PREVENTIE],
        "regions": ["GE"],
        "sectors": ["VO"],
        "audiences": ["Leerplichtambtenaren", "Ondersteuningscoördinatoren", "Jeugdprofessionals"],
        "organisations": ["Rivierenland-West", "Ingrado"],
        "tags": ["verzuim", "leerplicht", "jeugdarts"],
        "contact": (
            "Ilse Peeters",
            "Leerplichtambtenaar",
            "Regionaal Bureau Leerplicht Rivierenland",
            "i.peeters@rbl-rivierenland.example",
            FORM,
        ),
        "age": 560,
    },
    {
        "slug": "nulmeting-thuiszitterspact-zeeland",
        "title": "Een nulmeting en jaarlijkse monitor bij het thuiszitterspact",
        "intro": (
            "De Zeeuwse samenwerkingsverbanden en gemeenten brachten eerst in beeld waar ze "
            "stonden en meten sindsdien elk jaar hoe lang leerlingen op een aanbod wachten."
        ),
        "problem": (
            "<p>Iedereen onderschreef het doel van het thuiszitterspact, maar niemand wist hoeveel "
            "Zeeuwse kinderen langer dan drie maanden zonder aanbod thuiszaten.</p>"
        ),
        "approach": (
            "<ul><li>Een nulmeting met dossieronderzoek bij leerplicht en "
            "samenwerkingsverbanden.</li><li>Gesprekken met twintig ouders over hun "
            "ervaringen.</li><li>Elk jaar dezelfde meting, besproken in het OOGO.</li></ul>"
        ),
        "results": (
            "<p>Bij de nulmeting zaten 27 leerlingen langer dan drie maanden thuis; drie jaar "
            "later waren dat er 11. De gemiddelde wachttijd halveerde.</p>"
        ),
        "working_elements": (
            "<ul><li>Gedeelde feiten als basis voor afspraken.</li><li>De verhalen van ouders "
            "maakten de cijfers concreet.</li></ul>"
        ),
        "conditions": (
            "<p>Een onderzoeker voor ongeveer 30 dagen per jaar, gedeeld gefinancierd. Toestemming "
            "van de privacyfunctionarissen.</p>"
        ),
        "lessons": (
            "<ul><li>Spreek vooraf een definitie af en houd die vast.</li><li>Vertaal uitkomsten "
            "meteen in twee of drie acties.</li></ul>"
        ),
        "themes": [PACT],
        "regions": ["ZE"],
        "sectors": ["PO", "VO"],
        "audiences": ["Bestuurders", "Gemeenten"],
        "organisations": ["Zeeuwse Eilanden"],
        "tags": ["monitoring", "thuiszitterspact", "OOGO"],
        "contact": (
            "Gert Meijer",
            "Directeur",
            "Samenwerkingsverband VO Zeeuwse Eilanden",
            "g.meijer@swv-vo-zeeuwse-eilanden.example",
            NONE,
        ),
        "age": 930,
        "overdue": 60,
    },
    {
        "slug": "onderwijs-op-de-zorgboerderij-fryslan",
        "title": "Onderwijs op de zorgboerderij",
        "intro": (
            "Leerlingen in Noordoost-Fryslân die niet in een klas passen, krijgen les op een "
            "zorgboerderij: 's ochtends onderwijs, 's middags werken met dieren en op het land."
        ),
        "problem": (
            "<p>Een kleine groep leerlingen met ernstige gedrags- of angstproblemen kon nergens "
            "terecht. Ze kregen een vrijstelling en alleen dagbesteding.</p>"
        ),
        "approach": (
            "<ul><li>Een leraar van het vso geeft drie ochtenden per week les op de "
            "boerderij.</li><li>De zorgboerder begeleidt de middagen.</li><li>Onderwijs en zorg "
            "betalen ieder hun eigen deel, op basis van één gezamenlijk plan.</li></ul>"
        ),
        "results": (
            "<p>Negen leerlingen zonder onderwijs kregen weer les; vijf van hen haalden een of "
            "meer certificaten en twee gingen naar het mbo.</p>"
        ),
        "working_elements": (
            "<ul><li>Een omgeving zonder de druk van een schoolgebouw.</li><li>Werken met dieren "
            "geeft structuur en succeservaringen.</li></ul>"
        ),
        "conditions": (
            "<p>Ongeveer € 30.000 per leerling per jaar, waarvan een derde uit onderwijsmiddelen. "
            "Afspraken met de inspectie over onderwijstijd en locatie.</p>"
        ),
        "lessons": (
            "<ul><li>Zorg dat de leraar ook onderdeel is van het boerderijteam.</li><li>Plan vanaf "
            "het begin wat de volgende stap is.</li></ul>"
        ),
        "themes": [ARRANGEMENTEN, BUDGETTEN],
        "regions": ["FR"],
        "sectors": ["SO/VSO", "VO"],
        "audiences": ["Bestuurders", "Jeugdprofessionals", "Gemeenten"],
        "organisations": ["Noordoost-Fryslân"],
        "tags": ["zorgboerderij", "maatwerk", "vrijstellingen"],
        "contact": (
            "Jolanda Smit",
            "Ondersteuningsadviseur",
            "Samenwerkingsverband VO Noordoost-Fryslân",
            "j.smit@swv-vo-noordoost-fryslan.example",
            FORM,
        ),
        "age": 720,
        "related": ["onderwijs-zorgarrangement-rivierenland", "jeugdhulp-in-de-klas-het-kompas"],
    },
    {
        "slug": "leerlingenraad-praat-mee-het-kompas",
        "title": "De leerlingenraad praat mee over ondersteuning",
        "intro": (
            "Op Het Kompas bespreekt de leerlingenraad elk jaar het ondersteuningsplan van de "
            "school, en de directie doet iets met hun adviezen."
        ),
        "problem": (
            "<p>Leerlingen in het speciaal onderwijs werden zelden gevraagd wat zij van hun "
            "ondersteuning vinden. Hun plannen werden over hen gemaakt.</p>"
        ),
        "approach": (
            "<ul><li>Een leerlingenraad van acht leerlingen, met begeleiding van een "
            "leraar.</li><li>De raad bespreekt het ondersteuningsplan in gewone taal.</li><li>Elke "
            "leerling schrijft mee aan het eigen ontwikkelingsperspectief.</li></ul>"
        ),
        "results": (
            "<p>De raad deed in twee jaar negen voorstellen, waarvan zeven zijn uitgevoerd, zoals "
            "een stilteruimte en een eigen rooster op moeilijke dagen.</p>"
        ),
        "working_elements": (
            "<ul><li>Gewone taal en korte bijeenkomsten.</li><li>Zichtbare resultaten "
            "motiveren.</li></ul>"
        ),
        "conditions": (
            "<p>Een leraar met twee uur per week. Een kleine vergoeding voor activiteiten.</p>"
        ),
        "lessons": (
            "<ul><li>Gebruik beeld en voorbeelden, niet alleen tekst.</li><li>Vraag regelmatig wat "
            "leerlingen van de raad vinden.</li></ul>"
        ),
        "themes": [JONGEREN],
        "regions": ["GE"],
        "sectors": ["SO/VSO"],
        "audiences": ["Schoolleiders", "Leraren"],
        "organisations": ["Het Kompas"],
        "tags": ["leerlingenraad", "participatie", "ontwikkelingsperspectief"],
        "contact": (
            "Yvonne de Haan",
            "Leraar en begeleider leerlingenraad",
            "Het Kompas, school voor speciaal onderwijs",
            "y.dehaan@hetkompas-so.example",
            FORM,
        ),
        "age": 110,
        "related": ["jongerenpanel-parkstad"],
    },
    {
        "slug": "jongeren-interviewen-jongeren-amstelland",
        "title": "Jongeren interviewen jongeren over thuiszitten",
        "intro": (
            "Zes jongeren in Amstelland-Zuid interviewden leeftijdsgenoten die thuis hebben "
            "gezeten. Hun rapport werd de basis van het nieuwe ondersteuningsplan."
        ),
        "problem": (
            "<p>Het samenwerkingsverband wilde weten waarom leerlingen uitvallen, maar "
            "vragenlijsten leverden weinig op. Jongeren vulden ze niet in of gaven sociaal "
            "wenselijke antwoorden.</p>"
        ),
        "approach": (
            "<ul><li>Met het NJi werden zes jongeren getraind als interviewer.</li><li>Zij voerden "
            "25 gesprekken met leeftijdsgenoten.</li><li>Samen met beleidsmakers analyseerden zij "
            "de uitkomsten.</li></ul>"
        ),
        "results": (
            "<p>Het rapport noemde drie dingen: iemand die echt luistert, minder wisselingen van "
            "begeleiders en sneller handelen bij pesten. Alle drie staan nu in het "
            "ondersteuningsplan.</p>"
        ),
        "working_elements": (
            "<ul><li>Jongeren vertellen meer aan leeftijdsgenoten.</li><li>De jongeren zelf "
            "presenteerden het rapport aan het bestuur.</li></ul>"
        ),
        "conditions": (
            "<p>Training en begeleiding door het NJi, vergoedingen voor de interviewers; samen "
            "ongeveer € 18.000.</p>"
        ),
        "lessons": (
            "<ul><li>Neem de tijd voor de training van de interviewers.</li><li>Geef de jongeren "
            "het laatste woord over hun tekst.</li></ul>"
        ),
        "themes": [JONGEREN, PREVENTIE],
        "regions": ["NH"],
        "sectors": ["VO", "MBO"],
        "audiences": ["Bestuurders", "Jeugdprofessionals", "Overig"],
        "organisations": ["Amstelland-Zuid", "NJi"],
        "tags": ["jongerenparticipatie", "onderzoek", "ondersteuningsplan"],
        "contact": (
            "Tom Verhoeven",
            "Beleidsadviseur",
            "Samenwerkingsverband VO Amstelland-Zuid",
            "t.verhoeven@swv-vo-amstelland-zuid.example",
            MAILTO,
        ),
        "age": 240,
        "related": ["jongerenpanel-parkstad"],
    },
    {
        "slug": "een-gezin-een-plan-meierij",
        "title": "Eén gezin, één plan, één regisseur",
        "intro": (
            "In de Meierij krijgen gezinnen met een thuiszittend kind en meerdere hulpverleners "
            "één regisseur die het plan bewaakt, ongeacht welke organisatie betaalt."
        ),
        "problem": (
            "<p>Sommige gezinnen hadden met acht hulpverleners te maken. Niemand had het "
            "overzicht, en de ouders moesten alles zelf coördineren.</p>"
        ),
        "approach": (
            "<ul><li>Eén regisseur uit het wijkteam of het samenwerkingsverband, afhankelijk van "
            "waar de grootste vraag ligt.</li><li>Eén gezinsplan, met onderwijs en zorg in "
            "dezelfde doelen.</li><li>Alle betrokkenen spreken elkaar elke zes weken.</li></ul>"
        ),
        "results": (
            "<p>Bij 26 gezinnen daalde het aantal betrokken hulpverleners gemiddeld van zes naar "
            "drie. Bij 19 gezinnen ging het kind binnen drie maanden weer naar school.</p>"
        ),
        "working_elements": (
            "<ul><li>De regisseur heeft mandaat om af te schalen.</li><li>Ouders hebben één "
            "aanspreekpunt.</li></ul>"
        ),
        "conditions": (
            "<p>Afspraken tussen gemeente en samenwerkingsverband over mandaat en vervanging. "
            "Regisseurs hebben maximaal acht gezinnen.</p>"
        ),
        "lessons": (
            "<ul><li>Durf hulpverleners te laten stoppen.</li><li>Schrijf het plan in de woorden "
            "van het gezin.</li></ul>"
        ),
        "themes": [JEUGDHULP, OUDERS],
        "regions": ["NB", "LI"],
        "sectors": ["PO", "SO/VSO"],
        "audiences": ["Jeugdprofessionals", "Gemeenten", "Ouders"],
        "organisations": ["Meierij-Oost", "Gemeente Eindhoven"],
        "tags": ["regie", "gezinsplan", "jeugdhulp"],
        "contact": (
            "Naima Ouali",
            "Gezinsregisseur",
            "Samenwerkingsverband PO Meierij-Oost",
            "n.ouali@swv-po-meierij-oost.example",
            FORM,
        ),
        "age": 860,
        "related": ["thuiszitterstafel-zuidoost-drenthe"],
    },
    {
        "slug": "begeleiding-onder-schooltijd-zwolle",
        "title": "Heldere afspraken over begeleiding onder schooltijd",
        "intro": (
            "Gemeente Zwolle en de samenwerkingsverbanden legden vast wie betaalt als een kind "
            "zorg nodig heeft onder schooltijd, zodat ouders niet meer tussen twee loketten staan."
        ),
        "problem": (
            "<p>Ouders van kinderen met een zorgvraag kregen van school te horen dat de gemeente "
            "moest betalen, en van de gemeente dat het een taak van school was.</p>"
        ),
        "approach": (
            "<ul><li>Een schema met tien veelvoorkomende situaties en wie daarin "
            "betaalt.</li><li>Voor twijfelgevallen een vast tweetal dat binnen een week "
            "beslist.</li><li>Een jaarlijkse evaluatie van de twijfelgevallen.</li></ul>"
        ),
        "results": (
            "<p>Het aantal bezwaarzaken over zorg onder schooltijd ging van 14 naar 2 per jaar. De "
            "gemiddelde tijd tot inzet van begeleiding daalde van negen naar drie weken.</p>"
        ),
        "working_elements": (
            "<ul><li>Concrete voorbeelden in plaats van abstracte regels.</li><li>Beslissen eerst, "
            "verrekenen later.</li></ul>"
        ),
        "conditions": (
            "<p>Ambtelijke tijd voor het opstellen; daarna weinig extra kosten. Het schema is "
            "vastgesteld in het OOGO.</p>"
        ),
        "lessons": (
            "<ul><li>Betrek ouders bij het schrijven van het schema.</li><li>Werk het schema elk "
            "jaar bij.</li></ul>"
        ),
        "themes": [BUDGETTEN, ARRANGEMENTEN],
        "regions": ["OV"],
        "sectors": ["PO", "SO/VSO"],
        "audiences": ["Gemeenten", "Bestuurders", "Ouders"],
        "organisations": ["Gemeente Zwolle"],
        "tags": ["financiering", "zorg onder schooltijd", "OOGO"],
        "contact": (
            "Jan-Willem Boer",
            "Accountmanager onderwijs",
            "Gemeente Zwolle",
            "jw.boer@zwolle-onderwijs.example",
            FORM,
        ),
        "age": 500,
        "related": ["onderwijs-zorgarrangement-rivierenland", "gezamenlijk-fonds-utrecht"],
    },
    {
        "slug": "ouderspreekuur-in-de-wijk-groningen",
        "title": "Ouderspreekuur in de wijk",
        "intro": (
            "In drie wijken in Groningen houdt een onderwijsadviseur spreekuur in het buurthuis, "
            "voor ouders die zich zorgen maken over hun kind op school."
        ),
        "problem": (
            "<p>Ouders die slechte ervaringen met school hadden, stapten niet snel naar een "
            "leerkracht of intern begeleider. Problemen werden pas laat zichtbaar.</p>"
        ),
        "approach": (
            "<ul><li>Wekelijks spreekuur in het buurthuis, zonder afspraak.</li><li>Een tolk is "
            "beschikbaar op aanvraag.</li><li>De adviseur kan een gesprek met school regelen en "
            "gaat mee.</li></ul>"
        ),
        "results": (
            "<p>In een jaar 170 bezoeken; 60 ouders kwamen niet eerder bij een hulpverlener. "
            "Twaalf dreigende thuiszitsituaties werden vroeg opgepakt.</p>"
        ),
        "working_elements": (
            "<ul><li>Een neutrale, bekende plek in de wijk.</li><li>Er is geen afspraak of "
            "verwijzing nodig.</li></ul>"
        ),
        "conditions": (
            "<p>Ongeveer 0,4 fte onderwijsadviseur en gebruik van het buurthuis. Kosten ongeveer € "
            "35.000 per jaar.</p>"
        ),
        "lessons": (
            "<ul><li>Werk samen met het buurtwerk om bekend te worden.</li><li>Zorg voor een warme "
            "overdracht naar school.</li></ul>"
        ),
        "themes": [OUDERS, PREVENTIE],
        "regions": ["GR"],
        "sectors": ["PO"],
        "audiences": ["Ouders", "Gemeenten"],
        "organisations": ["Stad en Ommeland", "Ouders & Onderwijs"],
        "tags": ["ouders", "wijk", "laagdrempelig"],
        "contact": (
            "Pieter Zijlstra",
            "Onderwijsadviseur",
            "Samenwerkingsverband PO Stad en Ommeland",
            "p.zijlstra@swv-po-stad-en-ommeland.example",
            FORM,
        ),
        "age": 18,
        "related": ["ouderpunt-utrecht", "ervaringsdeskundige-ouders-als-maatje"],
    },
    {
        "slug": "vrijstellingen-kritisch-bekeken-parkstad",
        "title": "Vrijstellingen kritisch bekeken",
        "intro": (
            "Leerplicht en het samenwerkingsverband in Parkstad Limburg bespreken elke aanvraag "
            "voor een vrijstelling, en kijken elk jaar of een bestaande vrijstelling nog nodig is."
        ),
        "problem": (
            "<p>Het aantal vrijstellingen van de leerplicht nam jaren toe. Een kind met een "
            "vrijstelling telt niet mee als thuiszitter, maar krijgt vaak ook geen onderwijs.</p>"
        ),
        "approach": (
            "<ul><li>Bij elke aanvraag een gesprek met ouders over wat er wel kan.</li><li>Een "
            "jaarlijkse herbeoordeling van alle vrijstellingen.</li><li>Een aanbod van "
            "deeltijdonderwijs als alternatief.</li></ul>"
        ),
        "results": (
            "<p>Het aantal vrijstellingen daalde van 48 naar 31 in twee jaar. Vijftien kinderen "
            "met een vrijstelling kregen weer een deel van de week onderwijs.</p>"
        ),
        "working_elements": (
            "<ul><li>Een vrijstelling is geen eindpunt maar een afspraak met een "
            "einddatum.</li><li>Ouders krijgen een alternatief aangeboden.</li></ul>"
        ),
        "conditions": (
            "<p>Tijd van leerplicht en een onderwijsdeskundige. De werkwijze is gebaseerd op de "
            "handreiking van Ingrado.</p>"
        ),
        "lessons": (
            "<ul><li>Begin bij de nieuwe aanvragen, dan de bestaande.</li><li>Vraag de jeugdarts "
            "om advies over belastbaarheid.</li></ul>"
        ),
        "themes": [PACT, LEERPLICHT],
        "regions": ["LI"],
        "sectors": ["VO", "SO/VSO"],
        "audiences": ["Leerplichtambtenaren", "Gemeenten", "Ouders"],
        "organisations": ["Parkstad Limburg", "Ingrado"],
        "tags": ["vrijstellingen", "leerplicht", "deeltijdonderwijs"],
        "contact": (
            "Carla Huisman",
            "Leerplichtambtenaar",
            "Gemeente Heerlen",
            "c.huisman@heerlen-leerplicht.example",
            MAILTO,
        ),
        "age": 330,
        "related": ["kwartaalmonitor-thuiszitters-zwolle"],
    },
    {
        "slug": "deeltijdonderwijs-en-dagbesteding-drenthe",
        "title": "Deeltijdonderwijs gecombineerd met dagbesteding",
        "intro": (
            "In Zuidoost-Drenthe kunnen leerlingen met een ernstige beperking een deel van de week "
            "naar school en een deel naar dagbesteding, in één rooster."
        ),
        "problem": (
            "<p>Voor leerlingen die een volle schoolweek niet aankunnen, was het alles of niets: "
            "school of een vrijstelling en dagbesteding.</p>"
        ),
        "approach": (
            "<ul><li>Een individueel rooster met twee of drie schooldagen.</li><li>School en "
            "dagbesteding delen één plan en één schrift met ouders.</li><li>Vervoer is geregeld "
            "voor beide plekken.</li></ul>"
        ),
        "results": (
            "<p>Twaalf leerlingen die voorheen een vrijstelling hadden, gaan nu twee tot drie "
            "dagen per week naar school.</p>"
        ),
        "working_elements": (
            "<ul><li>Maatwerk in rooster en vervoer.</li><li>Eén plan voor school en "
            "dagbesteding.</li></ul>"
        ),
        "conditions": (
            "<p>Toestemming van de inspectie voor afwijkende onderwijstijd. Kosten gedeeld tussen "
            "onderwijs en Wlz of jeugdhulp.</p>"
        ),
        "lessons": (
            "<ul><li>Regel het vervoer als eerste.</li><li>Evalueer elk half jaar of er meer "
            "onderwijs kan.</li></ul>"
        ),
        "themes": [ARRANGEMENTEN, BUDGETTEN],
        "regions": ["DR"],
        "sectors": ["SO/VSO"],
        "audiences": ["Ouders", "Jeugdprofessionals", "Schoolleiders"],
        "organisations": ["Zuidoost-Drenthe"],
        "tags": ["deeltijdonderwijs", "dagbesteding", "maatwerk"],
        "contact": (
            "Bas van Leeuwen",
            "Consulent",
            "Samenwerkingsverband PO Zuidoost-Drenthe",
            "b.vanleeuwen@swv-po-zuidoost-drenthe.example",
            FORM,
        ),
        "age": 680,
        "related": ["onderwijs-op-de-zorgboerderij-fryslan"],
    },
    {
        "slug": "gedragsspecialist-op-afroep-rijnmond",
        "title": "Een gedragsspecialist op afroep voor basisscholen",
        "intro": (
            "Scholen van Stichting Openbaar Onderwijs Rijnmond kunnen binnen 48 uur een "
            "gedragsspecialist in de klas krijgen als een leerling dreigt vast te lopen."
        ),
        "problem": (
            "<p>Als het in een klas escaleerde, duurde het weken voor er hulp kwam. In die tijd "
            "werd een leerling soms naar huis gestuurd of geschorst.</p>"
        ),
        "approach": (
            "<ul><li>Een pool van vier gedragsspecialisten, op te roepen via één "
            "telefoonnummer.</li><li>Binnen 48 uur observatie in de klas en een gesprek met de "
            "leerkracht.</li><li>Begeleiding van de leerkracht tot zes weken.</li></ul>"
        ),
        "results": (
            "<p>In twee jaar 140 inzetten. Schorsingen op de 28 scholen daalden van 37 naar 12 per "
            "jaar.</p>"
        ),
        "working_elements": (
            "<ul><li>Snelheid: hulp komt als het nodig is.</li><li>De specialist coacht de "
            "leerkracht, niet alleen de leerling.</li></ul>"
        ),
        "conditions": (
            "<p>Ongeveer € 280.000 per jaar uit de ondersteuningsmiddelen van het bestuur. "
            "Expertise ontwikkeld met Gedragswerk.</p>"
        ),
        "lessons": (
            "<ul><li>Maak het oproepen heel eenvoudig.</li><li>Deel wat werkt tussen "
            "scholen.</li></ul>"
        ),
        "themes": [PREVENTIE, TERUG],
        "regions": ["ZH"],
        "sectors": ["PO"],
        "audiences": ["Leraren", "Schoolleiders"],
        "organisations": ["Openbaar Onderwijs Rijnmond", "Gedragswerk"],
        "tags": ["gedrag", "schorsing", "expertise"],
        "contact": (
            "Merel Koster",
            "Teamleider gedragsspecialisten",
            "Stichting Openbaar Onderwijs Rijnmond",
            "m.koster@oo-rijnmond.example",
            FORM,
        ),
        "age": 420,
        "related": ["time-out-klas-amstelland"],
    },
    {
        "slug": "medische-advisering-ziekgemelde-leerlingen-hunzedal",
        "title": "Medisch advies bij ziekgemelde leerlingen",
        "intro": (
            "Jeugdgezondheidszorg Hunzedal werkt met scholen voor vo en mbo volgens een vaste "
            "aanpak voor leerlingen die vaak of lang ziek zijn."
        ),
        "problem": (
            "<p>Scholen wisten niet wat ze moesten doen met leerlingen die zich steeds ziek "
            "meldden. Ze wilden niet te snel oordelen, maar ook niet te lang wachten.</p>"
        ),
        "approach": (
            "<ul><li>Duidelijke criteria voor wanneer de school de jeugdarts "
            "inschakelt.</li><li>De jeugdarts spreekt leerling en ouders en adviseert over wat de "
            "leerling kan.</li><li>Terugkoppeling aan school, met toestemming van de "
            "leerling.</li></ul>"
        ),
        "results": (
            "<p>Op de deelnemende scholen daalde het ziekteverzuim met gemiddeld 18%. Bij 40% van "
            "de verwezen leerlingen bleek er meer aan de hand dan een lichamelijke klacht.</p>"
        ),
        "working_elements": (
            "<ul><li>De leerling wordt serieus genomen in zijn klachten.</li><li>Advies over "
            "mogelijkheden in plaats van beperkingen.</li></ul>"
        ),
        "conditions": (
            "<p>Jeugdartsuren uit het basispakket jeugdgezondheidszorg. Een verzuimcoördinator op "
            "school die de criteria bewaakt.</p>"
        ),
        "lessons": (
            "<ul><li>Leg de aanpak uit aan ouders bij de start van het schooljaar.</li><li>Betrek "
            "ook mbo-studenten van achttien jaar en ouder.</li></ul>"
        ),
        "themes": [PREVENTIE, LEERPLICHT],
        "regions": ["DR"],
        "sectors": ["VO", "MBO"],
        "audiences": ["Ondersteuningscoördinatoren", "Jeugdprofessionals", "Leerplichtambtenaren"],
        "organisations": ["Hunzedal"],
        "tags": ["ziekteverzuim", "jeugdarts", "verzuim"],
        "contact": (
            "Frank Willems",
            "Jeugdarts",
            "Jeugdgezondheidszorg Hunzedal",
            "f.willems@jgz-hunzedal.example",
            FORM,
        ),
        "age": 160,
        "related": ["verzuimspreekuur-jeugdarts-noordoost-fryslan"],
    },
    {
        "slug": "schakelklas-naar-het-mbo-zeeland",
        "title": "Een schakelklas naar het mbo",
        "intro": (
            "Jongeren van zestien en zeventien die zijn uitgevallen in het vo, kunnen in Zeeland "
            "instromen in een schakelklas die ze voorbereidt op een mbo-opleiding."
        ),
        "problem": (
            "<p>Jongeren die het vo zonder diploma verlieten, zaten vaak maanden thuis voordat een "
            "mbo-opleiding kon beginnen. Een deel kwam nooit op het mbo aan.</p>"
        ),
        "approach": (
            "<ul><li>Instroom op elk moment van het jaar.</li><li>Een mix van taal, rekenen, "
            "loopbaanoriëntatie en snuffelstages.</li><li>Een mentor die de overstap naar het mbo "
            "begeleidt.</li></ul>"
        ),
        "results": (
            "<p>Van de 46 jongeren in twee jaar startten er 39 op het mbo; na een jaar zat 85% van "
            "hen nog op de opleiding.</p>"
        ),
        "working_elements": (
            "<ul><li>Geen wachttijd: meteen beginnen.</li><li>Kennismaken met beroepen voordat er "
            "een keuze moet worden gemaakt.</li></ul>"
        ),
        "conditions": (
            "<p>Twee docenten en een mentor, betaald door samenwerkingsverband en mbo-instelling "
            "samen. Een lokaal op het mbo-terrein.</p>"
        ),
        "lessons": (
            "<ul><li>Laat de jongeren op het mbo-terrein les krijgen.</li><li>Houd contact met de "
            "RMC-consulent.</li></ul>"
        ),
        "themes": [TERUG],
        "regions": ["ZE"],
        "sectors": ["VO", "MBO"],
        "audiences": ["Schoolleiders", "Leerplichtambtenaren"],
        "organisations": ["Zeeuwse Eilanden"],
        "tags": ["overgang vo-mbo", "schakelklas", "RMC"],
        "contact": (
            "Hatice Demir",
            "Mentor schakelklas",
            "Samenwerkingsverband VO Zeeuwse Eilanden",
            "h.demir@swv-vo-zeeuwse-eilanden.example",
            FORM,
        ),
        "age": 590,
    },
    {
        "slug": "expertisetafel-utrecht-stad",
        "title": "De expertisetafel: zorgen delen voordat het misgaat",
        "intro": (
            "Basisscholen in Utrecht kunnen een leerling over wie ze twijfelen anoniem inbrengen "
            "bij een tafel van deskundigen, nog voordat er een aanmelding nodig is."
        ),
        "problem": (
            "<p>Scholen aarzelden om een leerling aan te melden bij het samenwerkingsverband. "
            "Tegen de tijd dat ze het deden, was de situatie vaak al vastgelopen.</p>"
        ),
        "approach": (
            "<ul><li>Elke maand een expertisetafel met een orthopedagoog, een jeugdhulpverlener en "
            "een ervaren intern begeleider.</li><li>Scholen brengen een casus anoniem "
            "in.</li><li>Binnen een uur gaan ze naar huis met concrete adviezen.</li></ul>"
        ),
        "results": (
            "<p>In een jaar 96 casussen besproken. Bij 80% was er daarna geen formele aanmelding "
            "nodig.</p>"
        ),
        "working_elements": (
            "<ul><li>Laagdrempelig en anoniem.</li><li>Snel, concreet advies.</li></ul>"
        ),
        "conditions": (
            "<p>Ongeveer 40 uur per maand aan deskundigen, betaald door het "
            "samenwerkingsverband.</p>"
        ),
        "lessons": (
            "<ul><li>Vraag scholen na drie maanden wat ze met het advies deden.</li><li>Gebruik de "
            "casussen om scholing te plannen.</li></ul>"
        ),
        "themes": [PREVENTIE, JEUGDHULP],
        "regions": ["UT"],
        "sectors": ["PO"],
        "audiences": ["Ondersteuningscoördinatoren", "Schoolleiders"],
        "organisations": ["Utrecht Stad"],
        "tags": ["expertise", "consultatie", "preventie"],
        "contact": (
            "Rob Claassen",
            "Orthopedagoog",
            "Samenwerkingsverband PO Utrecht Stad",
            "r.claassen@swv-po-utrecht-stad.example",
            NONE,
        ),
        "age": 1050,
        "overdue": 90,
    },
    {
        "slug": "regios-leren-van-elkaar-ontwikkelgroep",
        "title": "Regio's leren van elkaar in de ontwikkelgroep thuiszitten",
        "intro": (
            "In de ontwikkelgroep van het Steunpunt Passend Onderwijs werken "
            "samenwerkingsverbanden en gemeenten uit het hele land aan hun eigen vragen over "
            "thuiszitten."
        ),
        "problem": (
            "<p>Regio's zochten elk voor zich naar oplossingen voor dezelfde vragen. Onderzoek "
            "liet zien dat er veel behoefte was aan kennisdeling tussen regio's.</p>"
        ),
        "approach": (
            "<ul><li>Een vaste groep van regionale partners komt drie keer per jaar "
            "samen.</li><li>Deelnemers brengen eigen ontwikkelvragen in; daaruit komen de thema's "
            "van de volgende bijeenkomsten.</li><li>Landelijke partners uit het "
            "thuiszittersoverleg brengen hun expertise in.</li></ul>"
        ),
        "results": (
            "<p>Veertien regio's deden mee. Negen van hen pasten een aanpak van een andere regio "
            "toe, zoals een doorzettingsmacht of een gezamenlijk fonds.</p>"
        ),
        "working_elements": (
            "<ul><li>De vragen van de deelnemers bepalen het programma.</li><li>Een mix van "
            "ervaringen en onderzoek.</li></ul>"
        ),
        "conditions": (
            "<p>Deelname is gratis. Deelnemers maken tijd voor drie bijeenkomsten van een middag "
            "en voor voorbereiding.</p>"
        ),
        "lessons": (
            "<ul><li>Kom met een concrete vraag uit de eigen regio.</li><li>Neem zowel onderwijs "
            "als gemeente mee.</li></ul>"
        ),
        "themes": [PACT, TERUG],
        "regions": ["UT", "GE"],
        "sectors": ["PO", "VO"],
        "audiences": ["Bestuurders", "Gemeenten", "Ondersteuningscoördinatoren"],
        "organisations": ["Steunpunt", "PO-Raad", "VO-raad"],
        "tags": ["kennisdeling", "ontwikkelgroep", "landelijk"],
        "contact": (
            "Mirjam Prins",
            "Adviseur",
            "Steunpunt Passend Onderwijs",
            "m.prins@steunpunt-po.example",
            FORM,
        ),
        "age": 60,
        "related": ["doorzettingsmacht-twente-noord", "gezamenlijk-fonds-utrecht"],
    },
    {
        "slug": "jongeren-organiseren-thuiszitterstop",
        "title": "Jongeren organiseren hun eigen thuiszitterstop",
        "intro": (
            "Tijdens de Landelijke Actieweek Thuiszitters organiseerden jongeren zelf een top, "
            "'Jongeren in woord en beeld', met bestuurders en beleidsmakers als gasten."
        ),
        "problem": (
            "<p>Bij landelijke bijeenkomsten over thuiszitten praatten vooral volwassenen over "
            "jongeren. De jongeren zelf waren er zelden bij.</p>"
        ),
        "approach": (
            "<ul><li>Een groep jongeren met ervaring bepaalde programma, sprekers en "
            "werkvormen.</li><li>Deelnemers gingen in gesprek met de jongeren in kleine "
            "groepen.</li><li>De top eindigde met actiepunten die de partners "
            "onderschreven.</li></ul>"
        ),
        "results": (
            "<p>Ruim 120 deelnemers. De actiepunten, zoals 'praat met ons, niet over ons', kwamen "
            "terug in de agenda van het landelijk thuiszittersoverleg.</p>"
        ),
        "working_elements": (
            "<ul><li>Jongeren hebben echt de regie, niet alleen een spreekbeurt.</li><li>Beeld en "
            "verhalen maken indruk op bestuurders.</li></ul>"
        ),
        "conditions": (
            "<p>Begeleiding van de jongeren, een locatie en een vergoeding; ongeveer € 15.000, "
            "gedragen door de landelijke partners.</p>"
        ),
        "lessons": (
            "<ul><li>Begin maanden van tevoren met de voorbereiding.</li><li>Laat de jongeren ook "
            "de terugkoppeling doen.</li></ul>"
        ),
        "themes": [JONGEREN, PACT],
        "regions": ["UT"],
        "sectors": ["VO", "MBO"],
        "audiences": ["Bestuurders", "Overig"],
        "organisations": [
            "Steunpunt",
            "Lansbrekers",
            "Ministerie van Onderwijs",
            "Ministerie van Volksgezondheid",
        ],
        "tags": ["actieweek", "jongerenparticipatie", "landelijk"],
        "contact": (
            "Lotte Hermans",
            "Projectleider actieweek",
            "Steunpunt Passend Onderwijs",
            "l.hermans@steunpunt-po.example",
            MAILTO,
        ),
        "age": 680,
        "related": ["jongerenpanel-parkstad", "jongeren-interviewen-jongeren-amstelland"],
    },
    {
        "slug": "hybride-leren-eindhoven",
        "title": "Hybride leren: deels thuis, deels op school",
        "intro": (
            "Een middelbare school in Eindhoven laat leerlingen die vastlopen tijdelijk een deel "
            "van de lessen online volgen, met een vast plan om weer volledig op school te komen."
        ),
        "problem": (
            "<p>Voor sommige leerlingen was een volle schooldag te veel, maar niets doen was "
            "erger. Zonder tussenvorm ontstond een thuiszitsituatie.</p>"
        ),
        "approach": (
            "<ul><li>Een rooster met een deel van de lessen online en een deel op "
            "school.</li><li>Elke twee weken een evaluatie met leerling, ouders en "
            "mentor.</li><li>Afspraken met leerplicht over registratie en duur.</li></ul>"
        ),
        "results": (
            "<p>Van de 21 leerlingen volgden er na een half jaar 16 weer het volledige rooster op "
            "school.</p>"
        ),
        "working_elements": (
            "<ul><li>Tijdelijk, met een duidelijk einddoel.</li><li>Contact met de klas blijft "
            "bestaan.</li></ul>"
        ),
        "conditions": (
            "<p>Camera's in twee lokalen en tijd van een coördinator. Toestemming van de inspectie "
            "voor afstandsonderwijs.</p>"
        ),
        "lessons": (
            "<ul><li>Zonder einddatum wordt online de nieuwe norm.</li><li>Vraag docenten om de "
            "online leerling actief te betrekken.</li></ul>"
        ),
        "themes": [TERUG, ARRANGEMENTEN],
        "regions": ["NB"],
        "sectors": ["VO"],
        "audiences": ["Schoolleiders", "Leraren", "Leerplichtambtenaren"],
        "organisations": ["Gemeente Eindhoven"],
        "tags": ["afstandsonderwijs", "maatwerk", "terugkeer"],
        "contact": (
            "Evelien Timmermans",
            "Coördinator hybride leren",
            "Lyceum aan de Dommel",
            "e.timmermans@lyceumdommel.example",
            FORM,
        ),
        "age": 45,
        "related": ["online-onderwijs-zieke-leerlingen-zeeland"],
    },
    {
        "slug": "ouders-aan-tafel-groeidocument-fryslan",
        "title": "Ouders en leerling schrijven mee aan het groeidocument",
        "intro": (
            "In Noordoost-Fryslân wordt het groeidocument van een leerling opgesteld in een "
            "gesprek met ouders en leerling, niet meer achter een bureau."
        ),
        "problem": (
            "<p>Ouders kregen het groeidocument pas te zien als het af was. Ze herkenden hun kind "
            "er niet in en voelden zich buitengesloten.</p>"
        ),
        "approach": (
            "<ul><li>Het document wordt in één gesprek samen ingevuld.</li><li>De leerling vult "
            "een eigen deel in: wat gaat goed, wat helpt mij.</li><li>Ouders krijgen vooraf een "
            "korte uitleg en de vragen.</li></ul>"
        ),
        "results": (
            "<p>Ouders waardeerden het proces met een 8,1 (was 5,9). Het aantal meningsverschillen "
            "bij verwijzingen halveerde.</p>"
        ),
        "working_elements": (
            "<ul><li>Samen schrijven geeft gedeeld eigenaarschap.</li><li>De stem van de leerling "
            "staat op papier.</li></ul>"
        ),
        "conditions": (
            "<p>Een gesprek van ongeveer anderhalf uur per leerling. Een eenvoudig format in "
            "gewone taal.</p>"
        ),
        "lessons": (
            "<ul><li>Plan het gesprek op een tijdstip dat ouders kunnen.</li><li>Laat de leerling "
            "zelf kiezen hoe hij zijn deel invult.</li></ul>"
        ),
        "themes": [OUDERS, JONGEREN],
        "regions": ["FR"],
        "sectors": ["VO"],
        "audiences": ["Ouders", "Ondersteuningscoördinatoren"],
        "organisations": ["Noordoost-Fryslân"],
        "tags": ["groeidocument", "ouders", "participatie"],
        "contact": (
            "Wendy Bosman",
            "Ondersteuningscoördinator",
            "Samenwerkingsverband VO Noordoost-Fryslân",
            "w.bosman@swv-vo-noordoost-fryslan.example",
            FORM,
        ),
        "age": 5,
        "related": ["ouderpunt-utrecht"],
    },
    {
        "slug": "zorgcoordinator-vmbo-vechtdal",
        "title": "De zorgcoördinator als vaste schakel in het vmbo",
        "intro": (
            "Op de vmbo-scholen van Scholengroep Vechtdal is de zorgcoördinator het vaste "
            "aanspreekpunt tussen mentoren, leerplicht, wijkteam en ouders."
        ),
        "problem": (
            "<p>Mentoren droegen de zorg voor leerlingen met veel problemen alleen. Zij wisten "
            "niet wie ze buiten school konden inschakelen.</p>"
        ),
        "approach": (
            "<ul><li>Eén zorgcoördinator per locatie met vaste uren.</li><li>Wekelijks overleg met "
            "de mentoren van de onderbouw.</li><li>Korte lijnen met leerplicht en het wijkteam, "
            "met vaste contactpersonen.</li></ul>"
        ),
        "results": (
            "<p>Het aantal leerlingen dat langer dan vier weken verzuimde, daalde van 15 naar 6 op "
            "drie locaties.</p>"
        ),
        "working_elements": (
            "<ul><li>Mentoren weten bij wie ze terechtkunnen.</li><li>Netwerkpartners kennen de "
            "zorgcoördinator persoonlijk.</li></ul>"
        ),
        "conditions": "<p>0,6 fte per locatie uit de eigen ondersteuningsmiddelen.</p>",
        "lessons": (
            "<ul><li>Geef de zorgcoördinator mandaat in het team.</li><li>Bescherm de uren tegen "
            "lesvervanging.</li></ul>"
        ),
        "themes": [JEUGDHULP, PREVENTIE],
        "regions": ["OV"],
        "sectors": ["VO"],
        "audiences": ["Ondersteuningscoördinatoren", "Schoolleiders"],
        "organisations": ["Scholengroep Vechtdal"],
        "tags": ["zorgcoördinatie", "vmbo", "mentoraat"],
        "contact": (
            "Stefan Coenen",
            "Zorgcoördinator",
            "Scholengroep Vechtdal",
            "s.coenen@scholengroepvechtdal.example",
            MAILTO,
        ),
        "age": 270,
        "related": ["zorgcoordinatie-mbo-lindeland", "reintegratieplan-in-stappen-vechtdal"],
    },
    {
        "slug": "symbiose-regulier-en-speciaal-parkstad",
        "title": "Symbiose: deels regulier, deels speciaal onderwijs",
        "intro": (
            "In Parkstad Limburg volgen leerlingen een deel van de week les op een vso-school en "
            "een deel op een reguliere middelbare school, met een gedeelde begeleider."
        ),
        "problem": (
            "<p>Leerlingen die te sterk waren voor het vso maar te kwetsbaar voor een reguliere "
            "school, vielen tussen wal en schip. Een aantal zat maanden thuis.</p>"
        ),
        "approach": (
            "<ul><li>Een symbioseovereenkomst tussen vso-school en reguliere school.</li><li>De "
            "leerling staat ingeschreven op één school en volgt lessen op beide.</li><li>Een "
            "begeleider van het vso gaat mee naar de reguliere school.</li></ul>"
        ),
        "results": (
            "<p>Veertien leerlingen volgden symbioseonderwijs; tien stroomden binnen twee jaar "
            "volledig door naar het reguliere onderwijs.</p>"
        ),
        "working_elements": (
            "<ul><li>Het beste van twee scholen.</li><li>Een begeleider die beide werelden "
            "kent.</li></ul>"
        ),
        "conditions": (
            "<p>Een symbioseovereenkomst volgens de regels voor het speciaal onderwijs. LECSO "
            "hielp bij het opstellen.</p>"
        ),
        "lessons": (
            "<ul><li>Regel vervoer tussen de twee scholen goed.</li><li>Houd de leerling op de "
            "hoogte van elke stap.</li></ul>"
        ),
        "themes": [ARRANGEMENTEN, TERUG],
        "regions": ["LI"],
        "sectors": ["SO/VSO", "VO"],
        "audiences": ["Schoolleiders", "Bestuurders"],
        "organisations": ["Parkstad Limburg", "LECSO"],
        "tags": ["symbiose", "speciaal onderwijs", "maatwerk"],
        "contact": (
            "Koen Vermeulen",
            "Directeur vso",
            "Samenwerkingsverband VO Parkstad Limburg",
            "k.vermeulen@swv-vo-parkstad-limburg.example",
            FORM,
        ),
        "age": 780,
        "related": ["tussenvoorziening-de-overstap-parkstad"],
    },
]
