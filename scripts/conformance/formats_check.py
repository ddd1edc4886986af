#!/usr/bin/env python3
"""Conformance of Foothold's vCard, iCalendar and LinkedIn readers over the shared corpora.

Usage: formats_check.py CORPORA_DIR PROBE [--doc docs/CONFORMANCE.md]

Runs PROBE (tests/tools/formats_probe) on every data file, under a timeout, and checks:
  - no crash and no hang, on any file (fuzzer reproducers included);
  - every file under malformed/ is refused with a line number (fuzz files: no crash is enough);
  - every other file is imported (parsed, then imported into a fresh database), except those in
    REFUSED_INVALID: they hold a value invalid by the spec, must be refused with a line, and with
    --skip-invalid must import every record but the invalid ones;
  - counts against what the suites ship: libical recur.txt X-EXPECT-NUMEVENTS, ical.js jCal and
    jCard JSON, kcontacts .ref re-exports, and the file's own BEGIN:VEVENT / BEGIN:VCARD lines and
    CSV rows (read here with Python's csv module).
Files that are known not to meet their folder's verdict are listed in KNOWN with the reason; an
unexpected result, a crash or a hang makes the run fail (exit 1). With --doc, the results
replace the formats section of that file.
"""
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile

TIMEOUT = 30  # seconds per file

