"""A draft practice example made from a text written elsewhere, for the editors to finish.

Another app calls this with what it has (development_groups turns a session outcome's public
summary into a draft); this app never imports the caller. The draft is never live: someone who
may add practice examples (an editor) gets a draft they own and edit right away; anyone else (a
facilitator) hands it to the editors through the moderation workflow, as a visitor's proposal
does.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from wagtail.models import Locale

from core.editors import add_for_moderation
from core.forms import paragraphs_html

from .models import PracticeExampleIndexPage, PracticeExamplePage


class DraftRefused(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def example_index():
    """The practice example overview in the default language, where drafts are added."""
    return PracticeExampleIndexPage.objects.filter(locale=Locale.get_default()).first()


def may_add_examples(user, index=None):
    """Whether the user may add practice examples: then a draft is theirs to edit."""
    index = index or example_index()
    return bool(index and index.permissions_for_user(user).can_add_subpage())


def draft_from_summary(summary, *, title, slug, themes, organisations, user, lock=None):
    """A draft practice example: `title`, the summary's first paragraph as the introduction, the
    whole summary as the results (paragraphs), the given themes and organisations.

    Returns (page, created); an example with `slug` in the overview already is returned as it
    is, not made twice. `lock`, when given, is called first in the transaction: the caller's
    row lock, so that two clicks at once make one draft."""
    index = example_index()
    if index is None:
        raise DraftRefused(_("There is no practice example overview to add the example to."))
    with transaction.atomic():
        if lock is not None:
            lock()
        existing = PracticeExamplePage.objects.child_of(index).filter(slug=slug).first()
        if existing is not None:
            return existing.specific, False
        first_paragraph = summary.split("\n\n")[0]
        page = PracticeExamplePage(
            title=Truncator(title).chars(255),
            slug=slug,
            intro=Truncator(" ".join(first_paragraph.split())).chars(600),
            results=paragraphs_html(summary),
            contact_method=PracticeExamplePage.ContactMethod.NONE,
            publication_date=timezone.localdate(),
            locale=index.locale,
            live=False,
        )
        page.themes.set(sorted(themes, key=lambda theme: theme.pk))
        page.organisations.set(organisations)
        if may_add_examples(user, index):
            page.owner = user
            index.add_child(instance=page)
            page.save_revision(user=user, log_action=True)
        else:
            add_for_moderation(index, page)
    return page, True
