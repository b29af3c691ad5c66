"""The scan as a school goes through it: the start page, the steps, the private link, the resume
page, a changed questionnaire, redoing the scan, and robots and tampered links."""

import re

import pytest

from core.ratelimit import RateLimit
from scan import responses, views
from scan.factories import ScanPageFactory, domain_block
from scan.models import ScanResponse
from taxonomy.models import Region, Sector
from tests.support import answer_all, translate_page

pytestmark = pytest.mark.django_db


# Addresses and helpers --------------------------------------------------------------------


def route(page, name, **kwargs):
    return page.url + page.reverse_subpage(name, kwargs=kwargs)


def step_url(page, response, number):
    return route(page, "step_route", token=response.token, number=number)


def result_url(page, response):
    return route(page, "result_route", token=response.token)


def redo_url(page, response):
    return route(page, "redo_route", token=response.token)


def keys(response, number):
    return response.questionnaire.domains[number - 1].statement_keys


def all_answered(response, number, value=3):
    return {key: str(value) for key in keys(response, number)}


def checked(html, key):
    """The value of the checked radio button of a statement, or None."""
    for tag in re.findall(r"<input[^>]*>", html):
        if f'name="{key}"' in tag and " checked" in tag:
            return re.search(r'value="([^"]*)"', tag).group(1)
    return None


def is_private(http_response):
    cache_control = http_response["Cache-Control"]
    return (
        "private" in cache_control
        and "no-store" in cache_control
        and http_response["X-Robots-Tag"] == "noindex"
        and http_response["Referrer-Policy"] == "same-origin"
    )


@pytest.fixture
def started(scan_page):
    return responses.start(scan_page)


@pytest.fixture
def english(scan_page, home_page_en, locale_en, taxa):
    """The English scan page and English names of the sectors and regions (the same slugs)."""
    for key, name in [("po", "Primary education"), ("utrecht", "Utrecht (en)")]:
        taxon = taxa[key].copy_for_translation(locale_en)
        taxon.name = name
        taxon.save()
    return translate_page(scan_page, locale_en, title="Inclusive education scan")


# Start ------------------------------------------------------------------------------------


def test_the_start_page_lists_the_domains_and_the_start_form(client, scan_page):
    response = client.get(scan_page.url)

    assert response.status_code == 200
    html = response.content.decode()
    for title in ("Basisondersteuning", "Samenwerking met ouders", "Verzuim voorkomen"):
        assert title in html
    assert 'name="sector"' in html and 'value="po"' in html
    assert 'name="region"' in html and 'value="utrecht"' in html
    assert 'name="website"' in html  # the honeypot
    assert f'action="{scan_page.url}"' in html
    assert 'id="error-summary"' not in html


def test_starting_without_sector_and_region_leads_to_step_one(client, scan_page):
    response = client.post(scan_page.url, {"sector": "", "region": "", "website": ""})

    created = ScanResponse.objects.get()
    assert response.status_code == 302
    assert response["Location"] == step_url(scan_page, created, 1)
    assert created.sector is None and created.region is None
    assert created.version == scan_page.current_version()
    assert created.answers == {} and not created.is_complete
    assert is_private(response)


def test_starting_with_sector_and_region_stores_them(client, scan_page, taxa):
    client.post(scan_page.url, {"sector": "po", "region": "utrecht"})

    created = ScanResponse.objects.get()
    assert created.sector == taxa["po"] and created.region == taxa["utrecht"]


def test_starting_on_the_english_page_stores_the_dutch_taxa(client, english, taxa, locale_nl):
    page = client.get(english.url)
    assert "Primary education" in page.content.decode()

    response = client.post(english.url, {"sector": "po", "region": "utrecht"})

    created = ScanResponse.objects.get()
    assert response["Location"] == step_url(english, created, 1)
    assert response["Location"].startswith("/en/")
    assert created.sector == taxa["po"] and created.sector.locale == locale_nl
    assert created.region == taxa["utrecht"]
    assert Sector.objects.filter(slug="po").count() == 2  # both languages exist
    assert Region.objects.filter(slug="utrecht").count() == 2


