"""Action weeks: the overview of activities by day and region, the week's RSS feed, and the
public form through which anyone proposes an activity (a draft in moderation, never live)."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client

from wagtail.models import PageViewRestriction, WorkflowState

from core.links import page_url
from events.activities import SUBMISSIONS_PER_HOUR, activity_overview
from events.activity_forms import DESCRIPTION_MAX
from events.factories import EventPageFactory
from events.models import EventPage
from taxonomy.factories import OrganisationFactory

SCRIPT = "<script>alert(1)</script>"
TODAY = datetime.date.today


@pytest.fixture(autouse=True)
def empty_cache():
    """The rate limit counts in the cache; every test starts with a clean slate."""
    cache.clear()
    yield
    cache.clear()


def make_week(parent, start_in=10, days=5, **fields):
    start = TODAY() + datetime.timedelta(days=start_in)
    return EventPageFactory(
        parent=parent,
        title="Landelijke Actieweek Thuiszitters",
        slug="actieweek",
        kind=EventPage.Kind.ACTION_WEEK,
        start_date=start,
        end_date=start + datetime.timedelta(days=days - 1),
        start_time=None,
        end_time=None,
        **fields,
    )


def make_activity(week, day=0, **fields):
    fields.setdefault("start_time", datetime.time(13, 0))
    fields.setdefault("end_time", datetime.time(15, 0))
    return EventPageFactory(
        parent=week,
        kind=EventPage.Kind.ACTIVITY,
        start_date=week.start_date + datetime.timedelta(days=day),
        **fields,
    )


@pytest.fixture
def week(event_index, taxa):
    return make_week(event_index, themes=[taxa["terugkeer"]])


@pytest.fixture
def editors(db):
    User = get_user_model()
    moderator = User.objects.create_user("moderator", "moderator@steunpunt.example")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    User.objects.create_user("visitor", "visitor@example.nl")
    return ["moderator@steunpunt.example"]


def submit_url(week):
    return week.url + week.reverse_subpage("submit_activity")


def valid_data(week, **overrides):
    data = {
        "organisation": "SWV Utrecht PO",
        "contact_name": "Fatima el Amrani",
        "contact_email": "Fatima@SWV-Utrecht.example",
        "title": "Open inloop voor ouders",
        "date": (week.start_date + datetime.timedelta(days=1)).isoformat(),
        "start_time": "13:30",
        "end_time": "15:00",
        "venue": "Wijkcentrum De Pijler",
        "city": "Utrecht",
        "region": "utrecht",
        "description": "Ouders van thuiszitters praten met leerplicht.\n\nKoffie staat klaar.",
        "audiences": ["ouders"],
        "website": "",
    }
    data.update(overrides)
    return data


def activities():
    return EventPage.objects.filter(kind=EventPage.Kind.ACTIVITY)


# The overview -------------------------------------------------------------------------------


def test_the_overview_groups_live_public_activities_by_day_and_region(week, taxa):
    utrecht, limburg = taxa["utrecht"], taxa["limburg"]
    late = make_activity(week, day=0, title="Middag", region=utrecht)
    early = make_activity(week, day=0, title="Ochtend", region=limburg, start_time=datetime.time(9))
    national = make_activity(week, day=0, title="Webinar", region=None)
    second_day = make_activity(week, day=2, title="Dag drie", region=utrecht)
    draft = make_activity(week, day=1, title="Concept", region=utrecht)
    draft.unpublish()
    private = make_activity(week, day=1, title="Besloten", region=utrecht)
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    overview = activity_overview(week)

    assert overview["count"] == 4
    assert overview["open"]
    assert [day["date"] for day in overview["days"]] == [week.start_date, second_day.start_date]
    first = overview["days"][0]["regions"]
    assert [group["region"] for group in first] == [limburg, utrecht, None]
    assert [group["activities"] for group in first] == [[early], [late], [national]]
    assert overview["days"][1]["regions"] == [{"region": utrecht, "activities": [second_day]}]


def test_other_events_have_no_activities(event_index):
    meeting = EventPageFactory(parent=event_index)
    assert list(meeting.activities()) == []


def test_the_week_page_lists_its_activities_in_constant_queries(
    client, week, taxa, django_assert_max_num_queries
):
    make_activity(week, title="Eerste", region=taxa["utrecht"])
    client.get(week.url)  # warm the site's caches
    with django_assert_max_num_queries(60) as few:
        response = client.get(week.url)
    baseline = len(few.captured_queries)
    assert response.status_code == 200
    for n in range(15):
        make_activity(week, day=n % 5, title=f"Activiteit {n}", region=taxa["limburg"])
    client.get(week.url)  # warm the caches that saving pages emptied
    with django_assert_max_num_queries(baseline):
        response = client.get(week.url)
    content = response.content.decode()
    assert 'id="activities-heading"' in content
    assert "Activiteit 14" in content
    assert submit_url(week) in content
    assert week.url + "feed/" in content


def test_an_ended_week_shows_no_link_to_the_form(client, event_index):
    week = make_week(event_index, start_in=-20)
    response = client.get(week.url)
    assert response.status_code == 200
    assert submit_url(week) not in response.content.decode()


# The feed -----------------------------------------------------------------------------------


def test_the_week_feed_lists_its_activities(client, week, taxa, settings):
    settings.BASE_URL = "https://kennisbank.example.nl"  # links from it, not from the Host header
    first = make_activity(week, title="Ouderavond", region=taxa["utrecht"], intro="Voor ouders.")
    make_activity(week, day=1, title="Netwerkontbijt", region=None)
    draft = make_activity(week, title="Nog niet gepubliceerd")
    draft.unpublish()

    response = client.get(week.url + "feed/", HTTP_HOST="127.0.0.1:9999")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("title") == week.title
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["Ouderavond", "Netwerkontbijt"]
    assert items[0].findtext("link") == "https://kennisbank.example.nl" + first.url
    assert channel.findtext("link") == "https://kennisbank.example.nl" + week.url
    assert b"127.0.0.1:9999" not in response.content
    assert "Voor ouders." in items[0].findtext("description")
    assert items[0].findtext("category") == "Utrecht"
    assert b"submitter" not in response.content


def test_the_feed_of_another_event_is_not_found(client, event_index):
    meeting = EventPageFactory(parent=event_index)
    assert client.get(meeting.url + "feed/").status_code == 404


def test_the_week_feed_queries_are_constant(client, week, django_assert_max_num_queries):
    make_activity(week)
    client.get(week.url + "feed/")
    with django_assert_max_num_queries(30) as few:
        client.get(week.url + "feed/")
    baseline = len(few.captured_queries)
    for n in range(10):
        make_activity(week, day=n % 5)
    client.get(week.url + "feed/")
    with django_assert_max_num_queries(baseline):
        client.get(week.url + "feed/")


# The form -----------------------------------------------------------------------------------


def test_the_form_renders_with_its_fields(client, week, taxa):
    response = client.get(submit_url(week))
    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.fields) >= {
        "organisation",
        "contact_name",
        "contact_email",
        "title",
        "date",
        "start_time",
        "end_time",
        "venue",
        "city",
        "region",
        "description",
        "audiences",
        "website",
    }
    content = response.content.decode()
    assert f'min="{week.start_date.isoformat()}"' in content
    assert f'max="{week.end_date.isoformat()}"' in content
    assert 'value="utrecht"' in content


def test_a_valid_submission_becomes_a_draft_activity_in_moderation(
    client, week, taxa, editors, mailoutbox, django_capture_on_commit_callbacks, settings
):
    settings.BASE_URL = "https://kennisbank.example.nl"
    known = OrganisationFactory(name="SWV Utrecht PO")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(submit_url(week), valid_data(week))

    assert response.status_code == 302
    assert response["Location"] == submit_url(week) + "?verzonden=1"
    page = activities().get()
    assert not page.live
    assert page.get_parent().specific == week
    assert page.kind == EventPage.Kind.ACTIVITY
    assert page.locale == week.locale
    assert page.title == "Open inloop voor ouders"
    assert page.slug == "open-inloop-voor-ouders"
    assert page.start_date == week.start_date + datetime.timedelta(days=1)
    assert (page.start_time, page.end_time) == (datetime.time(13, 30), datetime.time(15))
    assert (page.venue, page.city, page.region) == (
        "Wijkcentrum De Pijler",
        "Utrecht",
        taxa["utrecht"],
    )
    assert page.organiser == known
    assert page.organiser_name == ""
    assert page.submitter_name == "Fatima el Amrani"
    assert page.submitter_email == "fatima@swv-utrecht.example"
    assert page.contact_email == ""  # the public contact address stays empty
    assert list(page.audiences.all()) == [taxa["ouders-doelgroep"]]
    assert list(page.themes.all()) == [taxa["terugkeer"]]
    assert page.intro.startswith("Ouders van thuiszitters")
    revision = page.get_latest_revision_as_object()
    assert revision.title == page.title
    assert [a.slug for a in revision.audiences.all()] == ["ouders"]

    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert page.workflow_in_progress
    assert list(week.activities()) == []  # nothing public before an editor publishes it

    to_editors = [m for m in mailoutbox if m.reply_to == ["fatima@swv-utrecht.example"]]
    assert [address for m in to_editors for address in m.to] == editors
    assert f"https://kennisbank.example.nl/admin/pages/{page.pk}/edit/" in to_editors[0].body
    assert page.title in to_editors[0].subject
    to_sender = [m for m in mailoutbox if m.to == ["fatima@swv-utrecht.example"]]
    assert len(to_sender) == 1
    assert page.title in to_sender[0].subject
    assert page_url(week).startswith("https://kennisbank.example.nl/")
    assert page_url(week) in to_sender[0].body
    assert not any("localhost" in m.body for m in mailoutbox)
    assert "visitor@example.nl" not in {a for m in mailoutbox for a in m.to}


def test_an_unknown_organisation_is_kept_as_text(
    client, week, taxa, editors, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(submit_url(week), valid_data(week, organisation="Stichting Nieuw Begin"))
    page = activities().get()
    assert page.organiser is None
    assert page.organiser_name == "Stichting Nieuw Begin"
    notification = next(m for m in mailoutbox if m.reply_to and m.to == editors)
    assert "Stichting Nieuw Begin" in notification.body


def test_the_thank_you_state_renders(client, week):
    response = client.get(submit_url(week) + "?verzonden=1")
    assert response.status_code == 200
    assert response.context["sent"]
    assert response.context["form"] is None


def test_a_published_activity_appears_on_the_week(client, week, taxa, admin_user):
    client.post(submit_url(week), valid_data(week))
    page = activities().get()
    page.get_latest_revision().publish(user=admin_user)
    assert list(week.activities()) == [page]
    assert "Open inloop voor ouders" in client.get(week.url).content.decode()


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"date": "before"}, "date"),
        ({"date": "after"}, "date"),
        ({"date": "nonsense"}, "date"),
        ({"start_time": "15:00", "end_time": "14:00"}, "end_time"),
        ({"start_time": "15:00", "end_time": "15:00"}, "end_time"),
        ({"start_time": "25:99"}, "start_time"),
        ({"contact_email": "fatima@"}, "contact_email"),
        ({"contact_email": "not an address"}, "contact_email"),
        ({"region": "atlantis"}, "region"),
        ({"audiences": ["robots"]}, "audiences"),
        ({"description": "x" * 10_000}, "description"),
        ({"title": "x" * 10_000}, "title"),
        ({"organisation": "x" * 10_000}, "organisation"),
        ({"title": ""}, "title"),
        ({"city": ""}, "city"),
        ({"region": ""}, "region"),
    ],
)
def test_bad_input_gets_a_message_and_stores_nothing(
    client, week, taxa, mailoutbox, overrides, field
):
    data = valid_data(week, **overrides)
    if data["date"] == "before":
        data["date"] = (week.start_date - datetime.timedelta(days=1)).isoformat()
    elif data["date"] == "after":
        data["date"] = (week.end_date + datetime.timedelta(days=1)).isoformat()

    response = client.post(submit_url(week), data)

    assert response.status_code == 200
    form = response.context["form"]
    assert field in form.errors
    assert list(form.errors) == [field]
    assert not activities().exists()
    assert mailoutbox == []
    content = response.content.decode()
    assert 'id="error-summary"' in content
    # What the visitor typed comes back.
    assert "Wijkcentrum De Pijler" in content


def test_an_unknown_audience_links_to_the_first_checkbox(client, week, taxa):
    response = client.post(submit_url(week), valid_data(week, audiences=["onbekend"]))

    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["audiences"]
    assert not activities().exists()
    assert 'href="#id_audiences_0"' in response.content.decode()


def test_ten_thousand_characters_get_a_message_with_the_limit(client, week, taxa):
    response = client.post(submit_url(week), valid_data(week, description="x" * 10_000))
    message = response.context["form"].errors["description"][0]
    assert str(DESCRIPTION_MAX) in message
    assert "10000" in message


def test_a_date_that_has_passed_in_a_running_week_is_refused(client, event_index, taxa):
    week = make_week(event_index, start_in=-2, days=5)
    yesterday = TODAY() - datetime.timedelta(days=1)
    response = client.post(submit_url(week), valid_data(week, date=yesterday.isoformat()))
    assert "date" in response.context["form"].errors
    assert not activities().exists()
    response = client.post(submit_url(week), valid_data(week, date=TODAY().isoformat()))
    assert response.status_code == 302
    assert activities().count() == 1


def test_script_and_html_are_stored_as_inert_text(client, admin_client, week, taxa, mailoutbox):
    long_text = f"{SCRIPT} <b>vet</b>\n\n" + "Lange beschrijving. " * 40
    client.post(
        submit_url(week),
        valid_data(
            week,
            title=f"Avond {SCRIPT}",
            organisation=f"<i>{SCRIPT}</i>",
            venue=SCRIPT,
            description=long_text,
        ),
    )
    page = activities().get()
    assert page.title == f"Avond {SCRIPT}"  # plain text, escaped wherever it is shown
    body = str(page.body[0].value)
    assert "<script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;vet&lt;/b&gt;" in body
    page.save_revision().publish()
    page_html = Client().get(page.url).content.decode()
    week_html = Client().get(week.url).content.decode()
    feed = Client().get(week.url + "feed/").content.decode()
    for html in (page_html, week_html):
        assert SCRIPT not in html
        assert "&lt;script&gt;" in html
    assert SCRIPT not in feed
    assert all(not getattr(m, "alternatives", None) for m in mailoutbox)
    edit = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert edit.status_code == 200
    assert SCRIPT not in edit.content.decode()


def test_control_characters_are_dropped(client, week, taxa):
    response = client.post(
        submit_url(week), valid_data(week, title="Avond\x00 voor\x07 ouders", city="Utre\x1bcht")
    )
    assert response.status_code == 302
    page = activities().get()
    assert (page.title, page.city) == ("Avond voor ouders", "Utrecht")


def test_a_region_of_another_language_is_unknown(client, week, taxa, locale_en):
    english = taxa["utrecht"].copy_for_translation(locale_en)
    english.slug = "utrecht-en"
    english.save()
    response = client.post(submit_url(week), valid_data(week, region="utrecht-en"))
    assert "region" in response.context["form"].errors


def test_a_filled_honeypot_looks_like_success_and_stores_nothing(client, week, taxa, mailoutbox):
    response = client.post(submit_url(week), valid_data(week, website="https://spam.example"))
    assert response.status_code == 302
    assert response["Location"].endswith("?verzonden=1")
    assert not activities().exists()
    assert mailoutbox == []


def test_the_submission_over_the_limit_is_refused_and_kept(client, week, taxa):
    for n in range(SUBMISSIONS_PER_HOUR):
        response = client.post(submit_url(week), valid_data(week, title=f"Activiteit {n}"))
        assert response.status_code == 302
    response = client.post(submit_url(week), valid_data(week, title="Eén te veel"))
    assert response.status_code == 429
    assert response.context["rate_limited"]
    assert "Eén te veel" in response.content.decode()
    assert activities().count() == SUBMISSIONS_PER_HOUR


@pytest.mark.parametrize("when", ["ended", "cancelled", "postponed"])
def test_a_closed_week_shows_a_message_and_takes_nothing(client, event_index, taxa, when):
    if when == "ended":
        week = make_week(event_index, start_in=-20)
    else:
        week = make_week(event_index, status=when, status_reason="Corona")

    response = client.get(submit_url(week))
    assert response.status_code == 200
    assert response.context["form"] is None
    assert 'id="submissions-closed"' in response.content.decode()

    response = client.post(submit_url(week), valid_data(week))
    assert response.status_code == 200
    assert 'id="submissions-closed"' in response.content.decode()
    assert not activities().exists()


def test_a_week_that_ends_today_still_takes_activities_for_today(client, event_index, taxa):
    week = make_week(event_index, start_in=-4, days=5)
    assert week.end_date == TODAY()
    response = client.post(submit_url(week), valid_data(week, date=TODAY().isoformat()))
    assert response.status_code == 302
    assert activities().count() == 1


def test_other_events_have_no_form(client, event_index):
    meeting = EventPageFactory(parent=event_index)
    assert client.get(submit_url(meeting)).status_code == 404
    assert client.post(submit_url(meeting), {}).status_code == 404


def test_other_methods_are_not_allowed(client, week):
    assert client.put(submit_url(week)).status_code == 405


def test_csrf_is_checked(week, taxa):
    csrf_client = Client(enforce_csrf_checks=True)
    response = csrf_client.post(submit_url(week), valid_data(week))
    assert response.status_code == 403
    assert not activities().exists()
