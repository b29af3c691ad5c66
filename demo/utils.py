"""Shared tools for the demo content every app loads through `manage.py load_demo`.

Each app may have a `demo` package with `load(context)` (and optionally `clear()` for `--reset`).
Visible texts are `Text("Dutch", "English")` (in the data files `{nl = "...", en = "..."}`, see
demo.data); `dutch()` takes the Dutch side for the page or snippet and collects the pairs, and
`translate()` hands them to wagtail-localize, so the English version is an ordinary translation
that editors keep working on in the admin.
"""

import contextlib
import datetime
import json
from dataclasses import dataclass, field

from django.apps import apps
from django.db.models.signals import post_save
from django.utils.text import slugify

from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler as search_index_on_save
from modelsearch.tasks import insert_or_update_object_task
from wagtail.blocks import ListBlock
from wagtail.coreutils import resolve_model_string
from wagtail.models import Collection, DraftStateMixin, Locale, Page, ReferenceIndex
from wagtail.signal_handlers import update_reference_index_on_save
from wagtail.tasks import update_reference_index_task
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue, extract_strings

from core.translations import ENGLISH_SLUGS

DEMO_COLLECTION = "Demo"


@dataclass(frozen=True)
class Text:
    """A visible text in Dutch (the source) with its English translation."""

    nl: str
    en: str


@dataclass
class DemoContext:
    """What the demo modules share, passed from app to app in INSTALLED_APPS order.

    home fills `home` and `home_en`; later apps add their own attributes (taxonomy adds
    `themes`, `regions`, `sectors`, `audiences` and `organisations`, each a dict of Dutch objects).
    """

    nl: Locale
    en: Locale
    collection: Collection
    home: Page | None = None
    home_en: Page | None = None
    images: dict = field(default_factory=dict)

    @classmethod
    def create(cls):
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=DEMO_COLLECTION).first()
        return cls(
            nl=Locale.get_default(),
            en=Locale.objects.get_or_create(language_code="en")[0],
            collection=collection or root.add_child(name=DEMO_COLLECTION),
        )


@contextlib.contextmanager
def deferred_indexing():
    """Update the search index and Wagtail's reference index once per saved object, at the end.

    A demo page is saved several times while it is built (added, a revision, published,
    translated), and each save would index it again; what ends up in the indexes is the same,
    computed once from the final state. Deletions still update the indexes at once.
    """
    searched = [
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]
    tracked = ReferenceIndex.tracked_models
    receivers = [
        (search_index_on_save, insert_or_update_object_task, searched),
        (update_reference_index_on_save, update_reference_index_task, tracked),
    ]
    pending = [{} for _receiver in receivers]
    swapped = []  # (receiver, collector, model) for every receiver that was connected

    def collector(saved):
        def collect(sender, instance, raw=False, **kwargs):
            if not raw:
                saved[(instance._meta.app_label, instance._meta.model_name, str(instance.pk))] = 1

        return collect

    for (receiver, _task, models), saved in zip(receivers, pending, strict=True):
        collect = collector(saved)
        for model in models:
            if post_save.disconnect(receiver, sender=model):
                post_save.connect(collect, sender=model, weak=False)
                swapped.append((receiver, collect, model))
    try:
        yield
    finally:
        for receiver, collect, model in swapped:
            post_save.disconnect(collect, sender=model)
            post_save.connect(receiver, sender=model)
    for (_receiver, task, _models), saved in zip(receivers, pending, strict=True):
        for app_label, model_name, pk in saved:
            if apps.get_model(app_label, model_name)._default_manager.filter(pk=pk).exists():
                task.call(app_label, model_name, pk)


class MissingDemoTranslation(Exception):
    pass


