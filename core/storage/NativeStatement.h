#pragma once

#include "core/util/Result.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace foothold {

// A statement prepared with SQLite's own API on a Qt Sql connection (QSqlDriver::handle()), for
// the few hot paths where Qt's binding machinery costs more than SQLite itself: bulk inserts, and
// the aggregate reads of the Insights page (tens of thousands of rows, where a QVariant and a UTF-16
// string per value cost more than the query).
// Measured on a 22-column insert: Qt's QSqlQuery adds about 6 µs per row (placeholder
// bookkeeping, UTF-16 binding); binding UTF-8 directly adds well under 1 µs.
// Use on the thread that owns the connection, like the connection itself. Move-only; finalises
// the statement when destroyed.
class NativeStatement {
public:
    static Result<NativeStatement> prepare(QSqlDatabase &db, const QString &sql);

    NativeStatement(NativeStatement &&other) noexcept;
    NativeStatement &operator=(NativeStatement &&other) noexcept;
    NativeStatement(const NativeStatement &) = delete;
    NativeStatement &operator=(const NativeStatement &) = delete;
    ~NativeStatement();

    // Binds `values` to ?1… in order (strings as UTF-8; null QVariants as NULL), runs the statement
    // to completion, and resets it for the next use. SQLite's refusals come back as our Errors.
    Status run(const QVariantList &values);
    [[nodiscard]] qint64 lastInsertId() const;

    // Reading a statement without parameters: step() moves to the next row and returns false at
    // the end or on an error (then status() holds it). Column values are those of the current row;
    // text() is SQLite's UTF-8, valid until the next step.
    bool step();
    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QByteArrayView text(int column) const;

private:
    NativeStatement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}
    Error lastError() const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    Status m_status;
};

} // namespace foothold
