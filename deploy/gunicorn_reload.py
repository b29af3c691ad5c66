"""Reload gunicorn on the code on disk without a moment in which nothing is answered.

    python deploy/gunicorn_reload.py MASTER_PID [--timeout 120]

What `systemctl reload kennisbank-web` runs (deploy/systemd/kennisbank-web.service). The
application is preloaded in gunicorn's master (deploy/gunicorn.conf.py), so a HUP would only fork
new workers from the code the master already has. A deploy needs a new master instead:

1. USR2 to the master: it starts a new master (same command, same listening sockets) that
   imports the code as it is on disk now and forks its workers; the old workers keep answering
   meanwhile, so the seconds of importing cost nothing.
2. Once the new master has its workers, TERM to the old master: it stops accepting, its workers
   finish what they have (graceful_timeout) and exit. The new master tells systemd that it is the
   service's main process now (when_ready in deploy/gunicorn.conf.py).

When the new master fails (the new code does not import) or has no workers within `--timeout`
seconds, the old master is left as it was, still serving, and the script exits with status 1.
On success it prints the new master's process id. Standard library only.
"""

import argparse
import os
import signal
import sys
import time
from pathlib import Path


def children(pid):
    """The process ids whose parent is `pid`."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                status = (entry / "status").read_text()
            except OSError:
                continue
            for line in status.splitlines():
                if line.startswith("PPid:"):
                    if int(line.split()[1]) == pid:
                        found.append(int(entry.name))
                    break
    return found


def alive(pid):
    return Path(f"/proc/{pid}").exists()


def new_master(old, old_workers, workers, deadline):
    """The master started by USR2 (a child of the old master that has children of its own),
    once it has `workers` workers; None when it does not get there in time."""
    while time.monotonic() < deadline:
        for pid in children(old):
            if pid not in old_workers and len(children(pid)) >= workers:
                return pid
        if not alive(old):
            return None
        time.sleep(0.2)
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("master", type=int, help="the running master's process id")
    parser.add_argument("--timeout", type=float, default=120)
    args = parser.parse_args()
    old_workers = set(children(args.master))
    if not old_workers:
        sys.exit(f"{args.master} has no workers: is it gunicorn's master?")
    os.kill(args.master, signal.SIGUSR2)
    deadline = time.monotonic() + args.timeout
    pid = new_master(args.master, old_workers, len(old_workers), deadline)
    if pid is None:
        sys.exit("the new master did not start its workers: the old one keeps serving")
    time.sleep(1)  # the new workers' first seconds: the old ones answer meanwhile
    os.kill(args.master, signal.SIGTERM)
    print(pid)


if __name__ == "__main__":
    main()