def test_an_unknown_sector_is_an_error_and_nothing_is_started(client, scan_page, english):
    response = client.post(scan_page.url, {"sector": "hbo", "region": "utrecht"})

    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="error-summary"' in html and 'href="#id_sector"' in html
    assert not ScanResponse.objects.exists()

    response = client.post(english.url, {"sector": "po", "region": "atlantis"})
    assert "“atlantis” is not one of the provinces. Choose one from the list." in (
        response.content.decode()
    )
    assert not ScanResponse.objects.exists()


def test_a_robot_filling_the_honeypot_starts_nothing(client, scan_page):
    response = client.post(scan_page.url, {"website": "https://spam.example"})

    assert response.status_code == 302
    assert response["Location"] == scan_page.url
    assert not ScanResponse.objects.exists()


def test_starts_are_limited_per_address(client, scan_page, monkeypatch):
    monkeypatch.setattr(views, "STARTS", RateLimit("scan-start", 2, 3600))
    for _ in range(2):
        assert client.post(scan_page.url, {"sector": "po"}).status_code == 302

    response = client.post(scan_page.url, {"sector": "po"})

    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert 'id="rate-limit"' in response.content.decode()
    assert 'value="po" selected' in response.content.decode()  # the form as it was
    assert ScanResponse.objects.count() == 2


def test_a_page_without_domains_cannot_be_started(client, scan_page):
    scan_page.domains = []
    scan_page.save_revision().publish()

    assert 'id="scan-unavailable"' in client.get(scan_page.url).content.decode()
    client.post(scan_page.url, {})
    assert not ScanResponse.objects.exists()


# Steps ------------------------------------------------------------------------------------


def test_a_step_shows_its_statements_progress_and_the_private_link(client, scan_page, started):
    response = client.get(step_url(scan_page, started, 2))

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Samenwerking met ouders</h1>" in html
    for key in keys(started, 2):
        assert html.count(f'name="{key}"') == 5  # four scale points and "not applicable"
        assert f'id="id_{key}_0"' in html
    assert "Ouders zijn vanaf het eerste signaal betrokken." in html
    assert "<legend>" in html
    assert html.count('aria-current="step"') == 1
    assert re.search(rf'href="{step_url(scan_page, started, 2)}"\s+aria-current="step"', html)
    assert f'href="http://testserver{result_url(scan_page, started)}"' in html
    assert 'value="previous"' in html  # step 2 has a previous one
    assert is_private(response)


def test_saved_answers_are_checked(client, scan_page, started):
    first, second = keys(started, 1)[:2]
    responses.save_answers(started, {first: 4, second: 0})

    html = client.get(step_url(scan_page, started, 1)).content.decode()

    assert checked(html, first) == "4"
    assert checked(html, second) == "0"
    assert checked(html, keys(started, 1)[2]) is None
    assert "scan-progress__step--open" in html


def test_next_saves_the_step_and_goes_on(client, scan_page, started):
    answers = all_answered(started, 1) | {keys(started, 1)[0]: "0"}

    response = client.post(step_url(scan_page, started, 1), answers | {"action": "next"})

    assert response.status_code == 302
    assert response["Location"] == step_url(scan_page, started, 2)
    started.refresh_from_db()
    assert started.answers == {key: int(value) for key, value in answers.items()}
    html = client.get(response["Location"]).content.decode()
    assert "scan-progress__step--done" in html


