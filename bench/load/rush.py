"""The rush: 300 visitors register at the same moment for an event with 50 places, against the
production stack, and every e-mail is checked when the worker has delivered it.

    .venv/bin/python -m bench.load.rush [--people 300] [--capacity 50] [--reuse]

The stack is production's (bench/load/stack.py): gunicorn with deploy/gunicorn.conf.py and
production settings (bench/load/settings.py) on the demo content in a PostgreSQL database of its
own (kb_rush_bench), a redis-server of its own on a free port (cache and sessions), the task
worker as kennisbank-worker.service runs it (`manage.py task_worker`, database queue), and an SMTP
sink in this script (EMAIL_URL) that keeps every message the worker delivers.

Every visitor comes from an address of its own (X-Forwarded-For, RATELIMIT_PROXY_COUNT=1, as
behind nginx), so the rate limit counts each one as it would in production and nothing is lifted.
Each fetches the form (its CSRF cookie and token; 8 at a time, before the rush), then all 300
post at once. Reported: latency of the posts (p50, p90, p99, max; from the moment the post is
sent to its last byte), throughput (posts answered per second between the first post and the
last answer), how many took longer than nginx's 35 s (deploy/nginx.conf), the workers' own time
per post from the access log, and the registrations in the database. Then it waits for the
mails: every registrant exactly one, 50 confirmations (the confirmed registrants) and 250
waiting-list mails whose numbers are 1..250, each once; the first of each kind is kept as an .eml
file to read. Output and logs go to
bench/results/load/<time>-rush/ (not in git); the exit status is 1 when a check fails.
"""

import argparse
import asyncio
import email
import email.policy
import json
import os
import re
import statistics
import subprocess
import time
from collections import Counter

os.environ.setdefault("KB_LOAD_DIR", "/tmp/kb_rush")

from bench.load import stack  # noqa: E402

DATABASE = "kb_rush_bench"
NGINX_TIMEOUT = 35  # proxy_read_timeout in deploy/nginx.conf
CSRF_INPUT = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')
CSRF_COOKIE = re.compile(r"csrftoken=([^;]+)")
WAITING_NUMBER = re.compile(r"(?:wachtlijst|waiting list)\D{0,40}?(\d+)", re.I)
CONFIRMED_SUBJECT = ("Aanmelding bevestigd:", "Registration confirmed:")
WAITING_SUBJECT = ("Op de wachtlijst:", "On the waiting list:")

MAKE_EVENT = """
import datetime, json
from django.utils import timezone
from events.models import EventIndexPage, EventPage
from django_tasks_db.models import DBTaskResult
DBTaskResult.objects.all().delete()  # nothing queued from earlier runs
agenda = EventIndexPage.objects.live().get(locale__language_code="nl")
for old in EventPage.objects.filter(slug="rush-kennisdag"):
    old.delete()
event = EventPage(
    title="Landelijke kennisdag thuiszitters",
    slug="rush-kennisdag",
    start_date=timezone.localdate() + datetime.timedelta(days=30),
    start_time=datetime.time(13),
    end_time=datetime.time(17),
    venue="De Observant",
    city="Amersfoort",
    registration_mode=EventPage.RegistrationMode.SITE,
    capacity=CAPACITY,
)
agenda.add_child(instance=event)
event.save_revision().publish()
print(json.dumps({"id": event.pk, "path": event.url + event.reverse_subpage("register")}))
"""

COUNT_REGISTRATIONS = """
import json
from events.models import Registration
rows = Registration.objects.filter(event_id=EVENT_ID)
print(json.dumps({
    "statuses": {s: rows.filter(status=s).count() for s in ("confirmed", "waiting", "cancelled")},
    "confirmed": sorted(rows.filter(status="confirmed").values_list("email", flat=True)),
    "stored": rows.count(),
}))
"""


# The SMTP sink ------------------------------------------------------------------------------


