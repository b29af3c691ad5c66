"""The suite's fixtures (tests/fixtures/, registered here for every test) and the state every
test starts from. Shared helpers are in tests/support.py."""

import pytest

from tests import fast_database
from tests.support import reset_state

fast_database.install()  # the transactional tests' flush and restore, fast (see there)

pytest_plugins = [
    "tests.fixtures.site",
    "tests.fixtures.practice_examples",
    "tests.fixtures.events",
    "tests.fixtures.development_groups",
    "tests.fixtures.scan",
    "tests.fixtures.redis_server",
]


@pytest.fixture(autouse=True)
def fresh_state():
    """Each test starts in Dutch with empty caches: no language, rate limit, derived data or
    locale left over from another test (a request to /en/ leaves English active)."""
    reset_state()
