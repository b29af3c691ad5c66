"""The field's vocabulary for search: the editors' synonyms, the words of the site's own content,
compounds and "did you mean".

- Synonyms (SynonymGroup snippets) are read per language as one small mapping, cached under the
  content version: saving a group raises that version (search/apps.py), so the next search, and
  every cached page, uses the new list.
- The vocabulary (VocabularyWord) holds the words of the live, public pages (the text the search
  index holds for them: titles, intros, body text) and the taxonomy names, per language, with
  how many of them contain each word. It is rebuilt as a whole by rebuild_vocabulary(): in a
  background task after a commit that changed pages or taxa (search/signals.py), by
  `manage.py rebuild_vocabulary`, and after the demo content is loaded. A rebuild raises
  VOCABULARY_VERSION_KEY; what searches derive from it is cached under that version, and a
  search page depends on it (core.page_cache.depends_on).
- Compounds (Dutch writes them as one word): a word is a compound when it ends with another
  known word of at least MIN_PART letters and what comes before is a known word too (school +
  verzuim, luxe + verzuim; not bege + leiding). A search for 'verzuim' also searches the known
  compounds ending with it (an index of word prefixes cannot find those), at most MAX_COMPOUNDS,
  the most common first; a search for 'schoolverzuim' also searches 'verzuim'.
- Did you mean: the known word closest to an unknown word of a query, by trigram similarity
  (pg_trgm) on PostgreSQL and by difflib on SQLite.
"""

import difflib
import hashlib
from collections import Counter

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import F, Q, Value
from django.db.models.functions import Length
from django.utils import translation

from wagtail.models import Locale, Page, get_page_models
from wagtail.search.models import IndexEntry

from core.derived_cache import VERSION_KEY, current_versions, version_changed
from core.page_cache import depends_on
from taxonomy.models import Audience, Organisation, Region, Sector, Theme

from .models import SynonymGroup, VocabularyWord, entries_of
from .stemming import MAX_TERMS, STOP_WORDS, _root, _words, synonym_key

VOCABULARY_VERSION_KEY = "search-vocabulary-version"
CACHE_TIMEOUT = 24 * 60 * 60
MIN_WORD = 3
MAX_WORD = 40
MIN_PART = 5
MIN_HEAD = 3
MAX_COMPOUNDS = 6
# Letters Dutch puts between the parts of a compound: samenwerking-s-verband, ziekte-n-verzuim.
LINKS = ("s", "en", "n", "e")
# How alike a suggestion must be: pg_trgm's similarity, difflib's ratio.
MIN_SIMILARITY = 0.35
MIN_RATIO = 0.75


def active_language():
    language = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


class Vocabulary:
    """What query_terms() needs to expand a query: the synonyms of a language, keyed by the roots
    of their words, and the related words (compounds, last parts) of the query's words."""

    def __init__(self, synonyms, related=None):
        self.synonyms = synonyms
        self.longest_entry = max((len(key) for key in synonyms), default=1)
        self.related = related or {}

    def related_words(self, root):
        return self.related.get(root, ())


def synonym_map(language):
    """{roots of an entry: [the entries a search for it also finds]} of one language."""
    mapping = {}
    groups = SynonymGroup.objects.filter(language=language).values_list("words", "one_way")
    for words, one_way in groups:
        entries = entries_of(words)
        for source in entries[:1] if one_way else entries:
            key = synonym_key(source)
            if key:
                found = mapping.setdefault(key, [])
                found.extend(e for e in entries if e != source and e not in found)
    return mapping


def _content_words(query):
    return [word for word in _words(query) if word not in STOP_WORDS and word.isalpha()][
        : 2 * MAX_TERMS
    ]


def vocabulary_for(query, language=None):
    """The Vocabulary to expand `query` with, in two cache round trips (its versions, then the
    synonyms and the related words), computed on a miss."""
    language = language or active_language()
    roots = sorted({_root(word) for word in _content_words(query) if len(word) >= MIN_PART})
    depends_on(VOCABULARY_VERSION_KEY)
    versions = current_versions([VERSION_KEY, VOCABULARY_VERSION_KEY])
    synonyms_key = f"search-synonyms:{versions[VERSION_KEY]}:{language}"
    digest = hashlib.sha256(" ".join(roots).encode()).hexdigest()[:32]
    related_key = f"search-related:{versions[VOCABULARY_VERSION_KEY]}:{language}:{digest}"
    found = cache.get_many([synonyms_key, related_key] if roots else [synonyms_key])
    missing = {}
    if synonyms_key not in found:
        missing[synonyms_key] = synonym_map(language)
    if roots and related_key not in found:
        missing[related_key] = related_words(language, roots)
    if missing:
        cache.set_many(missing, CACHE_TIMEOUT)
        found.update(missing)
    return Vocabulary(found[synonyms_key], found.get(related_key))


def _heads(head):
    """A compound's first part and that part without a linking letter (samenwerkings ->
    samenwerking)."""
    yield head
    for link in LINKS:
        if head.endswith(link) and len(head) - len(link) >= MIN_HEAD:
            yield head[: -len(link)]


def _splits(root):
    """(head, last part) of a root, the longest last part first."""
    for i in range(MIN_HEAD, len(root) - MIN_PART + 1):
        yield root[:i], root[i:]


