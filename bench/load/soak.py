"""Soak: the pages at a steady rate for 10 minutes, against gunicorn with production settings.

    .venv/bin/python -m bench.load.soak [--minutes 10] [--fraction 0.5 | --rate R]

Makes the database kb_load afresh with the demo content (--reuse keeps it) and starts gunicorn
(deploy/gunicorn.conf.py, no page cache: every request renders its page). It measures the
capacity of the mix of pages (the load test's pages without the bare view, taking turns) with
wrk for 20 s, then sends `fraction` of that rate (or --rate requests per second) for --minutes:
an open loop, each request at its planned moment whether or not the earlier ones have been
answered, over a new connection as nginx opens them, so a slow server shows as latency (measured
from the planned moment), not as a lower rate. Every 10 s it reads the memory of the gunicorn
master and its workers from /proc. Worker recycling (max_requests) is off during the soak, so
the memory figures are the application's own; --recycle keeps the configuration's value.

Reports per minute: requests, errors (no answer, or a status other than 200), p50, p99, and the
memory (sum of the processes' RSS) at the start, end and maximum of the minute. Output in
bench/results/load/<time>-soak/.
"""

import argparse
import asyncio
import json
import os
import statistics
import threading
import time

from bench.load import stack


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--fraction", type=float, default=0.5, help="of the capacity (0.5)")
    parser.add_argument("--rate", type=float, help="requests per second (instead of --fraction)")
    parser.add_argument("--cached", action="store_true", help="with the page cache (300 s)")
    parser.add_argument("--recycle", action="store_true", help="keep max_requests on")
    parser.add_argument("--sample", type=float, default=10, help="seconds between samples (10)")
    parser.add_argument("--database", default="kb_load")
    parser.add_argument("--reuse", action="store_true", help="keep the database as it is")
    return parser.parse_args()


def main():
    args = arguments()
    results = stack.results_dir("soak")
    stack.snapshot()
    if not args.reuse:
        stack.setup_database(args.database)
    paths = [path for name, path in stack.pages(args.database) if name != "bare view"]
    env = {"PAGE_CACHE_SECONDS": 300 if args.cached else 0}
    if not args.recycle:
        env["GUNICORN_MAX_REQUESTS"] = 0
    server = stack.Server("soak", args.database, 0, results, **env)
    load_before = os.getloadavg()[0]
    try:
        server.start()
        for path in paths:
            status, _body = stack.get(server.base + path)
            if status != 200:
                raise RuntimeError(f"{path} answered {status}")
        script = results / "mix.lua"
        script.write_text(mix_script(paths))
        stack.run_wrk(server.base + "/", 5, 16, 2, script=script)  # warm every worker
        capacity = stack.run_wrk(server.base + "/", 20, 16, 2, results / "capacity.txt", script)
        rate = args.rate or capacity["rps"] * args.fraction
        stack.log(f"capacity of the mix {capacity['rps']:.1f} rps; soak at {rate:.1f} rps")
        samples = []
        stop = threading.Event()
        sampler = threading.Thread(target=sample, args=(server, args.sample, samples, stop))
        sampler.start()
        try:
            requests = asyncio.run(steady(server.port, paths, rate, args.minutes * 60))
        finally:
            stop.set()
            sampler.join()
    finally:
        server.stop()
    summary = {
        "machine": stack.machine(),
        "load": [load_before, os.getloadavg()[0]],
        "capacity_rps": capacity["rps"],
        "rate": rate,
        "minutes": args.minutes,
        "cached": args.cached,
        "recycle": args.recycle,
        "paths": paths,
        "samples": samples,
        "requests": requests,
    }
    (results / "soak.json").write_text(json.dumps(summary))
    table = markdown(summary)
    (results / "summary.md").write_text(table)
    print(table)
    stack.log(f"results in {results}")


def mix_script(paths):
    """wrk script: the paths in turn."""
    quoted = ", ".join(f'"{path}"' for path in paths)
    return (
        f"local paths = {{{quoted}}}\n"
        "local i = 0\n"
        "request = function()\n"
        "  i = i % #paths + 1\n"
        "  return wrk.format(nil, paths[i])\n"
        "end\n"
    )


