"""A development group's form picks in the group's language; partners filter as you type."""

from django.urls import reverse

from core.admin_locale import FilterableCheckboxSelectMultiple
from taxonomy.factories import OrganisationFactory, ThemeFactory


def test_group_form_picks_in_the_group_language(client, django_user_model, group, locale_en):
    client.force_login(django_user_model.objects.create_superuser("r", "r@example.nl", "x"))
    theme = ThemeFactory(name="Terug naar school")
    partner = OrganisationFactory(name="Gemeente Tilburg", region=None, sector=None)
    for snippet, name in [(theme, "Back to school"), (partner, "Municipality of Tilburg")]:
        english = snippet.copy_for_translation(locale_en)
        english.name = name
        english.save()
    form = client.get(reverse("wagtailadmin_pages:edit", args=[group.pk])).context["form"]
    assert [str(label) for _value, label in form.fields["themes"].choices] == ["Terug naar school"]
    assert [str(label) for _value, label in form.fields["partners"].choices] == ["Gemeente Tilburg"]
    assert isinstance(form.fields["partners"].widget, FilterableCheckboxSelectMultiple)
