"""The one block library every page body uses.

Each block has an icon, a template under templates/home/blocks/ and a preview value, so editors
see what they insert. App-specific blocks live in that app's own blocks.py.
"""

import re
from collections import defaultdict
from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import StreamFieldSegmentExtractor
from wagtail_localize.segments.ingest import StreamFieldSegmentsWriter

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class LinkValue(blocks.StructValue):
    @cached_property
    def localized_page(self):
        """The chosen page in the visitor's language (set in bulk by lists of links)."""
        page = self.get("page")
        return page.localized if page else None

    @property
    def href(self):
        return self.localized_page.url if self.localized_page else self.get("url") or ""

    @property
    def text(self):
        if self.get("label"):
            return self.get("label")
        return self.localized_page.title if self.localized_page else self.get("url")


class LinkBlock(blocks.StructBlock):
    """A link to a page (followed into the visitor's language) or to an address elsewhere."""

    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an address elsewhere"), required=False)
    label = blocks.CharBlock(
        label=_("Link text"), required=False, help_text=_("Leave empty to use the page title.")
    )

    class Meta:
        icon = "link"
        value_class = LinkValue
        label = _("Link")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(_("Choose a page or enter an address, not both."))
                }
            )
        if value.get("url") and not value.get("label"):
            raise blocks.StructBlockValidationError(
                block_errors={"label": ValidationError(_("A link elsewhere needs a link text."))}
            )
        return value


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"), choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))], default="h2"
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "home/blocks/heading_block.html"
        preview_value = {"text": "Samen tegen thuiszitten", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it. Empty for decoration."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "home/blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "home/blocks/quote_block.html"
        preview_value = {
            "quote": "Geen kind hoort thuis te zitten. Daar hebben we elkaar voor nodig.",
            "attribution": "Intern begeleider, samenwerkingsverband Utrecht",
        }


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    link = LinkBlock(label=_("Button"))

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "home/blocks/call_to_action_block.html"
        preview_value = {
            "title": "Doe de Scan Passend Onderwijs",
            "text": "Krijg in een kwartier een helder beeld van de stand van zaken op uw school.",
            "link": {"url": "https://example.org/scan/", "label": "Naar de scan"},
        }


class DocumentListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    documents = blocks.ListBlock(DocumentChooserBlock(label=_("Document")), label=_("Documents"))

    class Meta:
        icon = "doc-full"
        label = _("Documents")
        template = "home/blocks/document_list_block.html"


class VideoValue(blocks.StructValue):
    """Turns a YouTube or Vimeo address into a privacy-friendly embed address."""

    YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")

    @cached_property
    def embed_url(self):
        parts = urlsplit(self.get("url") or "")
        host = (parts.hostname or "").removeprefix("www.").removeprefix("m.")
        video_id = ""
        if host in {"youtube.com", "youtube-nocookie.com"}:
            if parts.path.startswith(("/embed/", "/shorts/")):
                video_id = parts.path.split("/")[2]
            else:
                video_id = parse_qs(parts.query).get("v", [""])[0]
        elif host == "youtu.be":
            video_id = parts.path.lstrip("/")
        if video_id and self.YOUTUBE_ID.match(video_id):
            return f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1&rel=0"
        if host in {"vimeo.com", "player.vimeo.com"}:
            vimeo_id = parts.path.rstrip("/").rsplit("/", 1)[-1]
            if vimeo_id.isdigit():
                return f"https://player.vimeo.com/video/{vimeo_id}?autoplay=1&dnt=1"
        return ""

    @cached_property
    def provider(self):
        return "Vimeo" if "vimeo" in self.embed_url else "YouTube"


class VideoBlock(blocks.StructBlock):
    """A video that contacts YouTube or Vimeo only after the visitor clicks play."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    url = blocks.URLBlock(label=_("YouTube or Vimeo address"))
    poster = ImageChooserBlock(
        label=_("Still image"), required=False, help_text=_("Shown until the visitor clicks play.")
    )
    description = blocks.TextBlock(label=_("Description or transcript"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "home/blocks/video_block.html"
        value_class = VideoValue
        preview_value = {
            "title": "Wat is passend onderwijs?",
            "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
            "description": "Een leerling stelt de vraag op haar eigen school.",
        }

    def clean(self, value):
        value = super().clean(value)
        if not value.embed_url:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(_("Enter the address of a YouTube or Vimeo video."))
                }
            )
        return value


class TableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=200)
    table = TypedTableBlock(
        [
            ("text", blocks.CharBlock(label=_("Text"))),
            ("number", blocks.DecimalBlock(label=_("Number"))),
            (
                "rich_text",
                blocks.RichTextBlock(label=_("Rich text"), features=["bold", "italic", "link"]),
            ),
        ],
        label=_("Table"),
    )

    class Meta:
        icon = "table"
        label = _("Table")
        template = "home/blocks/table_block.html"

    # wagtail-localize skips typed tables, so without these two methods the caption, column
    # headings and cells would stay Dutch on English pages. Table parts get the content paths
    # "table.heading-<column>" and "table.cell-<row>-<column>"; cells reuse the library's own
    # handling of their block type (text and rich text are translated, numbers are kept).

    def get_translatable_segments(self, value):
        extractor = StreamFieldSegmentExtractor(None)
        segments = [StringSegmentValue("caption", value["caption"] or "")]
        table = value["table"]
        for c, column in enumerate(table.columns):
            if column["heading"]:
                segments.append(StringSegmentValue(f"table.heading-{c}", column["heading"]))
        for r, row in enumerate(table.row_data):
            for c, (column, cell) in enumerate(zip(table.columns, row["values"], strict=False)):
                segments += [
                    segment.wrap(f"cell-{r}-{c}").wrap("table")
                    for segment in extractor.handle_block(column["block"], cell)
                ]
        return segments

    def restore_translated_segments(self, value, segments):
        writer = StreamFieldSegmentsWriter(None, None, None)
        by_part = defaultdict(list)
        for segment in segments:
            field_name, segment = segment.unwrap()
            part, segment = segment.unwrap() if field_name == "table" else (field_name, segment)
            by_part[part].append(segment)
        table = value["table"]
        for part, part_segments in by_part.items():
            kind, *index = part.split("-")
            if kind == "caption":
                value["caption"] = part_segments[0].render_text()
            elif kind == "heading":
                table.columns[int(index[0])]["heading"] = part_segments[0].render_text()
            else:
                row, column = (int(i) for i in index)
                cells = table.row_data[row]["values"]
                cells[column] = writer.handle_block(
                    table.columns[column]["block"], cells[column], part_segments
                )
        return value


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="home/blocks/paragraph_block.html",
        preview_value="<p>Samenwerkingsverbanden en gemeenten delen hier wat werkt.</p>",
    )
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    documents = DocumentListBlock()
    video = VideoBlock()
    table = TableBlock()

    class Meta:
        label = _("Body")


class FeaturedPageBlock(blocks.StructBlock):
    """A card on the home page pointing at a page, with an optional text of its own."""

    page = blocks.PageChooserBlock(label=_("Page"))
    text = blocks.TextBlock(
        label=_("Text"), required=False, help_text=_("Empty: the page's intro.")
    )

    class Meta:
        icon = "pick"
        label = _("Featured page")
        template = "home/blocks/featured_page_block.html"


SOCIAL_PLATFORMS = [
    ("linkedin", "LinkedIn"),
    ("mastodon", "Mastodon"),
    ("bluesky", "Bluesky"),
    ("youtube", "YouTube"),
    ("x", "X"),
]


class SocialLinkValue(blocks.StructValue):
    @property
    def platform_name(self):
        return dict(SOCIAL_PLATFORMS).get(self.get("platform"), self.get("platform"))


class SocialLinkBlock(blocks.StructBlock):
    platform = blocks.ChoiceBlock(label=_("Platform"), choices=SOCIAL_PLATFORMS)
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "site"
        label = _("Social link")
        value_class = SocialLinkValue
