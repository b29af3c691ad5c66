"""An example's page: its structure, links into the listing, related examples, contact."""

from django.core.cache import cache

from practice_examples.factories import PracticeExamplePageFactory
from practice_examples.models import PracticeExamplePage, RelatedExample
from tests.support import translate_page


def html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def related_titles(body):
    if 'id="related-heading"' not in body:
        return []
    section = body.split('id="related-heading"')[1].split("</section>")[0]
    return [
        part.split("</a>")[0].split(">")[-1] for part in section.split('class="card__title"')[1:]
    ]


def test_sections_facts_and_links_into_the_listing(client, examples):
    body = html(client, examples["stap"])

    assert "<h1>Stap voor stap terug naar de klas</h1>" in body
    assert "Het aantal thuiszitters daalde in een jaar van 14 naar 5." in body
    assert (
        'href="/praktijkvoorbeelden/?thema=terug-naar-onderwijs">Terug naar onderwijs</a>' in body
    )
    assert 'href="/praktijkvoorbeelden/?regio=limburg">Limburg</a>' in body
    assert "Gemeente Maastricht" in body


def test_tags_link_to_the_filtered_listing(client, examples):
    page = examples["stap"]
    page.tags.add("maatwerk")
    page.save()
    assert 'href="/praktijkvoorbeelden/?tag=maatwerk"' in html(client, page)
    listing = client.get("/praktijkvoorbeelden/", {"tag": "maatwerk"}).content.decode()
    assert "Stap voor stap terug naar de klas" in listing
    assert "Aanpak verzuim met de leerplichtambtenaar" not in listing


def test_related_examples_chosen_first_then_shared_themes_then_region(
    client, examples, example_index, taxa
):
    lonely = PracticeExamplePageFactory(parent=example_index, title="Ongerelateerd voorbeeld")
    page = examples["tafel"]
    RelatedExample.objects.create(page=page, example=lonely, sort_order=0)

    # chosen: lonely; shares a theme: stap; shares only the region: budget
    assert related_titles(html(client, page)) == [
        "Ongerelateerd voorbeeld",
        "Stap voor stap terug naar de klas",
        "Aanpak verzuim met de leerplichtambtenaar",
    ]


def test_draft_related_example_is_not_shown(client, examples, example_index):
    draft = PracticeExamplePageFactory(parent=example_index, title="Concept", live=False)
    RelatedExample.objects.create(page=examples["budget"], example=draft, sort_order=0)
    assert "Concept" not in related_titles(html(client, examples["budget"]))


def test_contact_address_only_as_the_editor_chose(client, examples):
    page = examples["stap"]
    page.contact_email = "j.devries@swv.example"
    for method, shows_address, shows_form_link in [
        ("form", False, True),
        ("mailto", True, False),
        ("none", False, False),
    ]:
        page.contact_method = method
        page.save_revision().publish()
        body = html(client, PracticeExamplePage.objects.get(pk=page.pk))
        assert ("j.devries@swv.example" in body) is shows_address
        assert (f'href="{page.url}contact/"' in body) is shows_form_link


def test_english_page_names_taxa_in_english(client, examples, home_page_en, taxa):
    theme = taxa["terugkeer"]
    english_theme = theme.copy_for_translation(home_page_en.locale)
    english_theme.name = "Back to education"
    english_theme.save()
    organisation = examples["stap"].organisations.get()
    english_organisation = organisation.copy_for_translation(home_page_en.locale)
    english_organisation.name = "Municipality of Maastricht"
    english_organisation.save()
    english = translate_page(examples["stap"], home_page_en.locale, title="Step by step")

    body = html(client, english)
    assert ">Back to education</a>" in body
    assert "Municipality of Maastricht" in body
    assert "Gemeente Maastricht" not in body


