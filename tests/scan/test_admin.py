"""The scan report: editors see averages per domain and scope, never a single response."""

import pytest

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from scan import responses
from tests.support import answer_all

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_user("redacteur", "redacteur@example.nl", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


@pytest.fixture
def scans(scan_page, taxa):
    for value in (1, 2, 3):
        answer_all(responses.start(scan_page, sector=taxa["po"]), value)
    answer_all(responses.start(scan_page, region=taxa["utrecht"]), 4)


def test_editors_see_the_average_per_domain_for_all_scans_sectors_and_regions(
    client, editor, scans, taxa
):
    po, utrecht = taxa["po"].pk, taxa["utrecht"].pk
    response = client.get(reverse("scan_report"))
    assert response.status_code == 200
    rows = [
        (row.domain_title, row.scope, str(row.scope_label), row.responses, row.average)
        for row in response.context["object_list"]
    ]
    assert rows[:3] == [
        ("Basisondersteuning", "all", "Alle scans", 4, 50.0),  # (0 + 33.3 + 66.7 + 100) / 4
        ("Basisondersteuning", f"sector:{po}", "Primair onderwijs", 3, 33.3),
        ("Basisondersteuning", f"region:{utrecht}", "Utrecht", 1, 100.0),
    ]
    assert len(rows) == 9

    sectors = client.get(reverse("scan_report"), {"kind": "sector"}).context["object_list"]
    assert {str(row.scope_label) for row in sectors} == {"Primair onderwijs"}


def test_the_report_names_a_sector_in_a_region(client, editor, scan_page, taxa):
    answer_all(responses.start(scan_page, sector=taxa["po"], region=taxa["utrecht"]), 4)
    both = client.get(reverse("scan_report"), {"kind": "sector-region"}).context["object_list"]
    assert {str(row.scope_label) for row in both} == {"Primair onderwijs in Utrecht"}
    sectors = client.get(reverse("scan_report"), {"kind": "sector"}).context["object_list"]
    assert {str(row.scope_label) for row in sectors} == {"Primair onderwijs"}


def test_the_report_exports_as_csv(client, editor, scans):
    response = client.get(reverse("scan_report"), {"export": "csv"})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode()
    assert "Basisondersteuning,Primair onderwijs,3,33.3" in text


def test_the_report_is_only_for_those_with_the_permission(client, django_user_model, scans):
    user = django_user_model.objects.create_user("lezer", "lezer@example.nl", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(reverse("scan_report"))
    assert response.status_code == 302  # Wagtail's "no permission" redirect
    menu = client.get(reverse("wagtailadmin_home"))
    assert reverse("scan_report") not in menu.content.decode()
