"""The test suite's own layout (tests/README.md, "Where things are"): fixtures come from
tests/fixtures/ through `pytest_plugins` and are named, never imported; helpers come from a
support module, so no module imports a conftest, and no test module imports another test
module (which would tie the two together: moving, renaming or deleting one breaks the other)."""

import ast
import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
IMPORTS_A_CONFTEST = re.compile(
    r"^\s*(from\s+\S*conftest\s+import|import\s+\S*conftest|from\s+\S+\s+import\s+conftest\b)", re.M
)
# Test modules that still import another test module, to move to tests/support.py in turn: none
# left. No new one: a helper two test modules share goes to tests/support.py, a fixture to
# tests/fixtures/.
NOT_YET_MOVED = {}


def test_no_module_imports_a_conftest():
    found = [
        str(path.relative_to(TESTS))
        for path in TESTS.rglob("*.py")
        if IMPORTS_A_CONFTEST.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def imported_test_modules(path):
    """The test modules (test_*.py) a file imports, absolute or relative, at its top or inside a
    function: `from tests.search.test_views import ...`, `from .test_accounts import ...`,
    `from tests.search import test_views`, `import tests.test_tasks`."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = "." * node.level + (node.module or "")
            names = [module] + [f"{module}.{alias.name}" for alias in node.names]
        else:
            continue
        for name in names:
            parts = name.lstrip(".").split(".")
            in_tests = name.startswith(".") or parts[0] == "tests"
            test_part = next((i for i, part in enumerate(parts) if part.startswith("test_")), None)
            if in_tests and test_part is not None:
                prefix = "." * (len(name) - len(name.lstrip(".")))
                yield prefix + ".".join(parts[: test_part + 1])
                break


def imports_between_test_modules(root):
    """{test module's path under `root`: the test modules it imports} for those that import any."""
    found = {}
    for path in sorted(root.rglob("test_*.py")):
        imported = set(imported_test_modules(path))
        if imported:
            found[str(path.relative_to(root))] = imported
    return found


def test_no_imports_between_test_modules_another_test_module():
    assert imports_between_test_modules(TESTS) == NOT_YET_MOVED


def test_the_rule_catches_a_test_module_importing_another(tmp_path):
    """The check itself: absolute, relative and `from package import test_module` imports of a
    test module are found, at the top or in a function; support and fixture modules are not."""
    (tmp_path / "search").mkdir()
    (tmp_path / "search" / "test_views.py").write_text("def site_search(): ...\n")
    (tmp_path / "search" / "test_relevance.py").write_text(
        "from tests.search.test_views import site_search\n"
        "from tests.support import translate_page\n"
        "from tests.fixtures.redis_server import free_port\n"
    )
    (tmp_path / "search" / "test_other.py").write_text(
        "def test_x():\n    from .test_views import site_search\n"
    )
    (tmp_path / "test_tasks.py").write_text("from tests.search import test_views\n")
    (tmp_path / "test_fine.py").write_text("import re\nfrom search.views import test_query\n")
    assert imports_between_test_modules(tmp_path) == {
        "search/test_relevance.py": {"tests.search.test_views"},
        "search/test_other.py": {".test_views"},
        "test_tasks.py": {"tests.search.test_views"},
    }
