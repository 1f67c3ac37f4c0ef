#!/usr/bin/env python3
"""Gives the demo parent a grant for the demo son through the pages (request, then the
demo clinic's staff take it into review and approve), once; prints the parent's session
cookie and the child's id for the load tool. Standard library only.

Usage: bench/grant.py BASE_URL
"""
import re
import sys

import session

base = sys.argv[1]
parent = session.sign_in(base, "+79000000001", "medkarta-demo")
page = parent.get("/services/records")
ask = re.search(r"/records/children/([0-9a-f-]{36})/request", page)
if ask:
    parent.post("/records/children/%s/request" % ask.group(1), {})
    staff = session.sign_in(base, "+79000000003", "medkarta-demo")
    request = re.search(r"/clinic/requests/([0-9a-f-]{36})", staff.get("/clinic/requests")).group(1)
    for action in ("take", "approve"):
        form = staff.get("/clinic/requests/" + request)
        version = re.search(r'name="version" value="(\d+)"', form).group(1)
        staff.post("/clinic/requests/" + request, {"version": version, "action": action, "text": ""})
    page = parent.get("/services/records")
child = re.search(r'/records/children/([0-9a-f-]{36})"', page).group(1)
print(parent.cookie("MEDKARTA_SESSION"), child)
