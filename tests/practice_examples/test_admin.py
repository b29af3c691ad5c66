"""The editors' admin: the example listing with its filters and the review report."""

import csv
import datetime
import io

import pytest

from django.urls import reverse
from django.utils import formats, timezone, translation

from practice_examples.factories import PracticeExamplePageFactory
from practice_examples.wagtail_hooks import practice_example_listing
from taxonomy.factories import RegionFactory, ThemeFactory
from tests.support import text_of

REPORT = "practice_examples_review_report"


def days_from_today(days):
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("redacteur", "r@example.nl", "wachtwoord")
    client.force_login(user)
    return user


@pytest.fixture
def admin_examples(example_index, locale_nl):
    ouders = ThemeFactory(name="Ouderbetrokkenheid", slug="ouderbetrokkenheid")
    verzuim = ThemeFactory(name="Verzuim", slug="verzuim")
    utrecht = RegionFactory(name="Utrecht", slug="utrecht")
    limburg = RegionFactory(name="Limburg", slug="limburg")
    make = PracticeExamplePageFactory
    return {
        "overdue": make(
            parent=example_index,
            title="Aanpak Amersfoort",
            themes=[ouders],
            regions=[utrecht],
            review_date=days_from_today(-30),
        ),
        "overdue_draft": make(
            parent=example_index,
            title="=Concept Coevorden",
            themes=[verzuim],
            regions=[limburg],
            review_date=days_from_today(-1),
            live=False,
        ),
        "today": make(
            parent=example_index,
            title="Buurtaanpak Beek",
            themes=[ouders, verzuim],
            regions=[limburg],
            review_date=days_from_today(0),
        ),
        "soon": make(
            parent=example_index,
            title="Doorstart Deventer",
            themes=[verzuim],
            review_date=days_from_today(30),
        ),
        "none": make(parent=example_index, title="Ervaring Emmen"),
    }


ALL_TITLES = {
    "Aanpak Amersfoort",
    "=Concept Coevorden",
    "Buurtaanpak Beek",
    "Doorstart Deventer",
    "Ervaring Emmen",
}


def shown(response):
    assert response.status_code == 200
    body = response.content.decode()
    return {title for title in ALL_TITLES if title in body}


def listing(client, **params):
    return shown(client.get(reverse(practice_example_listing.get_url_name("index")), params))


def test_listing_is_in_the_admin_menu(client, editor):
    body = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse(practice_example_listing.get_url_name("index")) in body


def test_listing_shows_every_example(client, editor, admin_examples):
    assert listing(client) == ALL_TITLES


def test_listing_filters_by_theme(client, editor, admin_examples):
    assert listing(client, theme="ouderbetrokkenheid") == {"Aanpak Amersfoort", "Buurtaanpak Beek"}
    assert listing(client, theme=["ouderbetrokkenheid", "verzuim"]) == ALL_TITLES - {
        "Ervaring Emmen"
    }


def test_listing_filters_by_region(client, editor, admin_examples):
    assert listing(client, region="limburg") == {"=Concept Coevorden", "Buurtaanpak Beek"}
    assert listing(client, region="limburg", theme="ouderbetrokkenheid") == {"Buurtaanpak Beek"}


def test_listing_filters_by_review_date(client, editor, admin_examples):
    assert listing(client, review_status="overdue") == {"Aanpak Amersfoort", "=Concept Coevorden"}
    assert listing(client, review_status="due_soon") == {"Buurtaanpak Beek", "Doorstart Deventer"}
    assert listing(client, review_status="none") == {"Ervaring Emmen"}
    assert listing(
        client,
        review_date_from=days_from_today(-5).isoformat(),
        review_date_to=days_from_today(5).isoformat(),
    ) == {"=Concept Coevorden", "Buurtaanpak Beek"}