def test_a_missing_answer_is_an_error_and_nothing_of_the_post_is_saved(client, scan_page, started):
    first, second, third = keys(started, 1)
    responses.save_answers(started, {third: 1})

    response = client.post(
        step_url(scan_page, started, 1), {first: "2", third: "4", "action": "next"}
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="error-summary"' in html
    assert f'href="#id_{second}_0"' in html
    assert html.count('class="errorlist"') == 1
    assert checked(html, first) == "2" and checked(html, third) == "4"  # as chosen
    started.refresh_from_db()
    assert started.answers == {third: 1}  # the post saved nothing


def test_the_error_names_the_statement_in_english(client, english):
    response = responses.start(english)
    first, second = keys(response, 2)

    page = client.post(step_url(english, response, 2), {first: "2", "action": "next"})

    html = page.content.decode()
    assert "Choose an answer to “We bespreken met ouders wat thuis en op school helpt”." in html
    assert "<title>" in html and "Error:" in html


@pytest.mark.parametrize("value", ["7", "-1", "abc", "3.0", ""])
def test_out_of_range_or_garbage_values_are_errors(client, scan_page, started, value):
    answers = all_answered(started, 1) | {keys(started, 1)[1]: value}

    response = client.post(step_url(scan_page, started, 1), answers | {"action": "next"})

    assert response.status_code == 200
    assert 'id="error-summary"' in response.content.decode()
    started.refresh_from_db()
    assert started.answers == {}


def test_a_garbage_value_is_named_in_english(client, english):
    response = responses.start(english)
    answers = all_answered(response, 1) | {keys(response, 1)[0]: "7"}

    html = client.post(step_url(english, response, 1), answers).content.decode()

    assert "“7” is not one of the answers to “Elke leraar weet" in html


def test_not_applicable_everywhere_is_an_answer(client, scan_page, started):
    response = client.post(step_url(scan_page, started, 1), all_answered(started, 1, value=0))

    assert response.status_code == 302
    started.refresh_from_db()
    assert set(started.answers.values()) == {0}


def test_keys_of_another_step_are_ignored(client, scan_page, started):
    data = all_answered(started, 1) | all_answered(started, 2) | {"bogus": "3"}

    client.post(step_url(scan_page, started, 1), data)

    started.refresh_from_db()
    assert set(started.answers) == set(keys(started, 1))


def test_save_and_continue_later_keeps_the_valid_answers(client, scan_page, started):
    first, second, third = keys(started, 1)

    response = client.post(
        step_url(scan_page, started, 1), {first: "4", second: "7", "action": "save"}
    )

    assert response.status_code == 302
    assert response["Location"] == result_url(scan_page, started)
    started.refresh_from_db()
    assert started.answers == {first: 4}
    resume = client.get(response["Location"])
    html = resume.content.decode()
    assert resume.status_code == 200
    assert 'role="status"' in html  # "your answers have been saved"
    assert f'href="{step_url(scan_page, started, 1)}" id="scan-continue"' in html
    assert f"http://testserver{result_url(scan_page, started)}" in html
    assert is_private(resume)


def test_previous_keeps_the_valid_answers_and_goes_back(client, scan_page, started):
    first = keys(started, 2)[0]

    response = client.post(step_url(scan_page, started, 2), {first: "1", "action": "previous"})

    assert response["Location"] == step_url(scan_page, started, 1)
    started.refresh_from_db()
    assert started.answers == {first: 1}


def test_the_resume_page_continues_at_the_first_open_step(client, scan_page, started):
    responses.save_answers(started, {key: 3 for key in keys(started, 1)})

    html = client.get(result_url(scan_page, started)).content.decode()

    assert f'href="{step_url(scan_page, started, 2)}" id="scan-continue"' in html
    assert html.count("scan-progress__step--done") == 1


def test_the_last_step_completes_the_scan_and_shows_the_result(client, scan_page, started):
    for number in (1, 2):
        client.post(step_url(scan_page, started, number), all_answered(started, number, 4))

    response = client.post(step_url(scan_page, started, 3), all_answered(started, 3, 1))

    assert response.status_code == 302
    assert response["Location"] == result_url(scan_page, started)
    started.refresh_from_db()
    assert started.is_complete
    # In the questionnaire's order (PostgreSQL's jsonb keeps no key order).
    domains = started.questionnaire.domains
    assert [started.scores[domain.key] for domain in domains] == [100.0, 100.0, 0.0]


def test_the_last_step_with_an_earlier_step_open_leads_back_to_it(client, scan_page, started):
    client.post(step_url(scan_page, started, 1), all_answered(started, 1))

    response = client.post(step_url(scan_page, started, 3), all_answered(started, 3))

    assert response["Location"] == step_url(scan_page, started, 2)
    started.refresh_from_db()
    assert not started.is_complete
    assert set(keys(started, 3)) <= set(started.answers)  # the last step's answers are kept
    html = client.get(response["Location"]).content.decode()
    assert "notice--error" in html


def test_the_last_step_button_says_see_the_result(client, english):
    response = responses.start(english)

    assert "See the result" in client.get(step_url(english, response, 3)).content.decode()
    html = client.get(step_url(english, response, 1)).content.decode()
    assert "Next" in html and 'value="previous"' not in html
    assert "Save and continue later" in html
    assert "Step 1 of 3" in html


@pytest.mark.parametrize("number", [0, 4, 99])
def test_a_step_outside_the_scan_is_not_found(client, scan_page, started, number):
    response = client.get(step_url(scan_page, started, number))

    assert response.status_code == 404
    html = response.content.decode()
    assert 'id="scan-not-found"' in html
    assert f'href="{result_url(scan_page, started)}"' in html
    assert is_private(response)


def test_a_completed_scan_s_step_leads_to_its_result(client, scan_page, completed):
    answers = dict(completed.answers)
    for method in ("get", "post"):
        response = getattr(client, method)(
            step_url(scan_page, completed, 1), all_answered(completed, 1, 2)
        )
        assert response.status_code == 302
        assert response["Location"] == result_url(scan_page, completed)
        assert is_private(response)
    completed.refresh_from_db()
    assert completed.answers == answers


def test_answers_sent_to_a_scan_completed_meanwhile_are_not_saved(client, scan_page, started):
    page_answers = all_answered(started, 1, 1)
    answer_all(ScanResponse.objects.get(pk=started.pk), 4)

    response = client.post(step_url(scan_page, started, 1), page_answers)

    assert response["Location"] == result_url(scan_page, started)
    started.refresh_from_db()
    assert set(started.answers.values()) == {4}


# Tokens -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "token",
    [
        "x" * 22,  # well-formed, unknown
        "abc",  # too short
        "a" * 60,  # too long
        "é" * 22,  # characters a token never has
    ],
)
def test_an_unknown_or_malformed_token_is_not_found(client, scan_page, started, token):
    for url in (
        f"{scan_page.url}{token}/",
        f"{scan_page.url}{token}/stap/1/",
    ):
        response = client.get(url)
        assert response.status_code == 404, url
        html = response.content.decode()
        assert 'id="scan-not-found"' in html
        assert is_private(response)
    assert client.post(f"{scan_page.url}{token}/opnieuw/").status_code == 404


