"""The field's vocabulary: synonyms and abbreviations, compounds and "did you mean", in site
search, the practice example listing and the API, on whichever database the suite runs on."""

import pytest
from django_tasks_db.models import DBTaskResult

from django.test import override_settings

from home.factories import StandardPageFactory
from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory
from search import demo
from search.models import SynonymGroup, VocabularyWord
from search.stemming import MAX_ALTERNATIVES, MAX_TERMS, Exact, query_terms
from search.tasks import rebuild_vocabulary_task
from search.vocabulary import Vocabulary, rebuild_vocabulary, vocabulary_for
from tests.support import search_result_titles, site_search

# (planted word in a title, the related word searched). A compound is two known words: 'school'
# and 'luxe' occur in the planted texts by themselves too (see search.vocabulary).
PAIRS = [
    ("Het samenwerkingsverband wijst een plek toe", "swv"),
    ("Jeugdzorg in de klas", "jeugdhulp"),
    ("Verzuim vroeg melden op school", "absentie"),
    ("Verzuim vroeg melden op school", "schoolverzuim"),
    ("Schoolverzuim in kaart", "verzuim"),
    ("Luxeverzuim rond de vakanties", "verzuim"),
    ("De leerplichtambtenaar belt aan", "leerplicht"),
    ("De leerplichtambtenaar belt aan", "lpa"),
]
TITLES = sorted({title for title, _query in PAIRS}) + [
    "Een wijkagent op bezoek",
    "Leerplicht vanaf vijf jaar",
]


def load_synonyms():
    demo.load(None)


@pytest.fixture
def planted(home_page):
    load_synonyms()
    for n, title in enumerate(TITLES):
        StandardPageFactory(parent=home_page, title=title, slug=f"p{n}", intro="", body="[]")
    StandardPageFactory(parent=home_page, title="Een luxe reis", slug="reis", body="[]")
    rebuild_vocabulary()


@pytest.fixture
def planted_examples(home_page):
    load_synonyms()
    index = PracticeExampleIndexPageFactory(parent=home_page)
    for n, title in enumerate(TITLES):
        PracticeExamplePageFactory(
            parent=index,
            title=title,
            slug=f"e{n}",
            intro="Een aanpak uit de regio, zonder luxe.",
            problem="<p>Het probleem.</p>",
            approach="<p>De aanpak.</p>",
            results="<p>De resultaten.</p>",
        )
    rebuild_vocabulary()
    return index


def listing_titles(client, index, query, **filters):
    response = client.get(index.url, {"q": query, **filters})
    assert response.status_code == 200
    body = response.content.decode()
    return {title for title in TITLES if f">{title}<" in body}, body


def api_titles(client, query):
    response = client.get("/api/v2/pages/", {"search": query, "limit": 20})
    assert response.status_code == 200
    return {item["title"] for item in response.json()["items"]}


@pytest.mark.parametrize(("title", "query"), PAIRS)
def test_site_search_finds_the_related_word(client, planted, title, query):
    assert title in search_result_titles(site_search(client, query))


@pytest.mark.parametrize(("title", "query"), PAIRS)
def test_listing_finds_the_related_word(client, planted_examples, title, query):
    found, _body = listing_titles(client, planted_examples, query)
    assert title in found


@pytest.mark.parametrize(("title", "query"), PAIRS)
def test_api_search_finds_the_related_word(client, planted, title, query):
    assert title in api_titles(client, query)


def test_related_words_do_not_find_everything(client, planted):
    assert "Een wijkagent op bezoek" not in search_result_titles(site_search(client, "verzuim"))
    # one way: leerplicht finds the leerplichtambtenaar (lpa), lpa not every page on leerplicht
    assert sorted(search_result_titles(site_search(client, "leerplicht"))) == [
        "De leerplichtambtenaar belt aan",
        "Leerplicht vanaf vijf jaar",
    ]
    assert search_result_titles(site_search(client, "lpa")) == ["De leerplichtambtenaar belt aan"]


def test_a_short_abbreviation_is_matched_whole(client, home_page):
    load_synonyms()
    StandardPageFactory(parent=home_page, title="Voorlichting voor ouders", body="[]")
    StandardPageFactory(parent=home_page, title="De overstap naar het VO", body="[]")
    StandardPageFactory(parent=home_page, title="Voortgezet onderwijs in de regio", body="[]")
    # 'voortgezet onderwijs' finds the page saying 'VO', but not every word starting with 'vo'
    assert sorted(search_result_titles(site_search(client, "voortgezet onderwijs"))) == [
        "De overstap naar het VO",
        "Voortgezet onderwijs in de regio",
    ]


