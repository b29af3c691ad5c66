"""An editor in the Dutch admin creates and publishes a practice example with the pickers of
its language: Dutch themes and regions only, an organisation found by typing part of its name,
a related example from the chooser that opens at the Dutch practice examples.

KB_SCREENSHOTS=<folder> keeps screenshots of the steps (1280 px wide, and the organisation list
at 390 px) for a person to look at."""

import re

import pytest
from playwright.sync_api import expect

from django.contrib.auth import get_user_model

from wagtail.users.models import UserProfile

from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory
from practice_examples.models import PracticeExamplePage
from taxonomy.factories import OrganisationFactory, RegionFactory
from tests.support import translate_page

from .content import dutch, sign_in_to_admin
from .support import SCREENSHOTS, keep_screenshot

pytestmark = pytest.mark.browser

PASSWORD = "redactie-wachtwoord"


def screenshot(page, name):
    if SCREENSHOTS:
        page.wait_for_timeout(400)  # modals fade in
        keep_screenshot(page, name)


def in_english(snippet, locale, name):
    english = snippet.copy_for_translation(locale)
    english.name = name
    english.save()
    return english


@pytest.fixture
def bilingual(site_content, locale_en):
    """Dutch taxa, organisations and an example, each with an English translation."""
    theme = site_content.themes[0]  # "Terug naar school"
    in_english(theme, locale_en, "Back to school")
    in_english(site_content.themes[1], locale_en, "Education and youth care together")
    region = RegionFactory(name="Noord-Brabant", slug="noord-brabant", code="NB")
    in_english(region, locale_en, "North Brabant")
    RegionFactory(name="Utrecht", slug="utrecht", code="UT")
    names = [
        "Gemeente Amersfoort",
        "Gemeente Zwolle",
        "Samenwerkingsverband Utrecht",
        "Samenwerkingsverband Zuid-Limburg",
        "Stichting Leerplicht Brabant",
    ]
    organisations = {
        name: OrganisationFactory(name=name, region=None, sector=None) for name in names
    }
    in_english(organisations["Samenwerkingsverband Utrecht"], locale_en, "School alliance Utrecht")
    index = PracticeExampleIndexPageFactory(parent=site_content.home)
    index_en = translate_page(index, locale_en, title="Practice examples")
    example = PracticeExamplePageFactory(
        parent=index, title="Ouders aan tafel", slug="ouders-aan-tafel"
    )
    translate_page(example, locale_en, title="Parents at the table", slug="parents-at-the-table")
    return {"theme": theme, "region": region, "index": index, "index_en": index_en}


@pytest.fixture
def dutch_editor(db):
    user = get_user_model().objects.create_superuser(
        username="redacteur", email="redacteur@example.nl", password=PASSWORD
    )
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "nl"})
    return user


def test_editor_creates_and_publishes_an_example_with_the_dutch_pickers(
    page, bilingual, dutch_editor
):
    page.set_viewport_size({"width": 1280, "height": 900})
    sign_in_to_admin(page, dutch_editor, PASSWORD)
    index = bilingual["index"]
    page.goto(f"/admin/pages/add/practice_examples/practiceexamplepage/{index.pk}/")
    page.locator("#id_title").fill("Samen terug naar de klas")

    # Themes and regions: checkboxes with the Dutch names only.
    themes = page.locator("#id_themes")
    expect(themes.get_by_role("checkbox")).to_have_count(2)
    expect(page.locator("#id_regions").get_by_role("checkbox")).to_have_count(2)
    for english in ["Back to school", "North Brabant", "School alliance Utrecht"]:
        expect(page.get_by_text(english)).to_have_count(0)
    themes.get_by_label("Terug naar school").check()
    page.locator("#id_regions").get_by_label("Noord-Brabant").check()

    # Organisations: each once, found by typing part of the name.
    organisations = page.locator("#id_organisations").get_by_role("checkbox")
    expect(organisations).to_have_count(5)
    finder = page.get_by_role("searchbox", name=dutch("Find in the list"))
    finder.fill("utre")
    expect(organisations).to_have_count(1)  # the others hidden
    expect(page.locator("#id_organisations label:visible")).to_have_text(
        "Samenwerkingsverband Utrecht"
    )
    finder.press("Enter")  # finds, does not submit the page
    expect(page).to_have_url(re.compile(r"/add/"))
    page.locator("#id_organisations").get_by_label("Samenwerkingsverband Utrecht").check()
    screenshot(page, "1-organisations-filtered-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    finder.scroll_into_view_if_needed()
    screenshot(page, "2-organisations-filtered-390")
    page.set_viewport_size({"width": 1280, "height": 900})
    finder.fill("rotterdam")
    expect(page.get_by_text(dutch("Nothing in the list matches."))).to_be_visible()
    expect(organisations).to_have_count(1)  # the ticked one stays in sight
    finder.fill("")
    expect(organisations).to_have_count(5)

    # A related example: the chooser opens at the Dutch practice examples.
    page.locator("#id_related_examples-ADD").click()
    page.locator(
        "#id_related_examples-0-example-chooser [data-chooser-action-choose]:visible"
    ).first.click()
    modal = page.locator(".modal-dialog")
    expect(modal).to_be_visible()
    expect(modal.locator("a.choose-page", has_text="Ouders aan tafel")).to_be_visible()
    screenshot(page, "3-related-example-chooser-1280")
    expect(modal.get_by_text("Parents at the table")).to_have_count(0)
    # Opened at the index (its row heads the list), not at the Root (the home pages first).
    expect(modal.locator(".page-results tbody tr").first).to_contain_text("Praktijkvoorbeelden")
    modal.locator("a.choose-page", has_text="Ouders aan tafel").click()
    expect(modal).to_have_count(0)
    expect(page.locator("#id_related_examples-0-example-chooser")).to_contain_text(
        "Ouders aan tafel"
    )

    # Publish (in the footer's menu of actions).
    page.locator("footer [data-w-dropdown-target=toggle], footer .w-dropdown__toggle").first.click()
    page.locator("button[name=action-publish]").click()
    expect(page).to_have_url(re.compile(rf"/admin/pages/{index.pk}/"))
    screenshot(page, "4-published-1280")

    example = PracticeExamplePage.objects.get(title="Samen terug naar de klas")
    assert example.live
    assert [theme.name for theme in example.themes.all()] == ["Terug naar school"]
    assert [org.name for org in example.organisations.all()] == ["Samenwerkingsverband Utrecht"]

    # The editors' listing of examples: the Dutch ones first for a Dutch editor.
    page.goto("/admin/practice_examples/")
    rows = page.locator("table.listing tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.last).to_contain_text("Parents at the table")
    screenshot(page, "5-example-listing-1280")

    page.goto(example.url)
    main = page.locator("main")
    expect(main).to_contain_text("Terug naar school")
    expect(main).to_contain_text("Noord-Brabant")
    expect(main).to_contain_text("Samenwerkingsverband Utrecht")
    expect(main.get_by_role("link", name=re.compile("Ouders aan tafel"))).to_be_visible()
    screenshot(page, "6-public-page-1280")
