#pragma once

#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace foothold::cli {

// Exit codes of foothold-cli: scripts rely on them.
enum Exit : int {
    ExitOk = 0,      // done
    ExitFailure = 1, // the command could not be carried out; one line on stderr; nothing changed
    ExitUsage = 2,   // the command line itself was wrong
};

// What a command gets: where to write, what time it is, and the database (opened on first use, so
// that --help works without one).
class CliContext {
public:
    CliContext(QString databaseOption, QTextStream &out, QTextStream &err, const Clock &clock)
        : m_databaseOption(std::move(databaseOption)), m_out(out), m_err(err), m_clock(clock) {}

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const Clock &clock() const { return m_clock; }

    // The database of --db, $FOOTHOLD_DB, or the default location; nullptr after printing why not.
    Database *database();

    // After a failure: when database() created the database file (it did not exist before),
    // closes it and removes it with SQLite's side files, so a failed command leaves no new file
    // behind. A file that existed before is never touched.
    void discardCreatedDatabase();

    // Prints "foothold-cli: <error>" on stderr and returns ExitFailure.
    int fail(const Error &error);
    int fail(const QString &message);

private:
    QString m_databaseOption;
    QTextStream &m_out;
    QTextStream &m_err;
    const Clock &m_clock;
    std::unique_ptr<Database> m_db;
    QStringList m_createdFiles; // the database's files that did not exist before database() opened it
};

} // namespace foothold::cli
