"""The load test's own bookkeeping (bench/load, bench/README.md "Speed without the page cache"):
no server, no database."""

from types import SimpleNamespace

from bench.load import mix, run, stack


def test_the_mix_access_log_adds_x_cache_before_the_time():
    config = stack.ROOT / "deploy" / "gunicorn.conf.py"
    configured = config.read_text()
    log_format = mix.access_log_format(config)
    assert log_format.endswith(' "%(a)s" %({x-cache}o)s %(M)sms')
    assert log_format.replace(" %({x-cache}o)s", "") in configured


def test_the_mix_counts_its_requests_by_kind_from_the_access_log(tmp_path):
    log = tmp_path / "access.log"
    before = '192.0.2.1 127.0.0.1 - [x] "GET /old/ HTTP/1.1" 200 9 "-" "-" HIT 3ms\n'
    log.write_text(before)
    lines = [
        '192.0.2.1 127.0.0.1 - [x] "GET / HTTP/1.1" 200 9 "-" "-" HIT 3ms',
        '192.0.2.1 127.0.0.1 - [x] "GET /agenda/?maand=2027-01 HTTP/1.1" 200 9 "-" "-" MISS 90ms',
        '192.0.2.1 127.0.0.1 - [x] "GET /zoeken/?q=verzuim HTTP/1.1" 200 9 "-" "-" - 60ms',
        '192.0.2.2 127.0.0.1 - [x] "GET /account/ HTTP/1.1" 200 9 "-" "kb-mix-member" - 50ms',
        '10.1.2.3 127.0.0.1 - [x] "POST /agenda/a/aanmelden/ HTTP/1.1" 302 0 "https://x" '
        '"kb-mix-register" - 40ms',
    ]
    with open(log, "a") as file:
        file.write("\n".join(lines) + "\n")
    server = SimpleNamespace(env={"GUNICORN_ACCESSLOG": str(log)})
    counts = mix.log_counts(server, len(before))
    assert counts["requests"] == {"anonymous": 3, "member": 1, "registration": 1}
    assert counts["x_cache"] == {"HIT": 1, "MISS": 1, "-": 1}
    assert counts["hit_ratio"] == 1 / 3
    assert counts["hit_ratio_cacheable"] == 1 / 2
    assert counts["not_cached"] == {"/zoeken/": 1}
    assert counts["statuses"]["registration"] == {"302": 1}


def test_lua_strings_are_quoted_and_ascii():
    assert mix.lua("/zoeken/?q=passend+onderwijs") == '"/zoeken/?q=passend+onderwijs"'
    assert mix.lua('/thema/zorg"coördinatie/') == '"/thema/zorg%22co%C3%B6rdinatie/"'


def test_external_pages_stand_beside_ours_by_position(tmp_path):
    pages = tmp_path / "pages.json"
    pages.write_text(
        '[["home", "/"], null, ["blog", "/blog/"], ["bread", "/b/"], ["bare", "/ok/"]]'
    )
    queries = tmp_path / "queries.json"
    queries.write_text('{"home": 43}')
    others = run.externals([f"bakery=http://127.0.0.1:8201/,{pages},{queries}"])
    assert others[0][:2] == ("bakery", "http://127.0.0.1:8201")
    assert others[0][3] == {"home": 43}
    ours = [SimpleNamespace(name="uncached", base="http://127.0.0.1:8101")]
    rows = run.make_rows(
        [("home", "/"), ("index", "/p/"), ("agenda", "/agenda/"), ("bare view", "/_bench/fixed/")],
        [("member: home", "/", "marker")],
        ours,
        {"uncached": "sessionid=1"},
        others,
        {},
    )
    table = [(row.name, [(cell.column, cell.url) for cell in row.cells]) for row in rows]
    assert table == [
        ("home", [("uncached", "http://127.0.0.1:8101/"), ("bakery", "http://127.0.0.1:8201/")]),
        ("index", [("uncached", "http://127.0.0.1:8101/p/")]),
        (
            "agenda",
            [
                ("uncached", "http://127.0.0.1:8101/agenda/"),
                ("bakery", "http://127.0.0.1:8201/blog/"),
            ],
        ),
        ("", [("bakery", "http://127.0.0.1:8201/b/")]),
        (
            "bare view",
            [
                ("uncached", "http://127.0.0.1:8101/_bench/fixed/"),
                ("bakery", "http://127.0.0.1:8201/ok/"),
            ],
        ),
        ("member: home", [("uncached", "http://127.0.0.1:8101/")]),
    ]
    assert rows[-1].cells[0].headers == {"Cookie": "sessionid=1"}


def test_of_bare_is_against_the_first_variants_bare_view_in_the_same_round():
    def cell(*rps):
        return {"runs": [{"round": n, "rps": value} for n, value in enumerate(rps, 1)]}

    summary = {
        "rows": [
            {"name": "home", "cells": {"uncached": cell(20, 30), "cached": cell(900, 1000)}},
            {"name": "bare view", "cells": {"uncached": cell(1000, 1500), "cached": cell(1200)}},
        ]
    }
    shares = run.fractions(summary, ["uncached", "cached"])
    assert shares[(0, "uncached")] == [0.02, 0.02]
    assert shares[(0, "cached")] == [0.9, 1000 / 1500]
    assert shares[(1, "cached")] == [1.2]
