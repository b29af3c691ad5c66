"""The apps' layers (docs/architecture.md): an app imports only apps below it, never one beside or
above it. Every import in an app's Python files counts, at the top of a module or inside a
function; migrations and tests don't.

A failure names the file and the import: move the shared piece down (to `core` when every app
may need it), or let the lower app offer a hook the higher one registers with, as retention
rules (core/retention.py) and cache invalidation (`watch_content`, `watch_pages`) do."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Lowest first. An app may import the apps of lower layers; apps in one layer never import each
# other (the content apps practice_examples and events know each other only by model label).
LAYERS = [
    ["core"],  # the shared machinery: no models, no content
    ["demo"],  # the demo tools; each app's demo/ package uses them
    ["security", "home"],  # login security; the home and standard pages, blocks, site settings
    ["taxonomy"],  # themes, regions and the other vocabularies
    ["search"],  # search and its vocabulary
    ["practice_examples", "events"],  # the content apps
    ["development_groups"],  # a session is an event; a summary becomes a practice example
    ["scan"],  # the scan's result shows examples, events and sessions
    ["following"],  # digests of new examples, events and session summaries
    ["devtools"],  # the benchmark's seed commands
    ["kennisbank"],  # the project: settings, URLs, the API
]
RANK = {app: rank for rank, layer in enumerate(LAYERS) for app in layer}


def project_imports(path):
    """(line, imported top-level name) for every absolute import in a file."""
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module.split(".")[0]


def app_files(app):
    for path in sorted((ROOT / app).rglob("*.py")):
        if "migrations" not in path.relative_to(ROOT).parts:
            yield path


def violations():
    found = []
    for app, rank in RANK.items():
        if not (ROOT / app).is_dir():
            continue
        for path in app_files(app):
            for line, name in project_imports(path):
                if name in RANK and name != app and RANK[name] >= rank:
                    found.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    return found


def test_every_app_of_the_project_has_a_layer():
    apps = {path.parent.name for path in ROOT.glob("*/apps.py")}
    assert apps - set(RANK) == set()


def test_no_app_imports_an_app_beside_or_above_it():
    assert violations() == []


def test_the_rule_catches_an_upward_import(tmp_path, monkeypatch):
    """The check itself: a core module importing a content app is reported."""
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "bad.py").write_text("def f():\n    from events.models import EventPage\n")
    monkeypatch.setattr(__import__(__name__, fromlist=["ROOT"]), "ROOT", tmp_path)
    assert violations() == ["core/bad.py:2 imports events"]
