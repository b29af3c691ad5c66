"""The addresses the load test requests, picked from the content in the database.

    DJANGO_SETTINGS_MODULE=bench.load.settings DATABASE_URL=... python -m bench.load.pages
        [--members | --mix]

prints them as JSON. Without options: [[name, path], ...], the main pages. The filters are the
theme the most Dutch examples have and, within it, the region the most of those have, as
bench/examples.py picks them.

--members: the demo member's login and pages, {"email", "password", "login", "pages": [[name,
path, marker], ...]}: home, the member's development group, a session of it with an outcome,
and "my groups"; `marker` is a piece of HTML only the member's view of the page has.

--mix: the addresses of the mix (bench/load/mix.py), {"urls": [...], "register": [...]}: about
200 anonymous addresses (the main pages, filter combinations of the example listing, agenda
filters, searches, theme pages, events, examples) and the registration forms of upcoming events
that take registrations on the site.
"""

import datetime
import json
import sys
from urllib.parse import urlencode

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone, translation  # noqa: E402

from bench.load.urls import BARE_PATH  # noqa: E402
from development_groups.access import member_groups  # noqa: E402
from development_groups.demo import PASSWORD, PEOPLE  # noqa: E402
from development_groups.models import (  # noqa: E402
    DevelopmentGroupIndexPage,
    DevelopmentSessionPage,
)
from events.filters import FACETS as EVENT_FACETS  # noqa: E402
from events.filters import upcoming_events  # noqa: E402
from events.models import EventIndexPage, EventPage  # noqa: E402
from events.registration import closed_reason  # noqa: E402
from home.models import HomePage, StandardPage  # noqa: E402
from practice_examples.filters import FACETS, published_examples  # noqa: E402
from practice_examples.models import PracticeExampleIndexPage  # noqa: E402
from taxonomy.models import Theme, ThemeIndexPage  # noqa: E402

SEARCH = "thuiszitters"
MEMBER = PEOPLE["sanne"]["email"]
# The header links to "my groups" for a logged-in visitor (to the login form for anyone else).
LOGGED_IN = 'class="site-header__account" href="/account/"'
# Searches of the mix: the field's words, as visitors type them.
SEARCHES = [
    "thuiszitters",
    "thuiszitten",
    "leerplicht",
    "verzuim",
    "schoolverzuim",
    "jeugdhulp",
    "passend onderwijs",
    "samenwerkingsverband",
    "swv",
    "maatwerk",
    "zorgplicht",
    "ouders",
    "vrijstelling",
    "onderwijszorgarrangement",
    "terug naar school",
    "leerplichtambtenaar",
    "ondersteuningsplan",
    "wijkteam",
    "gemeente",
    "mbo",
    "voortgezet onderwijs",
    "speciaal onderwijs",
    "autisme",
    "hoogbegaafd",
    "schoolweigering",
    "doorzettingsmacht",
    "thuiszitterspact",
    "time-out",
    "jongeren",
    "budget",
]


def most_common(facet, examples, n=1):
    """The `n` values of the facet the most of `examples` have."""
    counts = facet.counts(examples.values("pk"))
    return sorted(sorted(counts), key=counts.get, reverse=True)[:n]


def dutch(model):
    return model.objects.live().filter(locale__language_code="nl")


def pick():
    with translation.override("nl"):
        theme_facet, region_facet = FACETS[0], FACETS[1]
        examples = published_examples()
        [theme] = most_common(theme_facet, examples)
        [region] = most_common(region_facet, examples.filter(themes__slug=theme))
        index = dutch(PracticeExampleIndexPage).get()
        example = examples.order_by("path").first()
        agenda = dutch(EventIndexPage).get()
        event = (
            EventPage.objects.live()
            .public()
            .exact_type(EventPage)
            .filter(locale__language_code="nl")
            .order_by("starts_at", "pk")
            .last()
        )
        index_url = index.get_url()
        return [
            ["home", "/"],
            ["example index", index_url],
            ["index, one filter", f"{index_url}?thema={theme}"],
            ["index, two filters", f"{index_url}?thema={theme}&regio={region}"],
            ["example", example.get_url()],
            ["agenda", agenda.get_url()],
            ["event", event.get_url()],
            ["search", f"/zoeken/?q={SEARCH}"],
            ["bare view", BARE_PATH],
        ]


