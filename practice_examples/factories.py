import factory

import wagtail_factories

from home.factories import PageWithManyToManyFactory, many_to_many

from .models import PracticeExampleIndexPage, PracticeExamplePage


class PracticeExampleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Praktijkvoorbeelden"
    slug = "praktijkvoorbeelden"
    show_in_menus = True

    class Meta:
        model = PracticeExampleIndexPage


class PracticeExamplePageFactory(PageWithManyToManyFactory):
    title = factory.Sequence(lambda n: f"Praktijkvoorbeeld {n}")
    slug = factory.Sequence(lambda n: f"praktijkvoorbeeld-{n}")
    intro = factory.Faker("paragraph", locale="la")
    problem = factory.LazyAttribute(lambda o: f"<p>{o.intro}</p>")
    approach = "<p>Een vast aanspreekpunt en wekelijks overleg tussen school en jeugdhulp.</p>"
    results = "<p>Het aantal thuiszitters daalde in een jaar van 14 naar 5.</p>"
    contact_name = factory.Faker("name", locale="nl_NL")
    contact_email = factory.Faker("email", locale="nl_NL")

    class Meta:
        model = PracticeExamplePage

    themes = many_to_many("themes")
    regions = many_to_many("regions")
    sectors = many_to_many("sectors")
    audiences = many_to_many("audiences")
    organisations = many_to_many("organisations")
