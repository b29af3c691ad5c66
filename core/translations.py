"""What wagtail-localize leaves to the site.

A page in another language is never public before an editor publishes it: wagtail-localize
copies a page's untranslated parents into the other language as aliases (pages that show the
Dutch page's content), and an alias is live when its Dutch page is. Such an alias starts as a
draft here; it goes public when an editor translates and publishes it.

A translated page's slug follows its translated title. The slug is one of a page's strings to
translate; a translator who translates the title and leaves the slug alone would publish the
English page under the Dutch address. So translating the title also translates the slug, as the
slugified title (marked as made by a tool: the translator sees it in the translation editor and
can change it). A slug the translator wrote stays; wagtail-localize keeps it unique among the
page's siblings when it saves the page.
"""

from django.utils.text import slugify

from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationContext

SLUG_TOOL = "Kennisbank"

# The English slugs of the site's own pages below the home page, by their Dutch slug: the demo
# translates them so, and `manage.py english_slugs` renames those of an existing site whose
# English page still has the Dutch slug (leaving a redirect from the old address).
ENGLISH_SLUGS = {
    "praktijkvoorbeelden": "practice-examples",
    "agenda": "events",
    "ontwikkelgroepen": "development-groups",
    "themas": "themes",
    "over-het-steunpunt": "about",
    "wat-is-passend-onderwijs": "what-is-appropriate-education",
    "privacyverklaring": "privacy",
    # English already: the same in both languages.
    "scan": "scan",
    "contact": "contact",
}


def translate_slug_with_title(sender, instance, **kwargs):
    """post_save of a StringTranslation: a page title's translation also translates its slug."""
    if instance.context.path != "title":
        return
    slug = slugify(instance.data)
    slug_context = TranslationContext.objects.filter(
        object_id=instance.context.object_id, path="slug"
    ).first()
    segment = StringSegment.objects.filter(context=slug_context).first() if slug_context else None
    if not slug or segment is None:
        return
    lookup = {
        "translation_of_id": segment.string_id,
        "locale": instance.locale,
        "context": slug_context,
    }
    written = StringTranslation.objects.filter(**lookup).exclude(tool_name=SLUG_TOOL)
    if written.exists():
        return
    StringTranslation.objects.update_or_create(
        **lookup,
        defaults={
            "data": slug,
            "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE,
            "tool_name": SLUG_TOOL,
            "has_error": False,
            "field_error": "",
        },
    )


def alias_in_another_language_starts_offline(sender, instance, created, **kwargs):
    """post_save of any model: a new page that is an alias of a page in another language (the
    parents wagtail-localize copies, a synchronised locale) is not live."""
    if not (created and isinstance(instance, Page) and instance.alias_of_id and instance.live):
        return
    if instance.alias_of.locale_id != instance.locale_id:
        Page.objects.filter(pk=instance.pk).update(live=False, has_unpublished_changes=True)
        instance.live = False
        instance.has_unpublished_changes = True
