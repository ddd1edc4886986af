#pragma once

#include "core/storage/Database.h"

#include <QByteArray>

#include <functional>

namespace foothold {

// Undo and redo for any write, from SQLite's session extension: while `work` runs, every row it
// inserts, updates or deletes (foreign-key cascades included) is recorded as a changeset, a value
// snapshot of the rows before and after. Applying the changeset inverted puts every row back as it
// was, under the same ids; applying it again redoes the change. Commands that hold a changeset
// hold values, never pointers.

// Runs `work` in one transaction on `db` and returns what it changed (empty when nothing did).
// On failure nothing is changed and the error comes back.
Result<QByteArray> recordChanges(Database &db, const std::function<Status()> &work);

// Applies `changeset` (inverted when `invert`) in one transaction and announces what it touched
// through the database's notifier. If a row has changed since the changeset was recorded, nothing
// is applied and a Conflict error explains it.
Status applyChanges(Database &db, const QByteArray &changeset, bool invert);

// The rows a changeset touches, as notifier changes (child-table rows are reported as an update of
// their parent record: a contact's tags change the contact).
// An update of a child row that left its owner's id alone does not hold that id, so it is left out
// here; applyChanges() reads it from the row and announces the owner all the same.
ChangeSet describeChanges(const QByteArray &changeset, bool invert);

} // namespace foothold
