#!/usr/bin/env python3
"""Booking under contention (docs/BENCHMARKS.md): PARENTS signed-in bench parents race
for SLOTS free slots of the bench clinic's paediatrician, each pressing «Подтвердить
запись» once at the same moment (PARENTS / SLOTS parents per slot). Prints the outcome
of every POST, the latency percentiles and, read back from the pages, how many bookings
exist. Standard library only; the app must run with --medkarta.bench.parents=PARENTS.

Usage: bench/booking.py BASE_URL PARENTS SLOTS [RUNS [WARMUP]]
"""
import re
import selectors
import socket
import sys
import time
import urllib.parse

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from session import sign_in  # noqa: E402

BASE, PARENTS, SLOTS = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
HOST = urllib.parse.urlparse(BASE)


def phone(index):
    return "+7901%07d" % index


started = time.time()
parents = []
for i in range(PARENTS):
    browser = sign_in(BASE, phone(i), "medkarta-demo")
    page = browser.get("/appointments")
    child = re.search(r'href="/appointments/children/([0-9a-f-]{36})/new"', page).group(1)
    parents.append((browser, child))
print("signed in %d parents in %.0f s" % (PARENTS, time.time() - started), file=sys.stderr)

RUNS = int(sys.argv[4]) if len(sys.argv) > 4 else 1
# Races first run and not counted: after a start the JIT compiler is still at work, and the
# first races on two cores measure that more than the booking.
WARMUP = int(sys.argv[5]) if len(sys.argv) > 5 else 0


def percentile(latencies, p):
    return latencies[min(len(latencies) - 1, int(round(p / 100 * len(latencies) + 0.5)) - 1)]


def free_slots(day_index):
    """The first SLOTS free slots of the paediatrician's day_index-th free day."""
    browser, child = parents[0]
    book = "/appointments/children/%s/new" % child
    doctor = re.search(r"doctor=([0-9a-f-]{36})", browser.get(book + "?specialty=PAEDIATRICIAN")).group(1)
    days = re.findall(r"day=(\d{4}-\d{2}-\d{2})", browser.get(book + "?specialty=PAEDIATRICIAN&doctor=" + doctor))
    page = browser.get(book + "?specialty=PAEDIATRICIAN&doctor=%s&day=%s" % (doctor, days[day_index]))
    found = list(dict.fromkeys(re.findall(r"slot=([0-9a-f-]{36})", page)))[:SLOTS]
    assert len(found) == SLOTS, "not enough free slots on one day"
    return found


def race(slots):
    """Every parent presses «Подтвердить запись» at once. One thread drives all the
    connections through a selector, as wrk does: each request is written the moment the
    race starts and timed from its own write to the end of its answer's headers. (An
    earlier version used a thread per parent; Python's interpreter lock then made the
    threads queue for each other, which the latency figures counted as the server's.)"""
    for browser, child in parents:
        browser.get("/appointments/children/%s/new" % child)  # a fresh CSRF token, as the page gives
    selector = selectors.DefaultSelector()
    requests = []
    for index, (browser, child) in enumerate(parents):
        cookie = "; ".join("%s=%s" % (c.name, c.value) for c in browser.jar)
        body = urllib.parse.urlencode({"slot": slots[index % SLOTS], "_csrf": browser.csrf})
        request = ("POST /appointments/children/%s/new HTTP/1.1\r\nHost: %s:%d\r\nCookie: %s\r\n"
                   "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: %d\r\n"
                   "Connection: close\r\n\r\n%s" % (child, HOST.hostname, HOST.port, cookie, len(body), body))
        connection = socket.create_connection((HOST.hostname, HOST.port), timeout=30)
        requests.append((connection, request.encode("ascii")))
    results = [None] * PARENTS
    began = [0.0] * PARENTS
    answers = [b""] * PARENTS
    for index, (connection, request) in enumerate(requests):
        began[index] = time.perf_counter()
        connection.sendall(request)
        connection.setblocking(False)
        selector.register(connection, selectors.EVENT_READ, index)
    waiting = PARENTS
    while waiting:
        for key, _ in selector.select(timeout=30):
            index = key.data
            chunk = key.fileobj.recv(65536)
            answers[index] += chunk
            if b"\r\n\r\n" in answers[index] or not chunk:
                took = time.perf_counter() - began[index]
                head = answers[index].split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
                status = int(head[0].split(" ")[1]) if head[0].startswith("HTTP/") else 0
                location = next((line.split(":", 1)[1].strip() for line in head[1:]
                                 if line.lower().startswith("location:")), "")
                results[index] = (status, location, took)
                selector.unregister(key.fileobj)
                key.fileobj.close()
                waiting -= 1
    return results


p99s = []
for run in range(1, WARMUP + RUNS + 1):
    results = race(free_slots(run))
    label = ("warm-up %d" % run) if run <= WARMUP else ("run %d" % (run - WARMUP))
    booked = [i for i, r in enumerate(results) if r[0] == 302 and r[1].endswith("/appointments")]
    refused = [i for i, r in enumerate(results) if r[0] == 302 and r[1].endswith("/new")]
    other = [r for r in results if not (r[0] == 302 and (r[1].endswith("/appointments") or r[1].endswith("/new")))]
    reasons = {}
    for i in refused:
        page = parents[i][0].get(results[i][1].replace(BASE, ""))
        reason = re.search(r'<div class="error-summary".*?<li>\s*<span[^>]*>([^<]+)</span>', page, re.S)
        key = reason.group(1).strip() if reason else "?"
        reasons[key] = reasons.get(key, 0) + 1
    held = sum(1 for browser, child in parents if "/reschedule" in browser.get("/appointments"))
    latencies = sorted(r[2] * 1000 for r in results)
    print("%s: POSTs %d; booked %d; refused %d %s; other answers %s; bookings the parents' pages show %d"
          % (label, len(results), len(booked), len(refused), reasons, other, held))
    if run > WARMUP:
        p99s.append(percentile(latencies, 99))
    print("%s: latency ms: median %.0f, p95 %.0f, p99 %.0f, max %.0f"
          % (label, percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99), latencies[-1]))
    # Leave the parents as they were, so the next run races on the same terms.
    for browser, child in parents:
        page = browser.get("/appointments")
        for booking in re.findall(r"/appointments/bookings/([0-9a-f-]{36})/cancel", page):
            browser.post("/appointments/bookings/%s/cancel" % booking, {})
print("p99 of the %d counted runs: %s ms; median %.0f ms"
      % (RUNS, ", ".join("%.0f" % p for p in p99s), sorted(p99s)[(len(p99s) - 1) // 2]))
