"""Load test: requests per second, p50 and p99 of the main pages and of a bare view, with wrk
against gunicorn (deploy/gunicorn.conf.py) with production settings on PostgreSQL and Redis.

    .venv/bin/python -m bench.load.run [--rounds 3] [--duration 15] [--variants uncached,cached]

Makes the database kb_load afresh with the demo content (--reuse keeps it), starts one gunicorn
per variant (all at once, each on its own port and Redis database), checks that every page
answers 200, warms every worker, then runs wrk on every page for every variant: the variants
take turns page by page and the order reverses every round, so a swing in CPU speed hits them
alike. The table holds the medians of the rounds. Raw wrk output, the access logs and
summary.json/summary.md go to bench/results/load/<time>-run/ (not in git).

Variants: "uncached" (PAGE_CACHE_SECONDS=0: every request renders the page) and "cached" (the
default 300 s page cache), both with the configuration's default workers; "sync", "gthread-2x4"
and "gthread-5x2" (uncached) compare worker classes.
"""

import argparse
import json
import os
import statistics
import time

from bench.load import stack

VARIANTS = {
    "uncached": {"PAGE_CACHE_SECONDS": 0},
    "cached": {"PAGE_CACHE_SECONDS": 300},
    "sync": {"PAGE_CACHE_SECONDS": 0, "GUNICORN_WORKER_CLASS": "sync", "WEB_CONCURRENCY": 5},
    "gthread-2x4": {
        "PAGE_CACHE_SECONDS": 0,
        "GUNICORN_WORKER_CLASS": "gthread",
        "WEB_CONCURRENCY": 2,
        "GUNICORN_THREADS": 4,
    },
    "gthread-5x2": {
        "PAGE_CACHE_SECONDS": 0,
        "GUNICORN_WORKER_CLASS": "gthread",
        "WEB_CONCURRENCY": 5,
        "GUNICORN_THREADS": 2,
    },
}


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=int, default=15, help="seconds per wrk run (15)")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2, help="wrk's threads (2)")
    parser.add_argument("--warmup", type=int, default=3, help="seconds of wrk per page first (3)")
    parser.add_argument("--variants", default="uncached,cached", help=", ".join(VARIANTS))
    parser.add_argument("--pages", default="", help="only these pages (names, comma-separated)")
    parser.add_argument("--database", default="kb_load")
    parser.add_argument("--reuse", action="store_true", help="keep the database as it is")
    parser.add_argument("--no-snapshot", action="store_true", help="serve the last copy")
    return parser.parse_args()


def main():
    args = arguments()
    variants = args.variants.split(",")
    unknown = set(variants) - set(VARIANTS)
    if unknown:
        raise SystemExit(f"unknown variants: {', '.join(sorted(unknown))}")
    results = stack.results_dir("run")
    if not args.no_snapshot:
        stack.snapshot()
    if not args.reuse:
        stack.setup_database(args.database)
    pages = stack.pages(args.database)
    if args.pages:
        wanted = args.pages.split(",")
        pages = [page for page in pages if page[0] in wanted]
    servers = [
        stack.Server(name, args.database, index, results, **VARIANTS[name])
        for index, name in enumerate(variants)
    ]
    started = time.time()
    load_before = os.getloadavg()
    runs = {(name, variant): [] for name, _path in pages for variant in variants}
    try:
        for server in servers:
            server.start()
        for server in servers:
            warm_up(server, pages, args)
        for round_number in range(1, args.rounds + 1):
            order = pages if round_number % 2 else pages[::-1]
            for position, (name, path) in enumerate(order):
                turn = servers if (round_number + position) % 2 else servers[::-1]
                for server in turn:
                    raw = results / f"r{round_number}-{server.name}-{slug(name)}.txt"
                    result = stack.run_wrk(
                        server.base + path, args.duration, args.connections, args.threads, raw
                    )
                    runs[(name, server.name)].append(result)
                    stack.log(
                        f"round {round_number} {server.name:>12} {name:<20} "
                        f"{result['rps']:8.1f} rps  p50 {result['p50']:7.1f} ms  "
                        f"p99 {result['p99']:7.1f} ms  bad {result['non_2xx_3xx']}"
                        f"+{result['socket_errors']}  load {result['load'][1]:.1f}"
                    )
    finally:
        for server in servers:
            server.stop()
    summary = {
        "machine": stack.machine(),
        "started": time.strftime("%Y-%m-%d %H:%M", time.localtime(started)),
        "minutes": round((time.time() - started) / 60, 1),
        "load": [load_before[0], os.getloadavg()[0]],
        "wrk": f"-t{args.threads} -c{args.connections} -d{args.duration}s",
        "rounds": args.rounds,
        "variants": {name: VARIANTS[name] for name in variants},
        "workers": {server.name: worker_line(server) for server in servers},
        "pages": pages,
        "runs": {f"{name}|{variant}": value for (name, variant), value in runs.items()},
    }
    (results / "summary.json").write_text(json.dumps(summary, indent=2))
    table = markdown(summary, pages, variants, runs)
    (results / "summary.md").write_text(table)
    print(table)
    stack.log(f"results in {results}")


def warm_up(server, pages, args):
    """Every page answers 200 (not a redirect, not an error), and every worker has rendered it."""
    for _name, path in pages:
        status, _body = stack.get(server.base + path)
        if status != 200:
            raise RuntimeError(f"{server.name}: {path} answered {status}")
        stack.run_wrk(server.base + path, args.warmup, args.connections, args.threads)
    stack.log(f"server {server.name}: {len(pages)} pages answer 200, warmed up")


def worker_line(server):
    env = server.env
    workers = env.get("WEB_CONCURRENCY") or "2 x cores + 1"
    kind = env.get("GUNICORN_WORKER_CLASS", "sync")
    threads = f" x {env['GUNICORN_THREADS']} threads" if kind == "gthread" else ""
    return f"{kind}, {workers} workers{threads}"


def slug(name):
    return name.replace(",", "").replace(" ", "-")


def median(values):
    return statistics.median(values) if values else float("nan")


def markdown(summary, pages, variants, runs):
    lines = [
        f"{summary['started']}, {summary['machine']}; wrk {summary['wrk']}, "
        f"{summary['rounds']} rounds, {summary['minutes']} min; load average before / after: "
        + " / ".join(f"{value:.1f}" for value in summary["load"]),
        "",
        "Workers: " + "; ".join(f"{name}: {line}" for name, line in summary["workers"].items()),
        "",
        "| page | address | "
        + " | ".join(f"{v} rps | {v} p50 ms | {v} p99 ms" for v in variants)
        + " | not 2xx/3xx, socket errors |",
        "| --- | --- | " + " | ".join("---: | ---: | ---:" for _v in variants) + " | ---: |",
    ]
    for name, path in pages:
        cells = []
        bad = 0
        for variant in variants:
            values = runs[(name, variant)]
            cells.append(
                f"{median([r['rps'] for r in values]):.0f} | "
                f"{median([r['p50'] for r in values]):.1f} | "
                f"{median([r['p99'] for r in values]):.1f}"
            )
            bad += sum(r["non_2xx_3xx"] + r["socket_errors"] for r in values)
        lines.append(f"| {name} | `{path}` | " + " | ".join(cells) + f" | {bad} |")
    lines += ["", "Requests per second, round by round:", ""]
    for name, _path in pages:
        per_variant = [
            f"{variant} " + " / ".join(f"{r['rps']:.0f}" for r in runs[(name, variant)])
            for variant in variants
        ]
        lines.append(f"- {name}: " + "; ".join(per_variant))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