# Files whose result differs from what their folder says, and why. Each is a decision, not a bug
# left open: most are pairs the corpora label both ways (the same defect in a "malformed" file
# and in a well-formed one), where Foothold follows RFC 5545/6350.
KNOWN = {
    # vCard
    'vcard/kde-kcontacts/vcard7.vcf': 'refused (line 1): the card holds only an address and a UID: nothing to name a contact by '
                                      '(no FN, N, ORG or EMAIL)',
    # iCalendar: well-formed folder, refused
    'ical/collective-icalendar/calendars/issue_1081_empty_rdate.ics': 'refused (line 7): `RDATE:` with no value; the same defect '
        '(`EXDATE;VALUE=DATE:` empty) is in malformed/calendars/parsing_error.ics',
    'ical/collective-icalendar/calendars/issue_168_input.ics': 'refused (line 6): `X-APPLE-RADIUS=49.9…` has no “:”; a line '
        'without a colon is what malformed/calendars/issue_104_broken_calendar.ics tests',
    'ical/collective-icalendar/calendars/issue_350.ics': 'refused: a property line after END:VCALENDAR (outside any component)',
    'ical/collective-icalendar/calendars/issue_351_whitespace_in_property_and_params.ics': 'refused (line 4): '
        '`REFRESH - INTERVAL; VALUE = DURATION:…` — spaces inside a property name',
    'ical/collective-icalendar/calendars/multiple_calendar_components.ics': 'refused (line 2): a bare `VERSION` line with no “:” '
        '(as in malformed issue_104)',
    'ical/collective-icalendar/calendars/multiple_timezones.ics': 'refused (line 23): `RDATE;VALUE=TIME` — TIME is not a value '
        'type RDATE may have (RFC 5545 3.8.5.2)',
    'ical/collective-icalendar/calendars/pr_480_summary_with_colon.ics': 'refused (line 1): the file ends without END:VCALENDAR '
        '(as malformed/calendars/small_bad_calendar.ics does)',
    'ical/collective-icalendar/calendars/timezone_rdate.ics': 'refused (line 53): `SUMMARY=testevent` has no “:”',
    'ical/collective-icalendar/calendars/timezone_same_start_and_offset.ics': 'refused: the file ends with `END:VCALENDARD`',
    'ical/ical4j/valid/1106817412.ics': 'refused: not UTF-8 (Latin-1 bytes); iCalendar is UTF-8 and Foothold does not guess '
        'another encoding',
    'ical/libical/calendar.ics': 'refused (line 25): `DTEND:19970701T1100000Z` is not a date-time (libical\'s own test data '
        'has a typo)',
    'ical/libical/process-calendar.ics': 'refused: `DTEND:19970701T1300Z` is not a date-time (seconds missing)',
    'ical/libical/process-incoming.ics': 'refused: `DTEND:19970701T1300Z` is not a date-time (seconds missing)',
    'ical/node-ical/bad_custom_ms_tz.ics': 'refused (line 40): `DURATION:-PT1W1D2H3M4S` (weeks and days together, negative) is '
        'not a duration; imports with --skip-invalid',
    'ical/node-ical/bad_custom_ms_tz2.ics': 'refused: the same invalid DURATION as bad_custom_ms_tz.ics',
    'ical/node-ical/event-with-valarm.ics': 'refused (line 6): `ORGANIZER="mailto:…"` has no “:” after the name',
    'ical/node-ical/multi-event-basic.ics': 'refused (line 74): `DTSTART;VALUE=DATE:Next Year` is not a date (the suite\'s '
        'deliberate junk); the other 8 events import with --skip-invalid',
    'ical/radicale/event_rdate_period_start_stop.ics': 'refused (line 11): `RDATE;VALUE=PERIOD:…/…/` — a trailing “/” is not a '
        'period (as malformed/events/issue_464_invalid_rdate.ics)',
    'ical/collective-icalendar/calendars/issue_178_custom_component_contains_other.ics': 'refused (line 1): `BEGIN:MYCOMPTOO` at '
        'the top — an unknown component where a VCALENDAR must be (as malformed issue_178_component_with_invalid_name_represented)',
    # iCalendar: malformed folder, imported
    'ical/ical4j/malformed/CalendarDataFile.ics': 'imported: ical4j\'s validator rejects it (the corpus does not say which rule); '
        'every property Foothold reads is valid',
    'ical/ical4j/malformed/OZMovies.ics': 'imported: empty LOCATION values (ignored); ical4j\'s validator rejects it for rules on '
        'properties Foothold does not read',
    'ical/ical4j/malformed/boeing.ics': 'imported (nothing to import): the bad dates are in a VFREEBUSY, which Foothold does not '
        'import; warned',
    'ical/ical4j/malformed/core.ics': 'imported: no DTSTAMP in any event, as in the Sched exports the corpus README says to accept',
    'ical/ical4j/malformed/eli_courtwright.ics': 'imported: no PRODID; the event is readable',
    'ical/ical4j/malformed/eli_test.ics': 'imported: no PRODID; the event is readable',
    'ical/ical4j/malformed/groupwise.ics': 'imported: the PRODID lacks its //EN; nothing Foothold reads is wrong',
    'ical/ical4j/malformed/korganizer-lowercase.ics': 'imported: names are case-insensitive (RFC 5545 3.1), so `BEGIN:Vcalendar` is fine',
    'ical/ical4j/malformed/korganizer.ics': 'imported: ical4j\'s validator rejects it (the corpus does not say which rule); every '
        'property Foothold reads is valid',
    'ical/ical4j/malformed/lastfm.ics': 'imported: ical4j\'s validator rejects it (unescaped text, says the corpus); the text reads '
        'as written',
    'ical/ical4j/malformed/overlaps.ics': 'imported: events without SUMMARY (named “Untitled event”, warned)',
    'ical/ical4j/malformed/schedule-unstable.ics': 'imported: a DATE start with a DATE-TIME end (its day is used, warned)',
    'ical/ical4j/malformed/sogo-geo-escaped-semicolon.ics': 'imported: the bad GEO is not read by Foothold',
    'ical/ical4j/malformed/talios.ics': 'imported: ical4j\'s validator rejects it (the corpus does not say which rule); every '
        'property Foothold reads is valid',
    'ical/ical4j/malformed/tmeher.ics': 'imported: an empty CLASS (ignored); nothing Foothold reads is wrong',
    'ical/ical4j/malformed/twinkle.ics': 'imported: a URL without a scheme (left out, warned)',
    'ical/ical4j/malformed/twinkle_orig.ics': 'imported: a URL without a scheme (left out, warned)',
    'ical/khal/malformed/event_dt_rrule_invalid_until.ics': 'imported: UNTIL of the other value type than DTSTART; read as its '
        'day (warned), as Exchange and Evolution exports in the well-formed folders need',
    'ical/khal/malformed/event_dt_rrule_invalid_until2.ics': 'imported: as event_dt_rrule_invalid_until.ics',
    'ical/khal/malformed/event_invalid_exdate.ics': 'imported: the EXDATEs match no instance and exclude nothing (warned); RFC '
        '5545 does not forbid it',
    'ical/khal/malformed/event_rrule_recuid_invalid_tzid.ics': 'imported: `TZID=foo` is unknown, read as floating time (warned), '
        'as khal\'s own well-formed event_dt_local_missing_tz.ics needs',
    'ical/vobject/malformed/badstream.ics': 'imported: the nonsensical TRIGGER is in a VALARM, which Foothold does not import (warned)',
    # LinkedIn
    'linkedin/pedrofuentes-kawsay/messages.csv': 'refused: a messages.csv export, not Connections.csv (importing messages is not '
        'part of this issue)',
    'linkedin/labeldekho-linkedin-network-intelligence/Messages.csv': 'refused: a messages.csv export, not Connections.csv',
}

