"""Demo content of the home app: the home page, the standard pages and the site settings."""

from urllib.parse import urlsplit

from django.conf import settings as django_settings

from wagtail.models import Page, Site

from demo.media import make_document, make_image
from demo.utils import Text, add_page, dutch, publish, translate

from .models import HomePage, SiteSettings, StandardPage

CONTACT_EMAIL = "info@steunpuntpassendonderwijs.nl"
VIDEO_URL = "https://www.youtube.com/watch?v=kR7pS0nd3rW"

IMAGES = [
    # name, title (only editors see it), palette colours
    ("hero", "Demo: samen aan tafel", ["dark_blue", "blue", "yellow"]),
    ("about", "Demo: overlappende cirkels", ["blue", "green", "yellow"]),
    ("video", "Demo: videostill", ["dark_blue", "orange", "yellow"]),
    ("passend", "Demo: passend onderwijs", ["green", "blue", "yellow"]),
    ("contact", "Demo: contact", ["orange", "yellow", "dark_blue"]),
]

DOCUMENT_TEXT = [
    Text(
        "Het Steunpunt Passend Onderwijs is een initiatief van de PO-Raad en de VO-raad. Het "
        "helpt schoolbesturen, samenwerkingsverbanden en gemeenten om passend onderwijs in de "
        "praktijk te laten werken, met de nadruk op het voorkomen van thuiszitten.",
        "The Support Centre for Appropriate Education is an initiative of the PO-Raad and the "
        "VO-raad. It helps school boards, school alliances and municipalities make appropriate "
        "education work in practice, with the emphasis on keeping children from sitting at home.",
    ),
    Text(
        "Wat we doen: ontwikkelgroepen waarin regio's samen aan hun eigen vragen werken, "
        "kennisdelingsbijeenkomsten voor onderwijs en jeugd, de Landelijke Actieweek Thuiszitters "
        "en deze kennisbank met praktijkvoorbeelden.",
        "What we do: development groups in which regions work on their own questions together, "
        "knowledge-sharing meetings for education and youth care, the National Action Week on "
        "Children Out of School and this knowledge base of practice examples.",
    ),
    Text(
        "Meedoen kost niets. Mail ons op info@steunpuntpassendonderwijs.nl.",
        "Taking part is free of charge. E-mail us at info@steunpuntpassendonderwijs.nl.",
    ),
]


def page_link(page, label=""):
    """A LinkBlock value pointing at a page (shown in the visitor's language)."""
    return {"page": page, "url": "", "label": label}


def video(poster):
    return (
        "video",
        {
            "title": Text("Wat is passend onderwijs?", "What is appropriate education?"),
            "url": VIDEO_URL,
            "poster": poster,
            "description": Text(
                "Leerling Syl van der Priem stelt deze vraag op haar eigen school en doet verslag "
                "van de antwoorden. De film is gemaakt als opening van een congres over passend "
                "onderwijs.",
                "Pupil Syl van der Priem asks this question at her own school and reports on the "
                "answers. The film was made to open a conference on appropriate education. The "
                "video is in Dutch.",
            ),
        },
    )


