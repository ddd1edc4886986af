-- Foothold schema, version 1: the whole domain of PRODUCT.md.
-- Conventions: dates are TEXT 'YYYY-MM-DD'; instants are TEXT 'YYYY-MM-DDTHH:MM:SSZ' (UTC), so
-- text order is time order; enumerations are stored by their stable key; multi-valued fields that
-- are only ever read with their record (e-mails, phones, URLs) are JSON arrays; everything that is
-- filtered or joined on has its own table.
--
-- Enumerations are checked with OR chains, not IN lists: SQLite builds a temporary b-tree for an
-- IN list of three or more values every time a CHECK runs (measured: about 37,000 instructions per
-- check and row), which made bulk inserts three times slower. An OR chain costs a few hundred.

CREATE TABLE app_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE companies (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    normalized_name TEXT NOT NULL UNIQUE CHECK (length(normalized_name) > 0),
    website         TEXT NOT NULL DEFAULT '',
    industry        TEXT NOT NULL DEFAULT '',
    size            TEXT NOT NULL DEFAULT '',
    location        TEXT NOT NULL DEFAULT '',
    tech_stack      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tech_stack) AND json_type(tech_stack) = 'array'),
    culture         TEXT NOT NULL DEFAULT '',
    priority        INTEGER NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 3),
    notes           TEXT NOT NULL DEFAULT '',
    sample          INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX companies_priority ON companies(priority) WHERE priority > 0;

-- Other spellings of a company's name. `normalized` is looked up when a name is resolved, so a
-- merged company ("Facebook" into "Meta") is found by either name.
CREATE TABLE company_aliases (
    company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,
    normalized TEXT NOT NULL,
    PRIMARY KEY (company_id, alias)
) STRICT, WITHOUT ROWID;
CREATE INDEX company_aliases_normalized ON company_aliases(normalized);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)
) STRICT;

CREATE TABLE events (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind               TEXT NOT NULL CHECK (kind = 'conference' OR kind = 'meetup' OR kind = 'hackathon' OR kind = 'career-fair' OR kind = 'workshop' OR kind = 'webinar'),
    start_utc          TEXT NOT NULL,
    end_utc            TEXT,
    time_zone          TEXT NOT NULL DEFAULT '',
    all_day            INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
    location           TEXT NOT NULL DEFAULT '',
    url                TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL DEFAULT 'considering' CHECK (status = 'considering' OR status = 'registered' OR status = 'attended' OR status = 'skipped'),
    goals              TEXT NOT NULL DEFAULT '',
    goal_contacts      INTEGER NOT NULL DEFAULT 0 CHECK (goal_contacts >= 0),
    goal_conversations INTEGER NOT NULL DEFAULT 0 CHECK (goal_conversations >= 0),
    goal_interviews    INTEGER NOT NULL DEFAULT 0 CHECK (goal_interviews >= 0),
    outcome            TEXT NOT NULL DEFAULT '',
    follow_up_rules    INTEGER NOT NULL DEFAULT 1 CHECK (follow_up_rules IN (0, 1)),
    notes              TEXT NOT NULL DEFAULT '',
    sample             INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    CHECK (end_utc IS NULL OR end_utc >= start_utc)
) STRICT;
CREATE INDEX events_start ON events(start_utc);

