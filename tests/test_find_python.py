"""scripts/find_python, the Makefile's choice of interpreter for .venv: the newest of python3.13,
python3.12, python3.11, else python3 when it is 3.11 or newer and has venv; a clear message and
exit 1 when there is none. Run with a PATH of fake interpreters that only say their version."""

import shutil
import subprocess
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
FIND_PYTHON = PROJECT / "scripts" / "find_python"


def fake_python(folder, name, version, *, venv=True):
    """An executable `name` that prints `version` when asked for it, and fails the import of
    venv and ensurepip when `venv` is false (Debian without python3.X-venv)."""
    script = folder / name
    script.write_text(
        "#!/bin/sh\n"
        'case "$2" in\n'
        f"    *version_info*) echo {version} ;;\n"
        f"    *venv*) exit {0 if venv else 1} ;;\n"
        "    *) exit 2 ;;\n"
        "esac\n"
    )
    script.chmod(0o755)


def find_python(tmp_path, **interpreters):
    """Run the script with only the fake interpreters on PATH: {name: version or (version,
    has_venv)}, names with "_" for "." (python3_12=...)."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for name, version in interpreters.items():
        version, venv = version if isinstance(version, tuple) else (version, True)
        fake_python(folder, name.replace("_", "."), version, venv=venv)
    return subprocess.run(
        [str(FIND_PYTHON)],
        env={"PATH": str(folder)},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


@pytest.mark.parametrize(
    ("interpreters", "chosen"),
    [
        ({"python3_11": "3.11", "python3_12": "3.12", "python3_13": "3.13"}, "python3.13"),
        ({"python3_11": "3.11", "python3_12": "3.12", "python3": "3.12"}, "python3.12"),
        ({"python3_11": "3.11", "python3": "3.10"}, "python3.11"),
        ({"python3": "3.12"}, "python3"),
        ({"python3": "3.14"}, "python3"),
        # without venv an interpreter cannot make .venv: the next one
        ({"python3_12": ("3.12", False), "python3_11": "3.11"}, "python3.11"),
        # a python3.13 that is not what its name says is not taken on its name's word
        ({"python3_13": "3.9", "python3": "3.11"}, "python3"),
    ],
)
def test_the_newest_suitable_interpreter_is_chosen(tmp_path, interpreters, chosen):
    result = find_python(tmp_path, **interpreters)
    assert (result.returncode, result.stdout, result.stderr) == (0, f"{chosen}\n", "")


def test_none_suitable_is_said_with_what_was_tried(tmp_path):
    result = find_python(tmp_path, python3="3.10", python3_12=("3.12", False))
    assert (result.returncode, result.stdout) == (1, "")
    assert "needs Python 3.11 or newer" in result.stderr
    assert "python3: Python 3.10 is too old" in result.stderr
    assert "python3.12: Python 3.12 has no venv module" in result.stderr
    assert "apt-get install python3.12-venv" in result.stderr
    assert "make PYTHON=" in result.stderr


def test_no_python_at_all(tmp_path):
    result = find_python(tmp_path)
    assert (result.returncode, result.stdout) == (1, "")
    assert "needs Python 3.11 or newer" in result.stderr
    assert "Tried" not in result.stderr


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
@pytest.mark.parametrize(("arguments", "chosen"), [([], "python3.12"), (["PYTHON=pypy3"], "pypy3")])
def test_the_makefile_creates_the_virtualenv_with_it(tmp_path, arguments, chosen):
    """`make` asks scripts/find_python unless PYTHON is given (-n: prints, runs nothing)."""
    folder = tmp_path / "bin"
    folder.mkdir()
    fake_python(folder, "python3.12", "3.12")
    (folder / "make").symlink_to(shutil.which("make"))  # and no other program
    venv = tmp_path / "venv"
    result = subprocess.run(
        [
            str(folder / "make"),
            "-n",
            "-C",
            str(PROJECT),
            f"VENV={venv}",
            *arguments,
            f"{venv}/bin/python",
        ],
        env={"PATH": str(folder)},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert f'python="{chosen}";' in result.stdout
