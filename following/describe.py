"""What a follow is, in words: "Theme Absenteeism, region Utrecht", "Events: region Utrecht".

Follows store the default language's taxa; a reader sees the names of the same taxa in the
active language (the same translation_key), or the stored name where there is no translation.
"""

from django.utils.text import get_text_list
from django.utils.translation import gettext as _

from core.localization import active_locale
from taxonomy.models import Region, Sector, Theme

from .models import Follow

PARTS = (
    ("themes", Theme, lambda names: _("theme %(names)s") % {"names": names}),
    ("regions", Region, lambda names: _("region %(names)s") % {"names": names}),
    ("sectors", Sector, lambda names: _("sector %(names)s") % {"names": names}),
)


def names_in_language(model, taxa):
    """{translation_key: name in the active language} for the stored taxa."""
    keys = {taxon.translation_key for taxon in taxa}
    return dict(
        model.objects.filter(locale=active_locale(), translation_key__in=keys).values_list(
            "translation_key", "name"
        )
    )


def describe(follows):
    """[(follow, words)] in the follows' order; pass follows prefetched with their taxa."""
    follows = list(follows)
    names = {}
    for name, model, _label in PARTS:
        taxa = [taxon for follow in follows for taxon in getattr(follow, name).all()]
        names[name] = names_in_language(model, taxa)
    return [
        (
            follow,
            words(
                follow.scope,
                {
                    name: [
                        names[name].get(taxon.translation_key, taxon.name)
                        for taxon in getattr(follow, name).all()
                    ]
                    for name, _model, _label in PARTS
                },
            ),
        )
        for follow in follows
    ]


def describe_wish(wish):
    """A Wish (the slugs a page gives) in words, in the active language."""
    chosen = {}
    for name, model, _label in PARTS:
        slugs = getattr(wish, name)
        names = model.names_by_slug() if slugs else {}
        chosen[name] = [names[slug] for slug in slugs if slug in names]
    return words(wish.scope, chosen)


def words(scope, chosen):
    """The words for a scope and {vocabulary: [names]}."""
    parts = [
        label(get_text_list(sorted(chosen[name]), _("or")))
        for name, _model, label in PARTS
        if chosen.get(name)
    ]
    text = ", ".join(parts)
    if scope == Follow.Scope.EXAMPLES:
        return (
            _("Practice examples: %(what)s") % {"what": text}
            if text
            else _("All practice examples")
        )
    if scope == Follow.Scope.EVENTS:
        return _("Events: %(what)s") % {"what": text} if text else _("All events")
    return text[:1].upper() + text[1:] if text else _("Everything new on the site")


def follows_of(subscriber):
    return subscriber.follows.prefetch_related("themes", "regions", "sectors")
