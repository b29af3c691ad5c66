"""The practice example's admin edit form as the browser posts it, for the tests that post it."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield


def edit_form(page, related=(), initial=0, **actions):
    """The form's fields of `page` with these related example rows (a new row has an empty id;
    the first `initial` rows are stored ones) and the button pressed, e.g. "action-publish"."""
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "contact_method": "form",
            "publication_date": page.publication_date.isoformat(),
            "body": streamfield([]),
            "comments": inline_formset([]),
            "related_examples": inline_formset(list(related), initial=initial),
            **actions,
        }
    )
