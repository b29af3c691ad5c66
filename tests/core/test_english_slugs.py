"""`manage.py english_slugs`: an existing site's English pages get English addresses, and the
Dutch-looking English addresses they had redirect to them (issue 17)."""

from io import StringIO

import pytest

from django.core.management import call_command

from wagtail.contrib.redirects.models import Redirect
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from demo.utils import translate
from events.factories import EventIndexPageFactory
from home.factories import StandardPageFactory
from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory
from tests.support import translate_page


@pytest.fixture
def old_site(home_page, home_page_en, locale_en):
    """An English site as the demo built it before: the index pages kept the Dutch slugs."""
    index = PracticeExampleIndexPageFactory(parent=home_page, intro="Wat elders werkt.")
    example = PracticeExamplePageFactory(parent=index, slug="ouders-aan-tafel")
    # Through wagtail-localize, as the demo and the editors translate (the slug kept Dutch).
    english = {
        "Praktijkvoorbeelden": "Practice examples",
        "praktijkvoorbeelden": "praktijkvoorbeelden",
        "Wat elders werkt.": "What works elsewhere.",
    }
    index_en = translate(index, locale_en, english)
    example_en = translate_page(
        example, locale_en, title="Parents at the table", slug="parents-at-the-table"
    )
    # translate_page gives the parent its English slug: back to the old state.
    index_en.refresh_from_db()
    index_en.slug = "praktijkvoorbeelden"
    index_en.save()
    example_en.refresh_from_db()
    return {"index": index, "index_en": index_en, "example_en": example_en}


def run(django_capture_on_commit_callbacks, *args):
    out = StringIO()
    # Wagtail makes the redirects once the change is committed.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("english_slugs", *args, stdout=out)
    return out.getvalue()


def test_old_english_addresses_redirect_to_the_new_ones(
    client, old_site, django_capture_on_commit_callbacks
):
    assert old_site["index_en"].url == "/en/praktijkvoorbeelden/"
    assert client.get("/en/practice-examples/").status_code == 404

    output = run(django_capture_on_commit_callbacks)

    assert "/en/praktijkvoorbeelden/ → /en/practice-examples/" in output
    assert client.get("/en/practice-examples/").status_code == 200
    assert client.get("/en/practice-examples/parents-at-the-table/").status_code == 200
    old = client.get("/en/praktijkvoorbeelden/")
    assert (old.status_code, old["Location"]) == (301, "/en/practice-examples/")
    old_child = client.get("/en/praktijkvoorbeelden/parents-at-the-table/")
    assert old_child.status_code == 301
    assert old_child["Location"] == "/en/practice-examples/parents-at-the-table/"
    # The Dutch site keeps its addresses.
    assert client.get("/praktijkvoorbeelden/").status_code == 200
    assert not Redirect.objects.filter(old_path__startswith="/praktijkvoorbeelden").exists()


def test_the_slug_survives_the_next_synchronisation_from_the_dutch_page(
    old_site, django_capture_on_commit_callbacks, locale_en
):
    run(django_capture_on_commit_callbacks)
    source = TranslationSource.objects.get_for_instance(old_site["index"])
    translation = Translation.objects.get(source=source, target_locale=locale_en)

    translation.save_target(publish=True)

    old_site["index_en"].refresh_from_db()
    assert old_site["index_en"].slug == "practice-examples"
    assert StringTranslation.objects.filter(locale=locale_en, data="practice-examples").exists()


def test_a_second_run_and_a_dry_run_change_nothing(old_site, django_capture_on_commit_callbacks):
    assert "Would rename /en/praktijkvoorbeelden/" in run(
        django_capture_on_commit_callbacks, "--dry-run"
    )
    old_site["index_en"].refresh_from_db()
    assert old_site["index_en"].slug == "praktijkvoorbeelden"

    run(django_capture_on_commit_callbacks)
    revisions = old_site["index_en"].revisions.count()
    assert "No English page" in run(django_capture_on_commit_callbacks)
    assert old_site["index_en"].revisions.count() == revisions


def test_a_translators_slug_and_a_waiting_draft_are_kept(
    client, home_page, home_page_en, locale_en, django_capture_on_commit_callbacks
):
    agenda = EventIndexPageFactory(parent=home_page)
    translate_page(agenda, locale_en, title="What's on", slug="whats-on")
    about = StandardPageFactory(parent=home_page, title="Over", slug="over-het-steunpunt")
    about_en = translate_page(about, locale_en, title="About", slug="over-het-steunpunt")
    about_en.title = "About us (draft)"
    about_en.save_revision()

    run(django_capture_on_commit_callbacks)

    assert client.get("/en/whats-on/").status_code == 200
    about_en.refresh_from_db()
    assert (about_en.slug, about_en.title) == ("about", "About")  # online: the new address only
    assert about_en.has_unpublished_changes
    draft = about_en.get_latest_revision_as_object()
    assert (draft.slug, draft.title) == ("about", "About us (draft)")
    assert client.get("/en/over-het-steunpunt/")["Location"] == "/en/about/"


def test_the_search_has_an_english_address_and_the_old_one_redirects(client, home_page_en):
    assert client.get("/zoeken/", {"q": "ouders"}).status_code == 200
    assert client.get("/en/search/", {"q": "parents"}).status_code == 200
    old = client.get("/en/zoeken/", {"q": "parents"})
    assert (old.status_code, old["Location"]) == (301, "/en/search/?q=parents")
    assert client.get("/search/").status_code == 404  # Dutch stays Dutch
    assert 'action="/en/search/"' in client.get("/en/").content.decode()
