"""Related practice examples, shared by every page type that has them (practice examples and
events: `related_examples`, an inline of RelatedExampleBase rows). An example is related to a
page at most once: the admin form says so in Dutch, the database refuses a repeat, and the rows
are saved so that neither an editor's swap nor an autosave runs into that refusal (issue 16).

Here in `home` because content apps do not import each other; the rows' foreign keys to the
practice example page are declared by each app's concrete model.
"""

from django.db import IntegrityError, models, transaction
from django.utils.translation import gettext_lazy as _

from wagtail.models import Orderable


class RelatedExamplesFormMixin:
    """The admin form of a page with related examples (PracticeExamplePage, EventPage)."""

    def clean(self):
        cleaned_data = super().clean()
        refuse_repeated_examples(self.formsets.get("related_examples"))
        return cleaned_data

    def save(self, commit=True):
        forget_unposted_examples(self.instance, self.formsets.get("related_examples"))
        return super().save(commit=commit)


def refuse_repeated_examples(formset):
    """Marks each related example chosen a second time, so the page is not saved with it twice
    (the database refuses it too: RelatedExampleBase's unique constraint)."""
    if formset is None:
        return
    seen = set()
    for form in formset.forms:
        if not form.is_valid() or (formset.can_delete and formset._should_delete_form(form)):
            continue
        example = form.cleaned_data.get("example")
        if example is None:
            continue
        if example.pk in seen:
            form.add_error("example", _("This example is already among the related examples."))
        seen.add(example.pk)


def forget_unposted_examples(page, formset):
    """The editor's form lists every related example of the page: a stored row that no posted
    form names is dropped, not kept beside the posted ones.

    Wagtail 8.0.1's autosave stores a new row and sends its id back to the open form; a publish
    posted before that id arrived (an editor publishing a second after the autosave) or without
    it (wagtail/wagtail#14568: the id does not always land in the form) names the row as a new
    one, and modelcluster kept the stored row too: the example was related twice (issue 16)."""
    if formset is None or page.pk is None:
        return
    posted = {form.instance.pk for form in formset.initial_forms if form.instance.pk}
    unposted = [row for row in page.related_examples.all() if row.pk and row.pk not in posted]
    if unposted:
        page.related_examples.remove(*unposted)


class RelatedExampleBase(Orderable):
    """A page's related practice example: each example at most once per page (the form says so
    in Dutch, the database refuses a repeat, RelatedExamplesMixin saves the rows in an order the
    constraint accepts)."""

    class Meta(Orderable.Meta):
        abstract = True
        constraints = [
            models.UniqueConstraint(
                fields=["page", "example"], name="%(app_label)s_%(class)s_once_per_page"
            )
        ]


class RelatedExamplesMixin:
    """For a page with related examples (`related_examples`, rows of a RelatedExampleBase).

    modelcluster saves a page's rows one by one, updating each in place: an editor swapping two
    examples would briefly hold one twice, which the unique constraint refuses. So before the
    page is saved, each example is kept once (a revision stored before the constraint may hold
    one twice) and a row whose example changed is saved as a new row: modelcluster deletes the
    rows that are gone before it saves the others, so no moment holds an example twice. Nothing
    refers to these rows by id, so a new id costs nothing.
    """

    def save(self, *args, **kwargs):
        settle_related_examples(self)
        if self.pk is None:
            return super().save(*args, **kwargs)
        pending = {
            name: list(items)
            for name, items in getattr(self, "_cluster_related_objects", {}).items()
        }
        try:
            with transaction.atomic():
                return super().save(*args, **kwargs)
        except IntegrityError:
            # A request running at the same moment stored one of these examples (an autosave
            # answered just after the editor pressed "publish"): now that its row is visible,
            # it gives way. Once more, with the relations modelcluster had not yet saved.
            self._cluster_related_objects = pending
            settle_related_examples(self)
            return super().save(*args, **kwargs)


def settle_related_examples(page):
    rows = list(page.related_examples.all())
    kept = {}
    repeated = []
    for row in rows:
        if row.example_id in kept:
            repeated.append(row)
        else:
            kept[row.example_id] = row
    if repeated:
        page.related_examples.remove(*repeated)
    if page.pk is None:
        return
    stored = dict(
        page.related_examples.model.objects.filter(page_id=page.pk).values_list("pk", "example_id")
    )
    for row in kept.values():
        if row.pk is not None and stored.get(row.pk) != row.example_id:
            row.pk = None