def test_listing_results_view_filters_too(client, editor, admin_examples):
    url = reverse(practice_example_listing.get_url_name("index_results"))
    assert shown(client.get(url, {"theme": "verzuim", "region": "limburg"})) == {
        "=Concept Coevorden",
        "Buurtaanpak Beek",
    }


def test_report_is_in_the_reports_menu(client, editor):
    body = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse(REPORT) in body


def test_report_lists_only_overdue_examples(client, editor, admin_examples):
    assert shown(client.get(reverse(REPORT))) == {"Aanpak Amersfoort", "=Concept Coevorden"}


def test_report_filters(client, editor, admin_examples):
    assert shown(client.get(reverse(REPORT), {"live": "true"})) == {"Aanpak Amersfoort"}
    assert shown(client.get(reverse(REPORT), {"theme": "verzuim"})) == {"=Concept Coevorden"}


def test_report_exports_csv_longest_overdue_first(client, editor, admin_examples):
    response = client.get(reverse(REPORT), {"export": "csv"})

    assert response.status_code == 200
    assert "review-due-" in response["Content-Disposition"]
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    header, *rows = list(csv.reader(io.StringIO(content)))
    assert len(header) == 5
    assert [row[0] for row in rows] == ["Aanpak Amersfoort", "'=Concept Coevorden"]
    assert (
        rows[0][1] == "http://localhost/praktijkvoorbeelden/" + admin_examples["overdue"].slug + "/"
    )
    assert rows[0][2] == days_from_today(-30).isoformat()


def test_report_exports_xlsx(client, editor, admin_examples):
    response = client.get(reverse(REPORT), {"export": "xlsx"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )


def test_report_needs_an_editor(client, django_user_model, admin_examples):
    user = django_user_model.objects.create_user("bezoeker", "b@example.nl", "wachtwoord")
    client.force_login(user)

    response = client.get(reverse(REPORT))

    assert response.status_code in (302, 403)


def listing_rows(client, url):
    """{title: the text of its table row}, non-breaking spaces read as spaces."""
    with translation.override("nl"):
        body = client.get(url, HTTP_ACCEPT_LANGUAGE="nl").content.decode().replace("\xa0", " ")
    rows = {}
    for row in body.split("<tr")[1:]:
        text = text_of(row.split("</tr>")[0])
        for title in ALL_TITLES | {"Evaluatie Enschede"}:
            if title in text:
                rows[title] = text
    return rows


def years_from_today(years):
    today = timezone.localdate()
    try:
        return today.replace(year=today.year + years)
    except ValueError:  # 29 February
        return today.replace(year=today.year + years, day=28)


def test_listing_shows_review_dates_as_dates(client, editor, admin_examples, example_index):
    later = years_from_today(3)
    PracticeExamplePageFactory(parent=example_index, title="Evaluatie Enschede", review_date=later)
    rows = listing_rows(client, reverse(practice_example_listing.get_url_name("index")))

    with translation.override("nl"):
        later_shown = formats.date_format(later, "DATE_FORMAT")
        overdue_shown = formats.date_format(days_from_today(-30), "DATE_FORMAT")
    assert later_shown in rows["Evaluatie Enschede"]
    assert "over 3 jaar" in rows["Evaluatie Enschede"]
    assert "Zojuist" not in rows["Evaluatie Enschede"]
    assert "Verlopen" not in rows["Evaluatie Enschede"]

    assert overdue_shown in rows["Aanpak Amersfoort"]
    assert "geleden" in rows["Aanpak Amersfoort"]
    assert "Verlopen" in rows["Aanpak Amersfoort"]
    assert "vandaag" in rows["Buurtaanpak Beek"]
    assert "Verlopen" not in rows["Buurtaanpak Beek"]
    assert "over 4 weken" in rows["Doorstart Deventer"]


def test_report_marks_review_dates_overdue(client, editor, admin_examples):
    rows = listing_rows(client, reverse(REPORT))
    assert "Verlopen" in rows["Aanpak Amersfoort"]
    assert "1 dag geleden" in rows["=Concept Coevorden"]
