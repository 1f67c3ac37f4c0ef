#!/usr/bin/env python3
"""Signs in to a running Medkarta in the default mode (codes from the dev outbox) and
prints the session cookie, for load tools. Standard library only.

Usage: bench/session.py BASE_URL PHONE PASSWORD
"""
import http.cookiejar
import json
import re
import sys
import time
import urllib.parse
import urllib.request


class Browser:
    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.csrf = None

    def get(self, path):
        with self.opener.open(self.base + path) as response:
            body = response.read().decode("utf-8")
        found = re.search(r'name="_csrf" value="([^"]+)"', body)
        if found:
            self.csrf = found.group(1)
        return body

    def post(self, path, fields):
        data = dict(fields)
        data["_csrf"] = self.csrf
        request = urllib.request.Request(self.base + path, data=urllib.parse.urlencode(data).encode("utf-8"))
        with self.opener.open(request) as response:
            body = response.read().decode("utf-8")
        found = re.search(r'name="_csrf" value="([^"]+)"', body)
        if found:
            self.csrf = found.group(1)
        return body

    def cookie(self, name):
        return next(c.value for c in self.jar if c.name == name)


def sign_in(base, phone, password):
    browser = Browser(base)
    browser.get("/signin")
    browser.post("/signin", {"identifier": phone, "password": password})
    code = None
    for _ in range(50):  # the code may reach the outbox a moment after the page
        with urllib.request.urlopen(base + "/dev/outbox.json") as response:
            messages = json.loads(response.read().decode("utf-8"))
        code = next((re.search(r"\b(\d{6})\b", m["text"]).group(1) for m in messages
                     if m["recipient"].replace(" ", "") == phone and re.search(r"\b\d{6}\b", m["text"])), None)
        if code:
            break
        time.sleep(0.1)
    page = browser.post("/signin/code", {"code": code})
    if 'action="/signout"' not in page:
        raise SystemExit("Sign-in of %s failed; a phone gets one code a minute, try again in a minute" % phone)
    return browser


if __name__ == "__main__":
    print(sign_in(sys.argv[1], sys.argv[2], sys.argv[3]).cookie("MEDKARTA_SESSION"))
