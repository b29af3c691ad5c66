import datetime

import factory

import wagtail_factories

from home.factories import PageWithManyToManyFactory, many_to_many

from .models import EventIndexPage, EventPage, Registration


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Agenda"
    slug = "agenda"
    show_in_menus = True

    class Meta:
        model = EventIndexPage


class EventPageFactory(PageWithManyToManyFactory):
    """A scheduled meeting a month from now, 13.00 to 16.30, in Utrecht."""

    title = factory.Sequence(lambda n: f"Bijeenkomst {n}")
    slug = factory.Sequence(lambda n: f"bijeenkomst-{n}")
    intro = factory.Faker("paragraph", locale="la")
    kind = EventPage.Kind.MEETING
    start_date = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=30))
    start_time = datetime.time(13, 0)
    end_time = datetime.time(16, 30)
    venue = "Vergadercentrum De Observant"
    address = "Stationsplein 5"
    city = "Utrecht"

    class Meta:
        model = EventPage

    themes = many_to_many("themes")
    audiences = many_to_many("audiences")
    co_organisers = many_to_many("co_organisers")


class RegistrationFactory(factory.django.DjangoModelFactory):
    name = factory.Faker("name", locale="nl_NL")
    email = factory.Sequence(lambda n: f"deelnemer{n}@example.nl")
    organisation = "SWV Utrecht PO"
    consent = True

    class Meta:
        model = Registration
