"""What the load test and the soak share: the database with the demo content, gunicorn with
deploy/gunicorn.conf.py and production settings (bench/load/settings.py), wrk, and the memory of
a gunicorn process tree.

Everything runs from the repository root with its .venv. PostgreSQL on 127.0.0.1:5432 (user
postgres) and Redis on 127.0.0.1:6379 as in docs/deployment.md.
"""

import asyncio
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import datetime
from pathlib import Path

from deploy.gunicorn_reload import children

ROOT = Path(__file__).resolve().parent.parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
# The benchmark's own files: a copy of the code, static and media files (not the project's own
# media/ and staticfiles/).
WORK = Path(os.environ.get("KB_LOAD_DIR", "/tmp/kb_load"))
# The code that is served: a copy of the working tree taken at the start (snapshot()), so an
# edit made while the benchmark runs cannot reach a worker that gunicorn starts meanwhile.
SOURCE = WORK / "src"
CONFIG = SOURCE / "deploy" / "gunicorn.conf.py"
# rsync patterns: a leading "/" anchors at the top of the tree.
SNAPSHOT_EXCLUDES = [
    *(
        f"/{name}"
        for name in (".venv", ".git", ".hypothesis", "media", "media-test", "staticfiles")
    ),
    *(f"/{name}" for name in ("bench/results", "db.sqlite3*", "test-artifacts", ".pytest_cache")),
    "__pycache__",
    ".ruff_cache",
]
POSTGRES = os.environ.get("KB_LOAD_POSTGRES", "postgres://postgres@127.0.0.1:5432")
REDIS = os.environ.get("KB_LOAD_REDIS", "redis://127.0.0.1:6379")
# Redis databases 12-15 are the benchmark's (flushed before each server starts).
FIRST_REDIS_DB = 12
FIRST_PORT = 8101
# What nginx sends: the site is HTTPS-only, so without it every page would be a redirect.
PROXY_HEADERS = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "192.0.2.1"}
SECRET_KEY = secrets.token_urlsafe(50)


def log(message):
    print(f"[{datetime.now():%H:%M:%S}] {message}", file=sys.stderr, flush=True)


def results_dir(kind):
    path = ROOT / "bench" / "results" / "load" / f"{datetime.now():%Y%m%d-%H%M%S}-{kind}"
    path.mkdir(parents=True)
    return path


def common_arguments(parser):
    """The options every production-stack benchmark takes."""
    parser.add_argument("--reuse", action="store_true", help="keep the database as it is")
    parser.add_argument("--no-snapshot", action="store_true", help="serve the last copy")
    parser.add_argument(
        "--env", action="append", default=[], help="NAME=value for the site (repeatable)"
    )


def run_benchmark(kind, args, database, measure, markdown, failed):
    """Prepare the copy and the database, run the coroutine `measure(args, results)`, write and
    print its summary; exits 1 when `failed(summary)`."""
    results = results_dir(kind)
    if not args.no_snapshot:
        snapshot()
    if not args.reuse:
        setup_database(database)
    summary = asyncio.run(measure(args, results))
    (results / "summary.json").write_text(json.dumps(summary, indent=2))
    table = markdown(summary)
    (results / "summary.md").write_text(table + "\n")
    print(table)
    log(f"results in {results}")
    raise SystemExit(1 if failed(summary) else 0)


def snapshot():
    """Copy the working tree (with its uncommitted changes) to SOURCE."""
    SOURCE.mkdir(parents=True, exist_ok=True)
    excludes = [f"--exclude={pattern}" for pattern in SNAPSHOT_EXCLUDES]
    subprocess.run(["rsync", "-a", "--delete", *excludes, f"{ROOT}/", f"{SOURCE}/"], check=True)
    # As in a deploy (docs/deployment.md): the Dutch texts come from the compiled catalogues.
    manage(site_env("postgres"), "compilemessages", "--ignore=.venv", "--verbosity", "0")
    log(f"code copied to {SOURCE}, messages compiled")


def media_root(database):
    """The media files of the database (the demo's images): one folder per database, so making
    one database does not take the images of another."""
    return WORK / "media" / database


def site_env(database, redis_db=FIRST_REDIS_DB, **extra):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="bench.load.settings",
        DATABASE_URL=f"{POSTGRES}/{database}",
        REDIS_URL=f"{REDIS}/{redis_db}",
        SECRET_KEY=SECRET_KEY,
        ALLOWED_HOSTS="127.0.0.1",
        MEDIA_ROOT=str(media_root(database)),
        STATIC_ROOT=str(WORK / "static"),
        TASKS_BACKEND="immediate",
        PYTHONPATH=str(SOURCE),
    )
    env.update({key: str(value) for key, value in extra.items()})
    return env


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=SOURCE, env=env, check=True)


