"""The field's vocabulary: synonyms and abbreviations that editors keep, and the words the site's
own content uses (rebuilt from the search index, see search.vocabulary)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.search_promotions.models import Query

from .stemming import STOP_WORDS, WORD

MAX_ENTRIES = 12
MAX_ENTRY_WORDS = 6
MAX_ENTRY_LENGTH = 60


def entries_of(text):
    """The entries of a group as typed: one word, abbreviation or phrase per line or between
    commas, lower case, inner spaces made single."""
    entries = []
    for line in text.replace(";", ",").replace(",", "\n").splitlines():
        entry = " ".join(line.lower().split())
        if entry:
            entries.append(entry)
    return entries


class SynonymGroup(models.Model):
    """Words a search treats as the same: a search for one also finds pages with another."""

    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language of the searches this group applies to."),
    )
    words = models.TextField(
        _("words"),
        help_text=_(
            "One word, abbreviation or phrase per line, e.g. 'swv' and 'samenwerkingsverband'. "
            "A search for any of them also finds pages with the others."
        ),
    )
    one_way = models.BooleanField(
        _("one way only"),
        default=False,
        help_text=_(
            "Only a search for the first line also finds the others, not the other way round: "
            "'verzuim' may find 'luxe verzuim', while 'luxe verzuim' should not find all absence."
        ),
    )

    panels = [FieldPanel("words"), FieldPanel("one_way"), FieldPanel("language")]

    class Meta:
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonym groups")
        ordering = ["language", "words"]

    def __str__(self):
        return " = ".join(self.entries()) if not self.one_way else self._one_way_label()

    def _one_way_label(self):
        first, *others = self.entries() or [""]
        return f"{first} → {', '.join(others)}"

    def entries(self):
        return entries_of(self.words or "")

    def clean(self):
        super().clean()
        entries = self.entries()
        errors = []
        for entry in entries:
            words = WORD.findall(entry.replace("_", " "))
            if not words:
                errors.append(_("“%(entry)s” contains no letters or digits.") % {"entry": entry})
            elif all(word in STOP_WORDS or len(word) < 2 for word in words):
                errors.append(
                    _("“%(entry)s” has only words that search leaves out, such as “de” or “en”.")
                    % {"entry": entry}
                )
            elif len(words) > MAX_ENTRY_WORDS or len(entry) > MAX_ENTRY_LENGTH:
                errors.append(
                    _(
                        "“%(entry)s” is too long: at most %(words)d words and %(length)d "
                        "characters per line."
                    )
                    % {"entry": entry, "words": MAX_ENTRY_WORDS, "length": MAX_ENTRY_LENGTH}
                )
        duplicates = sorted({entry for entry in entries if entries.count(entry) > 1})
        if duplicates:
            errors.append(
                _("“%(entry)s” is in the list more than once.") % {"entry": duplicates[0]}
            )
        if len(set(entries)) < 2:
            errors.append(
                _("Give at least two words or abbreviations, one per line: a word and its synonym.")
            )
        if len(entries) > MAX_ENTRIES:
            errors.append(
                _("At most %(count)d words per group: split a longer list into groups.")
                % {"count": MAX_ENTRIES}
            )
        if errors:
            raise ValidationError({"words": errors})
        self.words = "\n".join(entries)


class VocabularyWord(models.Model):
    """A word of the live, public content of one language (titles, intros, body text, taxonomy
    names), with its search root and the number of pages and taxa it occurs in. Rebuilt as a
    whole by search.vocabulary.rebuild_vocabulary; never edited."""

    language = models.CharField(max_length=8)
    word = models.CharField(max_length=64)
    root = models.CharField(max_length=64)
    # The known word this one ends with when it is a compound of two known words
    # (schoolverzuim: 'verzuim'), as a root; empty otherwise.
    last_part = models.CharField(max_length=64, blank=True)
    documents = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["language", "word"], name="search_vocabulary_word")
        ]
        indexes = [
            models.Index(fields=["language", "root"], name="search_vocabulary_root"),
            models.Index(fields=["language", "last_part"], name="search_vocabulary_last_part"),
        ]

    def __str__(self):
        return self.word


class QueryDailyMisses(models.Model):
    """How often a search query found nothing on a day: the counterpart of Wagtail's
    QueryDailyHits (search_promotions), which counts every search. Holds no one's data: the query
    (normalised, search.insight) and a count per day."""

    query = models.ForeignKey(Query, on_delete=models.CASCADE, related_name="daily_misses")
    date = models.DateField()
    misses = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("searches that found nothing, per day")
        verbose_name_plural = _("searches that found nothing, per day")
        constraints = [
            models.UniqueConstraint(fields=["query", "date"], name="unique_query_daily_misses")
        ]
        indexes = [models.Index(fields=["date"], name="query_daily_misses_date")]
        permissions = [("view_search_insight", _("Can see what visitors search for"))]

    def __str__(self):
        return f"{self.query} ({self.date}): {self.misses}"
