"""Load test: requests per second, p50 and p99 of the main pages, the member pages and a bare
view, with wrk against gunicorn (deploy/gunicorn.conf.py) with production settings on PostgreSQL
and Redis.

    .venv/bin/python -m bench.load.run [--rounds 3] [--duration 15] [--variants uncached,cached]
        [--mix] [--examples N --events M] [--external NAME=BASE_URL,PAGES_JSON ...]

Makes the database kb_load afresh with the demo content (--reuse keeps it; with --examples or
--events the generated examples and events are added, in kb_load10k unless --database says
otherwise), starts one gunicorn per variant (all at once, each on its own port and Redis
database), logs the demo member in on each, checks that every page answers 200 (the member's
pages with the member's view), warms every worker, counts the SQL queries of one warm request
per page (bench/load/queries.py), then runs wrk on every page for every variant: the variants
(and the external servers) take turns page by page and the order reverses every round, so a
swing in CPU speed hits them alike. The table holds the medians of the rounds, and each page's
requests per second as a fraction of the bare view's in the same round (of the first variant's
server: the ceiling of this stack on this machine). Raw wrk output, the access logs and
summary.json/summary.md go to bench/results/load/<time>-run/ (not in git).

Variants: "uncached" (PAGE_CACHE_SECONDS=0: every request renders the page) and "cached" (the
default 300 s page cache), both with the configuration's default workers; "sync", "gthread-2x4"
and "gthread-5x2" (uncached) compare worker classes.

--mix adds the mix (bench/load/mix.py) on the variants with the page cache: ~200 addresses,
1% registrations, 1% member requests; reported with its page cache hit ratio.

--external NAME=BASE_URL,PAGES_JSON[,QUERIES_JSON] (repeatable): another server, started by
someone else, whose pages ([[name, path], ...] in the JSON file) are measured in the same turns,
position by position beside ours (its page i with our page i, a null in the list leaves a
position empty; a page named "bare view" or "bare" beside our bare view); QUERIES_JSON, {name:
queries of a warm request}, if its helper counted them.
"""

import argparse
import json
import os
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.load import mix as mix_module
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
BARE = "bare view"
MIX = "mix"
BIG_DATABASE = "kb_load10k"


@dataclass
class Cell:
    """One wrk run per round: a URL (or the mix's script) on one server."""

    column: str  # a variant or an external server
    url: str
    name: str  # the page's name on that server
    headers: dict = field(default_factory=dict)
    script: Path = None
    server: object = None  # ours (for the mix's access log)


@dataclass
class Row:
    name: str
    path: str
    cells: list = field(default_factory=list)


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=int, default=15, help="seconds per wrk run (15)")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2, help="wrk's threads (2)")
    parser.add_argument("--warmup", type=int, default=3, help="seconds of wrk per page first (3)")
    parser.add_argument("--variants", default="uncached,cached", help=", ".join(VARIANTS))
    parser.add_argument(
        "--pages", default="", help="only these pages (names, comma-separated; the bare view stays)"
    )
    parser.add_argument("--no-members", action="store_true", help="without the member pages")
    parser.add_argument("--mix", action="store_true", help="the mix too (page cache variants)")
    parser.add_argument("--examples", type=int, default=0, help="generated practice examples")
    parser.add_argument("--events", type=int, default=0, help="generated events")
    parser.add_argument(
        "--external",
        action="append",
        default=[],
        metavar="NAME=BASE_URL,PAGES_JSON[,QUERIES_JSON]",
        help="another server's pages in the same turns (repeatable)",
    )
    parser.add_argument("--database", help=f"kb_load; {BIG_DATABASE} with --examples or --events")
    parser.add_argument("--reuse", action="store_true", help="keep the database as it is")
    parser.add_argument("--no-snapshot", action="store_true", help="serve the last copy")
    args = parser.parse_args()
    args.database = args.database or (BIG_DATABASE if args.examples or args.events else "kb_load")
    return args


