"""Factories of the home app's pages and blocks.

Free text (titles, intros, captions) is Latin lorem ipsum (`locale="la"`) in every app's
factories: Faker's Dutch word list holds real words ("school", "speciaal", "basis") that a
search or filter test's query would find by chance, depending on the order the tests ran in.
Names and e-mail addresses stay Dutch."""

import factory

import wagtail_factories

from .blocks import BodyBlock, HeadingBlock, ImageBlock, QuoteBlock, VideoBlock
from .models import HomePage, StandardPage


def many_to_many(name):
    """A factory argument that sets a ParentalManyToManyField (of a PageWithManyToManyFactory,
    which saves the page once they are all set)."""

    @factory.post_generation
    def set_values(page, create, extracted, **kwargs):
        if not extracted:
            return False
        relation = getattr(page, name)
        relation.set(extracted)
        if create:
            relation.commit()
        return True

    return set_values


class PageWithManyToManyFactory(wagtail_factories.PageFactory):
    """A page factory with many_to_many arguments: once they are set and stored, the page is
    saved once more, so what a save updates (the search index, the reference index) has them
    all. One save for all of them, not one each: a page's save is the costly part of a test's
    set-up (the search index alone reads every related object three times)."""

    class Meta:
        abstract = True

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        if create and any((results or {}).values()):
            instance.save()


class HeadingBlockFactory(wagtail_factories.StructBlockFactory):
    text = factory.Faker("sentence", nb_words=4, locale="la")
    level = "h2"

    class Meta:
        model = HeadingBlock


class ImageBlockFactory(wagtail_factories.StructBlockFactory):
    image = factory.SubFactory(wagtail_factories.ImageChooserBlockFactory)
    alt_text = factory.Faker("sentence", nb_words=6, locale="la")
    caption = ""

    class Meta:
        model = ImageBlock


class QuoteBlockFactory(wagtail_factories.StructBlockFactory):
    quote = factory.Faker("sentence", nb_words=12, locale="la")
    attribution = factory.Faker("name", locale="nl_NL")

    class Meta:
        model = QuoteBlock


class VideoBlockFactory(wagtail_factories.StructBlockFactory):
    title = "Wat is passend onderwijs?"
    url = "https://www.youtube.com/watch?v=aqz-KE-bpKQ"
    description = ""

    class Meta:
        model = VideoBlock


class BodyBlockFactory(wagtail_factories.StreamBlockFactory):
    heading = factory.SubFactory(HeadingBlockFactory)
    paragraph = factory.SubFactory(wagtail_factories.CharBlockFactory)
    image = factory.SubFactory(ImageBlockFactory)
    quote = factory.SubFactory(QuoteBlockFactory)
    video = factory.SubFactory(VideoBlockFactory)

    class Meta:
        model = BodyBlock


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Kennisbank thuiszitters"
    slug = "home"
    intro = factory.Faker("paragraph", locale="la")

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=4, locale="la")
    intro = factory.Faker("paragraph", locale="la")
    body = wagtail_factories.StreamFieldFactory(BodyBlockFactory)
    show_in_menus = True

    class Meta:
        model = StandardPage
