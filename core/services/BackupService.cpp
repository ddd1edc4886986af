#include "core/services/BackupService.h"

#include "core/formats/BackupJson.h"
#include "core/storage/TableDump.h"

#include <QCoreApplication>
#include <QTemporaryDir>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BackupService", text);
}

// Tables whose rows are not the user's data: SQLite's counters, and the app's own bookkeeping.
bool isBookkeeping(const QString &table)
{
    return table == QLatin1String("sqlite_sequence") || table == QLatin1String("app_meta");
}

Result<QList<BackupTable>> readAll(Database &db)
{
    TableDump dump(db);
    auto names = dump.tableNames();
    if (!names)
        return names.error();
    QList<BackupTable> tables;
    for (const QString &name : std::as_const(*names)) {
        auto rows = dump.read(name);
        if (!rows)
            return rows.error();
        tables.append({rows->name, rows->columns, rows->types, std::move(rows->rows)});
    }
    return tables;
}

// Replaces every table of `db` with `tables`, in `db`'s dependency order, in one transaction.
Status writeAll(Database &db, const QList<BackupTable> &tables)
{
    TableDump dump(db);
    auto names = dump.tableNames();
    if (!names)
        return names.error();
    QList<TableRows> ordered;
    for (const QString &name : std::as_const(*names))
        for (const BackupTable &table : tables)
            if (table.name == name)
                ordered.append({table.name, table.columns, table.types, table.rows});
    for (const BackupTable &table : tables)
        if (!names->contains(table.name))
            return Error::invalid(QString(), tr("the backup has a table “%1” this database does not know").arg(table.name));
    return db.transaction([&]() -> Status {
        if (auto s = dump.replaceAll(*names, ordered); !s)
            return s;
        db.recordReset();
        return {};
    });
}

// The rows a fresh database starts with in `table` (the seeded question bank).
Result<QList<QVariantList>> seededRows(const QString &table)
{
    QTemporaryDir dir;
    Database::Options options;
    options.backupBeforeMigration = false;
    auto fresh = Database::open(dir.filePath(QStringLiteral("seed.sqlite3")), options);
    if (!fresh)
        return fresh.error();
    auto rows = TableDump(**fresh).read(table);
    if (!rows)
        return rows.error();
    return rows->rows;
}

} // namespace

Result<QByteArray> BackupService::backup()
{
    BackupData data;
    data.schemaVersion = m_db.schemaVersion();
    data.createdAt = m_clock.nowUtc();
    data.application = QStringLiteral("Foothold ") + QCoreApplication::applicationVersion();
    // One read transaction: every table from the same snapshot.
    const bool own = !m_db.inTransaction();
    if (own)
        if (auto s = m_db.exec(QStringLiteral("BEGIN")); !s)
            return s.error();
    auto tables = readAll(m_db);
    if (own)
        (void)m_db.exec(QStringLiteral("COMMIT"));
    if (!tables)
        return tables.error();
    data.tables = std::move(*tables);
    return writeBackupJson(data);
}

Result<bool> BackupService::holdsData()
{
    TableDump dump(m_db);
    auto names = dump.tableNames();
    if (!names)
        return names.error();
    for (const QString &name : std::as_const(*names)) {
        if (isBookkeeping(name))
            continue;
        auto empty = dump.isEmpty(name);
        if (!empty)
            return empty.error();
        if (*empty)
            continue;
        if (name != QLatin1String("question_bank"))
            return true;
        auto seeded = seededRows(name);
        auto current = dump.read(name);
        if (!seeded || !current)
            return seeded ? current.error() : seeded.error();
        if (current->rows != *seeded)
            return true;
    }
    return false;
}

Status BackupService::restore(const QByteArray &json, const QString &sourceName, bool replace)
{
    BackupRead read = readBackupJson(json);
    if (!read.backup)
        return Error::parse(read.error.line > 0 ? sourceName + QLatin1Char(':') + QString::number(read.error.line) : sourceName,
                            read.error.message);
    BackupData &backup = *read.backup;
    const int current = m_db.schemaVersion();
    if (backup.schemaVersion > current)
        return Error::parse(sourceName, tr("the backup was made by a newer Foothold (schema version %1; this one knows up to %2)")
                                            .arg(backup.schemaVersion)
                                            .arg(current));
    if (!replace) {
        auto data = holdsData();
        if (!data)
            return data.error();
        if (*data)
            return Error{Error::Code::Conflict, tr("the database already holds data; restoring would replace all of it "
                                                   "(use --replace to do so)"),
                         {}, {}};
    }
    if (backup.schemaVersion < current) {
        // Bring the backup up to date the way a database is: through the migrations.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("restore.sqlite3"));
        Database::Options old;
        old.targetVersion = backup.schemaVersion;
        old.backupBeforeMigration = false;
        {
            auto staging = Database::open(path, old);
            if (!staging)
                return staging.error();
            if (auto s = writeAll(**staging, backup.tables); !s)
                return Error::parse(sourceName, s.error().message);
        }
        Database::Options latest;
        latest.backupBeforeMigration = false;
        auto migrated = Database::open(path, latest);
        if (!migrated)
            return migrated.error();
        auto tables = readAll(**migrated);
        if (!tables)
            return tables.error();
        backup.tables = std::move(*tables);
    }
    if (auto s = writeAll(m_db, backup.tables); !s) {
        Error error = s.error();
        if (error.code == Error::Code::Invalid)
            error = Error::parse(sourceName, error.message);
        return error;
    }
    return {};
}

} // namespace foothold