class SmtpSink:
    """Just enough SMTP for Django's SMTP backend: every message is kept (raw bytes)."""

    def __init__(self):
        self.messages = []
        self.first = self.last = None

    async def serve(self, reader, writer):
        writer.write(b"220 rush-sink ESMTP\r\n")
        while line := await reader.readline():
            command = line[:4].upper()
            if command == b"EHLO":
                writer.write(b"250-rush-sink\r\n250 8BITMIME\r\n")
            elif command == b"DATA":
                writer.write(b"354 end with .\r\n")
                await writer.drain()
                lines = []
                while (line := await reader.readline()) not in (b".\r\n", b".\n", b""):
                    lines.append(line[1:] if line.startswith(b"..") else line)
                self.messages.append(b"".join(lines))
                self.last = time.perf_counter()
                self.first = self.first or self.last
                writer.write(b"250 kept\r\n")
            elif command == b"QUIT":
                writer.write(b"221 bye\r\n")
                await writer.drain()
                break
            else:  # HELO, MAIL, RCPT, RSET, NOOP
                writer.write(b"250 OK\r\n")
            await writer.drain()
        writer.close()


# The visitors -------------------------------------------------------------------------------


async def http(port, method, path, headers, body=b"", timeout=120):
    """(status, headers, body, seconds) of one request on a new connection, as nginx opens them."""
    began = time.perf_counter()
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    if body:
        lines.append(f"Content-Length: {len(body)}")
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
    await writer.drain()
    data = await asyncio.wait_for(reader.read(), timeout)
    seconds = time.perf_counter() - began
    writer.close()
    head, _, content = data.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    answer = [tuple(part.strip() for part in line.split(":", 1)) for line in header_lines]
    return int(status_line.split()[1]), answer, content, seconds


def visitor_headers(number):
    return {
        "X-Forwarded-Proto": "https",
        "X-Forwarded-For": f"10.{number // 250}.{number % 250}.7",
        "User-Agent": "kennisbank-rush",
    }


async def fetch_form(port, path, number, gate):
    async with gate:
        status, headers, content, _seconds = await http(port, "GET", path, visitor_headers(number))
    if status != 200:
        raise RuntimeError(f"the form answered {status}")
    cookies = " ".join(value for name, value in headers if name.lower() == "set-cookie")
    return CSRF_COOKIE.search(cookies)[1], CSRF_INPUT.search(content)[1].decode()


async def post(port, path, number, cookie, token, start):
    from urllib.parse import urlencode

    body = urlencode(
        {
            "csrfmiddlewaretoken": token,
            "name": f"Deelnemer {number}",
            "email": f"deelnemer{number}@example.nl",
            "organisation": "SWV Utrecht PO",
            "role": "Ondersteuningscoördinator",
            "consent": "on",
            "website": "",
        }
    ).encode()
    headers = visitor_headers(number) | {
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": f"csrftoken={cookie}",
        "Origin": "https://127.0.0.1",
        "Referer": f"https://127.0.0.1{path}",
    }
    await start.wait()
    try:
        status, answer, _content, seconds = await http(port, "POST", path, headers, body)
    except (TimeoutError, OSError) as error:
        return {"status": None, "error": repr(error), "seconds": None}
    location = dict((name.lower(), value) for name, value in answer).get("location", "")
    return {"status": status, "location": location, "seconds": seconds, "end": time.perf_counter()}


# Checks -------------------------------------------------------------------------------------


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def keep_samples(raw_messages, results):
    """The first confirmation and the first waiting-list mail as .eml files, to read what people
    get (subject, links, Message-ID, the .ics)."""
    for prefix, name in ((CONFIRMED_SUBJECT, "confirmation"), (WAITING_SUBJECT, "waiting-list")):
        for raw in raw_messages:
            subject = str(email.message_from_bytes(raw, policy=email.policy.default)["Subject"])
            if subject.startswith(prefix):
                (results / f"mail-{name}.eml").write_bytes(raw)
                break


