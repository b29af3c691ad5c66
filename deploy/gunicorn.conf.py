"""Gunicorn settings for Kennisbank (docs/deployment.md, "Application server").

    gunicorn -c deploy/gunicorn.conf.py kennisbank.wsgi:application

Every value can be changed from the environment without editing this file; the defaults suit one
server behind nginx on the same machine. `gunicorn -c deploy/gunicorn.conf.py --print-config
kennisbank.wsgi:application` shows what they resolve to.

Workers: sync workers, (2 x cores) + 1 of them, unless WEB_CONCURRENCY says otherwise. A request
here is mostly Python on one core (templates, the ORM), with a few milliseconds of waiting for
PostgreSQL and Redis, so threads inside a worker gain little (they take turns under the GIL),
while processes run on every core at once; the "+ 1" and the second per core cover the moments
a worker waits. Compared on 2 cores with gthread (2 workers x 4 threads, 5 workers x 2 threads):
bench/README.md, "Load and soak (issue 7)".
nginx in front buffers slow clients (request bodies and responses), so a sync worker is never
held by a slow connection.
"""

import os


def _int(name, default):
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def _cores():
    try:
        return len(os.sched_getaffinity(0))  # the cores this process may use (containers, taskset)
    except AttributeError:
        return os.cpu_count() or 1


# Where to listen: host:port or unix:/path, several separated by commas.
bind = [address.strip() for address in os.environ.get("GUNICORN_BIND", "127.0.0.1:8000").split(",")]

worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "sync")
workers = _int("WEB_CONCURRENCY", 2 * _cores() + 1)
threads = _int("GUNICORN_THREADS", 1)  # only used by the gthread worker class

# A worker that does not answer its heartbeat for `timeout` seconds is killed and replaced. The
# slowest pages take well under a second; 30 s leaves room for an editor's CSV export. nginx
# buffers uploads before passing them on, so a slow upload does not count against it.
timeout = _int("GUNICORN_TIMEOUT", 30)
# On restart, reload (HUP) or stop (TERM), a worker finishes the requests it has for this long.
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = _int("GUNICORN_KEEPALIVE", 2)

# Memory safety: a worker is replaced after this many requests plus a random share of `jitter`.
# In the 10-minute soak (bench/README.md) memory rose by about 9 kB per request without it, not
# in objects the application keeps; recycling bounds that and any future leak. The jitter is
# half the limit on purpose: the workers share the load evenly, so with the usual 1000 + 100
# they reached their limits within seconds of each other. Before the application was preloaded
# (below) a new worker needed seconds to import the project, and under the load test all five
# restarted together every 20 s or so with nothing answered for 5-40 s each time; now a new
# worker is a fork of the master, ready in milliseconds, and the spread is a second safeguard.
# 0 switches recycling off.
max_requests = _int("GUNICORN_MAX_REQUESTS", 10000)
max_requests_jitter = _int("GUNICORN_MAX_REQUESTS_JITTER", 5000)

# The proxy's addresses, trusted for X-Forwarded-Proto (wsgi.url_scheme). nginx on the same
# machine: the default. Django reads X-Forwarded-Proto itself (SECURE_PROXY_SSL_HEADER) and the
# visitor's address from X-Forwarded-For (RATELIMIT_PROXY_COUNT).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# The application is imported once, in the master, before the workers are forked: a new worker
# (at start, after recycling, after a crash) is ready in milliseconds instead of the seconds an
# import takes, and the workers share the imported code's memory (copy-on-write). Loading the
# application opens no database or Redis connection (tests/test_gunicorn_config.py), so nothing
# the master holds is shared across fork. A HUP then forks new workers from the code the master
# already has, with the configuration re-read: that reloads settings, not code. New code comes
# with a new master: deploy/gunicorn_reload.py (USR2, then TERM to the old master once the new
# one has its workers), which `systemctl reload kennisbank-web` runs. Before, without preloading,
# a HUP retired the old workers while the new ones were still importing: 16-19 s without an answer
# (bench/README.md, "Rush and reload (issue 14)"). GUNICORN_PRELOAD=false switches it off.
preload_app = os.environ.get("GUNICORN_PRELOAD", "true").strip().lower() != "false"


def when_ready(server):
    """In the master, before the first workers are forked. With the application preloaded, it
    prepares what each worker would otherwise do on its first requests (kennisbank.wsgi.warm_up:
    views, templates, translations). A master started by USR2 (deploy/gunicorn_reload.py) then
    tells systemd that it is the service's main process from now on, before the old master exits
    (NotifyAccess=all in kennisbank-web.service); outside systemd that does nothing."""
    if server.cfg.preload_app:
        from kennisbank.wsgi import warm_up

        warm_up()
    if os.environ.get("GUNICORN_PID"):
        from gunicorn import systemd

        systemd.sd_notify(f"MAINPID={os.getpid()}", server.log)


# Logs to standard output and error (journald under systemd). The access log ends with the
# request's time in milliseconds and starts with the visitor's address as nginx passed it.
accesslog = os.environ.get("GUNICORN_ACCESSLOG", "-") or None
errorlog = os.environ.get("GUNICORN_ERRORLOG", "-")
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "info")
access_log_format = (
    '%({x-forwarded-for}i)s %(h)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %(M)sms'
)

proc_name = "kennisbank"
# The workers' heartbeat files in memory, not on a disk that may stall.
if os.path.isdir("/dev/shm"):
    worker_tmp_dir = "/dev/shm"
# gunicornc's control socket; one per instance (the default path is shared by every gunicorn of
# the same user). Under systemd: $RUNTIME_DIRECTORY/gunicorn.ctl.
if os.environ.get("GUNICORN_CONTROL_SOCKET"):
    control_socket = os.environ["GUNICORN_CONTROL_SOCKET"]
elif os.environ.get("RUNTIME_DIRECTORY"):
    control_socket = os.path.join(os.environ["RUNTIME_DIRECTORY"].split(":")[0], "gunicorn.ctl")
