from django.apps import AppConfig


class DevtoolsConfig(AppConfig):
    """For developers only, never installed in production: the benchmark's seed commands
    (`bench_seed`, `bench_seed_events`, bench/README.md)."""

    name = "devtools"
    verbose_name = "Developer tools"
