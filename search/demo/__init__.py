"""Demo content of the search: a starting list of the field's synonyms and abbreviations, in
`synonyms.toml` (which says what makes a good group).

The vocabulary of the content is rebuilt after the demo's transaction commits (search/signals.py).
"""

from demo.data import read

from ..models import SynonymGroup

DATA = read(__file__, "synonyms.toml")


def groups():
    """(language, words, one way) of every demo group."""
    for language in ("nl", "en"):
        for group in DATA[language]:
            if isinstance(group, dict):
                yield language, group["one_way"], True
            else:
                yield language, group, False


def load(context):
    for language, words, one_way in groups():
        group = SynonymGroup(language=language, words="\n".join(words), one_way=one_way)
        group.full_clean()
        group.save()


def clear():
    SynonymGroup.objects.all().delete()
