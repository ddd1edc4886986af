-- Schema version 2: where each contact sits on the Network page, so that the graph reopens
-- instantly and stays where the user left it. "Me" is always at (0, 0) and has no row. A pinned
-- position was placed by the user: a new layout keeps it.
CREATE TABLE network_positions (
    contact_id INTEGER PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,
    x          REAL NOT NULL,
    y          REAL NOT NULL,
    pinned     INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
    updated_at TEXT NOT NULL
) STRICT;