def test_a_phrase_synonym_finds_its_abbreviation_and_back(client, home_page):
    load_synonyms()
    StandardPageFactory(parent=home_page, title="Een plek in het speciaal basisonderwijs")
    StandardPageFactory(parent=home_page, title="Verwijzing naar het SBO", body="[]")
    StandardPageFactory(parent=home_page, title="Basisonderwijs in de wijk", body="[]")
    # a phrase is found as all its words (not necessarily side by side)
    assert sorted(search_result_titles(site_search(client, "sbo"))) == [
        "Een plek in het speciaal basisonderwijs",
        "Verwijzing naar het SBO",
    ]
    assert "Verwijzing naar het SBO" in search_result_titles(
        site_search(client, "speciaal basisonderwijs")
    )


def test_saving_a_synonym_takes_effect_on_the_next_search(client, home_page):
    StandardPageFactory(parent=home_page, title="Het thuiszitterspact", body="[]")
    assert search_result_titles(site_search(client, "tzp")) == []

    SynonymGroup.objects.create(words="tzp\nthuiszitterspact")
    assert search_result_titles(site_search(client, "tzp")) == ["Het thuiszitterspact"]

    SynonymGroup.objects.all().delete()
    assert search_result_titles(site_search(client, "tzp")) == []


def test_english_searches_use_the_english_list(client, home_page_en):
    load_synonyms()
    StandardPageFactory(parent=home_page_en, title="Absenteeism in the region", body="[]")
    assert search_result_titles(site_search(client, "truancy", prefix="/en")) == [
        "Absenteeism in the region"
    ]


def test_thuizitters_suggests_thuiszitters(client, home_page):
    StandardPageFactory(parent=home_page, title="Minder thuiszitters in de regio", body="[]")
    rebuild_vocabulary()
    body = site_search(client, "thuizitters")
    assert search_result_titles(body) == []
    assert 'Bedoelde u: <a href="?q=thuiszitters">thuiszitters</a>?' in body
    # a search with enough results suggests nothing
    assert "Bedoelde u" not in site_search(client, "thuiszitters")


def test_the_listing_suggestion_keeps_the_filters(client, home_page, taxa):
    index = PracticeExampleIndexPageFactory(parent=home_page)
    PracticeExamplePageFactory(
        parent=index, title="Minder thuiszitters in Utrecht", regions=[taxa["utrecht"]]
    )
    rebuild_vocabulary()
    response = client.get(index.url, {"q": "thuizitters", "regio": "utrecht", "page": "2"})
    body = response.content.decode()
    assert 'Bedoelde u: <a href="?q=thuiszitters&amp;regio=utrecht">thuiszitters</a>?' in body


def test_suggestions_come_only_from_public_pages(client, home_page):
    StandardPageFactory(parent=home_page, title="Geheimzinnige concepttekst", live=False)
    rebuild_vocabulary()
    assert not VocabularyWord.objects.filter(word="geheimzinnige").exists()
    assert "Bedoelde u" not in site_search(client, "geheimzinige")


def test_the_vocabulary_knows_words_taxa_and_compounds(home_page, taxa):
    StandardPageFactory(
        parent=home_page,
        title="Luxeverzuim en schoolverzuim",
        intro="Verzuim, school, luxe en de begeleiding van leiding.",
        body="[]",
    )
    rebuild_vocabulary()
    words = dict(VocabularyWord.objects.filter(language="nl").values_list("word", "last_part"))
    assert words["schoolverzuim"] == "verzuim"
    assert words["luxeverzuim"] == "verzuim"
    assert words["begeleiding"] == ""  # 'bege' is no word: not a compound of 'leiding'
    assert "ouderbetrokkenheid" in words  # a theme's name


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_publishing_rebuilds_the_vocabulary(home_page):
    # committed: the rebuild runs after the commit (at once with the immediate task backend)
    page = StandardPageFactory(parent=home_page, title="Onderwijszorgarrangementen", body="[]")
    assert VocabularyWord.objects.filter(word="onderwijszorgarrangementen").exists()
    page.unpublish()
    assert not VocabularyWord.objects.filter(word="onderwijszorgarrangementen").exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_the_waiting_rebuild_runs_after_the_index_updates_queued_behind_it(home_page):
    # Two commits: the second finds the first's rebuild still waiting and adds none. The worker
    # must still index the second commit's text before it rebuilds, or the new word is missed.
    DBTaskResult.objects.all().delete()
    page = StandardPageFactory(parent=home_page, title="Overleg", body="[]")
    page.title = "Klokhuisoverleg"
    page.save_revision().publish()

    queue = [task.task_path for task in DBTaskResult.objects.ready()]
    assert queue.count(rebuild_vocabulary_task.module_path) == 1
    assert len(queue) > 1 and queue[-1] == rebuild_vocabulary_task.module_path


