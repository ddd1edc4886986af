-- Foothold schema, version 4: the event planner's agenda. An event's schedule, imported from the
-- organiser's .ics (Sched, Pretalx) or typed in; `chosen` marks the sessions the user means to
-- attend, which the plan export writes to their calendar. A session read from a file keeps the
-- file's UID so that importing a newer copy of the schedule updates it (and keeps the choice)
-- instead of adding it twice.
CREATE TABLE agenda_sessions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    uid         TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    start_utc   TEXT NOT NULL,
    end_utc     TEXT,
    time_zone   TEXT NOT NULL DEFAULT '',
    room        TEXT NOT NULL DEFAULT '',
    track       TEXT NOT NULL DEFAULT '',
    speakers    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(speakers)),
    url         TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    chosen      INTEGER NOT NULL DEFAULT 0 CHECK (chosen IN (0, 1)),
    CHECK (end_utc IS NULL OR end_utc >= start_utc)
) STRICT;
CREATE INDEX agenda_sessions_event ON agenda_sessions(event_id, start_utc);
CREATE UNIQUE INDEX agenda_sessions_uid ON agenda_sessions(event_id, uid) WHERE uid <> '';