def members():
    """The demo member's pages: home, their group, a session of it with an outcome, my groups."""
    with translation.override("nl"):
        user = get_user_model().objects.get(email=MEMBER)
        groups = member_groups(user).live().filter(locale__language_code="nl").order_by("path")
        session = (
            DevelopmentSessionPage.objects.live()
            .filter(outcome__isnull=False, locale__language_code="nl")
            .order_by("path")
        )
        session = next(s for s in session if s.get_parent().specific in groups)
        group = session.get_parent()
        return {
            "email": MEMBER,
            "password": PASSWORD,
            "login": reverse("account:login"),
            "pages": [
                ["member: home", "/", LOGGED_IN],
                ["member: group", group.get_url(), 'id="members"'],
                ["member: session", session.get_url(), 'id="outcome"'],
                ["member: my groups", reverse("account:home"), reverse("account:logout")],
            ],
        }


def mix():
    """About 200 anonymous addresses and the registration forms (module docstring)."""
    with translation.override("nl"):
        index = dutch(PracticeExampleIndexPage).get().get_url()
        agenda = dutch(EventIndexPage).get().get_url()
        themes = dutch(ThemeIndexPage).first()
        groups = dutch(DevelopmentGroupIndexPage).first()
        urls = ["/", index, agenda, f"{agenda}?periode=verleden", "/zoeken/"]
        urls += [page.get_url() for page in (themes, groups) if page]
        urls += [page.get_url() for page in dutch(StandardPage).public().order_by("path")[:10]]
        # The English home, listing and agenda.
        for model in (HomePage, PracticeExampleIndexPage, EventIndexPage):
            english = model.objects.live().filter(locale__language_code="en").first()
            if english:
                with translation.override("en"):
                    urls.append(english.get_url())
        # Theme pages.
        theme_slugs = list(
            Theme.objects.filter(locale__language_code="nl").values_list("slug", flat=True)
        )
        if themes:
            urls += [themes.theme_url(theme) for theme in themes.themes()]
        # The example listing: the 5 themes the most examples have; within each the 4 regions,
        # within those the 2 sectors; page 2, another order.
        examples = published_examples()
        theme_facet, region_facet, sector_facet = FACETS[:3]
        for theme in most_common(theme_facet, examples, 5):
            in_theme = examples.filter(themes__slug=theme)
            urls.append(f"{index}?{urlencode({'thema': theme})}")
            urls.append(f"{index}?{urlencode({'thema': theme, 'page': 2})}")
            for region in most_common(region_facet, in_theme, 4):
                both = {"thema": theme, "regio": region}
                urls.append(f"{index}?{urlencode(both)}")
                in_both = in_theme.filter(regions__slug=region)
                for sector in most_common(sector_facet, in_both, 2):
                    urls.append(f"{index}?{urlencode(both | {'sector': sector})}")
        urls += [f"{index}?page=2", f"{index}?page=3", f"{index}?sort=titel"]
        # The agenda: each theme, the next 6 months, a few of both.
        valid_themes = {value for value, _name in EVENT_FACETS[0].options()}
        agenda_themes = [slug for slug in theme_slugs if slug in valid_themes]
        urls += [f"{agenda}?{urlencode({'thema': theme})}" for theme in agenda_themes]
        today = timezone.localdate()
        months = []
        for ahead in range(6):
            month = (today.month - 1 + ahead) % 12 + 1
            year = today.year + (today.month - 1 + ahead) // 12
            months.append(f"{year}-{month:02d}")
        urls += [f"{agenda}?maand={month}" for month in months]
        urls += [
            f"{agenda}?{urlencode({'thema': theme, 'maand': month})}"
            for theme in agenda_themes[:3]
            for month in months[:2]
        ]
        urls.append(f"{agenda}?page=2")
        # Searches, examples, events.
        urls += [f"/zoeken/?{urlencode({'q': word})}" for word in SEARCHES]
        urls += [page.get_url() for page in examples.order_by("path")[:30]]
        upcoming = list(upcoming_events().specific()[:40])
        urls += [event.get_url() for event in upcoming[:20]]
        register = [
            event.get_url() + event.reverse_subpage("register")
            for event in upcoming
            if type(event) is EventPage and event.capacity and not closed_reason(event)
        ][:5]
        if not register:
            past = timezone.now() + datetime.timedelta(days=1)
            raise SystemExit(f"no upcoming event takes registrations on the site ({past:%x})")
        return {"urls": list(dict.fromkeys(urls)), "register": register}


if __name__ == "__main__":
    if "--members" in sys.argv:
        print(json.dumps(members()))
    elif "--mix" in sys.argv:
        print(json.dumps(mix()))
    else:
        print(json.dumps(pick()))