# Files from well-formed folders that hold a value invalid by their format's specification, which
# Foothold would have to drop or store wrongly: the import is refused, with the line, as issue 4
# asks ("on any error ... the database is exactly as before"). Checked: refused with a line; with
# --skip-invalid (the probe's import_skip_invalid) every other record imports and each record is
# accounted for; the suites' counts are still checked on what the reader read.
REFUSED_INVALID = {
    'vcard/evolution-data-server/libebook-vcard/13.vcf': 'refused (line 13): `EMAIL:semicolon\\;@points.net` is not an e-mail '
        'address (an unquoted `;` in the local part; the suite\'s "evil" test); with --skip-invalid its one card is skipped',
    'vcard/ez-vcard/John_Doe_ANDROID.vcf': 'refused (lines 44, 52, 82): an EMAIL that is `ÑÑÑ…`, a PHOTO whose base64 is cut '
        '(1,169 characters: not a multiple of 4) and an ORG whose quoted-printable is cut inside a UTF-8 sequence; with '
        '--skip-invalid the 2 cards holding them are skipped and the other 4 import',
    'vcard/ez-vcard/John_Doe_BLACK_BERRY.vcf': 'refused (line 7): the PHOTO\'s base64 is cut (2,233 characters: not a multiple '
        'of 4); with --skip-invalid its one card is skipped',
    'vcard/vobject/simple_3_0_test.ics': 'refused (line 6): `BDAY;value=date:02-10` is no date in RFC 2426 or RFC 6350 (a '
        'year-less date is `--0210`; `02-10` could as well be ISO 8601:1988\'s year 02, month 10); the corpus calls it '
        'truncated; with --skip-invalid its one card is skipped',
}

# Well-formed folder, refused because an event in it is broken, as the issue says an import must
# be (nothing imported unless --skip-invalid): the refusal is checked against what is wrong.
KNOWN_REFUSALS = {
    'ical/libical/2446.ics': (r'the event ends \(1997-07-01T23:00:00Z\) before it starts',
                              'refused (line 74): DTEND 1997-07-01 18:00 is before DTSTART 1997-07-02 16:00 (RFC 5545 3.8.2.2: '
                              'DTEND must be later); libical reads it without a word'),
    'ical/node-ical/daily-count-exdate-recurrence-id.ics': (
        r'the event ends \(2015-07-07T23:00:00Z\) before it starts',
        'refused (line 16): the moved instance has DTSTART 2015-07-09 15:00 and DTEND 2015-07-07 16:00, before it'),
}

# Counts that differ from a suite's expectation, and why.
KNOWN_COUNTS = {}