def test_a_link_with_characters_a_page_address_never_has_is_not_found(client, scan_page):
    # Wagtail's URL pattern refuses them before the scan sees them: its general 404 page.
    assert client.get(f"{scan_page.url}%3Cscript%3E{'a' * 20}/").status_code == 404


def test_a_tampered_token_is_not_found(client, scan_page, started):
    last = started.token[-1]
    tampered = started.token[:-1] + ("A" if last != "A" else "B")

    response = client.get(f"{scan_page.url}{tampered}/")

    assert response.status_code == 404
    assert "scan-not-found" in response.content.decode()


def test_a_token_of_another_scan_page_is_not_found(client, scan_page, started, home_page):
    other = ScanPageFactory(parent=home_page, slug="andere-scan")
    other.save_revision().publish()

    assert client.get(f"{other.url}{started.token}/").status_code == 404


def test_the_english_page_finds_a_dutch_scan(client, english, started):
    response = client.get(f"{english.url}{started.token}/stap/1/")

    assert response.status_code == 200
    assert "Elke leraar weet wat de school aan basisondersteuning biedt." in (
        response.content.decode()
    )


def test_every_page_at_a_token_is_private(client, scan_page, started, completed):
    urls = [
        result_url(scan_page, started),
        step_url(scan_page, started, 1),
        step_url(scan_page, started, 9),
        result_url(scan_page, completed),
        step_url(scan_page, completed, 1),
        redo_url(scan_page, completed),
    ]
    for url in urls:
        assert is_private(client.get(url)), url
    assert is_private(client.post(redo_url(scan_page, completed)))
    assert "no-store" not in client.get(scan_page.url).get("Cache-Control", "")


# Result -----------------------------------------------------------------------------------


def test_a_completed_scan_shows_its_result(client, scan_page, completed):
    response = client.get(result_url(scan_page, completed))

    assert response.status_code == 200
    assert response.templates[0].name == "scan/result.html"
    assert response.context["response"] == completed
    assert is_private(response)


def test_answering_every_step_leads_to_the_real_result(client, scan_page):
    client.post(scan_page.url, {"sector": "po"})
    started = ScanResponse.objects.get()
    for number in (1, 2, 3):
        response = client.post(step_url(scan_page, started, number), all_answered(started, number))

    result = client.get(response["Location"])

    assert result.status_code == 200
    assert "66,7" in result.content.decode() or "66.7" in result.content.decode()
    assert is_private(result)


# A questionnaire changed while answering --------------------------------------------------


