"""The demo's media, made on the spot: images in the site's palette and small PDF documents,
in the "Demo" collection (or a collection the caller's context names)."""

import io
import random
import textwrap

from PIL import Image as PILImage
from PIL import ImageColor, ImageDraw

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.utils.file import hash_filelike

from .utils import DEMO_COLLECTION

PALETTE = {
    "dark_blue": "#154273",
    "blue": "#007bc7",
    "yellow": "#ffb612",
    "green": "#39870c",
    "orange": "#e17000",
}


def make_image(context, title, name, colours, seed=0):
    """A 1200x800 PNG of soft shapes on a gradient in the site's palette, as a Wagtail image.

    `colours` are PALETTE keys: the first two make the gradient, all of them the shapes.
    """
    rng = random.Random(f"{name}-{seed}")
    width, height = 1200, 800
    start, end = (PILImage.new("RGB", (width, height), PALETTE[c]) for c in colours[:2])
    gradient = PILImage.linear_gradient("L").rotate(rng.choice([0, 90, 180, 270]))
    picture = PILImage.composite(end, start, gradient.resize((width, height))).convert("RGBA")
    shapes = PILImage.new("RGBA", (width, height))
    draw = ImageDraw.Draw(shapes)
    for _index in range(6):
        x, y, size = rng.randint(-100, width), rng.randint(-100, height), rng.randint(120, 420)
        box = (x, y, x + size, y + size)
        fill = (*ImageColor.getrgb(PALETTE[rng.choice(colours)]), rng.randint(190, 240))
        if rng.random() < 0.6:
            draw.ellipse(box, fill=fill)
        else:
            draw.rounded_rectangle(box, radius=size // 5, fill=fill)
    buffer = io.BytesIO()
    PILImage.alpha_composite(picture, shapes).convert("RGB").save(buffer, "PNG")
    data = buffer.getvalue()
    image = get_image_model()(
        title=title,
        file=ImageFile(io.BytesIO(data), name=f"{name}.png"),
        collection=context.collection,
        file_size=len(data),
        file_hash=hash_filelike(io.BytesIO(data)),
    )
    image.save()
    context.images[name] = image
    return image


def _pdf(title, paragraphs):
    """A one-page PDF with a title and wrapped paragraphs, in a standard font (no dependencies)."""

    def literal(text):
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return escaped.encode("cp1252", errors="replace").decode("latin-1")

    lines = ["BT", "/F1 18 Tf", "22 TL", "56 780 Td", f"({literal(title)}) '", "/F1 11 Tf", "15 TL"]
    for paragraph in paragraphs:
        lines.append("() '")
        lines += [f"({literal(line)}) '" for line in textwrap.wrap(paragraph, 88)]
    lines.append("ET")
    stream = "\n".join(lines).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (%s) >>" % literal(title).encode("latin-1"),
    ]
    output = io.BytesIO()
    output.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(output.tell())
        output.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = output.tell()
    output.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    output.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    output.write(
        b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, xref)
    )
    return output.getvalue()


def make_document(context, title, name, paragraphs):
    """A small PDF document with the given title and text, stored as a Wagtail document."""
    data = _pdf(title, paragraphs)
    document = get_document_model()(
        title=title,
        file=ContentFile(data, name=f"{name}.pdf"),
        collection=context.collection,
        file_size=len(data),
        file_hash=hash_filelike(io.BytesIO(data)),
    )
    document.save()
    return document


def clear_demo_media():
    """Delete the demo collection's images and documents (their files go once the data is gone)."""
    collection = Collection.objects.filter(name=DEMO_COLLECTION, depth=2).first()
    if collection is not None:
        get_image_model().objects.filter(collection=collection).delete()
        get_document_model().objects.filter(collection=collection).delete()
