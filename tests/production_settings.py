"""Settings as a fresh process loads them with a given environment. Django reads its settings
once per process, so a test of what an environment variable does asks a subprocess."""

import json
import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "settings-test-secret-key-that-is-long-enough-for-django-checks-123"


def run_with_settings(code, *, clear=(), module="kennisbank.settings.production", **env):
    """Run Python `code` with the settings `module` and the environment of this process plus
    `env`, without the variables whose names start with DJANGO_ or one of `clear` (nor a
    developer's .env file to put them back)."""
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", *clear))
    }
    environment.update(DJANGO_SETTINGS_MODULE=module, SECRET_KEY=SECRET_KEY, ENV_FILE="", **env)
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def production_settings(expression, *, setup="", clear=(), **env):
    """The value of the Python `expression` (JSON-serialisable; `settings` is Django's) under
    the production settings with `env`, after the statements `setup`."""
    result = run_with_settings(
        f"import json; from django.conf import settings; {setup}\n"
        f"print(json.dumps({expression}, default=str))",
        clear=clear,
        **env,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)