def test_a_scan_keeps_its_questionnaire_when_the_page_changes(client, scan_page, started):
    old = started.questionnaire
    basis, ouders, verzuim = old.domains
    scan_page.domains = [
        domain_block(  # a statement reworded, one removed
            basis.title,
            [(basis.statements[0].key, "Iedere leraar kent de basisondersteuning.")]
            + [(basis.statements[1].key, basis.statements[1].text)],
            key=basis.key,
        ),
        domain_block(  # a statement added
            ouders.title,
            [(s.key, s.text) for s in ouders.statements] + ["Ouders kennen de klachtenregeling."],
            key=ouders.key,
        ),
        # Verzuim voorkomen removed; a new domain added
        domain_block("Samenwerking met jeugdhulp", ["We kennen de jeugdhulp in de wijk."]),
    ]
    scan_page.save_revision().publish()
    scan_page.refresh_from_db()
    assert scan_page.current_version() != started.version

    html = client.get(step_url(scan_page, started, 1)).content.decode()
    assert basis.statements[0].text in html
    assert "Iedere leraar kent" not in html
    assert html.count(f'name="{basis.statements[2].key}"') == 5
    assert "Verzuim voorkomen" in html and "jeugdhulp" not in html

    for number in (1, 2, 3):
        response = client.post(step_url(scan_page, started, number), all_answered(started, number))
    assert response["Location"] == result_url(scan_page, started)
    started.refresh_from_db()
    assert started.is_complete and started.version.content == old
    assert started.scores == {basis.key: 66.7, ouders.key: 66.7, verzuim.key: 66.7}

    # A new scan gets the new questionnaire.
    client.post(scan_page.url, {})
    new = ScanResponse.objects.exclude(pk=started.pk).get()
    assert [d.title for d in new.questionnaire.domains][-1] == "Samenwerking met jeugdhulp"


# Redo -------------------------------------------------------------------------------------


def test_redo_starts_a_new_scan_that_compares_with_the_previous(client, scan_page, taxa):
    previous = responses.start(scan_page, sector=taxa["po"], region=taxa["utrecht"])
    answer_all(previous, 2)

    response = client.post(redo_url(scan_page, previous))

    new = ScanResponse.objects.exclude(pk=previous.pk).get()
    assert response.status_code == 302
    assert response["Location"] == step_url(scan_page, new, 1)
    assert new.previous == previous and new.token != previous.token
    assert (new.sector, new.region) == (taxa["po"], taxa["utrecht"])
    assert not new.is_complete


def test_redo_on_the_english_page_uses_the_english_questionnaire(client, english, completed):
    client.post(redo_url(english, completed))

    new = ScanResponse.objects.exclude(pk=completed.pk).get()
    assert new.version.page_id == english.pk and new.previous == completed


def test_redo_needs_a_post(client, scan_page, completed):
    response = client.get(redo_url(scan_page, completed))

    assert response.status_code == 405
    assert ScanResponse.objects.count() == 1


def test_redo_of_an_unfinished_scan_goes_back_to_it(client, scan_page, started):
    response = client.post(redo_url(scan_page, started))

    assert response["Location"] == result_url(scan_page, started)
    assert ScanResponse.objects.count() == 1


def test_redo_counts_in_the_limit_of_starts(client, scan_page, completed, monkeypatch):
    monkeypatch.setattr(views, "STARTS", RateLimit("scan-start", 1, 3600))
    client.post(redo_url(scan_page, completed))

    response = client.post(redo_url(scan_page, completed))

    assert response.status_code == 429
    assert ScanResponse.objects.count() == 2


# Queries ----------------------------------------------------------------------------------


@pytest.mark.parametrize("statements", [3, 8])
def test_a_step_costs_the_same_queries_at_any_length(
    client, scan_page, statements, django_assert_max_num_queries
):
    scan_page.domains = [
        domain_block("Eén", [f"Stelling {n}" for n in range(statements)]),
        domain_block("Twee", [f"Stelling {n}" for n in range(statements)]),
    ]
    scan_page.save_revision().publish()
    response = responses.start(scan_page)
    responses.save_answers(response, {keys(response, 1)[0]: 2})
    client.get(step_url(scan_page, response, 1))  # warm the caches of the site's navigation

    with django_assert_max_num_queries(11):
        page = client.get(step_url(scan_page, response, 1))
    assert page.content.decode().count('type="radio"') == statements * 5

    with django_assert_max_num_queries(12):
        client.post(step_url(scan_page, response, 1), all_answered(response, 1))