def vevents_without_dtstart(raw):
    """Lines of the VEVENTs that have no DTSTART of their own, read here independently of Foothold;
    none when the file is an iTIP message (METHOD), where RFC 5545 3.6.1 allows it."""
    text = raw.decode('utf-8', 'replace')
    lines = re.split(r'\r\n|\n|\r', text)
    found, stack, method = [], [], False
    for number, line in enumerate(lines, 1):
        if line[:1] in (' ', '\t'):
            continue  # a folded continuation
        name = re.split(r'[;:]', line, 1)[0].strip().upper()
        value = line.split(':', 1)[1].strip().upper() if ':' in line else ''
        if name == 'BEGIN':
            stack.append([value, number, False])
        elif name == 'END':
            if stack:
                component, begin, has_start = stack.pop()
                if component == 'VEVENT' and not has_start:
                    found.append(begin)
        elif name == 'DTSTART' and stack and stack[-1][0] == 'VEVENT':
            stack[-1][2] = True
        elif name == 'METHOD' and (not stack or stack[-1][0] == 'VCALENDAR'):
            method = True
    return [] if method else found

SKIP_SUFFIXES = ('.md', '.json', '.txt', '.ref', '.2_1ref', '.xml')


def kind_of(rel):
    top = rel.split('/', 1)[0]
    return {'vcard': 'vcard', 'ical': 'ics', 'linkedin': 'linkedin'}[top]


