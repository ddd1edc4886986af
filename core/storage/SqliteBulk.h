#pragma once

#include "core/storage/Database.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace foothold {

// One prepared statement on the SQLite handle under a Database's Qt connection, for the few bulk
// paths (imports of 100k rows) where Qt Sql's per-value binding costs more than SQLite itself.
// Same connection, same transaction: it mixes freely with QSqlQuery. Binding is by 1-based
// index, one value per '?'. Use inside Database::transaction(); errors come back as sql::toError
// would make them.
class BulkStatement {
public:
    BulkStatement(Database &db, const char *sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    // False when the statement could not be prepared (or the driver is not SQLite): error().
    [[nodiscard]] bool isValid() const { return m_statement != nullptr; }
    [[nodiscard]] const Error &error() const { return m_error; }

    void bindNull(int index);
    void bindInt(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindText(int index, const QString &text);     // never NULL: '' for a null string
    void bindBlob(int index, const QByteArray &bytes);
    // Runs the statement and makes it ready for the next row.
    Status step();
    [[nodiscard]] qint64 lastInsertId() const;

private:
    Error errorHere(int code) const;

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    Error m_error;
    QList<QByteArray> m_kept; // the UTF-8 of the texts bound since the last step()
};

} // namespace foothold