def setup_database(database, examples=0, events=0):
    """A fresh database `database` with the demo content, and the static files collected; with
    `examples` or `events`, that many generated practice examples or events besides
    (`bench_seed`, `bench_seed_events`: bench/README.md)."""
    log(f"database {database}: drop, create, migrate, load the demo")
    admin = f"{POSTGRES}/postgres"
    drop = f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'
    for sql in (drop, f'CREATE DATABASE "{database}"'):
        subprocess.run(["psql", admin, "-q", "-c", sql], check=True)
    for folder in (media_root(database), WORK / "static"):
        shutil.rmtree(folder, ignore_errors=True)
    media_root(database).mkdir(parents=True)
    env = site_env(database)
    manage(env, "migrate", "--verbosity", "0")
    manage(env, "load_demo")
    if examples:
        log(f"database {database}: {examples} generated practice examples")
        manage(env, "bench_seed", "--examples", str(examples))
    if events:
        log(f"database {database}: {events} generated events")
        # Another random seed than the examples': the seeders draw the pages' translation keys
        # from it, and the same seed gives the same keys (a unique constraint).
        manage(env, "bench_seed_events", "--events", str(events), "--seed", "2")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")


def pages(database):
    """[(name, path)] of the demo content (bench/load/pages.py)."""
    return [tuple(row) for row in pages_json(database)]


def pages_json(database, *options):
    """What `python -m bench.load.pages *options` prints (JSON), run on the copy."""
    return run_json([PYTHON, "-m", "bench.load.pages", *options], site_env(database))