def externals(specs):
    """[(name, base URL, [(page name, path)], {page name: queries})] of the --external options:
    NAME=BASE_URL,PAGES_JSON[,QUERIES_JSON]; QUERIES_JSON (optional) is {page name: queries of
    a warm request} as the other server's helper counted them."""
    found = []
    for spec in specs:
        name, _, rest = spec.partition("=")
        base, pages_file, *queries_file = rest.split(",")
        if not (name and base and pages_file) or len(queries_file) > 1:
            raise SystemExit(f"--external {spec}: NAME=BASE_URL,PAGES_JSON[,QUERIES_JSON]")
        # null: no page at this position (to line its pages up with ours)
        pages = [row and tuple(row[:2]) for row in json.loads(Path(pages_file).read_text())]
        queries = json.loads(Path(queries_file[0]).read_text()) if queries_file else {}
        found.append((name, base.rstrip("/"), pages, queries))
    return found


def is_bare(name):
    return name.lower() in (BARE, "bare")


def make_rows(pages, member_pages, servers, cookies, others, mix_scripts):
    """The rows of the table, each with its cells (a wrk run per round each)."""
    rows = [
        Row(name, path, [Cell(s.name, s.base + path, name, server=s) for s in servers])
        for name, path in pages
    ]
    ours = [row for row in rows if not is_bare(row.name)]
    bare_row = next(row for row in rows if is_bare(row.name))
    for other, base, other_pages, _queries in others:
        plain = [page for page in other_pages if not (page and is_bare(page[0]))]
        for position, page in enumerate(plain):
            if position >= len(ours):  # more pages than ours: rows of their own
                ours.append(Row("", ""))
                rows.insert(rows.index(bare_row), ours[-1])
            if page:
                ours[position].cells.append(Cell(other, base + page[1], page[0]))
        for page in other_pages:
            if page and is_bare(page[0]):
                bare_row.cells.append(Cell(other, base + page[1], page[0]))
    for name, path, _marker in member_pages:
        rows.append(
            Row(
                name,
                path,
                [
                    Cell(s.name, s.base + path, name, {"Cookie": cookies[s.name]}, server=s)
                    for s in servers
                ],
            )
        )
    if mix_scripts:
        rows.append(
            Row(
                MIX,
                "(script)",
                [
                    Cell(
                        s.name,
                        s.base + "/",
                        MIX,
                        {"Host": "127.0.0.1"},  # as the checks sent it: the same cache entries
                        script=mix_scripts[s.name],
                        server=s,
                    )
                    for s in servers
                    if s.name in mix_scripts
                ],
            )
        )
    return rows


