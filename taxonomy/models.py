"""The curated vocabulary every piece of content is tagged with.

All five are translatable snippets: Dutch is the source, wagtail-localize keeps the English
versions. Slugs are synchronised, so /themas/<slug>/ and /en/themas/<slug>/ name the same theme.
"""

from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.http import Http404
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.derived_cache import cached
from core.localization import active_locale


class Taxon(TranslatableMixin, index.Indexed, models.Model):
    """Name, slug and ordering, shared by every vocabulary.

    The slug is the same in every language (a synchronised field): filters and addresses name a
    taxon by its slug, so /praktijkvoorbeelden/?thema=x finds the same content in Dutch and English.
    """

    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(
        _("slug"), max_length=80, blank=True, help_text=_("Filled from the name when left empty.")
    )

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    panels = [FieldPanel("name"), FieldPanel("slug")]
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="%(app_label)s_%(class)s_unique_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:80]
        super().save(*args, **kwargs)

    @classmethod
    def slug_choices(cls, locale):
        """[(slug, name)] of the vocabulary in one language, in its own order: the choices of a
        form field that takes taxa by slug."""
        return list(cls.objects.filter(locale=locale).values_list("slug", "name"))

    @classmethod
    def names_by_slug(cls):
        """{slug: name} in the active language, for showing what content refers to by slug."""
        locale = active_locale()
        return cached(
            "taxon-names",
            (cls._meta.label, locale.pk),
            lambda: dict(cls.objects.filter(locale=locale).values_list("slug", "name")),
        )


class Theme(Taxon):
    summary = models.CharField(
        _("summary"), max_length=300, blank=True, help_text=_("One sentence for theme cards.")
    )
    description = RichTextField(_("description"), blank=True)

    search_fields = Taxon.search_fields + [index.SearchField("summary")]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        FieldPanel("description"),
    ]

    class Meta(Taxon.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class Region(Taxon):
    code = models.CharField(_("code"), max_length=2, help_text=_("Province code, e.g. UT."))

    panels = Taxon.panels + [FieldPanel("code")]
    override_translatable_fields = Taxon.override_translatable_fields + [SynchronizedField("code")]

    class Meta(Taxon.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class Sector(Taxon):
    abbreviation = models.CharField(_("abbreviation"), max_length=10)

    panels = [FieldPanel("abbreviation"), *Taxon.panels]
    override_translatable_fields = Taxon.override_translatable_fields + [
        SynchronizedField("abbreviation")
    ]

    class Meta(Taxon.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        ordering = ["pk"]


class Audience(Taxon):
    class Meta(Taxon.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")


class OrganisationQuerySet(models.QuerySet):
    def public(self):
        """The organisations the site shows: those an editor confirmed."""
        return self.filter(confirmed=True)


class Organisation(Taxon):
    """An organisation involved in examples and events. One that a visitor named in a proposed
    example and that was not in the list yet is added unconfirmed (`proposed()`): the site does
    not show it until an editor confirms it."""

    class Kind(models.TextChoices):
        SCHOOL_ALLIANCE = "school_alliance", _("School alliance (samenwerkingsverband)")
        MUNICIPALITY = "municipality", _("Municipality")
        SCHOOL_BOARD = "school_board", _("School board")
        SCHOOL = "school", _("School")
        NATIONAL_PARTNER = "national_partner", _("National partner")
        OTHER = "other", _("Other")

    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    sector = models.ForeignKey(
        Sector,
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    confirmed = models.BooleanField(
        _("confirmed"),
        default=True,
        help_text=_(
            "Organisations that visitors name in a proposed example are added unconfirmed: the "
            "site shows them once an editor has checked and confirmed them."
        ),
    )

    objects = OrganisationQuerySet.as_manager()

    panels = Taxon.panels + [
        FieldPanel("kind"),
        FieldPanel("sector"),
        FieldPanel("region"),
        FieldPanel("website"),
        FieldPanel("confirmed"),
    ]
    override_translatable_fields = Taxon.override_translatable_fields + [
        SynchronizedField("kind"),
        SynchronizedField("website"),
        SynchronizedField("confirmed"),
    ]

    class Meta(Taxon.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    @staticmethod
    def slug_for(name):
        return slugify(name)[:80].strip("-")

    @classmethod
    def named(cls, names, locale):
        """{casefolded name: organisation} of the organisations of `locale` called one of `names`,
        whatever the case, or whose slug is that of one of them (the same name spelt with other
        spaces or punctuation)."""
        if not names:
            return {}
        slugs = {cls.slug_for(name) for name in names} - {""}
        query = Q(slug__in=slugs)
        for name in names:
            query |= Q(name__iexact=name)
        found = list(cls.objects.filter(query, locale=locale))
        by_name = {organisation.name.casefold(): organisation for organisation in found}
        by_slug = {organisation.slug: organisation for organisation in found}
        result = {}
        for name in names:
            match = by_name.get(name.casefold()) or by_slug.get(cls.slug_for(name))
            if match is not None:
                result[name.casefold()] = match
        return result

    @classmethod
    def proposed(cls, name, locale):
        """The organisation of `locale` a visitor named: the one in the list by that name, or
        else a new, unconfirmed one for an editor to confirm. Never two: the unique slug per
        locale makes a second visitor naming it at the same moment find the first one's. None
        for a name without letters or digits (no slug to recognise it by)."""
        slug = cls.slug_for(name)
        if not slug:
            return None
        existing = cls.named([name], locale)
        if existing:
            return existing[name.casefold()]
        try:
            with transaction.atomic():
                return cls.objects.create(
                    name=name, slug=slug, locale=locale, kind=cls.Kind.OTHER, confirmed=False
                )
        except IntegrityError:
            return cls.objects.get(locale=locale, slug=slug)


class ThemeIndexPage(RoutablePageMixin, Page):
    """/themas/: every theme, and each theme's own page at /themas/<slug>/."""

    intro = models.TextField(_("intro"), blank=True, max_length=600)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("theme index page")

    def themes(self):
        return Theme.objects.filter(locale_id=self.locale_id)

    def theme_url(self, theme, request=None):
        return self.get_url(request) + self.reverse_subpage("theme", kwargs={"slug": theme.slug})

    @path("")
    def index(self, request):
        return self.render(request, context_overrides={"themes": self.themes()})

    @path("<slug:slug>/", name="theme")
    def theme(self, request, slug):
        theme = self.themes().filter(slug=slug).first()
        if theme is None:
            raise Http404
        return self.render(
            request,
            context_overrides={"theme": theme, "breadcrumb_extra": theme.name},
            template="taxonomy/theme_page.html",
        )