def check_mails(raw_messages, registrations, people, capacity):
    """What the registrants received, and what is wrong with it."""
    problems = []
    recipients = Counter()
    confirmed_to, waiting_numbers, other = set(), [], []
    for raw in raw_messages:
        message = email.message_from_bytes(raw, policy=email.policy.default)
        to = str(message["To"]).strip().lower()
        recipients[to] += 1
        subject = str(message["Subject"])
        body = message.get_body(preferencelist=("plain",)).get_content()
        if subject.startswith(CONFIRMED_SUBJECT):
            confirmed_to.add(to)
        elif subject.startswith(WAITING_SUBJECT):
            found = WAITING_NUMBER.search(body)
            waiting_numbers.append(int(found[1]) if found else None)
        else:
            other.append(subject)
    expected = {f"deelnemer{n}@example.nl" for n in range(people)}
    if set(recipients) != expected:
        problems.append(f"{len(expected - set(recipients))} registrants got no mail")
    doubles = sorted(to for to, count in recipients.items() if count > 1)
    if doubles:
        problems.append(f"{len(doubles)} registrants got more than one mail")
    if len(confirmed_to) != capacity:
        problems.append(f"{len(confirmed_to)} confirmations, not {capacity}")
    if confirmed_to != set(registrations["confirmed"]):
        problems.append("the confirmations did not go to the confirmed registrants")
    wanted = list(range(1, people - capacity + 1))
    if sorted(n for n in waiting_numbers if n is not None) != wanted or None in waiting_numbers:
        counts = Counter(waiting_numbers)
        problems.append(
            f"waiting-list numbers are not 1..{people - capacity} each once: "
            f"{len(counts)} distinct, {sum(1 for c in counts.values() if c > 1)} repeated, "
            f"{len([n for n in wanted if n not in counts])} missing, "
            f"highest {max((n for n in counts if n), default=None)}"
        )
    if other:
        problems.append(f"{len(other)} other mails: {sorted(set(other))[:3]}")
    summary = {
        "mails": len(raw_messages),
        "confirmations": len(confirmed_to),
        "waiting_list_mails": len(waiting_numbers),
        "distinct_waiting_numbers": len(set(waiting_numbers)),
    }
    return summary, problems


def access_log_times(path, register_path):
    """The workers' own milliseconds per post, from the access log (it ends with `<n>ms`)."""
    times = []
    for line in path.read_text().splitlines():
        if f'"POST {register_path} ' in line:
            times.append(int(re.search(r"(\d+)ms$", line)[1]))
    return times


# The run ------------------------------------------------------------------------------------