def related_words(language, roots):
    """{root: words a search for it also finds}: the known compounds that end with it (the most
    common first) and the known word it ends with, from one query."""
    tails = {tail for root in roots for _head, tail in _splits(root)}
    heads = {h for root in roots for head, _tail in _splits(root) for h in _heads(head)}
    rows = list(
        VocabularyWord.objects.filter(language=language)
        .filter(Q(last_part__in=roots) | Q(root__in=tails) | Q(root__in=heads) | Q(word__in=heads))
        .order_by("-documents", "word")
        .values_list("word", "root", "last_part")
    )
    known = {word for word, _root_, _last in rows} | {root for _word, root, _last in rows}
    word_of_root = {}
    for word, root, _last in rows:
        word_of_root.setdefault(root, word)
    related = {}
    for root in roots:
        words = [word for word, _root_, last in rows if last == root][:MAX_COMPOUNDS]
        for head, tail in _splits(root):
            if tail in word_of_root and any(h in known for h in _heads(head)):
                words.append(word_of_root[tail])
                break
        if words:
            related[root] = tuple(words)
    return related


def _texts(language):
    """The text of every live, public page of the language as the search index holds it, and
    the names of its taxa."""
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return
    pages = {
        str(pk)
        for pk in Page.objects.live().public().filter(locale=locale).values_list("pk", flat=True)
    }
    fields = ("title_text", "body_text") if connection.vendor == "postgresql" else ("title", "body")
    page_types = ContentType.objects.get_for_models(*get_page_models()).values()
    content_types = [content_type.pk for content_type in page_types]
    entries = IndexEntry.objects.filter(content_type_id__in=content_types).values_list(
        "object_id", *fields
    )
    for object_id, title, body in entries.iterator(chunk_size=2000):
        if object_id in pages:
            yield f"{title or ''} {body or ''}"
    for model in (Theme, Region, Sector, Audience, Organisation):
        taxa = model.objects.filter(locale=locale)
        if model is Organisation:
            taxa = taxa.public()
        yield from taxa.values_list("name", flat=True)


def _is_word(word):
    return MIN_WORD <= len(word) <= MAX_WORD and word.isalpha() and word not in STOP_WORDS


def build_words(language, texts):
    """The VocabularyWord rows of a language from its texts."""
    documents = Counter()
    for text in texts:
        documents.update({word for word in _words(text) if _is_word(word)})
    roots = {word: _root(word) for word in documents}
    known_roots = set(roots.values())
    known = known_roots | set(documents)
    rows = []
    for word, count in documents.items():
        root = roots[word]
        last_part = ""
        for head, tail in _splits(root):
            if tail in known_roots and any(h in known for h in _heads(head)):
                last_part = tail
                break
        rows.append(
            VocabularyWord(
                language=language, word=word, root=root, last_part=last_part, documents=count
            )
        )
    return rows


def rebuild_vocabulary():
    """Replace the vocabulary of every language by the words of the content as it is now."""
    rows = []
    for language, _name in settings.LANGUAGES:
        rows.extend(build_words(language, _texts(language)))
    with transaction.atomic():
        VocabularyWord.objects.all().delete()
        VocabularyWord.objects.bulk_create(rows, batch_size=2000)
        version_changed(VOCABULARY_VERSION_KEY)
    return len(rows)


def _closest(language, word):
    words = VocabularyWord.objects.filter(language=language)
    if connection.vendor == "postgresql":
        from django.contrib.postgres.lookups import TrigramSimilar
        from django.contrib.postgres.search import TrigramSimilarity

        return (
            words.filter(TrigramSimilar(F("word"), Value(word)))
            .annotate(similarity=TrigramSimilarity("word", word))
            .filter(similarity__gte=MIN_SIMILARITY)
            .order_by("-similarity", "-documents", "word")
            .values_list("word", flat=True)
            .first()
        )
    candidates = (
        words.annotate(length=Length("word"))
        .filter(length__gte=len(word) - 2, length__lte=len(word) + 2)
        .order_by("-documents", "word")
        .values_list("word", flat=True)
    )
    matches = difflib.get_close_matches(word, list(candidates), n=1, cutoff=MIN_RATIO)
    return matches[0] if matches else None


def suggestion(query, language=None):
    """The query with each word the vocabulary does not know replaced by the closest one it
    knows, or None when there is nothing to correct. Cached per vocabulary version."""
    language = language or active_language()
    words = _words(query)[: 2 * MAX_TERMS]
    unknown = [word for word in words if _is_word(word)]
    if not unknown:
        return None
    version = current_versions([VOCABULARY_VERSION_KEY])[VOCABULARY_VERSION_KEY]
    digest = hashlib.sha256(" ".join(words).encode()).hexdigest()[:32]
    key = f"search-suggestion:{version}:{language}:{digest}"
    found = cache.get(key)
    if found is None:
        known = set(
            VocabularyWord.objects.filter(language=language)
            .filter(Q(word__in=unknown) | Q(root__in=[_root(word) for word in unknown]))
            .values_list("word", "root")
            .iterator()
        )
        known = {w for pair in known for w in pair}
        replaced = [
            (_closest(language, word) or word)
            if _is_word(word) and word not in known and _root(word) not in known
            else word
            for word in words
        ]
        found = " ".join(replaced) if replaced != words else ""
        cache.set(key, found, CACHE_TIMEOUT)
    return found or None