def dutch(value, english):
    """`value` with every Text replaced by its Dutch side; the pairs are added to `english`."""
    if isinstance(value, Text):
        english[value.nl] = value.en
        return value.nl
    if isinstance(value, dict):
        return {key: dutch(item, english) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(dutch(item, english) for item in value)
    return value


def _segment_pairs(dutch_text, english_text):
    """(Dutch, English) for each string wagtail-localize extracts from one text.

    Rich text is split per paragraph or list item, exactly as the translation editor shows it, so
    both versions must have the same structure (and the same links, in the same order).
    """
    if dutch_text.lstrip().startswith("<"):
        source = [string.data for string, _attrs in extract_strings(dutch_text)[1]]
        target = [string.data for string, _attrs in extract_strings(english_text)[1]]
        if len(source) != len(target):
            raise MissingDemoTranslation(
                f"{dutch_text[:60]!r}: {len(source)} Dutch parts, {len(target)} English ones"
            )
        return zip(source, target, strict=True)
    return [
        (StringValue.from_plaintext(dutch_text).data, StringValue.from_plaintext(english_text).data)
    ]


def _chooser_model(instance, field_path):
    """The model a chooser or foreign key at a field path (e.g. 'body.image.image') points at."""
    name, *rest = field_path.split(".")
    model_field = instance._meta.get_field(name)
    if not rest:
        return model_field.related_model
    block = model_field.stream_block
    for name in rest:
        if isinstance(block, ListBlock):
            block = block.child_block
        else:
            block = getattr(block, "child_blocks", {}).get(name)
    target = getattr(block, "target_model", None)
    return resolve_model_string(target) if target else None


def _title_slug(instance, english):
    """The slug of a page's English title, for a page below the home page whose title is
    translated (wagtail-localize makes it unique among its siblings)."""
    if isinstance(instance, Page) and instance.depth > 2 and instance.title in english:
        return slugify(english[instance.title])
    return None


def _override(instance, source, locale, replace):
    """Override the synchronised choices of `replace`'s objects in the translation into
    `locale` with the objects it maps them to."""
    replacements = {(type(old), old.pk): new.pk for old, new in replace.items()}
    for segment in OverridableSegment.objects.filter(source=source).select_related("context"):
        model = _chooser_model(instance, segment.context.get_field_path(instance))
        new_pk = replacements.get((model, segment.data))
        if new_pk is not None:
            SegmentOverride.objects.update_or_create(
                locale=locale,
                context=segment.context,
                defaults={"data_json": json.dumps(new_pk)},
            )


def translate(instance, locale, english, replace=None):
    """Translate a page or snippet into `locale` with wagtail-localize and publish the result.

    `english` maps each Dutch text to its translation; every string must be in it. A page's slug
    is translated like its texts, or by core.translations.ENGLISH_SLUGS (the site's own pages);
    without either, it follows the English title (a home page keeps its own), so that the English
    addresses read in English. `replace` maps objects that are synchronised rather than
    translated (e.g. a Dutch document) to the object the translation should use instead, as a
    translator would override them in the editor.
    Returns the translated instance. Translate parents before children, and snippets before the
    pages and snippets that refer to them.
    """
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    memory = dict(pair for item in english.items() for pair in _segment_pairs(*item))

    missing = []
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = segment.string.data
        if segment.context.path == "slug":
            data = (
                english.get(text)
                or ENGLISH_SLUGS.get(text)
                or _title_slug(instance, english)
                or text
            )
        elif text in memory:
            data = memory[text]
        else:
            missing.append(text)
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": data, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    if missing:
        raise MissingDemoTranslation(f"{instance!r}: no English for {missing}")

    if replace:
        _override(instance, source, locale, replace)

    # Pages (and other draftable models) are published here, inside the caller's transaction;
    # save_target would publish them only once the outermost transaction commits.
    draftable = isinstance(instance, DraftStateMixin)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    translation.save_target(publish=not draftable)
    target = source.get_translated_instance(locale)
    if draftable:
        target.get_latest_revision().publish()
        target.refresh_from_db()
    return target.specific if isinstance(target, Page) else target


def add_page(parent, page):
    """Add `page` under `parent` and publish it, with a first revision like an editor's."""
    parent.add_child(instance=page)
    return publish(page)


def publish(page):
    """Save the page's current state as a revision and publish it."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


# School days ----------------------------------------------------------------------------------


def is_school_day(day):
    """A working day (Monday to Friday) outside the Christmas (22 December to 5 January) and
    summer (15 July to 31 August) holidays."""
    christmas = (day.month, day.day) >= (12, 22) or (day.month, day.day) <= (1, 5)
    summer = (7, 15) <= (day.month, day.day) <= (8, 31)
    return day.weekday() < 5 and not christmas and not summer


def school_date(day, span=0):
    """The first date on or after `day` that starts `span` + 1 school days in a row (a two-day
    event does not straddle a weekend; an action week of five days starts on a Monday)."""
    while not all(is_school_day(day + datetime.timedelta(days=n)) for n in range(span + 1)):
        day += datetime.timedelta(days=1)
    return day
