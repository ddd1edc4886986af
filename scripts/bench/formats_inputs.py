#!/usr/bin/env python3
"""Writes the inputs of scripts/bench/formats.sh into DIR (generated, never committed):
connections.csv (100,000 LinkedIn rows), contacts.vcf (10,000 vCard 3.0 cards) and
events.ics (10,000 VEVENTs). Deterministic: the same files on every run."""
import random
import sys

out = sys.argv[1]
rng = random.Random(20270415)
FIRST = ['Ana', 'Bo', 'Cy', 'Dana', 'Eli', 'Fatima', 'Goran', 'Hana', 'Ivan', 'José', 'Kai', 'Lena', 'Mia', 'Noor', 'Omar',
         'Priya', 'Quinn', 'Rosa', 'Sam', 'Tomás', 'Uma', 'Vik', 'Wen', 'Xavi', 'Yara', 'Zoë']
LAST = ['Lima', 'Chen', 'Diaz', 'Okafor', 'Novak', 'García', 'Müller', 'Rossi', 'Kowalski', 'Tanaka', 'Singh', 'Haddad',
        'Johansson', 'Moreau', 'Silva', 'Nguyen', 'Kim', 'Cohen', 'Popescu', 'Ivanova']
TITLES = ['Software Engineer', 'Senior Engineer', 'Staff Engineer', 'Engineering Manager', 'Product Manager', 'Designer',
          'Data Scientist', 'Recruiter', 'CTO', 'Founder & CEO', 'Developer Advocate', 'SRE']
COMPANIES = ['%s %s' % (w, s) for w in ['Lumen', 'Orbit', 'Acme', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Hooli',
                                         'Pied Piper', 'Vandelay', 'Cyberdyne', 'Soylent', 'Tyrell', 'Wonka', 'Gringotts', 'Oscorp',
                                         'Aperture', 'Black Mesa', 'Massive Dynamic', 'Nakatomi', 'Virtucon', 'Monarch', 'Dunder',
                                         'Prestige']
             for s in ['Inc.', 'Labs', 'GmbH', 'Ltd', 'Systems', 'Cloud', 'AI', 'Data', 'Works', 'Studio', 'Group', 'Digital',
                       'Health', 'Bank', 'Energy', 'Robotics', 'Games', 'Media', 'Foods', 'Logistics']]
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def quote(field):
    return '"%s"' % field.replace('"', '""') if any(c in field for c in ',"\n') else field


with open(out + '/connections.csv', 'w', encoding='utf-8', newline='') as f:
    f.write('Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. '
            'You will only see email addresses for connections who have allowed their connections to see or download '
            'their email address."\n\n')
    f.write('First Name,Last Name,URL,Email Address,Company,Position,Connected On\n')
    for i in range(100000):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        slug = '%s-%s-%d' % (first.lower(), last.lower(), i)
        email = '%s.%s%d@mail.example' % (first.lower(), last.lower(), i) if rng.random() < 0.3 else ''
        company = rng.choice(COMPANIES) if rng.random() < 0.95 else ''
        date = '%02d %s %d' % (rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2010, 2026))
        f.write(','.join([first, last, 'https://www.linkedin.com/in/' + slug, email, quote(company), quote(rng.choice(TITLES)),
                          date]) + '\n')

with open(out + '/contacts.vcf', 'w', encoding='utf-8', newline='') as f:
    for i in range(10000):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        f.write('BEGIN:VCARD\r\nVERSION:3.0\r\n')
        f.write('N:%s;%s;;;\r\nFN:%s %s\r\n' % (last, first, first, last))
        f.write('ORG:%s;Engineering\r\nTITLE:%s\r\n' % (rng.choice(COMPANIES).replace(',', '\\,'), rng.choice(TITLES)))
        f.write('EMAIL;TYPE=INTERNET,WORK:%s.%s%d@work.example\r\n' % (first.lower(), last.lower(), i))
        f.write('EMAIL;TYPE=INTERNET,HOME:%s%d@home.example\r\n' % (first.lower(), i))
        f.write('TEL;TYPE=CELL:+1 555 %04d\r\nTEL;TYPE=WORK,VOICE:+1 555 %04d\r\n' % (i % 10000, (i * 7) % 10000))
        f.write('item1.URL:https://www.linkedin.com/in/%s-%d\r\nitem1.X-ABLabel:_$!<HomePage>!$_\r\n' % (last.lower(), i))
        f.write('ADR;TYPE=WORK:;;%d Main Street\\, Suite %d;Springfield;IL;62701;USA\r\n' % (i, i % 300))
        f.write('NOTE:Met at a meetup in %d. Talked about Rust\\, Go and hiring.\\nFollow up in spring.\r\n' % (2015 + i % 10))
        f.write('CATEGORIES:network,%s\r\nBDAY:19%02d-%02d-%02d\r\n' % (rng.choice(['rust', 'go', 'python', 'design']), 60 + i % 40,
                                                                       1 + i % 12, 1 + i % 28))
        f.write('END:VCARD\r\n')

with open(out + '/events.ics', 'w', encoding='utf-8', newline='') as f:
    f.write('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Foothold//bench//EN\r\n')
    f.write('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n'
            'TZNAME:CEST\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n'
            'BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\n'
            'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n')
    for i in range(10000):
        day = 1 + i % 28
        month = 1 + (i // 28) % 12
        hour = 8 + i % 10
        f.write('BEGIN:VEVENT\r\nUID:session-%d@bench.example\r\nDTSTAMP:20270101T000000Z\r\n' % i)
        f.write('DTSTART;TZID=Europe/Berlin:2027%02d%02dT%02d0000\r\n' % (month, day, hour))
        f.write('DTEND;TZID=Europe/Berlin:2027%02d%02dT%02d4500\r\n' % (month, day, hour))
        f.write('SUMMARY:Session %d: %s at scale\r\n' % (i, rng.choice(['Rust', 'Go', 'Kubernetes', 'Postgres', 'Design systems'])))
        f.write('LOCATION:Room %d\\, Hall %s\r\n' % (1 + i % 40, rng.choice('ABCD')))
        f.write('DESCRIPTION:A talk about building things.\\nSpeaker: %s %s.\r\n' % (rng.choice(FIRST), rng.choice(LAST)))
        f.write('CATEGORIES:%s\r\nURL:https://conf.example/sessions/%d\r\nEND:VEVENT\r\n' % (rng.choice(['talk', 'workshop']), i))
    f.write('END:VCALENDAR\r\n')
