"""Scan Passend Onderwijs: a self-assessment of a school in domains of statements.

`ScanPage` (/scan/) holds the questionnaire editors build: domains, each with statements, the
themes it relates to and advice for a low, middle and high score. Schools answer anonymously:

- `ScanVersion` is the questionnaire as it was answered (see questionnaire.py); a response keeps
  its version, so changing the page never changes an earlier result.
- `ScanResponse` is one school's scan: answers, optional sector and region, the scores once
  complete, and the private token of its result link. No personal data.
- `ScanStatistic` keeps running totals per domain for all scans, per sector and per region, so a
  result compares with the average without reading every response.
"""

import hashlib
import json
import secrets

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import IntegrityError, models, transaction
from django.db.models import Max
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from home.models import BasePage

from .blocks import DomainBlock
from .questionnaire import HIGH, LOW, MIDDLE, Domain, Questionnaire, Statement

TOKEN_BYTES = 16  # 128 bits: a result link cannot be guessed


def new_token():
    return secrets.token_urlsafe(TOKEN_BYTES)


class ScanPage(RoutablePageMixin, BasePage):
    """/scan/: the questionnaire, its steps (/scan/<token>/stap/<n>/) and results (/scan/<token>/).

    The views live in views.py; the routes only dispatch to them.
    """

    body = RichTextField(
        _("how it works"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        help_text=_("Shown above the start button: what the scan asks, how long it takes."),
    )
    domains = StreamField(
        [("domain", DomainBlock())],
        verbose_name=_("domains"),
        blank=True,
        help_text=_("Each domain is one step of the scan and one bar in the result."),
    )
    low_below = models.PositiveSmallIntegerField(
        _("low below"),
        default=50,
        validators=[MaxValueValidator(100)],
        help_text=_("A domain score (0-100) below this gets the advice for a low score."),
    )
    high_from = models.PositiveSmallIntegerField(
        _("high from"),
        default=75,
        validators=[MaxValueValidator(100)],
        help_text=_("A domain score (0-100) from this up gets the advice for a high score."),
    )
    result_intro = RichTextField(
        _("result introduction"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Shown at the top of every result."),
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    content_panels = BasePage.content_panels + [
        FieldPanel("body"),
        FieldPanel("domains"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("low_below"), FieldPanel("high_from")])],
            heading=_("Score levels"),
        ),
        FieldPanel("result_intro"),
    ]

    class Meta:
        verbose_name = _("scan page")

    def clean(self):
        super().clean()
        if self.low_below > self.high_from:
            raise ValidationError({"high_from": _("“High from” cannot be lower than “low below”.")})

    def questionnaire(self):
        """The questionnaire as this page (revision) has it now."""
        domains = []
        for block in self.domains:
            value = block.value
            domains.append(
                Domain(
                    key=block.id,
                    title=value["title"],
                    intro=value["intro"],
                    statements=tuple(
                        Statement(key=child.id, text=child.value)
                        for child in value["statements"].bound_blocks
                    ),
                    themes=tuple(theme.slug for theme in value["themes"] if theme),
                    advice={
                        LOW: value["advice_low"].source,
                        MIDDLE: value["advice_middle"].source,
                        HIGH: value["advice_high"].source,
                    },
                )
            )
        return Questionnaire(
            domains=tuple(domains), low_below=self.low_below, high_from=self.high_from
        )

    def current_version(self):
        return ScanVersion.for_page(self)

    # Routes ---------------------------------------------------------------------------------

    @path("")
    def start_route(self, request):
        from .views import start

        return start(request, self)

    @path("<str:token>/")
    def result_route(self, request, token):
        from .views import result

        return result(request, self, token)

    @path("<str:token>/stap/<int:number>/")
    def step_route(self, request, token, number):
        from .views import step

        return step(request, self, token, number)

    @path("<str:token>/opnieuw/")
    def redo_route(self, request, token):
        from .views import redo

        return redo(request, self, token)


