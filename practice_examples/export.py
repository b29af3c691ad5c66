"""/praktijkvoorbeelden/export.csv: the (filtered) list of practice examples for policy makers.

The same GET parameters as the listing (through ExampleFilter), every matching example rather
than one page of them. Written for Dutch Excel: UTF-8 with a byte order mark and `;` between
cells. No contact details. A cell that a spreadsheet would read as a formula gets a leading
apostrophe (core.csv.safe_cell), so a title like "=HYPERLINK(...)" stays text.

The rows are streamed in chunks, each chunk with its taxa prefetched: the number of queries
depends on the number of chunks, not on the number of examples in a chunk.
"""

import csv

from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from core.csv import safe_cell
from core.links import page_url

from .filters import ExampleFilter
from .models import PracticeExamplePage

CHUNK_SIZE = 500
BOM = "\ufeff"
# Not in the export, and the bulk of each row: left in the database.
LONG_FIELDS = [
    "body",
    "problem",
    "approach",
    "results",
    "working_elements",
    "conditions",
    "lessons",
]
TAXA = ["themes", "regions", "sectors", "audiences", "organisations"]


def field_label(name):
    return capfirst(PracticeExamplePage._meta.get_field(name).verbose_name)


def header():
    labels = [
        _("Title"),
        _("URL"),
        _("Summary"),
        *(field_label(name) for name in TAXA),
        field_label("publication_date"),
    ]
    return [str(label) for label in labels]


def taxa(example, name):
    if name == "organisations":
        return example.public_organisations()
    return getattr(example, name).all()


def row(request, example):
    return [
        example.title,
        page_url(example, request),
        example.intro,
        *(", ".join(taxon.name for taxon in taxa(example, name)) for name in TAXA),
        example.publication_date.isoformat(),
    ]


class Echo:
    """A file-like object whose write() returns the line, for streaming csv.writer output."""

    def write(self, value):
        return value


def lines(request, examples, heading):
    writer = csv.writer(Echo(), delimiter=";", lineterminator="\r\n")
    yield BOM + writer.writerow([safe_cell(cell) for cell in heading])
    for example in examples.iterator(chunk_size=CHUNK_SIZE):
        yield writer.writerow([safe_cell(cell) for cell in row(request, example)])


def export_view(request, index_page):
    examples = ExampleFilter(request.GET).results().prefetch_related(*TAXA).defer(*LONG_FIELDS)
    filename = f"{index_page.slug}-{timezone.localdate().isoformat()}.csv"
    response = StreamingHttpResponse(
        # The heading is translated now, while the request's language is active.
        lines(request, examples, header()),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
