-- Foothold schema, version 7: the "Before" tab made the user's own. An event's short pitch as the
-- user wrote it (NULL: none written, the brief shows the draft it makes from the interests and the
-- event's tags), and the state of its checklist.
--
-- The checklist mixes two kinds of item. The generated ones are computed from the records each time
-- (registered, costs entered, agenda imported, ...); a row with `generated` set to such an item's
-- key holds the user's own tick for it, which wins over what the records say. The user's own items
-- are rows with `generated` = '' and a label; they are kept in `position` order after the generated
-- ones. Deleting the event deletes its checklist.
ALTER TABLE events ADD COLUMN pitch TEXT;

CREATE TABLE event_checklist (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL DEFAULT 0,
    generated  TEXT NOT NULL DEFAULT '',
    label      TEXT NOT NULL DEFAULT '',
    done       INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    CHECK (generated <> '' OR length(trim(label)) > 0)
) STRICT;
CREATE INDEX event_checklist_event ON event_checklist(event_id, position);
CREATE UNIQUE INDEX event_checklist_generated ON event_checklist(event_id, generated) WHERE generated <> '';