@pytest.mark.parametrize(
    ("words", "error"),
    [
        ("swv", "Geef minstens twee woorden"),
        ("swv\nswv", "staat meer dan eens in de lijst"),
        ("swv\n!!!", "bevat geen letters of cijfers"),
        ("de\nhet", "alleen uit woorden"),
        ("swv\n" + "een heel lang woord dat niemand zoekt maar toch", "is te lang"),
        ("\n".join(f"woord{n}" for n in range(20)), "Hooguit 12 woorden"),
    ],
)
def test_bad_synonyms_get_a_dutch_error(admin_client, words, error):
    response = admin_client.post(
        "/admin/snippets/search/synonymgroup/add/",
        {"words": words, "language": "nl"},
    )
    assert response.status_code == 200
    assert error in response.content.decode()
    assert not SynonymGroup.objects.exists()


def test_editors_add_a_synonym_in_the_admin(admin_client):
    response = admin_client.post(
        "/admin/snippets/search/synonymgroup/add/",
        {"words": "SWV,  samenwerkingsverband ", "language": "nl"},
    )
    assert response.status_code == 302
    assert SynonymGroup.objects.get().words == "swv\nsamenwerkingsverband"
    assert "Synoniemen" in admin_client.get("/admin/").content.decode()


def test_the_demo_list_is_valid_and_long_enough(db):
    load_synonyms()
    assert SynonymGroup.objects.filter(language="nl").count() >= 30
    assert SynonymGroup.objects.filter(language="en").exists()


def test_expansion_is_bounded(db):
    vocabulary = Vocabulary(
        {("verzuim",): [f"woord{n}" for n in range(50)]},
        {"verzuim": tuple(f"compound{n}verzuim" for n in range(50))},
    )
    terms = query_terms(" ".join(["verzuim"] + [f"w{n}" for n in range(20)]), vocabulary)
    assert len(terms) <= MAX_TERMS
    assert len(terms[0]) <= MAX_ALTERNATIVES


def test_abbreviations_are_exact_and_phrases_are_groups(db):
    load_synonyms()
    (term,) = query_terms("speciaal basisonderwijs", vocabulary_for("speciaal basisonderwijs"))
    assert Exact("sbo") in term and isinstance(term[term.index("sbo")], Exact)
    assert (("speciaal",), ("basisonderwijs",)) in term


def test_search_queries_stay_constant(client, home_page, django_assert_max_num_queries):
    load_synonyms()
    for n in range(5):
        StandardPageFactory(parent=home_page, title=f"Absentie {n}", slug=f"a{n}", body="[]")
    rebuild_vocabulary()
    site_search(client, "absentie")  # the first request makes the site's settings
    site_search(client, "absentie")
    with django_assert_max_num_queries(20) as few:
        site_search(client, "absentie")
    count = len(few.captured_queries)
    sql = " ".join(query["sql"] for query in few.captured_queries)
    # synonyms and related words come from the cache, not from a query per search
    assert "search_synonymgroup" not in sql and "search_vocabularyword" not in sql
    for n in range(20):
        StandardPageFactory(parent=home_page, title=f"Verzuim {n}", slug=f"v{n}", body="[]")
    rebuild_vocabulary()
    site_search(client, "absentie")
    with django_assert_max_num_queries(count):
        site_search(client, "absentie")


def test_the_admin_lists_the_synonyms(admin_client):
    load_synonyms()
    response = admin_client.get("/admin/snippets/search/synonymgroup/")
    assert response.status_code == 200
    assert "jeugdhulp = jeugdzorg" in response.content.decode()
