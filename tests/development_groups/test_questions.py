"""The question round: while it is open, a member submits development questions, which every
insider of the group reads with the asker's name. Bad input (empty, too long, round closed, not a
member, another group, a GET) gets a clear message, keeps what was typed and stores nothing."""

import pytest

from django.utils.translation import gettext

from development_groups.models import Ballot, Question
from development_groups.voting import QuestionRefused, submit_question


def questions_url(group):
    return group.url + group.reverse_subpage("questions")


@pytest.fixture
def asking(client, member):
    client.force_login(member)
    return member


def test_a_member_submits_a_question_and_sees_it_with_their_name(client, group, asking):
    response = client.post(questions_url(group), {"text": "Hoe houden wij thuiszitters in beeld?"})

    assert response.status_code == 302
    assert response["Location"] == f"{group.url}#questions-messages"
    question = Question.objects.get()
    assert question.author == asking and question.group_page_id == group.pk
    body = client.get(group.url).content.decode()
    # Confirmed in the questions section, where the redirect lands.
    questions = body[body.index('<section id="questions"') :]
    questions = questions[: questions.index("</section>")]
    assert 'id="questions-messages"' in questions
    assert gettext("Thank you: your question has been added.") in questions
    assert "Hoe houden wij thuiszitters in beeld?" in body
    assert asking.get_full_name() in body


def test_sending_the_same_question_twice_stores_it_once(client, group, asking):
    for _n in range(2):
        client.post(questions_url(group), {"text": "Dubbel geklikt?"})
    assert Question.objects.count() == 1


def test_markup_is_stored_and_shown_as_text(client, group, asking):
    client.post(questions_url(group), {"text": "<script>alert('x')</script> en\x00 meer"})

    question = Question.objects.get()
    assert "\x00" not in question.text
    body = client.get(group.url).content.decode()
    assert "<script>alert" not in body
    assert "&lt;script&gt;" in body


def test_an_empty_question(client, group, asking):
    response = client.post(questions_url(group), {"text": "   "})

    assert response.status_code == 200
    body = response.content.decode()
    assert 'id="error-summary"' in body
    assert gettext("Type your question.") in body
    assert not Question.objects.exists()


def test_a_question_that_is_too_long_comes_back_as_typed(client, group, asking):
    text = "Lange vraag " + "x" * 2000

    response = client.post(questions_url(group), {"text": text})

    assert response.status_code == 200
    body = response.content.decode()
    assert 'id="error-summary"' in body
    assert "2000" in body
    assert text in body  # nothing typed is lost
    assert not Question.objects.exists()


def test_a_question_of_exactly_the_limit(client, group, asking):
    client.post(questions_url(group), {"text": "x" * 2000})
    assert len(Question.objects.get().text) == 2000


def test_when_the_round_is_closed(client, group, asking):
    Ballot.objects.filter(group_page=group).update(questions_open=False)

    response = client.post(questions_url(group), {"text": "Te laat?"})

    assert response.status_code == 200
    body = response.content.decode()
    assert gettext("The question round is closed: no new questions can be added.") in body
    assert "Te laat?" in body  # kept, so it can be copied elsewhere
    assert not Question.objects.exists()


def test_as_a_member_of_another_group(client, group, other_member):
    client.force_login(other_member)

    response = client.post(questions_url(group), {"text": "Mag ik ook?"})

    assert response.status_code == 403
    assert gettext("Only members of this development group can ask questions.") in (
        response.content.decode()
    )
    assert not Question.objects.exists()


def test_as_an_anonymous_visitor(client, group):
    response = client.post(questions_url(group), {"text": "Anoniem?"})

    assert response.status_code == 403
    assert "?next=" in response.content.decode()
    assert not Question.objects.exists()


def test_posting_to_another_group(client, group, other_group, asking):
    response = client.post(questions_url(other_group), {"text": "Verkeerde groep"})

    assert response.status_code == 403
    assert not Question.objects.exists()


def test_a_get_changes_nothing_and_leads_to_the_questions(client, group, asking):
    response = client.get(questions_url(group), {"text": "Via GET?"})

    assert response.status_code == 302
    assert response["Location"] == f"{group.url}#questions"
    assert not Question.objects.exists()


def test_without_a_text_field_at_all(client, group, asking):
    response = client.post(questions_url(group), {})
    assert response.status_code == 200
    assert not Question.objects.exists()


@pytest.mark.parametrize("text", ["", "  \n ", "x" * 2001])
def test_the_service_refuses_what_the_form_would(group, member, text):
    with pytest.raises(QuestionRefused):
        submit_question(group, member, text)
    assert not Question.objects.exists()


def test_the_service_refuses_a_non_member(group, other_member):
    with pytest.raises(QuestionRefused):
        submit_question(group, other_member, "Een vraag")
    assert not Question.objects.exists()
