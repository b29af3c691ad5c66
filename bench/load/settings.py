"""Production settings plus the benchmark's bare view: for bench/load only, never deployed.

Every setting, middleware and template is production's; only the URLconf adds `_bench/fixed/`,
a view that returns a fixed small response, so the load test can measure the ceiling of this
stack (gunicorn, Django's middleware, the network stack) in the same server as the pages.
"""

from kennisbank.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.load.urls"

# The benchmark's seed commands (devtools/), never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "devtools"]  # noqa: F405
