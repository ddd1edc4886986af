#pragma once

#include "core/domain/Ids.h"
#include "core/formats/Diagnostic.h"
#include "core/formats/ICalendarReader.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace foothold {

// How to run an import. The importers are made to run on a worker thread with that thread's own
// Database (Qt Sql connections belong to the thread that opened them); `progress` is called on
// that thread, `cancel` may be set from any thread.
struct ImportOptions {
    QString sourceName;        // how diagnostics name the file ("Connections.csv")
    bool dryRun = false;       // do everything, report, then roll back: a preview of the import
    bool skipInvalid = false;  // leave out records with errors (listed) instead of refusing the file
    bool listRecords = false;  // report every record (for a preview), not only the skipped ones
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic_bool *cancel = nullptr; // when set: stop, roll back, report Cancelled
    CalendarReadOptions calendar;             // for iCalendar: expansion window and floating zone
};

enum class ImportAction { Added, Updated, Unchanged, Skipped };

// What happened to one record of the file.
struct ImportRecord {
    int line = 0;
    ImportAction action = ImportAction::Added;
    QString label;      // "Ana Lima", "RustConf keynote"
    QString reason;     // why skipped, or what changed
    qint64 id = 0;      // the record in the database (0 for a dry run's additions and for skips)
};

// A person the import could not decide about: `imported` may be the same as `existing`.
struct LikelyDuplicate {
    int line = 0;
    ContactId imported;  // invalid in a dry run when it would have been added
    ContactId existing;
    QString name;
    QString reason;
};

struct ImportResult {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0;
    std::optional<Error> failure; // set when nothing was imported (parse errors, refusal, cancel)
    Diagnostics errors;           // every problem that refused the file, or the skipped records' ones
    Diagnostics warnings;         // imported, but worth saying
    QList<ImportRecord> records;  // skipped and updated ones always; all with listRecords
    QList<LikelyDuplicate> duplicates;
    bool committed = false;       // false for a dry run and on failure

    [[nodiscard]] bool ok() const { return !failure.has_value(); }
    // "added N, updated N, unchanged N, skipped N"
    [[nodiscard]] QString summary() const
    {
        return QStringLiteral("added %1, updated %2, unchanged %3, skipped %4").arg(added).arg(updated).arg(unchanged).arg(skipped);
    }
};

} // namespace foothold
