"""Pages in the visitor's language, fetched in bulk so a list costs the same SQL at any length."""

from wagtail.images import get_image_model
from wagtail.models import Locale, Page


def localized_pages(pages):
    """The live translation of each page in the active language (the page itself when it has
    none), as specific pages in the same order, with their card images and renditions."""
    pages = [page for page in pages if page is not None]
    if not pages:
        return []
    locale = Locale.get_active()
    translations = {
        page.translation_key: page
        for page in Page.objects.live()
        .filter(locale=locale, translation_key__in=[page.translation_key for page in pages])
        .specific()
    }
    result = [translations.get(page.translation_key) or page.specific for page in pages]
    attach_listing_images(result)
    return result


def attach_listing_images(pages, rendition_filters=("fill-480x270",)):
    """Load the card images of many pages, and their renditions, in two queries."""
    image_ids = {getattr(page, "listing_image_id", None) for page in pages} - {None}
    if not image_ids:
        return
    images = get_image_model().objects.filter(pk__in=image_ids)
    images = images.prefetch_renditions(*rendition_filters)
    by_id = {image.pk: image for image in images}
    for page in pages:
        if getattr(page, "listing_image_id", None) in by_id:
            page.listing_image = by_id[page.listing_image_id]