def test_detail_query_count_is_constant(
    client, examples, example_index, taxa, django_assert_max_num_queries
):
    page = examples["tafel"]
    html(client, page)
    cache.clear()  # measure the page computed, not read from the derived-data cache
    with django_assert_max_num_queries(45) as few:
        html(client, page)
    count = len(few.captured_queries)  # read before the next request empties the query log
    for _ in range(15):
        PracticeExamplePageFactory(
            parent=example_index, themes=[taxa["ouders"]], regions=[taxa["utrecht"]]
        )
    cache.clear()
    with django_assert_max_num_queries(count):
        html(client, page)


def test_similar_examples_rank_by_shared_themes_and_tags_then_regions_then_date(
    example_index, taxa
):
    """similar_example_ids against the ranking written out: shared themes plus shared tags,
    then shared regions, then the newest (and the highest id among equals); only published
    examples, none of those excluded, none sharing nothing."""
    import datetime
    import itertools
    import random

    from practice_examples.cards import similar_example_ids

    rng = random.Random(18)
    themes = [taxa["ouders"], taxa["terugkeer"]]
    regions = [taxa["utrecht"], taxa["limburg"]]
    tags = ["maatwerk", "leerplicht", "jeugdhulp"]
    made = []
    for number in range(24):
        example = PracticeExamplePageFactory(
            parent=example_index,
            themes=rng.sample(themes, rng.randint(0, 2)),
            regions=rng.sample(regions, rng.randint(0, 1)),
            publication_date=datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randint(0, 3)),
            live=number % 7 != 3,
        )
        example.tags.add(*rng.sample(tags, rng.randint(0, 2)))
        made.append(example)

    def expected(page, exclude, count):
        mine = {
            "themes": {t.slug for t in page.themes.all()},
            "tags": {t.name for t in page.tags.all()},
            "regions": {r.slug for r in page.regions.all()},
        }
        ranked = []
        for other in made:
            other = PracticeExamplePage.objects.get(pk=other.pk)
            if not other.live or other.pk in exclude:
                continue
            shared = len(mine["themes"] & {t.slug for t in other.themes.all()}) + len(
                mine["tags"] & {t.name for t in other.tags.all()}
            )
            shared_regions = len(mine["regions"] & {r.slug for r in other.regions.all()})
            if shared or shared_regions:
                ranked.append((shared, shared_regions, other.publication_date, other.pk))
        return [pk for *_key, pk in sorted(ranked, reverse=True)][:count]

    for page, count in itertools.product(made[:8], (1, 3, 30)):
        exclude = [page.pk, made[-1].pk]
        assert similar_example_ids(page, exclude, count) == expected(page, exclude, count)


def test_a_preview_finds_related_examples_by_its_own_themes_apart_from_the_page(
    client, django_user_model, examples
):
    """The preview of unsaved themes shows the examples they find, and what it finds is not
    kept for the published page (the derived cache keyed by the page alone did both wrong)."""
    from django.urls import reverse

    from tests.practice_examples.edit_form import edit_form

    editor = django_user_model.objects.create_superuser("redacteur", "r@example.nl", "x")
    client.force_login(editor)
    page = examples["tafel"]  # theme: ouders; region: Utrecht
    address = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    themes = [str(examples["budget"].themes.get().pk)]  # terug naar onderwijs, as budget
    regions = [str(region.pk) for region in page.regions.all()]
    posted = client.post(address, edit_form(page) | {"themes": themes, "regions": regions})
    assert posted.json()["is_valid"]
    cache.clear()

    preview = client.get(f"{address}?in_preview_panel=true").content.decode()
    # budget shares the new theme and the region, stap only the new theme
    assert related_titles(preview) == [
        "Aanpak verzuim met de leerplichtambtenaar",
        "Stap voor stap terug naar de klas",
    ]
    # the published page: stap shares its theme, budget only its region
    assert related_titles(html(client, page)) == [
        "Stap voor stap terug naar de klas",
        "Aanpak verzuim met de leerplichtambtenaar",
    ]