def sample(server, interval, samples, stop):
    start = time.monotonic()
    while True:
        pids = server.pids()
        rss, pss = stack.memory_kb(pids)
        samples.append({"t": time.monotonic() - start, "rss_kb": rss, "pss_kb": pss, "pids": pids})
        if stop.wait(interval):
            return


async def steady(port, paths, rate, seconds):
    """Send a request every 1/rate s for `seconds`; [(planned offset, status, latency s)]."""
    headers = "".join(f"{name}: {value}\r\n" for name, value in stack.PROXY_HEADERS.items())
    loop = asyncio.get_running_loop()
    begin = loop.time()  # the same clock as the sampler's time.monotonic()
    records = []
    tasks = set()

    async def one(path, planned):
        status = 0
        try:
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection("127.0.0.1", port), timeout=30
            )
            request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{headers}Connection: close\r\n"
            writer.write(f"{request}\r\n".encode())
            await writer.drain()
            head = await asyncio.wait_for(reader.readline(), timeout=30)
            status = int(head.split()[1])
            while await asyncio.wait_for(reader.read(65536), timeout=30):
                pass
            writer.close()
        except (TimeoutError, OSError, ValueError, IndexError):
            status = 0
        records.append((planned - begin, status, loop.time() - planned))

    count = int(seconds * rate)
    for i in range(count):
        planned = begin + i / rate
        delay = planned - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        task = asyncio.create_task(one(paths[i % len(paths)], planned))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    if tasks:
        await asyncio.gather(*tasks)
    return sorted(records)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * fraction + 0.999999) - 1)] if ordered else 0


def markdown(summary):
    mb = 1024
    minutes = int(summary["minutes"] + 0.999)
    samples = summary["samples"]
    lines = [
        f"{summary['machine']}; capacity of the mix {summary['capacity_rps']:.1f} rps, soak at "
        f"{summary['rate']:.1f} rps for {summary['minutes']:g} min, page cache "
        f"{'on' if summary['cached'] else 'off'}, worker recycling "
        f"{'on' if summary['recycle'] else 'off'}; load average before / after: "
        + " / ".join(f"{value:.1f}" for value in summary["load"]),
        "",
        "| minute | requests | errors | p50 ms | p99 ms | max ms | RSS start MB | RSS end MB "
        "| RSS max MB | PSS end MB |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for minute in range(minutes):
        rows = [r for r in summary["requests"] if minute * 60 <= r[0] < (minute + 1) * 60]
        latencies = [r[2] * 1000 for r in rows]
        errors = sum(1 for r in rows if r[1] != 200)
        in_minute = [s for s in samples if minute * 60 <= s["t"] <= (minute + 1) * 60]
        rss = [s["rss_kb"] / mb for s in in_minute] or [0]
        pss = [s["pss_kb"] / mb for s in in_minute] or [0]
        lines.append(
            f"| {minute + 1} | {len(rows)} | {errors} | {percentile(latencies, 0.5):.0f} | "
            f"{percentile(latencies, 0.99):.0f} | {max(latencies, default=0):.0f} | "
            f"{rss[0]:.0f} | {rss[-1]:.0f} | {max(rss):.0f} | {pss[-1]:.0f} |"
        )
    all_latencies = [r[2] * 1000 for r in summary["requests"]]
    statuses = {}
    for r in summary["requests"]:
        statuses[r[1]] = statuses.get(r[1], 0) + 1
    workers = {pid for s in samples for pid in s["pids"][1:]}
    lines += [
        "",
        f"All: {len(all_latencies)} requests, statuses {statuses}, p50 "
        f"{percentile(all_latencies, 0.5):.0f} ms, p99 {percentile(all_latencies, 0.99):.0f} ms, "
        f"median {statistics.median(all_latencies) if all_latencies else 0:.0f} ms; "
        f"{len(workers)} worker processes seen; memory RSS first / last / max sample "
        f"{samples[0]['rss_kb'] / mb:.0f} / {samples[-1]['rss_kb'] / mb:.0f} / "
        f"{max(s['rss_kb'] for s in samples) / mb:.0f} MB.",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
