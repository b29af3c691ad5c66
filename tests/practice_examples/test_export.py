"""The CSV export of the (filtered) example list, for policy makers with Dutch Excel."""

import csv
import datetime
import io

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import PageViewRestriction

from practice_examples.factories import PracticeExamplePageFactory
from taxonomy.factories import (
    AudienceFactory,
    OrganisationFactory,
    RegionFactory,
    SectorFactory,
    ThemeFactory,
)


def export_url(index):
    return index.url + index.reverse_subpage("export")


def download(client, url, params=None):
    response = client.get(url, params or {})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return b"".join(response.streaming_content)


def rows(content):
    assert content.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


def test_export_has_header_and_one_row_per_example(client, example_index):
    theme = ThemeFactory(name="Ouderbetrokkenheid")
    region = RegionFactory(name="Utrecht")
    sector = SectorFactory(name="Primair onderwijs")
    audience = AudienceFactory(name="Ouders")
    alliance = OrganisationFactory(name="SWV Utrecht PO")
    example = PracticeExamplePageFactory(
        parent=example_index,
        title="Ouders aan tafel",
        intro="Ouders praten mee; ook over het plan.",
        publication_date=datetime.date(2025, 3, 1),
        themes=[theme],
        regions=[region],
        sectors=[sector],
        audiences=[audience],
        organisations=[alliance],
    )

    response = client.get(export_url(example_index))
    content = b"".join(response.streaming_content)
    header, *data = rows(content)

    assert len(header) == 9
    assert data == [
        [
            "Ouders aan tafel",
            f"http://testserver{example.url}",
            "Ouders praten mee; ook over het plan.",
            "Ouderbetrokkenheid",
            "Utrecht",
            "Primair onderwijs",
            "Ouders",
            "SWV Utrecht PO",
            "2025-03-01",
        ]
    ]
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="praktijkvoorbeelden-{today}.csv"'
    )


def test_export_is_filtered_like_the_listing_and_holds_every_match(client, example_index):
    theme = ThemeFactory(slug="verzuim")
    for n in range(15):  # more than one page of the listing
        PracticeExamplePageFactory(parent=example_index, title=f"Verzuim {n:02d}", themes=[theme])
    PracticeExamplePageFactory(parent=example_index, title="Ander thema")

    _header, *data = rows(download(client, export_url(example_index), {"thema": "verzuim"}))

    assert sorted(row[0] for row in data) == [f"Verzuim {n:02d}" for n in range(15)]


def test_export_sorts_like_the_listing(client, example_index):
    make = PracticeExamplePageFactory
    make(parent=example_index, title="Bram", publication_date=datetime.date(2025, 1, 1))
    make(parent=example_index, title="Anna", publication_date=datetime.date(2024, 1, 1))

    _header, *newest = rows(download(client, export_url(example_index)))
    _header, *by_title = rows(download(client, export_url(example_index), {"sort": "titel"}))

    assert [row[0] for row in newest] == ["Bram", "Anna"]
    assert [row[0] for row in by_title] == ["Anna", "Bram"]


def test_export_leaves_out_drafts_private_examples_and_contact_details(client, example_index):
    PracticeExamplePageFactory(
        parent=example_index,
        title="Openbaar",
        contact_name="Mr. Geheim",
        contact_email="geheim@example.nl",
        contact_organisation="Gemeente",
    )
    PracticeExamplePageFactory(parent=example_index, title="Concept", live=False)
    private = PracticeExamplePageFactory(parent=example_index, title="Besloten")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    content = download(client, export_url(example_index))

    assert [row[0] for row in rows(content)[1:]] == ["Openbaar"]
    text = content.decode("utf-8-sig")
    assert "geheim@example.nl" not in text
    assert "Mr. Geheim" not in text


def test_export_neutralises_formulas(client, example_index):
    PracticeExamplePageFactory(
        parent=example_index,
        title='=HYPERLINK("http://evil.example","klik")',
        intro="+31 30 1234567",
        themes=[ThemeFactory(name="@thema")],
        organisations=[OrganisationFactory(name="-min")],
    )

    (row,) = rows(download(client, export_url(example_index)))[1:]

    assert row[0] == '\'=HYPERLINK("http://evil.example","klik")'
    assert row[2] == "'+31 30 1234567"
    assert row[3] == "'@thema"
    assert row[7] == "'-min"


def test_export_without_matches_is_just_the_header(client, example_index):
    ThemeFactory(slug="zonder-voorbeelden")
    PracticeExamplePageFactory(parent=example_index)

    content = download(client, export_url(example_index), {"thema": "zonder-voorbeelden"})

    assert len(rows(content)) == 1


def test_export_queries_do_not_grow_with_the_number_of_examples(
    client, example_index, django_assert_max_num_queries
):
    themes = [ThemeFactory(), ThemeFactory()]
    regions = [RegionFactory()]
    organisations = [OrganisationFactory()]

    def add(count):
        for _ in range(count):
            PracticeExamplePageFactory(
                parent=example_index, themes=themes, regions=regions, organisations=organisations
            )

    add(5)
    url = export_url(example_index)
    download(client, url)  # warm the site root paths cache
    with CaptureQueriesContext(connection) as five:
        assert len(rows(download(client, url))) == 6
    few = len(five.captured_queries)  # read before the next request empties the query log
    add(20)
    download(client, url)  # warm the cached taxon names again: adding examples expired them
    with django_assert_max_num_queries(few):
        assert len(rows(download(client, url))) == 26
