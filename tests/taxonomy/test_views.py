import pytest

from django.contrib.auth import get_user_model

from taxonomy.factories import OrganisationFactory, RegionFactory, ThemeFactory
from taxonomy.models import Organisation, Theme


@pytest.fixture
def themes(theme_index):
    return [
        ThemeFactory(
            name="Terug naar onderwijs",
            slug="terug-naar-onderwijs",
            summary="Een leerling keert stap voor stap terug.",
            description="<p>Na een periode thuis is <b>maatwerk</b> nodig.</p>",
        ),
        ThemeFactory(name="Ouderbetrokkenheid", slug="ouderbetrokkenheid"),
    ]


def test_theme_page_shows_the_theme(client, themes):
    response = client.get("/themas/terug-naar-onderwijs/")

    body = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Terug naar onderwijs</h1>" in body
    assert "Een leerling keert stap voor stap terug." in body
    assert "<b>maatwerk</b>" in body
    assert "<title>" in body and "Terug naar onderwijs" in body.split("</title>")[0]


def test_theme_index_lists_every_theme_with_its_link(client, themes):
    body = client.get("/themas/").content.decode()

    assert 'href="/themas/terug-naar-onderwijs/"' in body
    assert 'href="/themas/ouderbetrokkenheid/"' in body


def test_unknown_theme_is_a_404(client, themes):
    assert client.get("/themas/bestaat-niet/").status_code == 404


def test_english_theme_page_shows_the_translation(client, themes, home_page_en, theme_index):
    from tests.support import translate_page

    translate_page(theme_index, home_page_en.locale, title="Themes")
    theme = themes[0]
    english = theme.copy_for_translation(home_page_en.locale)
    english.name = "Back to school"
    english.save()

    body = client.get("/en/themes/terug-naar-onderwijs/").content.decode()
    assert "<h1>Back to school</h1>" in body
    assert "Terug naar onderwijs" not in body.split("<main")[1].split("</main>")[0]
    # the language switch keeps the theme
    assert 'href="/themas/terug-naar-onderwijs/"' in body


def test_theme_slug_is_unique_per_language(themes):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Theme.objects.create(name="Dubbel", slug="ouderbetrokkenheid", locale=themes[0].locale)


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("redacteur", "r@example.nl", "geheim-123")
    client.force_login(user)
    return client


def test_admin_lists_searches_and_filters_organisations(admin_client):
    utrecht = RegionFactory(name="Utrecht", code="UT")
    OrganisationFactory(name="Samenwerkingsverband Utrecht PO", region=utrecht)
    OrganisationFactory(
        name="Gemeente Zwolle", kind=Organisation.Kind.MUNICIPALITY, region=RegionFactory()
    )
    url = "/admin/snippets/taxonomy/organisation/"

    body = admin_client.get(url).content.decode()
    assert "Samenwerkingsverband Utrecht PO" in body and "Gemeente Zwolle" in body

    body = admin_client.get(url, {"q": "Zwolle"}).content.decode()
    assert "Gemeente Zwolle" in body and "Samenwerkingsverband Utrecht PO" not in body

    body = admin_client.get(url, {"kind": "municipality"}).content.decode()
    assert "Gemeente Zwolle" in body and "Samenwerkingsverband Utrecht PO" not in body

    body = admin_client.get(url, {"region": utrecht.pk}).content.decode()
    assert "Samenwerkingsverband Utrecht PO" in body and "Gemeente Zwolle" not in body


@pytest.mark.parametrize("model", ["theme", "region", "sector", "audience", "organisation"])
def test_every_vocabulary_has_an_admin_listing(admin_client, model):
    assert admin_client.get(f"/admin/snippets/taxonomy/{model}/").status_code == 200
    assert admin_client.get(f"/admin/snippets/taxonomy/{model}/add/").status_code == 200
