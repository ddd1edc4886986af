#pragma once

#include "core/util/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace foothold {

// A statement prepared with SQLite's own API on a Qt Sql connection (QSqlDriver::handle()), for
// the few hot paths where Qt's binding machinery costs more than SQLite itself: bulk inserts, and
// the reads that load every contact into the contacts list at start and the aggregate reads of
// the Insights page (tens of thousands of rows, where a QVariant per value costs more than the query).
// Measured on a 22-column insert: Qt's QSqlQuery adds about 6 µs per row (placeholder
// bookkeeping, UTF-16 binding); binding UTF-8 directly adds well under 1 µs. Reading 100,000
// contact rows through QSqlQuery (a QVariant per value) took about 4 times SQLite's own time.
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

    // Reading rows: bind(), then step() until it says false; the column accessors read the
    // current row (text as UTF-8, valid until the next step). reset() makes it ready to run again.
    Status bind(const QVariantList &values);
    Result<bool> step();
    void reset();
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QByteArrayView utf8(int column) const;
    // The same as a NUL-terminated string without its length (one call into SQLite fewer, for
    // reads of a million rows); null for NULL.
    [[nodiscard]] const char *cString(int column) const;
    [[nodiscard]] QString text(int column) const { return QString::fromUtf8(utf8(column)); }
    // The same for a loop: next() moves to the next row and returns false at the end or on an
    // error (then status() holds it); the statement is reset at the end.
    bool next();
    [[nodiscard]] Status status() const { return m_status; }

private:
    NativeStatement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}
    Error lastError() const;

    QList<QByteArray> m_bound; // UTF-8 and blob values bound, alive until the statement is reset

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    Status m_status;
};

} // namespace foothold
