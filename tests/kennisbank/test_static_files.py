"""WhiteNoise reads the static files once per process (kennisbank/static_files.py): Wagtail's
preview builds the middleware chain anew for every preview."""

import pytest

from django.test import override_settings

from kennisbank import static_files
from kennisbank.static_files import StaticFilesMiddleware


@pytest.fixture
def collected(tmp_path, monkeypatch):
    (tmp_path / "css").mkdir()
    (tmp_path / "css" / "site.css").write_text("body { margin: 0 }")
    monkeypatch.setattr(static_files, "_read", {})
    return tmp_path


def production(root, **settings):
    return override_settings(
        **{
            "STATIC_ROOT": str(root),
            "STATIC_URL": "/static/",
            "WHITENOISE_USE_FINDERS": False,
            "WHITENOISE_AUTOREFRESH": False,
            **settings,
        }
    )


def test_the_files_are_read_once_per_process(collected, monkeypatch):
    walks = []
    read = StaticFilesMiddleware.update_files_dictionary

    def counted(self, root, prefix):
        walks.append(root)
        return read(self, root, prefix)

    monkeypatch.setattr(StaticFilesMiddleware, "update_files_dictionary", counted)
    with production(collected):
        first = StaticFilesMiddleware(lambda request: None)
        second = StaticFilesMiddleware(lambda request: None)
    assert len(walks) == 1
    assert "/static/css/site.css" in first.files
    assert second.files.keys() == first.files.keys()
    assert second.files is not first.files  # each instance may add files of its own


def test_a_second_folder_is_read_for_itself(collected, tmp_path_factory):
    other = tmp_path_factory.mktemp("other")
    (other / "robots.txt").write_text("User-agent: *")
    with production(collected, WHITENOISE_ROOT=str(other)):
        middleware = StaticFilesMiddleware(lambda request: None)
    with production(collected):
        plain = StaticFilesMiddleware(lambda request: None)
    assert {"/static/css/site.css", "/robots.txt"} <= middleware.files.keys()
    assert "/robots.txt" not in plain.files


def test_with_autorefresh_nothing_is_read_up_front(collected):
    with production(collected, WHITENOISE_AUTOREFRESH=True):
        middleware = StaticFilesMiddleware(lambda request: None)
    assert middleware.files == {}
    assert static_files._read == {}