def main():
    args = arguments()
    variants = args.variants.split(",")
    unknown = set(variants) - set(VARIANTS)
    if unknown:
        raise SystemExit(f"unknown variants: {', '.join(sorted(unknown))}")
    cached_variants = [v for v in variants if VARIANTS[v]["PAGE_CACHE_SECONDS"] > 0]
    if args.mix and not cached_variants:
        raise SystemExit("--mix needs a variant with the page cache (cached)")
    others = externals(args.external)
    wanted = set(args.pages.split(",")) if args.pages else None
    results = stack.results_dir("run")
    if not args.no_snapshot:
        stack.snapshot()
    if not args.reuse:
        stack.setup_database(args.database, args.examples, args.events)

    def chosen(name):
        return wanted is None or name in wanted or is_bare(name)

    pages = [page for page in stack.pages(args.database) if chosen(page[0])]
    # The member's login: for their pages, and for the mix's member requests.
    members = (
        stack.pages_json(args.database, "--members") if args.mix or not args.no_members else None
    )
    member_pages = (
        [page for page in (members["pages"] if members else []) if chosen(page[0])]
        if not args.no_members
        else []
    )
    mix = stack.pages_json(args.database, "--mix") if args.mix else None
    # Behind nginx, the rate limits count the address nginx passes on (each registrant of the
    # mix has one of their own); the access log gets X-Cache.
    extra_env = {"RATELIMIT_PROXY_COUNT": 1} if args.mix else {}
    gunicorn_args = ["--access-logformat", mix_module.access_log_format()]
    servers = [
        stack.Server(
            name,
            args.database,
            index,
            results,
            gunicorn_args=gunicorn_args,
            **VARIANTS[name],
            **extra_env,
        )
        for index, name in enumerate(variants)
    ]
    started = time.time()
    load_before = os.getloadavg()
    cookies, scripts, queries = {}, {}, {}
    try:
        for server in servers:
            server.start()
        for server in servers:
            if members:
                cookies[server.name] = log_in(server, members, member_pages)
            if mix and server.name in cached_variants:
                scripts[server.name] = mix_module.prepare(
                    server,
                    mix,
                    [page[1] for page in members["pages"]],
                    cookies.get(server.name, ""),
                    results,
                )
        rows = make_rows(pages, member_pages, servers, cookies, others, scripts)
        for row in rows:
            for cell in row.cells:
                warm_up(cell, args)
        stack.log(f"every page answers 200, warmed up ({len(rows)} rows)")
        queries = count_queries(args.database, servers[0], pages, members, member_pages)
        runs = measure(rows, args, results)
    finally:
        for server in servers:
            server.stop()
    columns = list(variants) + [other[0] for other in others]
    summary = {
        "machine": stack.machine(),
        "started": time.strftime("%Y-%m-%d %H:%M", time.localtime(started)),
        "minutes": round((time.time() - started) / 60, 1),
        "load": [load_before[0], os.getloadavg()[0]],
        "wrk": f"-t{args.threads} -c{args.connections} -d{args.duration}s",
        "rounds": args.rounds,
        "database": args.database,
        "generated": {"examples": args.examples, "events": args.events},
        "variants": {name: VARIANTS[name] | extra_env for name in variants},
        "workers": {server.name: worker_line(server) for server in servers},
        "external": {name: base for name, base, _pages, _queries in others},
        "external_queries_warm": {other[0]: other[3] for other in others},
        "member": members["email"] if members else None,
        "mix": mix,
        "queries_warm": queries,
        "rows": [
            {
                "name": row.name,
                "path": row.path,
                "cells": {
                    cell.column: {"name": cell.name, "url": cell.url, "runs": runs[id(cell)]}
                    for cell in row.cells
                },
            }
            for row in rows
        ],
    }
    (results / "summary.json").write_text(json.dumps(summary, indent=2))
    table = markdown(summary, columns)
    (results / "summary.md").write_text(table)
    print(table)
    stack.log(f"results in {results}")


def log_in(server, members, member_pages):
    """The member's session on the server (its Cookie header), and each member page checked:
    200 and the member's view."""
    cookie = stack.log_in(server.base, members["login"], members["email"], members["password"])
    for name, path, marker in member_pages:
        status, body = stack.get(server.base + path, {"Cookie": cookie})
        # compared with all white space as one space: the templates' layout may change
        shown = " ".join(marker.split()).encode() in b" ".join(body.split())
        if status != 200 or not shown:
            raise RuntimeError(
                f"{server.name}: {name} ({path}) answered {status}, "
                f"{'with' if shown else 'without'} the member's view ({marker})"
            )
    stack.log(f"server {server.name}: logged in as {members['email']}, member pages checked")
    return cookie


def warm_up(cell, args):
    """The page answers 200 (not a redirect, not an error), and every worker has rendered it."""
    if cell.script is None:
        host = "127.0.0.1" if cell.server else None  # an external server: its own Host
        status, _headers, _body = stack.http(cell.url, headers=cell.headers, host=host)
        if status != 200:
            raise RuntimeError(f"{cell.column}: {cell.url} answered {status}")
    stack.run_wrk(
        cell.url,
        args.warmup,
        args.connections,
        args.threads,
        script=cell.script,
        headers=cell.headers,
    )


def count_queries(database, server, pages, members, member_pages):
    """{page name: SQL queries of one warm request} (bench/load/queries.py), in the environment
    of the first variant's server (its Redis database)."""
    request = {
        "pages": pages,
        "member": members["email"] if members else None,
        "member_pages": [page[:2] for page in member_pages],
    }
    env = stack.site_env(database, server.redis_db, **server.extra)
    counts = stack.run_json([stack.PYTHON, "-m", "bench.load.queries"], env, json.dumps(request))
    stack.log(f"queries of a warm request: {counts}")
    return counts