def run_probe(probe, kind, path):
    try:
        p = subprocess.run([probe, kind, path], capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, 'hang (more than %d s)' % TIMEOUT
    if p.returncode != 0:
        return None, 'crash (exit %d): %s' % (p.returncode, p.stderr.decode('utf-8', 'replace')[-300:])
    try:
        return json.loads(p.stdout), None
    except ValueError as e:
        return None, 'bad probe output: %s' % e


def records(d):
    return d.get('events', d.get('cards', d.get('rows', [])))


def refusal(d):
    """The first error of a refused file, or None when the file was imported."""
    imp = d['import']
    if imp['ok']:
        return None
    errs = imp['errors'] or [imp['failure']]
    return errs[0]


def has_line(message, path):
    return re.match(re.escape(path) + r':\d+: ', message) is not None


def refused_invalid_problem(d, refused, path):
    """None when a file of REFUSED_INVALID is refused with a line and imports the rest with --skip-invalid."""
    if refused is None:
        return 'imported, but REFUSED_INVALID says it holds an invalid value: remove it from there'
    if not has_line(refused, path):
        return 'refused without a line: ' + refused
    skip = d.get('import_skip_invalid')
    if not skip or not skip['ok']:
        return 'refused with --skip-invalid too: %s' % (skip or {}).get('failure')
    recs = records(d)
    processed = skip['added'] + skip['updated'] + skip['unchanged'] + skip['skipped']
    invalid = len([r for r in recs if r.get('errors')])
    if processed != len(recs) or skip['skipped'] < invalid or invalid == 0:
        return '--skip-invalid: %s for %d records, %d with errors' % (skip['summary'], len(recs), invalid)
    return None


# --- counts against the suites' expectations -------------------------------------------------

def jcal_vevents(node):
    n = 0
    if isinstance(node, list) and node and isinstance(node[0], str):
        name = node[0]
        if name == 'vevent':
            n += 1
        if len(node) > 2 and isinstance(node[2], list):
            for child in node[2]:
                n += jcal_vevents(child)
    elif isinstance(node, list):
        for child in node:
            n += jcal_vevents(child)
    return n


def jcards(node):
    if isinstance(node, list) and node and node[0] == 'vcard':
        return [node]
    return [c for c in node if isinstance(c, list) and c and c[0] == 'vcard']


def check_counts(root, rel, kind, d, probe):
    """(checked, problems) for one file."""
    path = os.path.join(root, rel)
    problems = []
    checked = 0
    raw = open(path, 'rb').read()
    recs = records(d)
    if kind == 'ics':
        begins = len(re.findall(rb'(?im)^BEGIN:VEVENT\r*$', raw))
        checked += 1
        if begins != d['vevents']:
            problems.append('%d BEGIN:VEVENT lines, %d VEVENTs read' % (begins, d['vevents']))
        base, _ = os.path.splitext(path)
        if rel.startswith('ical/ical.js/') and os.path.exists(base + '.json'):
            expected = jcal_vevents(json.load(open(base + '.json')))
            checked += 1
            if expected != d['vevents']:
                problems.append('jCal has %d VEVENTs, %d read' % (expected, d['vevents']))
    elif kind == 'vcard':
        begins = len(re.findall(rb'(?im)^(?:[A-Za-z0-9-]+\.)?BEGIN:VCARD\r*$', raw))
        checked += 1
        if begins != len(recs):
            problems.append('%d BEGIN:VCARD lines, %d cards read' % (begins, len(recs)))
        base, _ = os.path.splitext(path)
        if rel.startswith('vcard/ical.js/') and os.path.exists(base + '.json'):
            cards = jcards(json.load(open(base + '.json')))
            checked += 1
            if len(cards) != len(recs):
                problems.append('jCard has %d cards, %d read' % (len(cards), len(recs)))
            for card, rec in zip(cards, recs):
                props = card[1]
                fn = [p[3] for p in props if p[0] == 'fn']
                emails = [p for p in props if p[0] == 'email']
                tels = [p for p in props if p[0] == 'tel']
                checked += 3
                if fn and fn[0] != rec['name']:
                    problems.append('jCard FN %r, read %r' % (fn[0], rec['name']))
                if len(emails) != len(rec['emails']):
                    problems.append('jCard has %d EMAIL, read %d' % (len(emails), len(rec['emails'])))
                if len(tels) != len(rec['phones']):
                    problems.append('jCard has %d TEL, read %d' % (len(tels), len(rec['phones'])))
        if rel.startswith('vcard/kde-kcontacts/'):
            folder, name = os.path.split(path)
            for ref in sorted(os.listdir(folder)):
                if not (ref.startswith(name + '.') or ref == 'v4_0.' + name + '.ref'):
                    continue
                r, err = run_probe(probe, 'vcard', os.path.join(folder, ref))
                if err:
                    problems.append('%s: %s' % (ref, err))
                    continue
                if refusal(r) is not None:
                    continue  # kcontacts' own re-export is not always readable (raw bytes in a 2.1 PHOTO)
                refcards = records(r)
                checked += 1
                if len(refcards) != len(recs):
                    problems.append('%s has %d cards, %d read' % (ref, len(refcards), len(recs)))
                    continue
                for a, b in zip(recs, refcards):
                    checked += 3
                    ea = sorted(e[0].lower() for e in a['emails'])
                    eb = sorted(e[0].lower() for e in b['emails'])
                    if ea != eb:
                        problems.append('%s: e-mails %s, read %s' % (ref, eb, ea))
                    if len(a['phones']) != len(b['phones']):
                        problems.append('%s: %d phones, read %d' % (ref, len(b['phones']), len(a['phones'])))
                    if a['org'] != b['org']:
                        problems.append('%s: ORG %r, read %r' % (ref, b['org'], a['org']))
    elif kind == 'linkedin' and d['import']['ok']:
        text = raw.decode('utf-8-sig')
        lines = text.splitlines(True)
        header = next((i for i, l in enumerate(lines) if 'First Name' in l and 'Last Name' in l), None)
        rows = [r for r in csv.reader(io.StringIO(''.join(lines[header:])))][1:]
        rows = [r for r in rows if any(c.strip() for c in r)]
        checked += 2
        if len(rows) != len(recs):
            problems.append('%d CSV rows (Python csv), %d read' % (len(rows), len(recs)))
        imp = d['import']
        processed = imp['added'] + imp['skipped'] + int(imp['summary'].split('updated ')[1].split(',')[0]) \
            + int(imp['summary'].split('unchanged ')[1].split(',')[0])
        if processed != len(rows):
            problems.append('%d rows, %d imported or skipped' % (len(rows), processed))
    return checked, problems


def check_recur(root, probe):
    """libical's recur.txt: each VEVENT block's instances against X-EXPECT-NUMEVENTS."""
    text = open(os.path.join(root, 'ical/libical/recur.txt'), encoding='utf-8').read()
    blocks = re.findall(r'^BEGIN:VEVENT\n.*?^END:VEVENT\n', text, re.M | re.S)
    passed, problems = 0, []
    with tempfile.TemporaryDirectory() as tmp:
        for i, block in enumerate(blocks):
            expected = int(re.search(r'X-EXPECT-NUMEVENTS:\s*(-?\d+)', block).group(1))
            path = os.path.join(tmp, 'recur-%02d.ics' % i)
            open(path, 'w', encoding='utf-8').write(block)
            d, err = run_probe(probe, 'ics', path)
            if err:
                problems.append('vector %d: %s' % (i + 1, err))
                continue
            got = len([e for e in d['events'] if not e['errors'] and not e['skip']])
            if got == expected:
                passed += 1
            else:
                problems.append('vector %d: %d instances expected, %d' % (i + 1, expected, got))
    return len(blocks), passed, problems


def main():
    args = sys.argv[1:]
    doc = None
    if '--doc' in args:
        i = args.index('--doc')
        doc = args[i + 1]
        del args[i:i + 2]
    root, probe = args
    files = []
    for area in ('vcard', 'ical', 'linkedin'):
        for d, _, names in os.walk(os.path.join(root, area)):
            for n in names:
                rel = os.path.relpath(os.path.join(d, n), root)
                if n.endswith(SKIP_SUFFIXES) and not n.endswith('recur.txt'):
                    continue
                if n == 'recur.txt':
                    continue
                if area == 'linkedin' and not n.endswith('.csv'):
                    continue
                files.append(rel)
    files.sort()
    stats = {}
    failures = []
    notes = []
    stale = []
    for rel in files:
        parts = rel.split('/')
        source = parts[0] + '/' + parts[1]
        s = stats.setdefault(source, {'files': 0, 'good': 0, 'good_ok': 0, 'bad': 0, 'bad_ok': 0, 'fuzz': 0, 'fuzz_ok': 0,
                                      'checks': 0, 'checks_ok': 0})
        s['files'] += 1
        kind = kind_of(rel)
        path = os.path.join(root, rel)
        d, err = run_probe(probe, kind, path)
        fuzz = '/malformed/fuzz/' in rel
        malformed = '/malformed/' in rel
        if err:
            failures.append('%s: %s' % (rel, err))
            s['fuzz' if fuzz else 'bad' if malformed else 'good'] += 1
            continue
        refused = refusal(d)
        if fuzz:
            s['fuzz'] += 1
            s['fuzz_ok'] += 1  # no crash, no hang
            continue
        if malformed:
            s['bad'] += 1
            ok = refused is not None and has_line(refused, path)
        elif rel in REFUSED_INVALID:
            s['good'] += 1
            problem = refused_invalid_problem(d, refused, path)
            if problem:
                failures.append('%s: %s' % (rel, problem))
            else:
                notes.append((rel, REFUSED_INVALID[rel]))
            checked, problems = check_counts(root, rel, kind, d, probe)
            s['checks'] += checked
            s['checks_ok'] += checked - len(problems)
            failures += ['%s: count: %s' % (rel, p) for p in problems]
            continue
        else:
            s['good'] += 1
            ok = refused is None
        no_start = [] if malformed or refused is None or kind != 'ics' else vevents_without_dtstart(open(path, 'rb').read())
        if ok:
            s['bad_ok' if malformed else 'good_ok'] += 1
            if rel in KNOWN or rel in KNOWN_REFUSALS:
                stale.append(rel)
        elif rel in KNOWN:
            notes.append((rel, KNOWN[rel]))
        elif rel in KNOWN_REFUSALS and has_line(refused, path) and re.search(KNOWN_REFUSALS[rel][0], refused):
            notes.append((rel, KNOWN_REFUSALS[rel][1]))
        elif no_start and re.match(re.escape(path) + r':%d: the event has no DTSTART' % no_start[0], refused):
            # Test suites' fragments: events that lack the DTSTART RFC 5545 requires outside iTIP.
            s['no_start'] = s.get('no_start', 0) + 1
            notes.append((rel, 'refused (line %d): a VEVENT without DTSTART (RFC 5545 3.6.1 requires one outside an iTIP '
                               'message)%s' % (no_start[0], '' if len(no_start) == 1 else '; %d such events' % len(no_start))))
        else:
            failures.append('%s: %s' % (rel, ('accepted, but it is malformed' if malformed else 'refused: ' + (refused or ''))))
        if not malformed and refused is None:
            checked, problems = check_counts(root, rel, kind, d, probe)
            s['checks'] += checked
            s['checks_ok'] += checked - len(problems)
            for p in problems:
                if (rel, p) in KNOWN_COUNTS:
                    notes.append((rel, KNOWN_COUNTS[(rel, p)]))
                else:
                    failures.append('%s: count: %s' % (rel, p))
    vectors, vectors_ok, recur_problems = check_recur(root, probe)
    failures += ['ical/libical/recur.txt: ' + p for p in recur_problems]

    # Report.
    out = []
    out.append('| source | well-formed imported | malformed refused with a line | fuzz inputs without crash or hang | '
               'counts checked against expectations |')
    out.append('| --- | --- | --- | --- | --- |')
    totals = {k: 0 for k in ('good', 'good_ok', 'bad', 'bad_ok', 'fuzz', 'fuzz_ok', 'checks', 'checks_ok')}
    for source in sorted(stats):
        s = stats[source]
        if source == 'ical/libical':
            s['checks'] += vectors
            s['checks_ok'] += vectors_ok
        for k in totals:
            totals[k] += s[k]

        def cell(ok, total):
            return '—' if total == 0 else '%d/%d (%d%%)' % (ok, total, round(100.0 * ok / total))
        out.append('| %s | %s | %s | %s | %s |' % (source, cell(s['good_ok'], s['good']), cell(s['bad_ok'], s['bad']),
                                                   cell(s['fuzz_ok'], s['fuzz']), cell(s['checks_ok'], s['checks'])))
    out.append('| **all** | %d/%d | %d/%d | %d/%d | %d/%d |' % (totals['good_ok'], totals['good'], totals['bad_ok'], totals['bad'],
                                                             totals['fuzz_ok'], totals['fuzz'], totals['checks_ok'], totals['checks']))
    out.append('')
    out.append('libical `recur.txt`: %d of %d RRULE vectors give X-EXPECT-NUMEVENTS instances.' % (vectors_ok, vectors))
    out.append('')
    out.append('Files not handled as their folder says (%d), and why:' % len(notes))
    out.append('')
    for rel, reason in sorted(notes):
        out.append('- `%s` — %s' % (rel, reason))
    report = '\n'.join(out) + '\n'
    print(report)
    for rel in stale:
        print('note: %s now meets its folder\'s verdict: remove it from KNOWN' % rel)
    for f in failures:
        print('FAIL: ' + f)
    if doc:
        begin, end = '<!-- formats:begin -->', '<!-- formats:end -->'
        text = open(doc, encoding='utf-8').read() if os.path.exists(doc) else ''
        section = begin + '\n' + report + end
        if begin in text and end in text:
            text = text[:text.index(begin)] + section + text[text.index(end) + len(end):]
        else:
            text = text + ('\n' if text else '') + section + '\n'
        open(doc, 'w', encoding='utf-8').write(text)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
