#pragma once

#include "core/storage/ChangeNotifier.h"
#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace foothold {

// One SQLite connection, opened on one thread and used only there (Qt Sql connections are per
// thread: a worker opens its own Database on the same file).
//
// Opening checks before it touches anything, so that a bad file is reported and left exactly as it
// was: a missing directory, an unreadable file, a file that is not SQLite, a schema newer than this
// build knows. Then it sets the pragmas (foreign keys, WAL, synchronous FULL, busy timeout) and
// migrates the schema, after saving a copy of a non-empty database with VACUUM INTO.
//
// Every write goes through transaction(): BEGIN IMMEDIATE, the work, COMMIT; changes recorded
// during the work are announced by notifier() after the commit, and dropped on rollback.
class Database {
public:
    struct Options {
        bool create = true;             // create the file (mode 0600) when it does not exist
        int busyTimeoutMs = 5000;       // how long a writer waits for another before giving up
        bool migrate = true;            // bring the schema up to date on open
        bool backupBeforeMigration = true;
        int targetVersion = -1;         // migrate up to this version; -1: the latest (tests only)
        bool createDirectory = false;   // make missing parent directories (the default location only)
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (and creates) the database at `path`. Errors come back as one line for a person.
    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options{}); }

    // The default location, QStandardPaths::AppDataLocation/foothold.sqlite3. Requires
    // QCoreApplication's application name to be set (both executables use "foothold").
    static QString defaultPath();

    // Where to open: `fromCommandLine` (--db) if given, else $FOOTHOLD_DB if set, else the file
    // chosen in the settings (settings::DatabasePath) if any, else defaultPath().
    struct Location {
        QString path;
        bool isDefault = false; // true: the app may create the directory
    };
    static Location resolveLocation(const QString &fromCommandLine);

    [[nodiscard]] QSqlDatabase &connection() { return m_db; }
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] ChangeNotifier *notifier() { return &m_notifier; }

    // Runs `work` inside one write transaction. Nested calls join the outer transaction. If `work`
    // fails, or COMMIT fails, everything is rolled back and the error returned.
    Status transaction(const std::function<Status()> &work);
    [[nodiscard]] bool inTransaction() const { return m_depth > 0; }

    // Records a change to announce after the current transaction commits.
    void recordChange(Change change);
    void recordReset() { m_pending.reset = true; }
    // Tells this connection's listeners that everything may have changed: another connection (a
    // worker thread generating sample data, say) wrote to the same file. Inside a transaction the
    // reset is announced with the commit; outside, at once.
    void announceReset();

    // Runs one SQL statement with no parameters (pragmas, DDL).
    Status exec(const QString &sql);

private:
    Database(QString path, QString connectionName);
    Status configure(const Options &options);

    QSqlDatabase m_db;
    QString m_path;
    QString m_connectionName;
    ChangeNotifier m_notifier;
    ChangeSet m_pending;
    int m_depth = 0;
    bool m_readOnly = false;
    bool m_failed = false; // an inner transaction failed: the outer one must roll back
};

} // namespace foothold