class ScanVersion(models.Model):
    """The questionnaire of a scan page as it was answered: a snapshot, never changed."""

    page = models.ForeignKey(
        ScanPage, verbose_name=_("scan"), on_delete=models.CASCADE, related_name="versions"
    )
    number = models.PositiveIntegerField(_("version"))
    digest = models.CharField(max_length=64, editable=False)
    questionnaire = models.JSONField(editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("scan version")
        ordering = ["page", "number"]
        constraints = [
            models.UniqueConstraint(fields=["page", "number"], name="scan_version_number"),
            models.UniqueConstraint(fields=["page", "digest"], name="scan_version_digest"),
        ]

    def __str__(self):
        return f"{self.page} v{self.number}"

    @cached_property
    def content(self):
        return Questionnaire.from_data(self.questionnaire)

    @classmethod
    def for_page(cls, page):
        """The version for the page's questionnaire as it is now, made the first time."""
        data = page.questionnaire().to_data()
        digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()
        found = cls.objects.filter(page=page, digest=digest).first()
        if found:
            return found
        number = (cls.objects.filter(page=page).aggregate(Max("number"))["number__max"] or 0) + 1
        try:
            with transaction.atomic():
                return cls.objects.create(
                    page=page, number=number, digest=digest, questionnaire=data
                )
        except IntegrityError:  # made at the same moment by another request
            return cls.objects.get(page=page, digest=digest)


class ScanResponse(models.Model):
    """One school's scan. Anonymous: what identifies it is the secret token of its link."""

    # Not content: Wagtail's reference index ("usage" of pages) gains nothing from it, and would
    # queue a background task for every save (a rush of registrations or votes).
    wagtail_reference_index_ignore = True

    token = models.CharField(max_length=43, unique=True, default=new_token, editable=False)
    version = models.ForeignKey(
        ScanVersion, verbose_name=_("version"), on_delete=models.CASCADE, related_name="responses"
    )
    sector = models.ForeignKey(
        "taxonomy.Sector",
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Always the taxon in the default language."),
    )
    region = models.ForeignKey(
        "taxonomy.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Always the taxon in the default language."),
    )
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    scores = models.JSONField(_("scores"), null=True, blank=True, editable=False)
    previous = models.ForeignKey(
        "self",
        verbose_name=_("previous scan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last answer"), auto_now=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)

    class Meta:
        verbose_name = _("scan response")
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["completed_at"], name="scan_response_completed")]

    def __str__(self):
        return f"{self.version} {self.started_at:%Y-%m-%d}"

    # The version of the scan page in the visitor's language, when that is not the language the
    # scan was started in (set by views.find_response): its texts are shown.
    translation = None

    @cached_property
    def questionnaire(self):
        """The questionnaire this scan answers, in the visitor's language where translated
        (set `translation` before the first use)."""
        translation = self.translation.content if self.translation else None
        return self.version.content.in_language_of(translation)

    @property
    def is_complete(self):
        return self.completed_at is not None


class ScanStatistic(models.Model):
    """Running totals of one domain's scores within one scope: all scans, a sector, a region.

    Kept by statistics.record() when a scan is completed; statistics.rebuild() recomputes them
    from the responses.
    """

    domain_key = models.CharField(max_length=64)
    scope = models.CharField(max_length=40)
    responses = models.PositiveIntegerField(default=0)
    score_total = models.FloatField(default=0)

    class Meta:
        verbose_name = _("average")  # a row of the scan report ("85 averages")
        verbose_name_plural = _("averages")
        constraints = [
            models.UniqueConstraint(fields=["domain_key", "scope"], name="scan_statistic_scope")
        ]

    def __str__(self):
        return f"{self.domain_key} {self.scope}: {self.responses}"

    @property
    def average(self):
        return round(self.score_total / self.responses, 1) if self.responses else None
