"""The test suite's own layout (tests/README.md, "Where things are"): fixtures come from
tests/fixtures/ through `pytest_plugins` and are named, never imported; helpers come from a
support module, so no module imports a conftest."""

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
IMPORTS_A_CONFTEST = re.compile(
    r"^\s*(from\s+\S*conftest\s+import|import\s+\S*conftest|from\s+\S+\s+import\s+conftest\b)", re.M
)


def test_no_module_imports_a_conftest():
    found = [
        str(path.relative_to(TESTS))
        for path in TESTS.rglob("*.py")
        if IMPORTS_A_CONFTEST.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []
