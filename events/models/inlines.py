"""The rows an event page holds: its programme and its related practice examples."""

from modelcluster.fields import ParentalKey

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin

from core.related_examples import RelatedExampleBase

from .pages import EventPage


class ProgrammeItem(TranslatableMixin, Orderable):
    """One line of a timed programme: “13.00 uur – Welkom en toelichting programma”. Translatable:
    wagtail-localize translates its title, description and speaker with the event."""

    page = ParentalKey(EventPage, related_name="programme_items", on_delete=models.CASCADE)
    time = models.TimeField(_("time"))
    end_time = models.TimeField(_("until"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=200)
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link"])
    speaker = models.CharField(_("speaker"), max_length=200, blank=True)

    api_fields = [
        APIField("time"),
        APIField("end_time"),
        APIField("title"),
        APIField("description"),
        APIField("speaker"),
    ]

    panels = [
        FieldRowPanel([FieldPanel("time"), FieldPanel("end_time")]),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("speaker"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("programme item")


class RelatedExample(RelatedExampleBase):
    page = ParentalKey(EventPage, related_name="related_examples", on_delete=models.CASCADE)
    example = models.ForeignKey(
        "practice_examples.PracticeExamplePage",
        verbose_name=_("practice example"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("example")]
