from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from core.admin_locale import LocalizedPageForm
from core.derived_cache import cached
from core.localization import attach_listing_images, default_locale, localized_pages

from .blocks import BodyBlock, FeaturedPageBlock, LinkBlock, SocialLinkBlock


class BasePage(Page):
    """What every content page has: an intro for its header and its card, and a card image."""

    intro = models.TextField(_("intro"), blank=True, max_length=600)
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("card image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    menu_title = models.CharField(
        _("menu title"),
        max_length=40,
        blank=True,
        help_text=_("A shorter title for the main menu. Empty: the page title."),
    )

    # The intro weighs above the body text and below the title (boost 2) in search results:
    # search/relevance.py.
    search_fields = Page.search_fields + [index.SearchField("intro", boost=1.5)]
    content_panels = Page.content_panels + [
        FieldPanel(
            "intro",
            help_text=_(
                "Two or three sentences under the title; also on the page's card in listings "
                "and in search results."
            ),
        )
    ]
    promote_panels = Page.promote_panels + [FieldPanel("menu_title"), FieldPanel("listing_image")]
    base_form_class = LocalizedPageForm

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        """Wagtail's permission tester, without a query for "may this page without subpages be
        deleted or moved" in every row of the admin's listings (core/admin_listing.py)."""
        from core.admin_listing import PagePermissions

        return PagePermissions(user, self)

    def save(self, *args, **kwargs):
        if hasattr(self, "tags") and kwargs.get("update_fields") is None:
            TagTranslation.translate_tags(self)
        return super().save(*args, **kwargs)


class HomePage(BasePage):
    featured = StreamField(
        [("page", FeaturedPageBlock())], verbose_name=_("featured"), blank=True, max_num=6
    )
    themes_heading = models.CharField(
        _("themes heading"), max_length=120, default="Thema's", blank=True
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["wagtailcore.Page"]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    content_panels = BasePage.content_panels + [
        FieldPanel("featured"),
        FieldPanel("themes_heading"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("home page")

    # What the home page features when an editor leaves `featured` empty: the places a visitor
    # starts from (the organisation's own pages promote the same three).
    DEFAULT_FEATURED = [
        "practice_examples.PracticeExampleIndexPage",
        "scan.ScanPage",
        "events.EventIndexPage",
    ]

    def default_featured_pages(self):
        """The live, public DEFAULT_FEATURED pages under this home page (so in its language), in
        that order."""
        models = [apps.get_model(name) for name in self.DEFAULT_FEATURED]
        pages = list(Page.objects.child_of(self).live().public().type(*models).specific())
        order = {model: position for position, model in enumerate(models)}
        pages.sort(key=lambda page: next(p for m, p in order.items() if isinstance(page, m)))
        attach_listing_images(pages)
        return pages

    def featured_cards(self):
        """(page, text) for each featured block, the pages in the visitor's language; a page not
        translated into it (or not live) is left out. Without featured pages, the default ones
        with their intros."""
        blocks = [block.value for block in self.featured if block.value["page"]]
        if not blocks:
            return [(page, "") for page in self.default_featured_pages()]
        pages = localized_pages((value["page"] for value in blocks), fallback=False)
        by_key = {page.translation_key: page for page in pages}
        return [
            (by_key[value["page"].translation_key], value["text"])
            for value in blocks
            if value["page"].translation_key in by_key
        ]


class StandardPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "home.StandardPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class StandardPage(BasePage):
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(through=StandardPageTag, blank=True, verbose_name=_("tags"))

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    content_panels = BasePage.content_panels + [FieldPanel("body")]
    promote_panels = BasePage.promote_panels + [FieldPanel("tags")]

    class Meta:
        verbose_name = _("standard page")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    organisation_name = models.CharField(
        _("organisation name"), max_length=120, default="Steunpunt Passend Onderwijs"
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    footer_links = StreamField([("link", LinkBlock())], verbose_name=_("footer links"), blank=True)
    social_links = StreamField(
        [("link", SocialLinkBlock())], verbose_name=_("social links"), blank=True
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("contact_email")],
            heading=_("Organisation"),
        ),
        FieldPanel("footer_links"),
        FieldPanel("social_links"),
    ]

    class Meta:
        verbose_name = _("site settings")

    def footer_link_values(self):
        """The footer links as [{"href", "text"}], their pages in the visitor's language: the
        same on every page, so cached until content changes."""

        def compute():
            values = [block.value for block in self.footer_links]
            with_page = [value for value in values if value["page"]]
            pages = localized_pages(value["page"] for value in with_page)
            for value, page in zip(with_page, pages, strict=True):
                value.__dict__["localized_page"] = page
            return [{"href": value.href, "text": value.text} for value in values]

        return cached("footer-links", (self.pk, get_language()), compute)


class TagTranslation(models.Model):
    """A tag's name in another language. Tags are synchronised from the Dutch page to its
    translations; a translated page shows each tag's translation and leaves out the tags that
    have none, so the English site never lists a Dutch tag."""

    tag = models.ForeignKey(
        "taggit.Tag", verbose_name=_("tag"), on_delete=models.CASCADE, related_name="+"
    )
    locale = models.ForeignKey(
        Locale, verbose_name=_("language"), on_delete=models.CASCADE, related_name="+"
    )
    name = models.CharField(_("translated tag"), max_length=100)

    panels = [FieldPanel("tag"), FieldPanel("locale"), FieldPanel("name")]

    class Meta:
        verbose_name = _("tag translation")
        verbose_name_plural = _("tag translations")
        ordering = ["tag__name"]
        constraints = [
            models.UniqueConstraint(fields=["tag", "locale"], name="one_translation_per_tag")
        ]

    def __str__(self):
        return f"{self.tag} → {self.name}"

    def clean(self):
        if self.locale_id and self.locale_id == default_locale().pk:
            raise ValidationError({"locale": _("Choose the language the tag is translated into.")})

    @classmethod
    def translate_tags(cls, page):
        """Put the tags of a page outside the default language in its language: a tag that is a
        translation into it stays, another tag with a translation becomes that translation, the
        rest go. The same result however often it runs (every save and publication)."""
        if page.locale_id is None or page.locale_id == default_locale().pk:
            return
        names = [tag.name for tag in page.tags.all()]
        if not names:
            return
        translations = cls.objects.filter(locale_id=page.locale_id)
        translated = dict(translations.filter(tag__name__in=names).values_list("tag__name", "name"))
        own = set(translations.filter(name__in=names).values_list("name", flat=True))
        wanted = [name if name in own else translated.get(name) for name in names]
        wanted = list(dict.fromkeys(name for name in wanted if name))
        if wanted != names:
            page.tags.set(wanted)
