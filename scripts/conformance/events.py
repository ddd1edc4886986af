#!/usr/bin/env python3
"""Conformance of the event planner's agenda import over the real Sched.com exports in
CORPORA/ical/swiftarr-sched: each schedule imported as the agenda of an event spanning its days,
with every session kept (counted independently from the file's BEGIN:VEVENT lines), titles,
rooms (LOCATION) and tracks (CATEGORIES) carried over, a re-import updating instead of adding,
a chosen plan exported and read back, and the file refused (one line, exit 1, nothing changed)
for an event on other dates. Writes the "Events" section of docs/CONFORMANCE.md.
Arguments: SCHED_DIR FOOTHOLD_CLI CONFORMANCE_MD"""
import json
import os
import re
import subprocess
import sys
import tempfile
import time

sched_dir, cli, doc = sys.argv[1:4]
failures = []
rows = []


def run(env, db, *args, timeout=60):
    started = time.monotonic()
    p = subprocess.run([cli, "--db", db, *args], capture_output=True, text=True, env=env, timeout=timeout)
    return p, time.monotonic() - started


def check(ok, what):
    if not ok:
        failures.append(what)
    return ok


for name in sorted(f for f in os.listdir(sched_dir) if f.endswith(".ics")):
    path = os.path.join(sched_dir, name)
    text = open(path, encoding="utf-8").read()
    vevents = text.count("BEGIN:VEVENT")
    starts = sorted(re.findall(r"^DTSTART:(\d{8})T", text, re.M))
    categories = len(re.findall(r"^CATEGORIES:.+", text, re.M))
    locations = len(re.findall(r"^LOCATION:.+", text, re.M))
    first = f"{starts[0][:4]}-{starts[0][4:6]}-{starts[0][6:]}"
    last = f"{starts[-1][:4]}-{starts[-1][4:6]}-{starts[-1][6:]}"
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(tmp, "config"), XDG_DATA_HOME=os.path.join(tmp, "data"))
        db = os.path.join(tmp, "c.sqlite3")
        run(env, db, "add", "event", "--name", "Cruise", "--kind", "conference", "--start", first, "--end", last, "--tz", "UTC")
        run(env, db, "add", "event", "--name", "Elsewhere", "--kind", "conference", "--start", "2030-01-01", "--tz", "UTC")
        p, seconds = run(env, db, "import", "agenda", path, "--event", "Cruise", "--quiet")
        imported = check(p.returncode == 0, f"{name}: import failed: {p.stderr.strip()}")
        sessions = json.loads(run(env, db, "event", "sessions", "Cruise", "--json")[0].stdout or "[]")
        check(len(sessions) == vevents, f"{name}: {len(sessions)} sessions, the file has {vevents}")
        check(all(s["title"] and s["start"].endswith("Z") for s in sessions), f"{name}: a session without title or start")
        tracks = sum(1 for s in sessions if s["track"])
        rooms = sum(1 for s in sessions if s["room"])
        check(tracks == categories, f"{name}: {tracks} tracks, the file has {categories} CATEGORIES")
        check(rooms == locations, f"{name}: {rooms} rooms, the file has {locations} LOCATION values")
        again = run(env, db, "import", "agenda", path, "--event", "Cruise", "--quiet")[0]
        check(f"(added 0, updated {vevents})" in again.stdout, f"{name}: re-import: {again.stdout.strip()}")
        # Choose every session: the clashes are counted (a cruise runs many rooms at once).
        ids = [str(s["id"]) for s in sessions]
        chosen = run(env, db, "event", "choose", "Cruise", *ids)[0]
        clashes = chosen.stderr.count("clashes with")
        plan = os.path.join(tmp, "plan.ics")
        exported = run(env, db, "export", "plan", plan, "--event", "Cruise")[0]
        check(exported.returncode == 0, f"{name}: export plan failed: {exported.stderr.strip()}")
        written = open(plan, encoding="utf-8").read().count("BEGIN:VEVENT") if os.path.exists(plan) else 0
        check(written == vevents, f"{name}: plan has {written} sessions, {vevents} chosen")
        # The same file for an event on other dates: refused, one line, nothing added.
        refused = run(env, db, "import", "agenda", path, "--event", "Elsewhere")[0]
        check(refused.returncode == 1 and refused.stderr.count("\n") == 1 and "within the event's dates" in refused.stderr,
              f"{name}: other dates: exit {refused.returncode}: {refused.stderr.strip()}")
        left = json.loads(run(env, db, "event", "sessions", "Elsewhere", "--json")[0].stdout or "[]")
        check(left == [], f"{name}: the refused import added {len(left)} sessions")
        rows.append((name, vevents, len(sessions), tracks, rooms, clashes, written, seconds, imported))

lines = ["## Events: conference agendas (Sched.com)", "",
         "`scripts/conformance/events.sh CORPORA_DIR` imports each real Sched.com export in",
         "`ical/swiftarr-sched` with `foothold-cli import agenda` as the agenda of an event spanning its",
         "days (fresh database each time), and checks: every session kept (against the file's own",
         "BEGIN:VEVENT lines), every CATEGORIES value as the track and LOCATION as the room, a re-import",
         "updating every session by UID and adding none, all sessions chosen and exported as a plan with",
         "the same count, and the same file refused for an event on other dates (exit 1, one line,",
         "nothing added). Both files are unfolded, have lines up to 1,423 characters, and the 2019 one",
         "has no DTSTAMP: all read.", "",
         "| File | VEVENTs | Sessions | Tracks | Rooms | Clashing pairs (all chosen) | Plan | Import (s, debug build) |",
         "|---|---|---|---|---|---|---|---|"]
for name, vevents, sessions, tracks, rooms, clashes, written, seconds, _ in rows:
    lines.append(f"| {name} | {vevents} | {sessions} | {tracks} | {rooms} | {clashes} | {written} | {seconds:.2f} |")
lines.append("")
lines.append("Result: " + ("all checks pass." if not failures else f"{len(failures)} check(s) FAILED."))
lines.append("")
section = "\n".join(lines) + "\n"

begin, end = "<!-- events:begin -->", "<!-- events:end -->"
text = open(doc, encoding="utf-8").read() if os.path.exists(doc) else "# Conformance\n\n"
block = f"{begin}\n{section}{end}"
if begin in text and end in text:
    text = text[:text.index(begin)] + block + text[text.index(end) + len(end):]
else:
    text = text.rstrip("\n") + "\n\n" + block + "\n"
with open(doc, "w", encoding="utf-8") as f:
    f.write(text)

print(section)
for f in failures:
    print("FAIL", f, file=sys.stderr)
sys.exit(1 if failures else 0)