def run_json(command, env, stdin=""):
    """The JSON that the command prints last, run on the copy."""
    output = subprocess.run(
        command, cwd=SOURCE, env=env, input=stdin, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def flush_redis(db, url=None):
    where = ["-u", url] if url else ["-n", str(db)]
    subprocess.run(["redis-cli", *where, "flushdb"], check=True, capture_output=True)


class Server:
    """gunicorn -c deploy/gunicorn.conf.py kennisbank.wsgi:application, with the bench settings."""

    def __init__(self, name, database, index, results, port=None, gunicorn_args=(), **env):
        self.name = name
        self.gunicorn_args = list(gunicorn_args)  # after -c: they override the configuration
        self.port = port or FIRST_PORT + index
        self.redis_db = FIRST_REDIS_DB + index
        self.env = site_env(
            database,
            self.redis_db,
            GUNICORN_BIND=f"127.0.0.1:{self.port}",
            GUNICORN_ACCESSLOG=results / f"access-{name}.log",
            GUNICORN_CONTROL_SOCKET=results / f"gunicorn-{name}.ctl",
            **env,
        )
        self.extra = env
        self.errors = results / f"server-{name}.log"
        self.process = None

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout=60):
        # A Redis of the benchmark's own (REDIS_URL in env) or database redis_db of the shared one.
        own = self.env["REDIS_URL"] if "REDIS_URL" in self.extra else None
        flush_redis(self.redis_db, own)
        with open(self.errors, "ab") as errors:
            self.process = subprocess.Popen(
                [GUNICORN, "-c", CONFIG, *self.gunicorn_args, "kennisbank.wsgi:application"],
                cwd=SOURCE,
                env=self.env,
                stdout=errors,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn {self.name} exited, see {self.errors}")
            try:
                if get(self.base + "/health/")[0] == 200:
                    log(f"server {self.name}: {self.base}, pid {self.process.pid}")
                    return self
            except OSError:
                pass
            time.sleep(0.5)
        raise RuntimeError(f"gunicorn {self.name} did not answer /health/ in {timeout} s")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            log(f"server {self.name}: stopped")

    def pids(self):
        """The master and its workers."""
        return [self.process.pid, *children(self.process.pid)]


def cpu_seconds(pids):
    """User and system CPU time of the processes so far, in seconds (ended ones count 0)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def database_backends(database):
    """The PostgreSQL server processes serving connections to `database` (their process title
    names it), on this machine."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                title = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                continue
            if title.startswith("postgres: ") and f" {database} " in title:
                found.append(int(entry.name))
    return found


def memory_kb(pids):
    """(resident, proportional) set size of the processes in kB: RSS counts pages the workers
    share in each of them, PSS divides them among the sharers."""
    rss = pss = 0
    for pid in pids:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
            rss += int(re.search(r"^VmRSS:\s+(\d+)", status, re.M)[1])
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
            pss += int(re.search(r"^Pss:\s+(\d+)", rollup, re.M)[1])
        except (OSError, TypeError):
            continue  # a worker that just exited
    return rss, pss


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_redis(results):
    """A redis-server of the benchmark's own on a free port, nothing saved: (process, url)."""
    port = free_port()
    with open(results / "redis.log", "wb") as output:
        process = subprocess.Popen(
            ["redis-server", "--port", str(port), "--save", "", "--appendonly", "no"],
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    return process, f"redis://127.0.0.1:{port}/0"


def get(url, headers=None):
    status, _headers, body = http(url, headers=headers)
    return status, body


def http(url, data=None, headers=None, host="127.0.0.1"):
    """(status, headers, body) of one request with the proxy's headers, redirects not followed;
    POST when `data` (a dict, form-encoded) is given. `host`: the Host header (None: urllib's,
    with the port)."""
    sent = {**PROXY_HEADERS, **(headers or {})}
    if host:
        sent["Host"] = host
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(url, data=body, headers=sent)
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


CSRF_INPUT = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')


def cookies_of(headers):
    """{name: value} of the Set-Cookie headers."""
    found = {}
    for line in headers.get_all("Set-Cookie") or []:
        name, _, rest = line.partition("=")
        found[name.strip()] = rest.split(";", 1)[0]
    return found


def csrf(url, headers=None):
    """(the csrftoken cookie, the form's token) of a page with a form."""
    status, answer, body = http(url, headers=headers)
    if status != 200:
        raise RuntimeError(f"{url} answered {status}")
    return cookies_of(answer)["csrftoken"], CSRF_INPUT.search(body)[1].decode()


def log_in(base, login_path, email, password):
    """Log in as the member through the site's login form (behind the proxy's headers, as a
    browser over HTTPS would): the Cookie header of the session, for wrk's -H."""
    cookie, token = csrf(base + login_path)
    status, answer, _body = http(
        base + login_path,
        data={"csrfmiddlewaretoken": token, "username": email, "password": password},
        headers={
            "Cookie": f"csrftoken={cookie}",
            "Origin": "https://127.0.0.1",
            "Referer": f"https://127.0.0.1{login_path}",
        },
    )
    jar = {"csrftoken": cookie, **cookies_of(answer)}
    if status != 302 or "sessionid" not in jar:
        raise RuntimeError(f"logging in as {email} answered {status}, cookies {sorted(jar)}")
    return "; ".join(f"{name}={value}" for name, value in jar.items())


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def wrk_args(duration, connections, threads, script=None, headers=None):
    # A slow answer counts in the latency, not as a socket error (wrk's default timeout is 2 s).
    args = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "10s"]
    args.append("--latency")
    for name, value in {**PROXY_HEADERS, **(headers or {})}.items():
        args += ["-H", f"{name}: {value}"]
    if script:
        args += ["-s", str(script)]
    return args


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def parse_wrk(output):
    """Requests per second, p50 and p99 in ms, the answers that were not 2xx or 3xx, and the
    socket errors."""

    def latency(percent):
        match = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.M)
        return float(match[1]) * UNITS[match[2]]

    errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "requests": int(re.search(r"(\d+) requests in", output)[1]),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1]),
        "p50": latency(50),
        "p99": latency(99),
        "non_2xx_3xx": int(non_2xx[1]) if non_2xx else 0,
        "socket_errors": sum(int(n) for n in errors.groups()) if errors else 0,
    }


def run_wrk(url, duration, connections, threads, raw_file=None, script=None, headers=None):
    load_before = os.getloadavg()[0]
    output = subprocess.run(
        [*wrk_args(duration, connections, threads, script, headers), url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    if raw_file:
        raw_file.write_text(output)
    result = parse_wrk(output)
    result["load"] = [load_before, os.getloadavg()[0]]
    return result


def machine():
    """One line on the machine and the code measured."""
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.strip()
    model = re.search(r"^model name\s*:\s*(.*)$", Path("/proc/cpuinfo").read_text(), re.M)
    return (
        f"{os.cpu_count()} cores ({model[1] if model else '?'}), commit {commit}"
        f"{' with local changes' if dirty else ''}"
    )
