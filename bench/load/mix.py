"""The mix of bench/load/run.py (--mix): many addresses at once, with the page cache on, as an
action week's visitors would send them.

A wrk Lua script (written into the results folder, one per server) requests, per 100 requests:
98 anonymous GETs of about 200 addresses at random (bench/load/pages.py --mix: the main pages,
filter combinations of the practice example listing, agenda filters, searches, theme pages,
events, examples), 1 registration (a POST of the registration form to an upcoming event that
takes registrations: the CSRF cookie and token fetched once from the server, every registrant
with an address and an X-Forwarded-For of their own, so the rate limit counts each one as behind
nginx) and 1 request of the logged-in demo member (their session cookie; home, their group, a
session with an outcome, "my groups" in turn).

The server logs `X-Cache` (HIT, MISS or "-": not a request the page cache may answer or store)
in its access log (`gunicorn --access-logformat`, the configuration's format plus that header;
the site's responses are unchanged); `log_counts` counts the lines a run added, by kind: the
hit ratio is HITs / anonymous GETs (searches are kept too, and each hit is still counted in the
search log: search/views.py), beside it HITs / (HITs + MISSes), of the requests the cache may
answer.

The script sends `Host: 127.0.0.1` as the checks before it do (`prepare`: every address once),
so those checks have filled the page cache for it; entries then live PAGE_CACHE_SECONDS (300 s),
so a run more than 300 s after the previous one of the mix starts with misses again.
"""

import json
import re
import runpy
import secrets
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote

from bench.load import stack

EVERY = 100  # one registration and one member request in this many requests
MEMBER_AGENT = "kb-mix-member"
REGISTER_AGENT = "kb-mix-register"


def access_log_format(config=None):
    """The configuration's access log format (of the copy that is served, or `config`) with the
    response's X-Cache before the time."""
    configured = runpy.run_path(str(config or stack.CONFIG))["access_log_format"]
    if not configured.endswith(" %(M)sms"):
        raise RuntimeError("deploy/gunicorn.conf.py: the access log no longer ends with the time")
    return configured.removesuffix(" %(M)sms") + " %({x-cache}o)s %(M)sms"


LINE = re.compile(
    r'"(?P<method>[A-Z]+) (?P<path>\S+) [^"]*" (?P<status>\d{3}) .*"(?P<agent>[^"]*)" '
    r"(?P<cache>\S+) \d+ms$"
)


def lua(value):
    """A Lua string literal (ASCII: other characters percent-encoded, as in an address)."""
    text = quote(value, safe="/?=&%:+-._~;,@!$'()*[] ")
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def lua_list(values):
    return "{" + ", ".join(lua(value) for value in values) + "}"


def script(urls, register, member_paths, member_cookie, csrf_cookie, csrf_token):
    """The wrk script of the mix (module docstring)."""
    run = secrets.token_hex(3)  # registrants' e-mail addresses differ from every earlier run's
    return f"""-- The mix of bench/load/run.py --mix (bench/load/mix.py), generated.
local urls = {lua_list(urls)}
local register = {lua_list(register)}
local member_paths = {lua_list(member_paths)}
local member_cookie = {lua(member_cookie)}
local csrf_cookie = {lua(csrf_cookie)}
local csrf_token = {lua(csrf_token)}
local run = {lua(run)}
local every = {EVERY}
local threads = {{}}
local count, posts, members = 0, 0, 0

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  -- Every run of wrk: registrants of its own, from addresses of its own (the rate limit allows
  -- 10 registrations an hour per address).
  math.randomseed(os.time() * 16 + id)
  run = run .. "-" .. os.time() .. "-" .. id
  net = math.random(0, 249)
end

local function headers(agent, extra)
  local h = {{
    ["Host"] = "127.0.0.1",
    ["X-Forwarded-Proto"] = "https",
    ["User-Agent"] = agent,
  }}
  for name, value in pairs(extra) do h[name] = value end
  return h
end

request = function()
  count = count + 1
  local slot = count % every
  if slot == 0 then
    posts = posts + 1
    local path = register[posts % #register + 1]
    local body = "csrfmiddlewaretoken=" .. csrf_token .. "&name=Deelnemer+" .. posts
      .. "&email=mix-" .. run .. "-" .. posts .. "%40example.nl"
      .. "&organisation=SWV+Utrecht+PO&role=&remarks=&consent=on&website="
    local address = "10." .. net .. "." .. (math.floor(posts / 250) + id * 50) % 250 .. "."
      .. posts % 250
    return wrk.format("POST", path, headers("{REGISTER_AGENT}", {{
      ["X-Forwarded-For"] = address,
      ["Content-Type"] = "application/x-www-form-urlencoded",
      ["Cookie"] = "csrftoken=" .. csrf_cookie,
      ["Origin"] = "https://127.0.0.1",
      ["Referer"] = "https://127.0.0.1" .. path,
    }}), body)
  elseif slot == every / 2 then
    members = members + 1
    return wrk.format("GET", member_paths[members % #member_paths + 1], headers(
      "{MEMBER_AGENT}", {{["X-Forwarded-For"] = "192.0.2.2", ["Cookie"] = member_cookie}}))
  end
  return wrk.format(nil, urls[math.random(#urls)])
end
"""