def measure(rows, args, results):
    """{id(cell): [result per round]}: the cells of each row in turn, the order of the rows and
    of the cells reversing every round."""
    runs = {id(cell): [] for row in rows for cell in row.cells}
    for round_number in range(1, args.rounds + 1):
        order = rows if round_number % 2 else rows[::-1]
        for position, row in enumerate(order):
            turn = row.cells if (round_number + position) % 2 else row.cells[::-1]
            for cell in turn:
                raw = results / f"r{round_number}-{cell.column}-{slug(cell.name)}.txt"
                offset = mix_module.log_size(cell.server) if cell.script else 0
                result = stack.run_wrk(
                    cell.url,
                    args.duration,
                    args.connections,
                    args.threads,
                    raw,
                    script=cell.script,
                    headers=cell.headers,
                )
                result["round"] = round_number
                extra = ""
                if cell.script:
                    end = mix_module.log_size(cell.server)  # the last answers logged
                    result["log"] = mix_module.log_counts(cell.server, offset, end)
                    extra = f"  hits {result['log']['hit_ratio']:.1%} {result['log']['requests']}"
                runs[id(cell)].append(result)
                stack.log(
                    f"round {round_number} {cell.column:>12} {cell.name[:24]:<24} "
                    f"{result['rps']:8.1f} rps  p50 {result['p50']:7.1f} ms  "
                    f"p99 {result['p99']:7.1f} ms  bad {result['non_2xx_3xx']}"
                    f"+{result['socket_errors']}  load {result['load'][1]:.1f}{extra}"
                )
    return runs


def worker_line(server):
    env = server.env
    workers = env.get("WEB_CONCURRENCY") or "2 x cores + 1"
    kind = env.get("GUNICORN_WORKER_CLASS", "sync")
    threads = f" x {env['GUNICORN_THREADS']} threads" if kind == "gthread" else ""
    return f"{kind}, {workers} workers{threads}"


def slug(name):
    return "".join(c if c.isalnum() else "-" for c in name).strip("-") or "page"


def median(values):
    return statistics.median(values) if values else float("nan")


def fractions(summary, columns):
    """{(row number, column): [rps / the reference bare view's rps, per round]}: the reference
    is the bare view of the first column (the first variant) in the same round."""
    bare = next(row for row in summary["rows"] if is_bare(row["name"]))
    reference = {r["round"]: r["rps"] for r in bare["cells"][columns[0]]["runs"]}
    found = {}
    for number, row in enumerate(summary["rows"]):
        for column, cell in row["cells"].items():
            found[(number, column)] = [
                r["rps"] / reference[r["round"]] for r in cell["runs"] if reference.get(r["round"])
            ]
    return found


def markdown(summary, columns):
    shares = fractions(summary, columns)
    ours = list(summary["variants"])
    lines = [
        f"{summary['started']}, {summary['machine']}; database {summary['database']}"
        + (
            f" ({summary['generated']['examples']} generated examples, "
            f"{summary['generated']['events']} events)"
            if any(summary["generated"].values())
            else ""
        )
        + f"; wrk {summary['wrk']}, {summary['rounds']} rounds, {summary['minutes']} min; "
        "load average before / after: " + " / ".join(f"{value:.1f}" for value in summary["load"]),
        "",
        "Workers: " + "; ".join(f"{name}: {line}" for name, line in summary["workers"].items()),
    ]
    if summary["external"]:
        lines.append(
            "External: " + "; ".join(f"{n}: {base}" for n, base in summary["external"].items())
        )
    if summary["member"]:
        lines.append(f"Member pages: logged in as {summary['member']}.")
    lines += [
        "",
        f'"of bare": requests per second as a fraction of the bare view\'s on {columns[0]} in '
        "the same round (median of the rounds).",
        "",
    ]
    head = ["page", "address", "queries warm"]
    align = ["---", "---", "---:"]
    for column in columns:
        if column not in ours:
            head.append(f"{column} page")
            align.append("---")
        head += [f"{column} rps", "p50 ms", "p99 ms", "of bare"]
        align += ["---:"] * 4
    head.append("not 2xx/3xx, socket errors")
    align.append("---:")
    lines += ["| " + " | ".join(head) + " |", "| " + " | ".join(align) + " |"]
    for number, row in enumerate(summary["rows"]):
        queries = summary["queries_warm"].get(row["name"], "")
        cells = [
            row["name"] or "(only external)",
            f"`{row['path']}`" if row["path"] else "",
            str(queries),
        ]
        bad = 0
        for column in columns:
            cell = row["cells"].get(column)
            if column not in ours:
                counted = (
                    summary["external_queries_warm"][column].get(cell["name"]) if cell else None
                )
                page = cell["name"] if cell else ""
                cells.append(f"{page} ({counted} queries)" if counted is not None else page)
            if cell is None:
                cells += [""] * 4
                continue
            values = cell["runs"]
            cells += [
                f"{median([r['rps'] for r in values]):.0f}",
                f"{median([r['p50'] for r in values]):.1f}",
                f"{median([r['p99'] for r in values]):.1f}",
                f"{median(shares[(number, column)]):.1%}",
            ]
            bad += sum(r["non_2xx_3xx"] + r["socket_errors"] for r in values)
        name = f"**{cells[0]}**" if is_bare(row["name"]) else cells[0]
        lines.append("| " + " | ".join([name, *cells[1:]]) + f" | {bad} |")
    lines += mix_lines(summary, shares)
    lines += ["", "Requests per second (of bare), round by round:", ""]
    for number, row in enumerate(summary["rows"]):
        per_column = [
            f"{column}{'' if column in ours else ' ' + cell['name']} "
            + " / ".join(
                f"{r['rps']:.0f} ({share:.0%})"
                for r, share in zip(cell["runs"], shares[(number, column)], strict=False)
            )
            for column, cell in row["cells"].items()
        ]
        lines.append(f"- {row['name'] or '(only external)'}: " + "; ".join(per_column))
    return "\n".join(lines) + "\n"


