"""Give the site's own English pages English addresses (issue 17): /en/praktijkvoorbeelden/
becomes /en/practice-examples/, and so on for core.translations.ENGLISH_SLUGS.

Only a page whose slug still equals its Dutch page's is renamed; a slug a translator chose
stays. Wagtail leaves a permanent redirect from the old address of the page and of each of its
live descendants (wagtail.contrib.redirects, WAGTAILREDIRECTS_AUTO_CREATE) once the change is
committed. The translation's slug is changed too, so that the next synchronisation from the Dutch
page keeps the English slug; a draft waiting to be published keeps its changes and gets the new
slug. Running it again changes nothing; --dry-run lists what it would rename.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.coreutils import find_available_slug
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from core.localization import default_locale
from core.translations import ENGLISH_SLUGS


def pages_to_rename():
    """(translated page, new slug) for each page outside the default language whose slug is a
    Dutch slug of ENGLISH_SLUGS that its Dutch page has too."""
    renamed = [dutch for dutch, english in ENGLISH_SLUGS.items() if dutch != english]
    dutch = Page.objects.filter(locale=default_locale(), depth=3, slug__in=renamed)
    slugs = dict(dutch.values_list("translation_key", "slug"))
    translated = (
        Page.objects.filter(translation_key__in=slugs, slug__in=renamed)
        .exclude(locale=default_locale())
        .order_by("path")
    )
    return [
        (page.specific, ENGLISH_SLUGS[page.slug])
        for page in translated
        if slugs[page.translation_key] == page.slug
    ]


def translate_slug_string(page, slug):
    """The slug in the page's translation (wagtail-localize), where it has one."""
    sources = TranslationSource.objects.filter(object_id=page.translation_key).exclude(
        locale_id=page.locale_id
    )
    segments = StringSegment.objects.filter(source__in=sources, context__path="slug")
    for segment in segments:
        StringTranslation.objects.update_or_create(
            translation_of_id=segment.string_id,
            locale_id=page.locale_id,
            context_id=segment.context_id,
            defaults={
                "data": slug,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "has_error": False,
                "field_error": "",
            },
        )


def rename(page, slug):
    """Rename the page; the published version and a waiting draft both get the slug."""
    page.slug = find_available_slug(page.get_parent(), slug, ignore_page_id=page.pk)
    if page.live and not page.has_unpublished_changes:
        # A new revision of what is online, published: logged like an editor's change.
        page.save_revision(log_action=True).publish()
        page.refresh_from_db()
    else:
        page.save()  # the live page's address (and the redirects)
        draft = page.latest_revision
        if draft is not None:
            draft.content["slug"] = page.slug
            draft.save(update_fields=["content"])
    translate_slug_string(page, page.slug)
    return page.slug


class Command(BaseCommand):
    help = "Give the English index pages English slugs, with redirects from the Dutch ones."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List what would be renamed; change nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        found = pages_to_rename()
        if not found:
            self.stdout.write("No English page has a Dutch slug to rename.")
            return
        with transaction.atomic():
            for page, slug in found:
                old_url = page.url
                if dry_run:
                    self.stdout.write(f"Would rename {old_url} to {slug}")
                    continue
                rename(page, slug)
                self.stdout.write(f"{old_url} → {page.url} (the old address redirects)")
