-- Foothold schema, version 2: what imports need to stay idempotent and to leave decisions to the user.

-- Pairs of contacts an import found to be possibly the same person but could not decide on (the
-- same name at another company, with no profile URL or e-mail to tell). The UI lists them for a
-- merge; `dismissed` keeps a "not the same person" answer so it is not asked again. A pair is
-- stored with the lower id first.
CREATE TABLE duplicate_candidates (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    other_id   INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    reason     TEXT NOT NULL DEFAULT '',
    source     TEXT NOT NULL DEFAULT '',
    dismissed  INTEGER NOT NULL DEFAULT 0 CHECK (dismissed IN (0, 1)),
    created_at TEXT NOT NULL,
    CHECK (contact_id < other_id),
    UNIQUE (contact_id, other_id)
) STRICT;
CREATE INDEX duplicate_candidates_other ON duplicate_candidates(other_id);

-- Where an imported event came from: the iCalendar UID and, for one instance of a recurring
-- series, the instance's original start ("2027-04-15T07:00:00Z"). Importing a later copy of the
-- same calendar updates these events instead of adding them again.
CREATE TABLE event_sources (
    event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    uid      TEXT NOT NULL CHECK (length(uid) > 0),
    instance TEXT NOT NULL DEFAULT '',
    UNIQUE (uid, instance)
) STRICT;