def mix_lines(summary, shares):
    """The mix's page cache and requests, per server and round."""
    number = next((n for n, row in enumerate(summary["rows"]) if row["name"] == MIX), None)
    if number is None:
        return []
    lines = [
        "",
        f"Mix: {len(summary['mix']['urls'])} addresses at random ("
        f"{sum('/zoeken/?' in url for url in summary['mix']['urls'])} of them searches), 1 in "
        f"{mix_module.EVERY} requests a registration ({len(summary['mix']['register'])} events), "
        f"1 in {mix_module.EVERY} a member's; hit ratio = page cache HITs / anonymous GETs, of "
        "cacheable = HITs / (HITs + MISSes) (access log, X-Cache); not cached: the paths of "
        "anonymous GETs the cache may not answer.",
        "",
        "| server | round | rps | p50 ms | p99 ms | of bare | hit ratio | of cacheable "
        "| HIT / MISS / not cached | anonymous / member / registrations | statuses "
        "| not cached |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- | --- |",
    ]
    for column, cell in summary["rows"][number]["cells"].items():
        runs = cell["runs"]
        for r, share in zip(runs, shares[(number, column)], strict=False):
            log = r["log"]
            cache, requests = log["x_cache"], log["requests"]
            statuses = "; ".join(
                f"{kind} " + ", ".join(f"{s}: {n}" for s, n in sorted(counts.items()))
                for kind, counts in log["statuses"].items()
                if counts
            )
            not_cached = ", ".join(f"`{path}` {n}" for path, n in log["not_cached"].items())
            lines.append(
                f"| {column} | {r['round']} | {r['rps']:.0f} | {r['p50']:.1f} | {r['p99']:.1f} "
                f"| {share:.1%} | {log['hit_ratio']:.1%} | {log['hit_ratio_cacheable']:.1%} "
                f"| {cache.get('HIT', 0)} / {cache.get('MISS', 0)} / {cache.get('-', 0)} "
                f"| {requests['anonymous']} / {requests['member']} / {requests['registration']} "
                f"| {statuses} | {not_cached} |"
            )
        lines.append(
            f"| {column} | median | {median([r['rps'] for r in runs]):.0f} "
            f"| {median([r['p50'] for r in runs]):.1f} | {median([r['p99'] for r in runs]):.1f} "
            f"| {median(shares[(number, column)]):.1%} "
            f"| {median([r['log']['hit_ratio'] for r in runs]):.1%} "
            f"| {median([r['log']['hit_ratio_cacheable'] for r in runs]):.1%} | | | | |"
        )
    return lines


if __name__ == "__main__":
    main()