def shell(env, code):
    result = subprocess.run(
        [stack.PYTHON, "manage.py", "shell", "-c", code],
        cwd=stack.SOURCE,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


async def rush(args, results):
    sink = SmtpSink()
    smtp = await asyncio.start_server(sink.serve, "127.0.0.1", 0)
    smtp_port = smtp.sockets[0].getsockname()[1]
    redis, redis_url = stack.start_redis(results)
    env = {
        "REDIS_URL": redis_url,
        "TASKS_BACKEND": "database",
        "EMAIL_URL": f"smtp://127.0.0.1:{smtp_port}",
        "RATELIMIT_PROXY_COUNT": 1,
        "BASE_URL": "https://127.0.0.1",
        **dict(item.split("=", 1) for item in args.env),
    }
    server = stack.Server("rush", DATABASE, 0, results, port=stack.free_port(), **env)
    worker = None
    try:
        await asyncio.sleep(0.5)  # redis-server starts listening
        made = await asyncio.to_thread(
            shell, server.env, MAKE_EVENT.replace("CAPACITY", str(args.capacity))
        )
        path = made["path"]
        await asyncio.to_thread(server.start)
        with open(results / "worker.log", "wb") as worker_log:
            worker = subprocess.Popen(
                # As kennisbank-worker.service runs it, Nice=10 included.
                ["nice", "-n", "10", stack.PYTHON, "manage.py", "task_worker", "--queue-name", "*"]
                + ["--interval", "1", "--max-tasks", "1000"],
                cwd=stack.SOURCE,
                env=server.env,
                stdout=worker_log,
                stderr=subprocess.STDOUT,
            )
        stack.log(f"event {made['id']} with {args.capacity} places: {path}")

        gate = asyncio.Semaphore(8)
        forms = await asyncio.gather(
            *(fetch_form(server.port, path, number, gate) for number in range(args.people))
        )
        stack.log(f"{args.people} forms fetched; all post at once")
        await asyncio.sleep(2)  # the form requests' tail (access log, sessions) settles
        load_before = os.getloadavg()
        # CPU time of the stack's own processes (the web server, its database sessions, the
        # task worker): per post it does not depend on what else the machine is doing.
        processes = {
            "web": server.pids(),
            "database": stack.database_backends(DATABASE),
            "worker": [worker.pid],
        }
        cpu_before = {name: stack.cpu_seconds(pids) for name, pids in processes.items()}
        start = asyncio.Event()
        tasks = [
            asyncio.create_task(post(server.port, path, number, *forms[number], start))
            for number in range(args.people)
        ]
        await asyncio.sleep(0.2)
        began = time.perf_counter()
        start.set()
        answers = await asyncio.gather(*tasks)
        last_answer = max(answer.get("end", began) for answer in answers)
        load_after = os.getloadavg()
        processes["database"] = sorted(
            set(processes["database"]) | set(stack.database_backends(DATABASE))
        )
        cpu_rush = {
            name: stack.cpu_seconds(pids) - cpu_before[name] for name, pids in processes.items()
        }

        registrations = await asyncio.to_thread(
            shell, server.env, COUNT_REGISTRATIONS.replace("EVENT_ID", str(made["id"]))
        )
        stack.log(f"registrations: {registrations['statuses']}; waiting for the mails")
        deadline = time.monotonic() + args.mail_timeout
        while len(sink.messages) < args.people and time.monotonic() < deadline:
            await asyncio.sleep(1)
        await asyncio.sleep(3)  # anything beyond the expected number
        mails_done = sink.last
    finally:
        if worker is not None:
            worker.terminate()
            worker.wait(timeout=60)
        await asyncio.to_thread(server.stop)
        redis.terminate()
        redis.wait()
        smtp.close()

    seconds = [a["seconds"] for a in answers if a["seconds"] is not None]
    answered = [a for a in answers if a["status"] == 302 and "verzonden=1" in a["location"]]
    failed = Counter(str(a["status"]) for a in answers if a not in answered)
    service = access_log_times(results / "access-rush.log", path)
    mail_summary, problems = check_mails(sink.messages, registrations, args.people, args.capacity)
    keep_samples(sink.messages, results)
    statuses = registrations["statuses"]
    if len(answered) != args.people:
        missing = args.people - len(answered)
        problems.insert(0, f"{missing} posts not answered with the result page: {dict(failed)}")
    if statuses["confirmed"] != args.capacity or statuses["waiting"] != args.people - args.capacity:
        problems.insert(0, f"registrations {statuses}")
    summary = {
        "machine": stack.machine(),
        "started": time.strftime("%Y-%m-%d %H:%M"),
        "people": args.people,
        "capacity": args.capacity,
        "workers": server.env.get("WEB_CONCURRENCY") or "2 x cores + 1",
        "load": [load_before[0], load_after[0]],
        "p50": statistics.median(seconds),
        "p90": percentile(seconds, 0.90),
        "p99": percentile(seconds, 0.99),
        "max": max(seconds),
        "over_nginx_timeout": sum(1 for s in seconds if s > NGINX_TIMEOUT),
        "total": last_answer - began,
        "throughput": len(seconds) / (last_answer - began),
        "cpu_ms_per_post": {
            name: round(1000 * seconds / args.people, 1) for name, seconds in cpu_rush.items()
        },
        "service_ms_median": statistics.median(service) if service else None,
        "service_ms_p99": percentile(service, 0.99) if service else None,
        "answered": len(answered),
        "registrations": statuses,
        "mails_seconds": (mails_done - began) if mails_done else None,
        **mail_summary,
        "problems": problems,
    }
    return summary


def markdown(s):
    mails = f"{s['mails_seconds']:.1f} s" if s["mails_seconds"] else "-"
    cpu = s["cpu_ms_per_post"]
    return "\n".join(
        [
            f"{s['started']}, {s['machine']}; {s['workers']} workers; load average before / "
            f"after: {s['load'][0]:.1f} / {s['load'][1]:.1f}",
            "",
            "| posts at once | places | answered | confirmed / waiting | p50 | p90 | p99 | max "
            "| posts/s | worker ms median / p99 | CPU ms per post: web / database / task worker "
            "| all mails after | mails checked |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
            "| --- |",
            f"| {s['people']} | {s['capacity']} | {s['answered']} "
            f"| {s['registrations']['confirmed']} / {s['registrations']['waiting']} "
            f"| {s['p50']:.2f} s | {s['p90']:.2f} s | {s['p99']:.2f} s | {s['max']:.2f} s "
            f"| {s['throughput']:.0f} | {s['service_ms_median']:.0f} / {s['service_ms_p99']:.0f} "
            f"| {cpu['web']:.0f} / {cpu['database']:.0f} / {cpu['worker']:.0f} | {mails} "
            f"| {'ok' if not s['problems'] else 'FAILED'} |",
            "",
            *(f"- problem: {problem}" for problem in s["problems"]),
        ]
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=300)
    parser.add_argument("--capacity", type=int, default=50)
    parser.add_argument("--mail-timeout", type=int, default=600, help="seconds (600)")
    stack.common_arguments(parser)
    args = parser.parse_args()
    stack.run_benchmark("rush", args, DATABASE, rush, markdown, lambda s: s["problems"])


if __name__ == "__main__":
    main()