CREATE TABLE event_costs (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id     INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    category     TEXT NOT NULL CHECK (category = 'ticket' OR category = 'travel' OR category = 'stay' OR category = 'other'),
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    currency     TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    rate         REAL NOT NULL DEFAULT 1.0 CHECK (rate > 0),
    note         TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX event_costs_event ON event_costs(event_id);

CREATE TABLE event_tags (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, tag_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_tags_tag ON event_tags(tag_id);

CREATE TABLE contacts (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
    headline          TEXT NOT NULL DEFAULT '',
    company_id        INTEGER REFERENCES companies(id) ON DELETE SET NULL,
    emails            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(emails)),
    phones            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(phones)),
    urls              TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(urls)),
    addresses         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(addresses)),
    location          TEXT NOT NULL DEFAULT '',
    channel           TEXT NOT NULL DEFAULT 'other' CHECK (channel = 'linkedin' OR channel = 'event' OR channel = 'referral' OR channel = 'alumni' OR channel = 'online-community' OR channel = 'cold-outreach' OR channel = 'other'),
    met_at_event_id   INTEGER REFERENCES events(id) ON DELETE SET NULL,
    introduced_by_id  INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    role              TEXT NOT NULL DEFAULT 'none' CHECK (role = 'none' OR role = 'peer' OR role = 'mentor' OR role = 'recruiter' OR role = 'hiring-manager' OR role = 'alumni' OR role = 'former-colleague' OR role = 'speaker' OR role = 'other'),
    connected_on      TEXT CHECK (connected_on IS NULL OR connected_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    cadence_days      INTEGER NOT NULL DEFAULT 0 CHECK (cadence_days >= 0),
    strength_override REAL CHECK (strength_override IS NULL OR strength_override BETWEEN 0 AND 1),
    prospect          INTEGER NOT NULL DEFAULT 0 CHECK (prospect IN (0, 1)),
    birthday          TEXT CHECK (birthday IS NULL OR birthday GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    notes             TEXT NOT NULL DEFAULT '',
    sample            INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    CHECK (introduced_by_id IS NULL OR introduced_by_id <> id)
) STRICT;
CREATE INDEX contacts_company ON contacts(company_id);
CREATE INDEX contacts_met_at ON contacts(met_at_event_id) WHERE met_at_event_id IS NOT NULL;
CREATE INDEX contacts_introduced_by ON contacts(introduced_by_id) WHERE introduced_by_id IS NOT NULL;

-- Photos live apart from contacts so that list scans do not drag image bytes through the cache.
CREATE TABLE contact_photos (
    contact_id INTEGER PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,
    mime_type  TEXT NOT NULL,
    data       BLOB NOT NULL
) STRICT;

CREATE TABLE contact_tags (
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, tag_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX contact_tags_tag ON contact_tags(tag_id);

-- Earlier positions of a contact, kept when an import sees a new company or title.
CREATE TABLE contact_positions (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id   INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    company_id   INTEGER REFERENCES companies(id) ON DELETE SET NULL,
    company_name TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    from_date    TEXT,
    to_date      TEXT,
    CHECK (from_date IS NULL OR to_date IS NULL OR to_date >= from_date)
) STRICT;
CREATE INDEX contact_positions_contact ON contact_positions(contact_id);
CREATE INDEX contact_positions_company ON contact_positions(company_id);

CREATE TABLE event_companies (
    event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    role       TEXT NOT NULL DEFAULT 'attending' CHECK (role = 'attending' OR role = 'sponsor' OR role = 'exhibitor' OR role = 'hiring'),
    PRIMARY KEY (event_id, company_id, role)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_companies_company ON event_companies(company_id);

CREATE TABLE event_people (
    event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    role       TEXT NOT NULL DEFAULT 'expected' CHECK (role = 'expected' OR role = 'speaker' OR role = 'to-meet'),
    PRIMARY KEY (event_id, contact_id, role)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_people_contact ON event_people(contact_id);

-- Edges of the network graph. Symmetric kinds are stored with from_id < to_id by the store, so the
-- UNIQUE constraint also catches the same tie entered the other way round.
CREATE TABLE links (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    from_id   INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    to_id     INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind = 'knows' OR kind = 'introduced' OR kind = 'works-with' OR kind = 'mentor'),
    strength  REAL NOT NULL DEFAULT 0.5 CHECK (strength BETWEEN 0 AND 1),
    source    TEXT NOT NULL DEFAULT 'manual' CHECK (source = 'manual' OR source = 'introduction' OR source = 'inferred-company' OR source = 'inferred-event'),
    since     TEXT,
    dismissed INTEGER NOT NULL DEFAULT 0 CHECK (dismissed IN (0, 1)),
    note      TEXT NOT NULL DEFAULT '',
    sample    INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    CHECK (from_id <> to_id),
    UNIQUE (from_id, to_id, kind)
) STRICT;
CREATE INDEX links_to ON links(to_id);

CREATE TABLE applications (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id       INTEGER NOT NULL REFERENCES companies(id) ON DELETE RESTRICT,
    role             TEXT NOT NULL CHECK (length(trim(role)) > 0),
    posting_url      TEXT NOT NULL DEFAULT '',
    source           TEXT NOT NULL DEFAULT 'other' CHECK (source = 'referral' OR source = 'recruiter' OR source = 'job-board' OR source = 'company-site' OR source = 'event' OR source = 'other'),
    referrer_id      INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    event_id         INTEGER REFERENCES events(id) ON DELETE SET NULL,
    stage            TEXT NOT NULL DEFAULT 'saved' CHECK (stage = 'saved' OR stage = 'applied' OR stage = 'screening' OR stage = 'interviewing' OR stage = 'offer' OR stage = 'accepted' OR stage = 'rejected' OR stage = 'withdrawn' OR stage = 'no-answer'),
    salary_min       INTEGER,
    salary_max       INTEGER,
    salary_currency  TEXT NOT NULL DEFAULT '',
    location         TEXT NOT NULL DEFAULT '',
    next_action      TEXT NOT NULL DEFAULT '',
    next_action_date TEXT,
    notes            TEXT NOT NULL DEFAULT '',
    sample           INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_max >= salary_min)
) STRICT;
CREATE INDEX applications_company ON applications(company_id);
CREATE INDEX applications_stage ON applications(stage);
CREATE INDEX applications_referrer ON applications(referrer_id) WHERE referrer_id IS NOT NULL;
CREATE INDEX applications_event ON applications(event_id) WHERE event_id IS NOT NULL;

CREATE TABLE application_stages (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    stage          TEXT NOT NULL CHECK (stage = 'saved' OR stage = 'applied' OR stage = 'screening' OR stage = 'interviewing' OR stage = 'offer' OR stage = 'accepted' OR stage = 'rejected' OR stage = 'withdrawn' OR stage = 'no-answer'),
    date           TEXT NOT NULL,
    note           TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX application_stages_application ON application_stages(application_id);

CREATE TABLE interview_rounds (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    application_id   INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    name             TEXT NOT NULL DEFAULT '',
    at_utc           TEXT,
    duration_minutes INTEGER NOT NULL DEFAULT 0 CHECK (duration_minutes >= 0),
    notes            TEXT NOT NULL DEFAULT '',
    outcome          TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX interview_rounds_application ON interview_rounds(application_id);
CREATE INDEX interview_rounds_at ON interview_rounds(at_utc) WHERE at_utc IS NOT NULL;

CREATE TABLE round_interviewers (
    round_id   INTEGER NOT NULL REFERENCES interview_rounds(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    PRIMARY KEY (round_id, contact_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX round_interviewers_contact ON round_interviewers(contact_id);

CREATE TABLE conversations (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    occurred_at         TEXT NOT NULL,
    channel             TEXT NOT NULL DEFAULT 'in-person' CHECK (channel = 'in-person' OR channel = 'video' OR channel = 'phone' OR channel = 'message' OR channel = 'email'),
    kind                TEXT NOT NULL DEFAULT 'coffee-chat' CHECK (kind = 'coffee-chat' OR kind = 'informational-interview' OR kind = 'event-conversation' OR kind = 'job-interview' OR kind = 'follow-up' OR kind = 'thank-you' OR kind = 'referral-request' OR kind = 'giving-value'),
    duration_minutes    INTEGER NOT NULL DEFAULT 0 CHECK (duration_minutes >= 0),
    talk_source         TEXT NOT NULL DEFAULT 'none' CHECK (talk_source = 'none' OR talk_source = 'timer' OR talk_source = 'transcript' OR talk_source = 'estimate'),
    my_share            REAL CHECK (my_share IS NULL OR my_share BETWEEN 0 AND 1),
    my_seconds          REAL NOT NULL DEFAULT 0 CHECK (my_seconds >= 0),
    their_seconds       REAL NOT NULL DEFAULT 0 CHECK (their_seconds >= 0),
    questions_me        INTEGER NOT NULL DEFAULT 0 CHECK (questions_me >= 0),
    questions_them      INTEGER NOT NULL DEFAULT 0 CHECK (questions_them >= 0),
    longest_monologue_s REAL NOT NULL DEFAULT 0 CHECK (longest_monologue_s >= 0),
    switches_per_min    REAL NOT NULL DEFAULT 0 CHECK (switches_per_min >= 0),
    notes               TEXT NOT NULL DEFAULT '',
    next_step           TEXT NOT NULL DEFAULT '',
    event_id            INTEGER REFERENCES events(id) ON DELETE SET NULL,
    application_id      INTEGER REFERENCES applications(id) ON DELETE SET NULL,
    sample              INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
) STRICT;
CREATE INDEX conversations_when ON conversations(occurred_at);
CREATE INDEX conversations_event ON conversations(event_id) WHERE event_id IS NOT NULL;

CREATE TABLE conversation_contacts (
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    contact_id      INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    PRIMARY KEY (conversation_id, contact_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX conversation_contacts_contact ON conversation_contacts(contact_id);

CREATE TABLE informational_interviews (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id      INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    company_id      INTEGER REFERENCES companies(id) ON DELETE SET NULL,
    stage           TEXT NOT NULL DEFAULT 'to-request' CHECK (stage = 'to-request' OR stage = 'requested' OR stage = 'scheduled' OR stage = 'done' OR stage = 'thank-you-sent'),
    requested_on    TEXT,
    scheduled_at    TEXT,
    done_on         TEXT,
    thanked_on      TEXT,
    conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL,
    questions       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(questions)),
    insights        TEXT NOT NULL DEFAULT '',
    fit             TEXT NOT NULL DEFAULT 'undecided' CHECK (fit = 'undecided' OR fit = 'good-fit' OR fit = 'not-a-fit'),
    notes           TEXT NOT NULL DEFAULT '',
    sample          INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX informational_interviews_contact ON informational_interviews(contact_id);
CREATE INDEX informational_interviews_stage ON informational_interviews(stage);

CREATE TABLE question_bank (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    text     TEXT NOT NULL UNIQUE CHECK (length(trim(text)) > 0),
    category TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE follow_ups (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
    due             TEXT NOT NULL CHECK (due GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    done_at         TEXT,
    contact_id      INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
    event_id        INTEGER REFERENCES events(id) ON DELETE CASCADE,
    conversation_id INTEGER REFERENCES conversations(id) ON DELETE CASCADE,
    application_id  INTEGER REFERENCES applications(id) ON DELETE CASCADE,
    origin          TEXT NOT NULL DEFAULT 'manual' CHECK (origin = 'manual' OR origin = 'thank-you-rule' OR origin = 'event-rule' OR origin = 'cadence-rule'),
    rule_key        TEXT UNIQUE,
    notes           TEXT NOT NULL DEFAULT '',
    sample          INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX follow_ups_open_due ON follow_ups(due) WHERE done_at IS NULL;
CREATE INDEX follow_ups_contact ON follow_ups(contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX follow_ups_event ON follow_ups(event_id) WHERE event_id IS NOT NULL;
CREATE INDEX follow_ups_application ON follow_ups(application_id) WHERE application_id IS NOT NULL;

-- The question bank starts with questions that work (see PRODUCT.md); the user edits it freely.
INSERT INTO question_bank (text, category, position) VALUES
    ('What is a typical day like for you?', 'The job', 1),
    ('What have you enjoyed most about working here?', 'The company', 2),
    ('Which professional organizations would you recommend?', 'The field', 3),
    ('How did you get into this role, and what would you do differently?', 'Career path', 4),
    ('What skills matter most for someone starting in this field?', 'The field', 5),
    ('What are the biggest challenges your team is facing right now?', 'The company', 6),
    ('How would you describe the culture here, and what kind of person thrives in it?', 'The company', 7),
    ('What do you wish you had known before you started?', 'Career path', 8),
    ('Which resources (books, courses, communities) would you recommend?', 'The field', 9),
    ('How does your team decide what to work on?', 'The job', 10),
    ('Is there anyone else you think I should talk to?', 'Next steps', 11),
    ('May I keep in touch, and what is the best way to reach you?', 'Next steps', 12);
