#include "core/storage/Database.h"

#include "core/storage/Migrations.h"
#include "core/storage/SqlSupport.h"
#include "core/util/Settings.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("foothold-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Looks at the file without opening it through SQLite, so nothing can be written to a file that is
// not ours. Returns whether the file exists.
Result<bool> inspectFile(const QString &path, const Database::Options &options)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        const QDir dir = info.absoluteDir();
        if (!dir.exists()) {
            if (!options.createDirectory)
                return Error::io(tr("%1: the directory %2 does not exist").arg(path, dir.path()));
            if (!QDir().mkpath(dir.path()))
                return Error::io(tr("%1: cannot create the directory %2").arg(path, dir.path()));
        }
        if (!options.create)
            return Error{Error::Code::NotFound, tr("%1: no such database file").arg(path), {}, {}};
        return false;
    }
    if (info.isDir())
        return Error::io(tr("%1 is a directory, not a database file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("%1: cannot read the file (%2)").arg(path, file.errorString()));
    const QByteArray header = file.read(16);
    // An empty file is a valid empty SQLite database; anything else must carry SQLite's magic.
    if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
        return Error::database(tr("%1 is not a Foothold database (not an SQLite file)").arg(path));
    return true;
}

Status createPrivateFile(const QString &path)
{
    QFile file(path);
    // Mode 0600: the network of a job seeker is nobody else's business.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error::io(tr("%1: cannot create the database file (%2)").arg(path, file.errorString()));
    return {};
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    if (m_db.isOpen()) {
        if (m_depth > 0)
            (void)sql::run(m_db, QStringLiteral("ROLLBACK"));
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/foothold.sqlite3");
}

Database::Location Database::resolveLocation(const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return {fromCommandLine, false};
    const QString fromEnvironment = qEnvironmentVariable("FOOTHOLD_DB");
    if (!fromEnvironment.isEmpty())
        return {fromEnvironment, false};
    const QString fromSettings = settingValue(settings::DatabasePath);
    if (!fromSettings.isEmpty())
        return {fromSettings, false};
    return {defaultPath(), true};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    if (path.isEmpty())
        return Error::io(tr("no database file given"));
    auto exists = inspectFile(path, options);
    if (!exists)
        return exists.error();
    if (!*exists) {
        if (auto status = createPrivateFile(path); !status)
            return status.error();
    }

    std::unique_ptr<Database> db(new Database(QFileInfo(path).absoluteFilePath(), uniqueConnectionName()));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error::database(tr("Qt's SQLite driver is not installed (Debian package libqt6sql6-sqlite)"));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(db->m_path);
    db->m_readOnly = !QFileInfo(path).isWritable();
    if (db->m_readOnly)
        db->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db->m_db.open())
        return sql::toError(db->m_db.lastError(), path);
    if (auto status = db->configure(options); !status) {
        Error error = status.error();
        error.message = path + QStringLiteral(": ") + error.message;
        return error;
    }
    return db;
}

Status Database::configure(const Options &options)
{
    // Read the version first: a newer schema must be refused before any pragma writes the header.
    auto version = sql::scalar(m_db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    const int current = version->toInt();
    const int latest = migrations::latestVersion();
    if (current > latest)
        return Error::database(tr("the database was written by a newer Foothold (schema version %1; "
                                  "this version knows up to %2); update Foothold to open it")
                                   .arg(current)
                                   .arg(latest));

    if (auto status = exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(qMax(0, options.busyTimeoutMs))); !status)
        return status;
    if (auto status = exec(QStringLiteral("PRAGMA foreign_keys = ON")); !status)
        return status;
    // 32 MB of page cache instead of SQLite's 2 MB: an import of 100,000 contacts (and their search
    // index) no longer spills pages to the WAL and reads them back in the middle of its transaction
    // (docs/PERFORMANCE.md, "Foundation"). Memory is only taken as pages are used.
    if (auto status = exec(QStringLiteral("PRAGMA cache_size = -32768")); !status)
        return status;
    if (!m_readOnly) {
        auto mode = sql::scalar(m_db, QStringLiteral("PRAGMA journal_mode")).value();
        if (mode.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            if (auto status = exec(QStringLiteral("PRAGMA journal_mode = WAL")); !status)
                return status;
        }
        // In WAL mode FULL keeps the last commit across a power loss; NORMAL may lose it.
        if (auto status = exec(QStringLiteral("PRAGMA synchronous = FULL")); !status)
            return status;
    }

    const int target = options.targetVersion < 0 ? latest : options.targetVersion;
    if (!options.migrate || current >= target)
        return {};
    if (m_readOnly)
        return Error::io(tr("the database needs an update to schema version %1 but the file is read-only")
                             .arg(target));
    if (current > 0 && options.backupBeforeMigration) {
        // A consistent copy of the user's data before we change its shape.
        const QString backup = m_path + QStringLiteral(".v%1.bak").arg(current);
        QFile::remove(backup);
        if (auto status = sql::run(m_db, QStringLiteral("VACUUM INTO ?"), {backup}); !status)
            return Error::io(tr("cannot save a backup before updating the database: %1").arg(status.error().message));
    }
    return migrations::migrate(m_db, target);
}

int Database::schemaVersion() const
{
    auto db = m_db;
    auto value = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    return value ? value->toInt() : -1;
}

Status Database::exec(const QString &statement)
{
    QSqlQuery query(m_db);
    if (!query.exec(statement))
        return sql::toError(query.lastError());
    return {};
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (m_depth > 0) {
        ++m_depth;
        Status result = work();
        --m_depth;
        if (!result)
            m_failed = true;
        return result;
    }
    if (m_readOnly)
        return Error::io(tr("the database file is read-only"));
    // IMMEDIATE takes the write lock now, so two writers wait on the busy timeout instead of
    // failing later on an upgrade from a read lock.
    if (auto status = exec(QStringLiteral("BEGIN IMMEDIATE")); !status)
        return status;
    m_depth = 1;
    m_failed = false;
    m_pending = {};
    Status result = work();
    if (result && m_failed)
        result = Error::database(tr("part of the change failed; nothing was saved"));
    if (result)
        result = exec(QStringLiteral("COMMIT"));
    m_depth = 0;
    if (!result) {
        (void)exec(QStringLiteral("ROLLBACK"));
        m_pending = {};
        return result;
    }
    ChangeSet committed = std::move(m_pending);
    m_pending = {};
    if (!committed.isEmpty())
        emit m_notifier.changed(committed);
    return {};
}

void Database::announceReset()
{
    m_pending.reset = true;
    if (m_depth == 0) {
        ChangeSet now = std::move(m_pending);
        m_pending = {};
        emit m_notifier.changed(now);
    }
}

void Database::recordChange(Change change)
{
    m_pending.changes.append(std::move(change));
    if (m_depth == 0) { // outside a transaction the change is already committed
        ChangeSet now = std::move(m_pending);
        m_pending = {};
        emit m_notifier.changed(now);
    }
}

} // namespace foothold
