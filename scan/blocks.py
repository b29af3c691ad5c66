"""The questionnaire's building block: a domain with its statements, themes and advice."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

ADVICE_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class DomainBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    intro = blocks.TextBlock(
        label=_("Introduction"),
        required=False,
        max_length=600,
        help_text=_("Shown above the statements of this step."),
    )
    statements = blocks.ListBlock(
        blocks.CharBlock(label=_("Statement"), max_length=300),
        label=_("Statements"),
        min_num=1,
        max_num=15,
        help_text=_(
            "Each is answered on a four-point scale or with “not applicable”. Rewording a "
            "statement keeps earlier results: they keep the version they were given with."
        ),
    )
    themes = blocks.ListBlock(
        SnippetChooserBlock("taxonomy.Theme", label=_("Theme")),
        label=_("Themes"),
        help_text=_(
            "A school that scores low on this domain is shown the practice examples and events "
            "on these themes."
        ),
    )
    advice_low = blocks.RichTextBlock(label=_("Advice for a low score"), features=ADVICE_FEATURES)
    advice_middle = blocks.RichTextBlock(
        label=_("Advice for a middle score"), features=ADVICE_FEATURES
    )
    advice_high = blocks.RichTextBlock(label=_("Advice for a high score"), features=ADVICE_FEATURES)

    class Meta:
        icon = "list-ul"
        label = _("Domain")