def registration_check(server, path, csrf_cookie, csrf_token):
    """One registration as the script sends it: the redirect to the result page, or an error."""
    number = secrets.randbelow(10**6)
    status, headers, _body = stack.http(
        server.base + path,
        data={
            "csrfmiddlewaretoken": csrf_token,
            "name": "Deelnemer controle",
            "email": f"mix-check-{number}@example.nl",
            "organisation": "SWV Utrecht PO",
            "consent": "on",
            "website": "",
        },
        headers={
            "Cookie": f"csrftoken={csrf_cookie}",
            "Origin": "https://127.0.0.1",
            "Referer": f"https://127.0.0.1{path}",
            "X-Forwarded-For": f"10.250.{number % 250}.{number // 250 % 250}",
        },
    )
    if status != 302:
        raise RuntimeError(f"{server.name}: a registration at {path} answered {status}")


def prepare(server, mix, member_paths, member_cookie, results):
    """Check the addresses and a registration on the server, write its script: its path."""
    for url in mix["urls"]:
        status, _body = stack.get(server.base + url)
        if status != 200:
            raise RuntimeError(f"{server.name}: {url} answered {status}")
    form = mix["register"][0]
    csrf_cookie, csrf_token = stack.csrf(server.base + form)
    registration_check(server, form, csrf_cookie, csrf_token)
    path = results / f"mix-{server.name}.lua"
    path.write_text(
        script(mix["urls"], mix["register"], member_paths, member_cookie, csrf_cookie, csrf_token)
    )
    (results / f"mix-{server.name}.json").write_text(json.dumps(mix, indent=1))
    stack.log(
        f"server {server.name}: the mix's {len(mix['urls'])} addresses answer 200, "
        f"a registration is accepted; {path.name}"
    )
    return path


def log_size(server, quiet=0.5, timeout=10):
    """The size of the server's access log once it has stopped growing for `quiet` seconds: when
    wrk stops, the server still answers (and logs) the requests it had."""
    path = Path(server.env["GUNICORN_ACCESSLOG"])

    def size():
        return path.stat().st_size if path.exists() else 0

    last, deadline = size(), time.monotonic() + timeout
    while time.monotonic() < deadline:
        time.sleep(quiet)
        now = size()
        if now == last:
            break
        last = now
    return last


def log_counts(server, offset, end=None):
    """What the access log says of the requests between `offset` and `end` (bytes): per kind
    (anonymous, member, registration) the statuses, and X-Cache of the anonymous GETs."""
    with open(server.env["GUNICORN_ACCESSLOG"], "rb") as log:
        log.seek(offset)
        data = log.read() if end is None else log.read(end - offset)
        lines = data.decode("utf-8", "replace").splitlines()
    kinds = {"anonymous": Counter(), "member": Counter(), "registration": Counter()}
    cache = Counter()
    not_cached = Counter()  # anonymous GETs the page cache may not answer, by path
    for line in lines:
        found = LINE.search(line)
        if not found:
            continue
        if found["agent"] == MEMBER_AGENT:
            kind = "member"
        elif found["agent"] == REGISTER_AGENT:
            kind = "registration"
        else:
            kind = "anonymous"
            if found["method"] == "GET":
                cache[found["cache"]] += 1
                if found["cache"] == "-":
                    not_cached[found["path"].split("?")[0]] += 1
        kinds[kind][found["status"]] += 1
    anonymous_gets = sum(cache.values())
    return {
        "requests": {kind: sum(statuses.values()) for kind, statuses in kinds.items()},
        "statuses": {kind: dict(statuses) for kind, statuses in kinds.items()},
        "x_cache": dict(cache),
        "hit_ratio": cache["HIT"] / anonymous_gets if anonymous_gets else float("nan"),
        "hit_ratio_cacheable": (
            cache["HIT"] / (cache["HIT"] + cache["MISS"]) if cache["HIT"] + cache["MISS"] else 0.0
        ),
        "not_cached": dict(not_cached.most_common(5)),
    }
