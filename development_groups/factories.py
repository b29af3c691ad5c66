import datetime

import factory

from django.contrib.auth import get_user_model

import wagtail_factories

from events.factories import EventPageFactory
from home.factories import PageWithManyToManyFactory, many_to_many

from .models import (
    DevelopmentGroupIndexPage,
    DevelopmentGroupPage,
    DevelopmentSessionPage,
    Question,
    SessionOutcome,
    ThemeProposal,
)


class DevelopmentGroupIndexPageFactory(wagtail_factories.PageFactory):
    title = "Ontwikkelgroepen"
    slug = "ontwikkelgroepen"
    show_in_menus = True

    class Meta:
        model = DevelopmentGroupIndexPage


class DevelopmentGroupPageFactory(PageWithManyToManyFactory):
    title = factory.Sequence(lambda n: f"Ontwikkelgroep {n}")
    slug = factory.Sequence(lambda n: f"ontwikkelgroep-{n}")
    intro = "Samenwerkingsverbanden en gemeenten leren van elkaar."
    purpose = "<p>Kennis uitwisselen over de lokale aanpak van thuiszitten.</p>"
    planned_sessions = 3
    capacity = 20

    class Meta:
        model = DevelopmentGroupPage

    themes = many_to_many("themes")


class DevelopmentSessionPageFactory(EventPageFactory):
    """A session a month from now, 12.30 to 15.30, in Utrecht."""

    title = factory.Sequence(lambda n: f"Bijeenkomst {n}")
    slug = factory.Sequence(lambda n: f"sessie-{n}")
    kind = DevelopmentSessionPage.Kind.SESSION
    start_time = datetime.time(12, 30)
    end_time = datetime.time(15, 30)

    class Meta:
        model = DevelopmentSessionPage


class UserFactory(factory.django.DjangoModelFactory):
    """A front-end account: the e-mail address is the user name. Password: "geheim-wachtwoord"."""

    email = factory.Sequence(lambda n: f"lid{n}@example.nl")
    username = factory.SelfAttribute("email")
    # Fixed names (not Faker's): a name such as "'t Hart" is escaped in HTML, and a test that
    # looks for the name on a page would fail now and then.
    first_name = factory.Iterator(["Lotte", "Daan", "Noor", "Sem", "Fleur", "Bram"])
    last_name = factory.Iterator(["de Boer", "Visser", "Smit", "Meijer", "Mulder", "Bos"])
    password = factory.django.Password("geheim-wachtwoord")

    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]


class QuestionFactory(factory.django.DjangoModelFactory):
    text = factory.Sequence(lambda n: f"Hoe houden wij leerling {n} in beeld bij verzuim?")

    class Meta:
        model = Question


class ThemeProposalFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Thema {n}")

    class Meta:
        model = ThemeProposal


class SessionOutcomeFactory(factory.django.DjangoModelFactory):
    summary = "<p>GEHEIME-SAMENVATTING: de regio's deelden hun aanpak.</p>"
    insights = "<p>GEHEIM-INZICHT: vroeg signaleren werkt.</p>"
    actions = "<p>GEHEIME-ACTIE: iedere regio maakt een overzicht.</p>"

    class Meta:
        model = SessionOutcome