def load(context):
    retention_days = django_settings.EVENTS_REGISTRATION_RETENTION_DAYS
    # Wagtail's "Welcome to your new Wagtail site!" page makes way for the real home page.
    Page.objects.filter(depth=2).exact_type(Page).delete()
    images = {name: make_image(context, title, name, colours) for name, title, colours in IMAGES}
    document = make_document(
        context,
        "Het Steunpunt Passend Onderwijs in het kort",
        "steunpunt-in-het-kort",
        [text.nl for text in DOCUMENT_TEXT],
    )
    document_en = make_document(
        context,
        "The Support Centre for Appropriate Education in brief",
        "support-centre-in-brief",
        [text.en for text in DOCUMENT_TEXT],
    )

    to_translate = []  # (page, english texts, replacements), parents first

    def create(parent, page_class, spec, replace=None):
        english = {}
        page = add_page(parent, page_class(**dutch(spec, english)))
        to_translate.append((page, english, replace))
        return page

    home = create(
        Page.get_first_root_node(),
        HomePage,
        {
            "title": Text("Kennisbank thuiszitters", "Knowledge base on children out of school"),
            "slug": "home",
            "intro": Text(
                "Geen kind hoort thuis te zitten zonder onderwijs. Samenwerkingsverbanden, scholen "
                "en gemeenten in het hele land werken daar elke dag aan. Hier vindt u wat elders "
                "al werkt, met wie u contact opneemt en waar u elkaar ontmoet.",
                "No child should be at home without education. School alliances, schools and "
                "municipalities across the country work on that every day. Here you will find what "
                "already works elsewhere, whom to contact and where to meet.",
            ),
            "listing_image": images["hero"],
            "themes_heading": Text("Waar we aan werken", "What we work on"),
        },
    )
    # The default site answers at BASE_URL's host and port (`make run`: 127.0.0.1:8000), so the
    # admin's "view live" links lead to the running site.
    address = urlsplit(django_settings.BASE_URL)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname = address.hostname or "localhost"
    site.port = address.port or (443 if address.scheme == "https" else 80)
    site.root_page, site.site_name = home, "Kennisbank"
    site.save()

    about = create(
        home,
        StandardPage,
        {
            "title": Text("Over het Steunpunt", "About the Support Centre"),
            "slug": "over-het-steunpunt",
            "show_in_menus": True,
            "listing_image": images["about"],
            "intro": Text(
                "Het Steunpunt Passend Onderwijs is een initiatief van de PO-Raad en de "
                "VO-raad. We helpen schoolbesturen, samenwerkingsverbanden en gemeenten om "
                "passend onderwijs in de praktijk te laten werken.",
                "The Support Centre for Appropriate Education is an initiative of the PO-Raad and "
                "the VO-raad, the councils of primary and secondary school boards. We help school "
                "boards, school alliances and municipalities make appropriate education work in "
                "practice.",
            ),
            "body": [
                (
                    "paragraph",
                    Text(
                        "<p>Leerlingen komen om heel verschillende redenen thuis te zitten. Vaak "
                        "is er meer nodig dan een school alleen kan bieden: onderwijs en jeugdhulp "
                        "moeten samen een aanbod rond een kind bouwen. Dat is ingewikkeld, en op "
                        "veel plekken in het land wordt tegelijk naar oplossingen gezocht.</p>"
                        "<p>Daarom organiseren we <b>kennisdeling</b>: ontwikkelgroepen waarin "
                        "regio's samen aan hun eigen vragen werken, bijeenkomsten waarop onderwijs "
                        "en jeugd elkaar ontmoeten, en deze kennisbank vol praktijkvoorbeelden. "
                        "Het wiel hoeft niet overal opnieuw te worden uitgevonden.</p>",
                        "<p>Pupils end up at home for very different reasons. Often more is needed "
                        "than a school can offer on its own: education and youth care have to "
                        "build an offer around a child together. That is complicated, and many "
                        "places across the country are looking for solutions at the same "
                        "time.</p>"
                        "<p>That is why we organise <b>knowledge sharing</b>: development groups "
                        "in which regions work on their own questions together, meetings where "
                        "education and youth care meet, and this knowledge base full of practice "
                        "examples. Nobody needs to reinvent the wheel.</p>",
                    ),
                ),
                (
                    "image",
                    {
                        "image": images["about"],
                        "alt_text": Text(
                            "Illustratie: gekleurde cirkels die elkaar overlappen",
                            "Illustration: coloured circles that overlap",
                        ),
                        "caption": Text(
                            "Onderwijs, gemeenten en jeugdhulp overlappen meer dan je denkt.",
                            "Education, municipalities and youth care overlap more than you "
                            "might think.",
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": Text(
                            "Het landelijk thuiszittersoverleg",
                            "The national consultation on children out of school",
                        ),
                        "level": "h2",
                    },
                ),
                (
                    "paragraph",
                    Text(
                        "<p>Het Steunpunt neemt deel aan het landelijk thuiszittersoverleg. Daarin "
                        "werken deze partners samen:</p>"
                        "<ul><li>de ministeries van OCW en VWS;</li>"
                        "<li>Gedragswerk;</li>"
                        "<li>Ingrado, de vereniging voor leerplicht en RMC;</li>"
                        "<li>het Nederlands Jeugdinstituut (NJi);</li>"
                        "<li>Ouders &amp; Onderwijs, het informatiepunt voor ouders;</li>"
                        "<li>LECSO, het expertisecentrum speciaal onderwijs;</li>"
                        "<li>de Lansbrekers;</li>"
                        "<li>het Steunpunt Passend Onderwijs van de PO-Raad en de VO-raad.</li>"
                        "</ul>"
                        "<p>De partners delen hun kennis op de bijeenkomsten die wij "
                        "organiseren.</p>",
                        "<p>The Support Centre takes part in the national consultation on "
                        "children out of school, in which these partners work together:</p>"
                        "<ul><li>the Ministries of Education (OCW) and of Health (VWS);</li>"
                        "<li>Gedragswerk;</li>"
                        "<li>Ingrado, the association for school attendance officers;</li>"
                        "<li>the Netherlands Youth Institute (NJi);</li>"
                        "<li>Ouders &amp; Onderwijs, the information point for parents;</li>"
                        "<li>LECSO, the centre of expertise on special education;</li>"
                        "<li>de Lansbrekers;</li>"
                        "<li>the Support Centre of the PO-Raad and the VO-raad.</li>"
                        "</ul>"
                        "<p>The partners share their knowledge at the meetings we organise.</p>",
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": Text(
                            "Overal wordt hard gewerkt aan oplossingen. Wat we missen, is de tijd "
                            "om van elkaar te leren.",
                            "Everywhere people are working hard on solutions. What we lack is the "
                            "time to learn from each other.",
                        ),
                        "attribution": Text(
                            "Deelnemer aan de ontwikkelgroep thuiszitten",
                            "Participant in the development group on children out of school",
                        ),
                    },
                ),
                (
                    "heading",
                    {"text": Text("Wat we organiseren", "What we organise"), "level": "h2"},
                ),
                (
                    "table",
                    {
                        "caption": Text(
                            "Activiteiten van het Steunpunt", "Activities of the Support Centre"
                        ),
                        "table": {
                            "columns": [
                                {"type": "rich_text", "heading": Text("Activiteit", "Activity")},
                                {"type": "text", "heading": Text("Voor wie", "For whom")},
                                {"type": "text", "heading": Text("Hoe vaak", "How often")},
                            ],
                            "rows": [
                                {
                                    "values": [
                                        Text(
                                            "<p><b>Ontwikkelgroepen</b></p>",
                                            "<p><b>Development groups</b></p>",
                                        ),
                                        Text(
                                            "Samenwerkingsverbanden en gemeenten",
                                            "School alliances and municipalities",
                                        ),
                                        Text(
                                            "Drie of vier bijeenkomsten per groep",
                                            "Three or four meetings per group",
                                        ),
                                    ]
                                },
                                {
                                    "values": [
                                        Text(
                                            "<p><b>Kennisdelingsbijeenkomsten</b></p>",
                                            "<p><b>Knowledge-sharing meetings</b></p>",
                                        ),
                                        Text(
                                            "Professionals uit onderwijs en jeugd",
                                            "Professionals in education and youth care",
                                        ),
                                        Text("Een paar keer per jaar", "A few times a year"),
                                    ]
                                },
                                {
                                    "values": [
                                        Text(
                                            "<p><b>Landelijke Actieweek Thuiszitters</b></p>",
                                            "<p><b>National Action Week on Children Out of "
                                            "School</b></p>",
                                        ),
                                        Text(
                                            "Iedereen die met thuiszitters werkt",
                                            "Everyone who works with children out of school",
                                        ),
                                        Text("Elk jaar in juni", "Every year in June"),
                                    ]
                                },
                            ],
                        },
                    },
                ),
                (
                    "documents",
                    {"heading": Text("Om te downloaden", "Downloads"), "documents": [document]},
                ),
            ],
        },
        replace={document: document_en},
    )

    create(
        home,
        StandardPage,
        {
            "title": Text("Wat is passend onderwijs?", "What is appropriate education?"),
            "slug": "wat-is-passend-onderwijs",
            "show_in_menus": True,
            "listing_image": images["passend"],
            "intro": Text(
                "Sinds 2014 hebben schoolbesturen zorgplicht: elke leerling krijgt een passende "
                "plek. Wat betekent dat in de praktijk, en waarom zitten er toch nog kinderen "
                "thuis?",
                "Since 2014 school boards have had a duty of care: every pupil is offered a "
                "suitable place. What does that mean in practice, and why are some children "
                "still at home?",
            ),
            "body": [
                video(images["video"]),
                ("heading", {"text": Text("Zorgplicht", "The duty of care"), "level": "h2"}),
                (
                    "paragraph",
                    Text(
                        "<p>Met de invoering van passend onderwijs op 1 augustus 2014 kregen "
                        "schoolbesturen <b>zorgplicht</b>. Meldt een ouder een kind aan dat extra "
                        "ondersteuning nodig heeft, dan zoekt de school een passende plek: op de "
                        "eigen school, of samen met de ouders op een school die beter past.</p>"
                        "<p>Scholen werken daarvoor samen in <b>samenwerkingsverbanden</b>, in "
                        "elke regio één voor het primair en één voor het voortgezet onderwijs. Het "
                        "samenwerkingsverband verdeelt het geld voor extra ondersteuning en zorgt "
                        "dat er voor iedere leerling een plek is.</p>",
                        "<p>When appropriate education came into force on 1 August 2014, school "
                        "boards were given a <b>duty of care</b>. When parents enrol a child who "
                        "needs extra support, the school looks for a suitable place: at the "
                        "school itself or, together with the parents, at a school that fits "
                        "better.</p>"
                        "<p>To do so, schools work together in <b>school alliances</b>, in every "
                        "region one for primary and one for secondary education. The alliance "
                        "distributes the money for extra support and makes sure there is a place "
                        "for every pupil.</p>",
                    ),
                ),
                ("heading", {"text": Text("En toch thuis", "And still at home"), "level": "h2"}),
                (
                    "paragraph",
                    Text(
                        "<p>Toch zitten er nog steeds leerlingen thuis zonder onderwijs, soms "
                        "maandenlang. Vaak speelt er meer dan een onderwijsvraag alleen, en is een "
                        "combinatie van onderwijs en jeugdhulp nodig om een kind duurzaam terug "
                        "naar school te helpen. Daar werken de "
                        f'<a linktype="page" id="{about.pk}">partners van het landelijk '
                        "thuiszittersoverleg</a> samen aan.</p>",
                        "<p>Yet there are still pupils at home without education, sometimes for "
                        "months. Often more than an educational question is at stake, and it "
                        "takes education and youth care combined to help a child back to school "
                        "for good. That is what the "
                        f'<a linktype="page" id="{about.pk}">partners in the national '
                        "consultation on children out of school</a> work on together.</p>",
                    ),
                ),
                (
                    "quote",
                    {
                        "quote": Text(
                            "Passend onderwijs is geen plek, maar een aanbod dat bij een kind "
                            "past.",
                            "Appropriate education is not a place but an offer that fits the "
                            "child.",
                        ),
                        "attribution": Text(
                            "Ouder in de ontwikkelgroep thuiszitten",
                            "Parent in the development group on children out of school",
                        ),
                    },
                ),
            ],
        },
    )

    contact = create(
        home,
        StandardPage,
        {
            "title": Text("Contact", "Contact"),
            "slug": "contact",
            "listing_image": images["contact"],
            "intro": Text(
                "Een vraag over passend onderwijs, een idee voor een bijeenkomst of een "
                "praktijkvoorbeeld dat anderen verder helpt? Laat het ons weten.",
                "A question about appropriate education, an idea for a meeting or a practice "
                "example that would help others? Let us know.",
            ),
            "body": [
                (
                    "paragraph",
                    Text(
                        f'<p>Mail ons op <a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a>. '
                        "We reageren binnen vijf werkdagen.</p>"
                        "<p>Wilt u een activiteit aanmelden voor de Landelijke Actieweek "
                        "Thuiszitters? Zet dan de naam van de actieweek in de onderwerpregel.</p>",
                        f'<p>E-mail us at <a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a>. '
                        "We reply within five working days.</p>"
                        "<p>Would you like to add an activity to the National Action Week on "
                        "Children Out of School? Please put the name of the action week in the "
                        "subject line.</p>",
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "title": Text("Eerst even rondkijken?", "Looking around first?"),
                        "text": Text(
                            "Lees wie we zijn en met wie we samenwerken.",
                            "Read who we are and who we work with.",
                        ),
                        "link": page_link(about),
                    },
                ),
            ],
        },
    )

    privacy = create(
        home,
        StandardPage,
        {
            "title": Text("Privacyverklaring", "Privacy statement"),
            "slug": "privacyverklaring",
            "intro": Text(
                "Welke persoonsgegevens we verwerken, waarom we dat doen en hoe lang we ze "
                "bewaren.",
                "Which personal data we process, why we do so and how long we keep them.",
            ),
            "body": [
                ("heading", {"text": Text("Welke gegevens", "Which data"), "level": "h2"}),
                (
                    "paragraph",
                    Text(
                        "<p>Meldt u zich aan voor een bijeenkomst, dan vragen we uw naam, "
                        "e-mailadres en organisatie. Stuurt u een praktijkvoorbeeld in, dan "
                        "bewaren we de contactgegevens die u daarbij opgeeft. Meer vragen we "
                        "niet.</p>",
                        "<p>When you register for a meeting, we ask for your name, e-mail address "
                        "and organisation. When you submit a practice example, we keep the "
                        "contact details you give with it. We ask for nothing more.</p>",
                    ),
                ),
                ("heading", {"text": Text("Hoe lang", "How long"), "level": "h2"}),
                (
                    "paragraph",
                    Text(
                        # The period the form and the mails name, and retention applies.
                        f"<p>Aanmeldingen verwijderen we {retention_days} dagen na de "
                        "bijeenkomst. Contactgegevens bij een praktijkvoorbeeld bewaren we zolang "
                        "het voorbeeld online staat.</p>",
                        f"<p>We delete registrations {retention_days} days after the meeting. "
                        "Contact details that come with a practice example are kept for as long "
                        "as the example is online.</p>",
                    ),
                ),
                (
                    "heading",
                    {"text": Text("Cookies en video's", "Cookies and videos"), "level": "h2"},
                ),
                (
                    "paragraph",
                    Text(
                        "<p>Deze site plaatst geen trackingcookies en laadt niets van andere "
                        "websites. Video's van YouTube of Vimeo worden pas geladen als u op "
                        "afspelen klikt; die diensten kunnen dan wel cookies plaatsen.</p>",
                        "<p>This site sets no tracking cookies and loads nothing from other "
                        "websites. Videos from YouTube or Vimeo load only when you click play; "
                        "those services may then set cookies.</p>",
                    ),
                ),
                ("heading", {"text": Text("Uw rechten", "Your rights"), "level": "h2"}),
                (
                    "paragraph",
                    Text(
                        "<p>U mag uw gegevens altijd inzien, laten verbeteren of laten "
                        "verwijderen. Mail daarvoor naar "
                        f'<a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a>.</p>',
                        "<p>You may always see, correct or have your data deleted. E-mail "
                        f'<a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a> to do so.</p>',
                    ),
                ),
            ],
        },
    )

    # The home page points at the pages below it, so it is filled in last (its featured pages,
    # made by the apps after this one, in finish()).
    home_english = to_translate[0][1]
    spec = {
        "body": [
            (
                "heading",
                {
                    "text": Text("Wat is passend onderwijs?", "What is appropriate education?"),
                    "level": "h2",
                },
            ),
            video(images["video"]),
            (
                "quote",
                {
                    "quote": Text(
                        "Wat in de ene regio werkt, kan morgen in de andere beginnen. Daar is "
                        "deze kennisbank voor.",
                        "What works in one region can start in another tomorrow. That is what "
                        "this knowledge base is for.",
                    ),
                    "attribution": Text(
                        "Ondersteuningscoördinator, samenwerkingsverband in Gelderland",
                        "Support coordinator, school alliance in Gelderland",
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "title": Text("Samen thuiszitten voorkomen", "Preventing it together"),
                    "text": Text(
                        "Het Steunpunt brengt onderwijs, gemeenten en jeugdhulp bij elkaar. Lees "
                        "wie we zijn en hoe u meedoet.",
                        "The Support Centre brings education, municipalities and youth care "
                        "together. Read who we are and how to take part.",
                    ),
                    "link": page_link(
                        about, Text("Over het Steunpunt", "About the Support Centre")
                    ),
                },
            ),
        ],
    }
    for name, value in dutch(spec, home_english).items():
        setattr(home, name, value)
    publish(home)

    for page, english, replace in to_translate:
        translate(page, context.en, english, replace)
    context.home = home
    context.home_english = home_english
    context.home_en = home.get_translation(context.en).specific

    settings = SiteSettings.for_site(site)
    settings.organisation_name = "Steunpunt Passend Onderwijs"
    settings.contact_email = CONTACT_EMAIL
    settings.footer_links = [("link", page_link(page)) for page in (about, contact, privacy)]
    settings.social_links = [
        ("link", {"platform": "linkedin", "url": "https://www.linkedin.com/company/steunpunt-po"}),
        ("link", {"platform": "youtube", "url": "https://www.youtube.com/@steunpuntpo"}),
        ("link", {"platform": "bluesky", "url": "https://bsky.app/profile/steunpuntpo.nl"}),
    ]
    settings.save()


def finish(context):
    """Once every app has loaded: the home page features what the organisation promotes on its
    own pages, the practice examples, the scan and the agenda."""
    home = context.home
    home.featured = dutch(
        [
            (
                "page",
                {
                    "page": context.example_index,
                    "text": Text(
                        "Het wiel hoeft u niet zelf uit te vinden: zie hoe anderen thuiszitten "
                        "voorkwamen en kinderen weer naar school hielpen.",
                        "No need to reinvent the wheel: see how others prevented children from "
                        "sitting at home and helped them back to school.",
                    ),
                },
            ),
            (
                "page",
                {
                    "page": context.scan_page,
                    "text": Text(
                        "Vul de Scan Passend Onderwijs in en zie waar uw school staat en waar u "
                        "kunt beginnen.",
                        "Fill in the Appropriate Education Scan and see where your school stands "
                        "and where to start.",
                    ),
                },
            ),
            (
                "page",
                {
                    "page": context.event_index,
                    "text": Text(
                        "Ontwikkelgroepen, kennisdelingsbijeenkomsten en de Landelijke Actieweek "
                        "Thuiszitters: ontmoet collega's uit andere regio's.",
                        "Development groups, knowledge-sharing meetings and the National Action "
                        "Week: meet colleagues from other regions.",
                    ),
                },
            ),
        ],
        context.home_english,
    )
    publish(home)
    translate(home, context.en, context.home_english)
    context.home_en = home.get_translation(context.en).specific
