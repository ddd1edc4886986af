#pragma once

#include "core/services/ImportTypes.h"
#include "core/storage/Database.h"

namespace foothold {

// The writing half of an import: one transaction, rolled back on any error, on cancel, and for a
// dry run. Records' diagnostics are gathered first (refuse(), skip()); run() then does the work.
class ImportRun {
public:
    ImportRun(Database &db, const ImportOptions &options, ImportResult &result);

    // True when the record with these errors stops the import (no skipInvalid); it is noted in
    // the result either way. `label` names the record for the list of skipped ones.
    bool refuseOrSkip(const Diagnostics &errors, const QString &label);
    // Counts a record that has nothing to import, with why.
    void skip(int line, const QString &label, const QString &reason);
    // The file-level failure (parse errors): nothing is written.
    void fail(const Diagnostics &errors, const QString &what);

    [[nodiscard]] bool failed() const { return m_result.failure.has_value(); }

    // Runs `work` in the transaction. `work` should call step() after each record.
    void run(const std::function<Status()> &work, qint64 total);
    // Progress and cancel: an error to return from `work` when the user cancelled.
    Status step();

    void record(int line, ImportAction action, const QString &label, qint64 id, const QString &reason = {});

private:
    Database &m_db;
    const ImportOptions &m_options;
    ImportResult &m_result;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

} // namespace foothold
