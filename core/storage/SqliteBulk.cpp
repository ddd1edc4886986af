#include "core/storage/SqliteBulk.h"

#include "core/storage/SqlSupport.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace foothold {

BulkStatement::BulkStatement(Database &db, const char *sql)
{
    // Qt's documented way to the driver's own handle.
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        m_error = Error::database(QStringLiteral("not an SQLite connection"));
        return;
    }
    m_handle = *static_cast<sqlite3 *const *>(handle.data());
    if (!m_handle) {
        m_error = Error::database(QStringLiteral("the database is not open"));
        return;
    }
    const int code = sqlite3_prepare_v2(m_handle, sql, -1, &m_statement, nullptr);
    if (code != SQLITE_OK) {
        m_error = errorHere(code);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement);
}

Error BulkStatement::errorHere(int code) const
{
    const int extended = m_handle ? sqlite3_extended_errcode(m_handle) : code;
    const QString message = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QString::fromUtf8(sqlite3_errstr(code));
    return sql::toError(QSqlError(message, message, QSqlError::StatementError, QString::number(extended)));
}

void BulkStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void BulkStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void BulkStatement::bindDouble(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void BulkStatement::bindText(int index, const QString &text)
{
    if (text.isEmpty()) {
        sqlite3_bind_text(m_statement, index, "", 0, SQLITE_STATIC);
        return;
    }
    // UTF-8 here (Qt's converter is faster than SQLite's translation from UTF-16), kept until
    // step() clears the bindings, so that SQLite need not make its own copy of every value.
    m_kept.append(text.toUtf8());
    const QByteArray &utf8 = m_kept.constLast();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void BulkStatement::bindBlob(int index, const QByteArray &bytes)
{
    sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

Status BulkStatement::step()
{
    const int code = sqlite3_step(m_statement);
    Status status;
    if (code != SQLITE_DONE && code != SQLITE_ROW)
        status = errorHere(code);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_kept.clear();
    return status;
}

qint64 BulkStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

} // namespace foothold
