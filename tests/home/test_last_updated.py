"""Content pages say when they were last updated, in the visitor's language; listings, the home
page and forms do not (issue 17)."""

import datetime

import pytest

from django.utils import timezone

from development_groups.factories import (
    DevelopmentGroupIndexPageFactory,
    DevelopmentGroupPageFactory,
    DevelopmentSessionPageFactory,
)
from events.factories import EventIndexPageFactory, EventPageFactory
from home.factories import StandardPageFactory
from practice_examples.factories import PracticeExampleIndexPageFactory
from tests.support import translate_page

MONTHS_NL = (
    "januari februari maart april mei juni juli augustus september oktober november december"
)
MONTHS_EN = "January February March April May June July August September October November December"


def published_days_ago(page, days):
    """Set the page's last publication to noon (Amsterdam) `days` ago; return that moment."""
    moment = timezone.localtime().replace(hour=12, minute=0, second=0, microsecond=0)
    moment -= datetime.timedelta(days=days)
    type(page).objects.filter(pk=page.pk).update(last_published_at=moment)
    return timezone.localdate(moment)


def dutch(day):
    return (
        f'Laatst bijgewerkt op <time datetime="{day.isoformat()}">'
        f"{day.day} {MONTHS_NL.split()[day.month - 1]} {day.year}</time>"
    )


def english(day):
    return (
        f'Last updated <time datetime="{day.isoformat()}">'
        f"{day.day} {MONTHS_EN.split()[day.month - 1]} {day.year}</time>"
    )


def body(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.fixture
def content_pages(home_page):
    examples = PracticeExampleIndexPageFactory(parent=home_page)
    agenda = EventIndexPageFactory(parent=home_page)
    groups = DevelopmentGroupIndexPageFactory(parent=home_page)
    group = DevelopmentGroupPageFactory(parent=groups, slug="thuiszitten")
    return {
        "standard": StandardPageFactory(parent=home_page, slug="over-ons"),
        "event": EventPageFactory(parent=agenda),
        "group": group,
        "session": DevelopmentSessionPageFactory(parent=group),
        "listings": [home_page, examples, agenda, groups],
    }


def test_content_pages_say_when_they_were_last_updated(client, content_pages):
    # (A practice example names its last update among its facts: tests/practice_examples.)
    for number, name in enumerate(["standard", "event", "group", "session"]):
        page = content_pages[name]
        day = published_days_ago(page, 40 + number)

        assert dutch(day) in body(client, page.url), name


def test_listings_and_the_home_page_do_not(client, content_pages):
    for page in content_pages["listings"]:
        published_days_ago(page, 3)

        assert "Laatst bijgewerkt" not in body(client, page.url), page.url


def test_the_english_page_says_it_in_english_with_its_own_date(
    client, content_pages, home_page_en, locale_en
):
    standard = content_pages["standard"]
    english_page = translate_page(standard, locale_en, title="About us", slug="about-us")
    published_days_ago(standard, 300)
    day = published_days_ago(english_page, 2)

    page = body(client, english_page.url)

    assert english(day) in page
    assert "Laatst" not in page


def test_a_new_publication_shows_its_date_through_the_page_cache(client, content_pages, settings):
    settings.PAGE_CACHE_SECONDS = 300
    standard = content_pages["standard"]
    old_day = published_days_ago(standard, 10)
    assert dutch(old_day) in body(client, standard.url)

    standard.refresh_from_db()
    standard.save_revision().publish()

    assert dutch(timezone.localdate()) in body(client, standard.url)
