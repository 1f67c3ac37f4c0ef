#!/usr/bin/env python3
"""The import API over HTTP, as a clinic's system uses it: the demo clinic's administrator
makes an API key through the pages, then transaction bundles of 100 resources (the Patient
by SNILS and 99 lab results) go to POST /api/fhir/r4 from WORKERS connections at once.
Prints resources per second. Standard library only.

The lab results are complete blood counts. With SNILS "son" they go to the demo son, which
gives him a lab-results section of some thousands of entries for the large-section
figures; a number names anyone else (the record is kept by SNILS whether or not anyone
has linked that person).

Usage: bench/import.py BASE_URL WORKERS BUNDLES:SNILS|son ...
(each BUNDLES:SNILS is one timed run; one sign-in and one key serve them all, as a phone
gets one code a minute)
"""
import json
import re
import sys
import threading
import time
import urllib.request

import session

SON = "34567800399"


def snils(nine):
    """A valid SNILS from nine digits: the check number of the Pension Fund's rule."""
    total = sum(int(d) * (9 - i) for i, d in enumerate(nine))
    check = total if total < 100 else 0 if total in (100, 101) else total % 101
    return nine + "%02d" % (0 if check == 100 else check)
TESTS = [  # LOINC code, name, unit, low, high, typical
    ("718-7", "Гемоглобин", "г/л", 110, 140, 125),
    ("789-8", "Эритроциты", "10*12/л", 3.7, 4.9, 4.3),
    ("6690-2", "Лейкоциты", "10*9/л", 4.5, 11.0, 7.0),
    ("777-3", "Тромбоциты", "10*9/л", 150, 400, 260),
    ("4544-3", "Гематокрит", "%", 32, 42, 37),
    ("30341-2", "СОЭ", "мм/ч", 2, 10, 6),
    ("26478-8", "Лимфоциты", "%", 30, 60, 45),
    ("26499-4", "Нейтрофилы", "%", 30, 60, 45),
    ("26484-6", "Моноциты", "%", 2, 10, 6),
]


def bundle(person, stamp, number):
    patient = {"resourceType": "Patient", "id": "bench-" + person,
               "identifier": [{"system": "urn:oid:1.2.643.100.3", "value": person}],
               "name": [{"family": "Кузнецов", "given": ["Михаил"]}], "gender": "male"}
    entries = [{"resource": patient, "request": {"method": "PUT", "url": "Patient/bench-" + person}}]
    for i in range(99):
        code, name, unit, low, high, typical = TESTS[i % len(TESTS)]
        value = round(typical * (0.75 + ((number * 99 + i) % 50) / 100), 1)
        day = "20%02d-%02d-%02d" % (10 + (number // 300) % 15, 1 + (number // 28) % 12, 1 + number % 28)
        rid = "bench-%s-%d-%d" % (stamp, number, i)
        observation = {
            "resourceType": "Observation", "id": rid, "status": "final",
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                      "code": "laboratory"}]}],
            "code": {"coding": [{"system": "http://loinc.org", "code": code, "display": name}], "text": name},
            "subject": {"reference": "Patient/bench-" + person},
            "effectiveDateTime": day + "T09:%02d:00+03:00" % (i % 60),
            "valueQuantity": {"value": value, "unit": unit},
            "referenceRange": [{"low": {"value": low, "unit": unit}, "high": {"value": high, "unit": unit}}],
        }
        entries.append({"resource": observation, "request": {"method": "PUT", "url": "Observation/" + rid}})
    return json.dumps({"resourceType": "Bundle", "type": "transaction", "entry": entries}).encode("utf-8")


def main():
    base, workers = sys.argv[1], int(sys.argv[2])
    admin = session.sign_in(base, "+79000000004", "medkarta-demo")
    clinic = re.search(r'action="/clinic/api-keys/([0-9a-f-]{36})"', admin.get("/clinic/api-keys")).group(1)
    page = admin.post("/clinic/api-keys/" + clinic, {"name": "Нагрузочный тест %d" % time.time()})
    key = re.search(r'<code class="secret">([^<]+)</code>', page).group(1)
    for spec in sys.argv[3:]:
        count, who = spec.split(":")
        run(base, key, workers, int(count), SON if who == "son" else snils(who[:9]))


def run(base, key, workers, count, person):
    stamp = str(time.time_ns())
    bodies = [bundle(person, stamp, n) for n in range(count)]
    failures = []
    queue = list(range(count))
    lock = threading.Lock()

    def work():
        while True:
            with lock:
                if not queue:
                    return
                n = queue.pop()
            request = urllib.request.Request(base + "/api/fhir/r4", data=bodies[n], method="POST", headers={
                "Authorization": "Bearer " + key, "Content-Type": "application/fhir+json"})
            try:
                with urllib.request.urlopen(request) as response:
                    response.read()
            except Exception as ex:  # noqa: BLE001 - counted and reported
                failures.append(str(ex))

    started = time.monotonic()
    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.monotonic() - started
    print("import over HTTP for %s: %d bundles of 100 resources, %d workers, %.1f s, %.0f resources/s, %d failed"
          % (person, count, workers, seconds, count * 100 / seconds, len(failures)))
    if failures:
        print(failures[0])


if __name__ == "__main__":
    main()
