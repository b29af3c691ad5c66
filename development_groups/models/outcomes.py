"""What a session yielded: the outcome for the group's members, its public summary for
everyone once published, and its documents."""

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from .pages import DevelopmentSessionPage


class SessionOutcome(ClusterableModel):
    """What a session yielded, for the group's members; its public summary for everyone once
    the facilitator publishes it."""

    session = models.OneToOneField(
        DevelopmentSessionPage,
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="outcome",
    )
    summary = RichTextField(_("summary"), blank=True, features=["bold", "italic", "link", "ul"])
    insights = RichTextField(_("insights"), blank=True, features=["bold", "italic", "link", "ul"])
    actions = RichTextField(
        _("agreed actions"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    public_summary = models.TextField(
        _("public summary"),
        blank=True,
        max_length=3000,
        help_text=_("A summary anyone may read; the full outcome stays with the members."),
    )
    public_summary_published = models.BooleanField(
        _("publish the public summary"),
        default=False,
        help_text=_("Shows the public summary on the session's page for every visitor."),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("session outcome")
        verbose_name_plural = _("session outcomes")

    def __str__(self):
        return str(self.session)

    def clean(self):
        super().clean()
        if self.public_summary_published and not self.public_summary.strip():
            raise ValidationError(
                {"public_summary": _("Write the public summary before publishing it.")}
            )


class OutcomeDocument(Orderable):
    """A document of an outcome: kept in the group's private collection."""

    outcome = ParentalKey(SessionOutcome, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
