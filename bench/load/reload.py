"""A reload under light load: the longest time in which gunicorn answered nothing.

    .venv/bin/python -m bench.load.reload [--mode hup|deploy] [--rate 20] [--reuse]

Starts the production stack as bench/load/rush.py does (gunicorn with deploy/gunicorn.conf.py,
production settings, the demo content in PostgreSQL database kb_rush_bench, a redis-server of its
own), sends a steady stream of requests (an open loop: each at its planned moment on a new
connection, as nginx opens them, whether or not the earlier ones were answered), and after
`--before` seconds reloads the server:

- `hup`: `kill -HUP` on the master, what `systemctl reload` did before issue 14;
- `deploy`: the documented reload, deploy/gunicorn_reload.py (a new master on the code on disk,
  then the old one leaves; docs/deployment.md "Restart, reload, stop").

Reported: the longest gap between two answers, the slowest request, every request that failed
(refused, reset, not 200) and when the reload took place; the requests per second around it go
to bench/results/load/<time>-reload/summary.json. Exit status 1 when a request failed.
"""

import argparse
import asyncio
import os
import signal
import statistics
import subprocess
import time

os.environ.setdefault("KB_LOAD_DIR", "/tmp/kb_rush")

from bench.load import stack  # noqa: E402

DATABASE = "kb_rush_bench"
RELOAD_SCRIPT = stack.SOURCE / "deploy" / "gunicorn_reload.py"


async def request(port, path, planned, timeout=60):
    """One GET at its planned moment: (planned, answered, status or error)."""
    await asyncio.sleep(max(planned - time.perf_counter(), 0))
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(
            (
                f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                "X-Forwarded-Proto: https\r\nX-Forwarded-For: 192.0.2.1\r\n\r\n"
            ).encode()
        )
        await writer.drain()
        data = await asyncio.wait_for(reader.read(), timeout)
        writer.close()
        status = int(data.split(b" ", 2)[1]) if data else "empty answer"
    except (TimeoutError, OSError, IndexError, ValueError) as error:
        status = type(error).__name__
    return planned, time.perf_counter(), status


def children(pid):
    return stack.children(pid)


def reload_server(mode, master):
    """Reload; returns (seconds it took, the master afterwards)."""
    began = time.perf_counter()
    if mode == "hup":
        os.kill(master, signal.SIGHUP)
        return 0.0, master
    result = subprocess.run(
        [stack.PYTHON, RELOAD_SCRIPT, str(master)], capture_output=True, text=True, check=False
    )
    stack.log(f"gunicorn_reload.py: {result.stdout.strip()} {result.stderr.strip()}")
    if result.returncode != 0:
        raise RuntimeError("the reload failed")
    return time.perf_counter() - began, int(result.stdout.split()[-1])


async def run(args, results):
    redis, redis_url = stack.start_redis(results)
    env = {"REDIS_URL": redis_url}
    env.update(dict(item.split("=", 1) for item in args.env))
    server = stack.Server("reload", DATABASE, 0, results, port=stack.free_port(), **env)
    master = None
    try:
        await asyncio.sleep(0.5)
        await asyncio.to_thread(server.start)
        master = server.process.pid
        workers_before = sorted(children(master))
        for _warm in range(20):  # every worker has served the page once
            await request(server.port, args.path, time.perf_counter())
        load_before = os.getloadavg()
        began = time.perf_counter()
        count = int(args.rate * (args.before + args.after))
        tasks = [
            asyncio.create_task(request(server.port, args.path, began + n / args.rate))
            for n in range(count)
        ]
        await asyncio.sleep(args.before)
        reload_at = time.perf_counter() - began
        stack.log(f"reload ({args.mode}) of master {master}")
        took, master = await asyncio.to_thread(reload_server, args.mode, master)
        answers = await asyncio.gather(*tasks)
        load_after = os.getloadavg()
        workers_after = sorted(children(master))
    finally:
        if master is not None and master != server.process.pid:
            os.kill(master, signal.SIGTERM)  # the new master, started by the reload
            for _wait in range(400):
                if not os.path.exists(f"/proc/{master}"):
                    break
                await asyncio.sleep(0.1)
        await asyncio.to_thread(server.stop)
        redis.terminate()
        redis.wait()

    ends = sorted(end - began for _planned, end, _status in answers)
    gaps = [(later - earlier, earlier) for earlier, later in zip(ends, ends[1:], strict=False)]
    gap, gap_at = max(gaps)
    latencies = [end - planned for planned, end, _status in answers]
    failed = [
        (round(planned - began, 2), status) for planned, _end, status in answers if status != 200
    ]
    per_second = [0] * (int(ends[-1]) + 1)
    for end in ends:
        per_second[int(end)] += 1
    summary = {
        "machine": stack.machine(),
        "started": time.strftime("%Y-%m-%d %H:%M"),
        "mode": args.mode,
        "path": args.path,
        "rate": args.rate,
        "env": env | {"REDIS_URL": "own redis-server"},
        "load": [load_before[0], load_after[0]],
        "requests": len(answers),
        "failed": len(failed),
        "failures": failed[:20],
        "reload_at": reload_at,
        "reload_seconds": took,
        "longest_gap": gap,
        "longest_gap_from": gap_at,
        "max_latency": max(latencies),
        "p50_latency": statistics.median(latencies),
        "p99_latency": sorted(latencies)[int(0.99 * (len(latencies) - 1))],
        "slowest": sorted(
            ((round(end - planned, 2), round(planned - began, 2)) for planned, end, _s in answers),
            reverse=True,
        )[:10],
        "workers_before": workers_before,
        "workers_after": workers_after,
        "answers_per_second": per_second,
    }
    return summary


def markdown(s):
    return "\n".join(
        [
            f"{s['started']}, {s['machine']}; load average before / after: "
            f"{s['load'][0]:.1f} / {s['load'][1]:.1f}; {s['env']}",
            "",
            "| reload | requests | failed | longest gap | slowest request | p50 | p99 |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
            f"| {s['mode']} at {s['reload_at']:.1f} s ({s['rate']:g}/s on `{s['path']}`) "
            f"| {s['requests']} | {s['failed']} | {s['longest_gap']:.2f} s "
            f"(from {s['longest_gap_from']:.1f} s) | {s['max_latency']:.2f} s "
            f"| {s['p50_latency'] * 1000:.0f} ms | {s['p99_latency'] * 1000:.0f} ms |",
            "",
            "Answers per second: " + " ".join(str(n) for n in s["answers_per_second"]),
        ]
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mode", choices=["hup", "deploy"], default="hup")
    parser.add_argument("--rate", type=float, default=20, help="requests per second (20)")
    parser.add_argument("--before", type=float, default=5, help="seconds before the reload")
    parser.add_argument("--after", type=float, default=30, help="seconds after it")
    parser.add_argument("--path", default="/")
    stack.common_arguments(parser)
    args = parser.parse_args()
    stack.run_benchmark("reload", args, DATABASE, run, markdown, lambda s: s["failed"])


if __name__ == "__main__":
    main()
