"""Practice examples ("praktijkvoorbeelden"): what worked somewhere, in a fixed structure that
makes examples comparable (problem, approach, results, working elements, conditions, lessons)."""

import datetime

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from rest_framework import serializers
from taggit.models import TaggedItemBase

from django import forms
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.admin_locale import FilterableCheckboxSelectMultiple, LocalizedPageForm
from core.related_examples import (
    RelatedExampleBase,
    RelatedExamplesFormMixin,
    RelatedExamplesMixin,
)
from home.blocks import BodyBlock
from home.models import BasePage
from taxonomy.serializers import TaxonSerializer

SECTION_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class PracticeExampleIndexPage(RoutablePageMixin, BasePage):
    """/praktijkvoorbeelden/: search and filters, the submission form and the feeds."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["practice_examples.PracticeExamplePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("practice example index")

    # Each route's view lives in its own module; imported here, at call time, because those
    # modules import this one.

    @path("")
    def index(self, request):
        from .views import index_view

        return index_view(request, self)

    @path("insturen/", name="submit")
    def submit(self, request):
        from .submission import submit_view

        return submit_view(request, self)

    @path("feed/", name="feed")
    def feed(self, request):
        from .feeds import feed_view

        return feed_view(request, self)

    @path("export/", name="export")
    def export(self, request):
        from .export import export_view

        return export_view(request, self)


class PracticeExampleTag(TaggedItemBase):
    content_object = ParentalKey(
        "practice_examples.PracticeExamplePage",
        related_name="tagged_items",
        on_delete=models.CASCADE,
    )


class PracticeExamplePageForm(RelatedExamplesFormMixin, LocalizedPageForm):
    pass


class PracticeExamplePage(RelatedExamplesMixin, RoutablePageMixin, BasePage):
    class ContactMethod(models.TextChoices):
        FORM = "form", _("Contact form (the e-mail address stays hidden)")
        MAILTO = "mailto", _("Show the e-mail address")
        NONE = "none", _("No contact")

    problem = RichTextField(_("problem or question"), features=SECTION_FEATURES, blank=True)
    approach = RichTextField(_("approach"), features=SECTION_FEATURES, blank=True)
    results = RichTextField(
        _("results"),
        features=SECTION_FEATURES,
        blank=True,
        help_text=_("With figures where there are any."),
    )
    working_elements = RichTextField(_("what made it work"), features=SECTION_FEATURES, blank=True)
    conditions = RichTextField(_("conditions and costs"), features=SECTION_FEATURES, blank=True)
    lessons = RichTextField(_("lessons and tips"), features=SECTION_FEATURES, blank=True)
    body = StreamField(
        BodyBlock(),
        verbose_name=_("documents, images and video"),
        blank=True,
    )

    themes = ParentalManyToManyField("taxonomy.Theme", verbose_name=_("themes"), blank=True)
    regions = ParentalManyToManyField("taxonomy.Region", verbose_name=_("regions"), blank=True)
    sectors = ParentalManyToManyField("taxonomy.Sector", verbose_name=_("sectors"), blank=True)
    audiences = ParentalManyToManyField(
        "taxonomy.Audience", verbose_name=_("audiences"), blank=True
    )
    organisations = ParentalManyToManyField(
        "taxonomy.Organisation", verbose_name=_("organisations involved"), blank=True
    )
    tags = ClusterTaggableManager(through=PracticeExampleTag, blank=True, verbose_name=_("tags"))

    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_role = models.CharField(_("role"), max_length=120, blank=True)
    contact_organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    contact_method = models.CharField(
        _("how visitors reach the contact"),
        max_length=10,
        choices=ContactMethod.choices,
        default=ContactMethod.FORM,
    )

    publication_date = models.DateField(_("publication date"), default=datetime.date.today)
    review_date = models.DateField(
        _("review by"),
        null=True,
        blank=True,
        help_text=_("When an editor checks it is still right."),
    )

    parent_page_types = ["practice_examples.PracticeExampleIndexPage"]
    subpage_types = []
    base_form_class = PracticeExamplePageForm

    # The structured example for the Wagtail API (/api/v2/pages/?type=...&fields=*); the contact
    # person and the review date are not part of it.
    api_fields = [
        APIField("intro"),
        APIField("problem"),
        APIField("approach"),
        APIField("results"),
        APIField("working_elements"),
        APIField("conditions"),
        APIField("lessons"),
        APIField("body"),
        APIField("publication_date"),
        APIField("themes", serializer=TaxonSerializer(many=True, read_only=True)),
        APIField("regions", serializer=TaxonSerializer(many=True, read_only=True)),
        APIField("sectors", serializer=TaxonSerializer(many=True, read_only=True)),
        APIField("audiences", serializer=TaxonSerializer(many=True, read_only=True)),
        APIField(
            "organisations",
            serializer=serializers.SlugRelatedField(
                many=True, read_only=True, slug_field="name", source="public_organisations"
            ),
        ),
        APIField("tags"),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("problem"),
        index.SearchField("approach"),
        index.SearchField("results"),
        index.SearchField("working_elements"),
        index.SearchField("conditions"),
        index.SearchField("lessons"),
        index.SearchField("contact_organisation"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.SearchField("public_organisation_names"),
        index.FilterField("publication_date"),
    ]
    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("problem"),
                FieldPanel("approach"),
                FieldPanel("results"),
                FieldPanel("working_elements"),
                FieldPanel("conditions"),
                FieldPanel("lessons"),
            ],
            heading=_("The example"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("organisations", widget=FilterableCheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading=_("Who and what"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_role")]),
                FieldRowPanel([FieldPanel("contact_organisation"), FieldPanel("contact_email")]),
                FieldPanel("contact_method"),
            ],
            heading=_("Contact"),
        ),
        FieldRowPanel(
            [
                FieldPanel(
                    "publication_date",
                    help_text=_("Shown with the example; listings show the newest first."),
                ),
                FieldPanel("review_date"),
            ]
        ),
        InlinePanel("related_examples", label=_("Related examples"), max_num=6),
    ]

    class Meta:
        verbose_name = _("practice example")
        verbose_name_plural = _("practice examples")
        # The listing's default order ("newest first") read from the index, not sorted.
        indexes = [
            models.Index(fields=["-publication_date", "-page_ptr"], name="practice_example_newest")
        ]

    @cached_property
    def card_facts(self):
        """Region, sector, theme, organisation and date for this example's card. Lists of cards
        set it for all their examples at once (cards.attach_card_facts); a card shown on its own
        (an editor's choice on the home page or an event) reads it here."""
        from .cards import attach_card_facts

        attach_card_facts([self])
        return self.__dict__["card_facts"]

    def public_organisations(self):
        """The organisations the site shows of this example: the confirmed ones (from
        `organisations.all()`, so a prefetch or a revision's own list serves it)."""
        return [organisation for organisation in self.organisations.all() if organisation.confirmed]

    def public_organisation_names(self):
        """What search finds an example by among its organisations."""
        return " ".join(organisation.name for organisation in self.public_organisations())

    def sections(self):
        """The structured part of the example as (heading, rich text), in reading order."""
        return [
            (_("Problem or question"), self.problem),
            (_("Approach"), self.approach),
            (_("Results"), self.results),
            (_("What made it work"), self.working_elements),
            (_("Conditions and costs"), self.conditions),
            (_("Lessons and tips"), self.lessons),
        ]

    @path("")
    def detail(self, request):
        return self.render(request)

    @path("contact/", name="contact")
    def contact(self, request):
        from .contact import contact_view

        return contact_view(request, self)


class RelatedExample(RelatedExampleBase):
    page = ParentalKey(
        PracticeExamplePage, related_name="related_examples", on_delete=models.CASCADE
    )
    example = models.ForeignKey(
        PracticeExamplePage, verbose_name=_("example"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("example")]


class Submission(models.Model):
    """Who proposed an example through the site, so they hear once when it is published (or
    not): the page's contact e-mail is the editors' to change, this address is the sender's."""

    page = models.OneToOneField(
        PracticeExamplePage,
        verbose_name=_("practice example"),
        on_delete=models.CASCADE,
        related_name="submission",
    )
    email = models.EmailField(_("sender's e-mail"))
    name = models.CharField(_("sender's name"), max_length=120)
    language = models.CharField(_("language"), max_length=10)
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    published_mail_at = models.DateTimeField(_("told it is published"), null=True, blank=True)
    rejected_mail_at = models.DateTimeField(_("told it is not published"), null=True, blank=True)

    class Meta:
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")

    def __str__(self):
        return self.email
