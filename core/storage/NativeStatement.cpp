#include "core/storage/NativeStatement.h"

#include "core/storage/SqlSupport.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace foothold {

Result<NativeStatement> NativeStatement::prepare(QSqlDatabase &db, const QString &sql)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error::database(QStringLiteral("not an SQLite connection"));
    sqlite3 *native = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(native, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK) {
        NativeStatement failed(native, nullptr);
        return failed.lastError();
    }
    return NativeStatement(native, statement);
}

NativeStatement::NativeStatement(NativeStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_statement(std::exchange(other.m_statement, nullptr)),
      m_status(std::move(other.m_status))
{
}

NativeStatement &NativeStatement::operator=(NativeStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_status = std::move(other.m_status);
    }
    return *this;
}

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_statement);
}

Error NativeStatement::lastError() const
{
    // Shaped like Qt's own error so that sql::toError words it the same way.
    const int code = sqlite3_extended_errcode(m_db);
    return sql::toError(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                                  QString::number(code)));
}

Status NativeStatement::bind(const QVariantList &values)
{
    // The UTF-8 bytes stay alive until the reset, so SQLite may use them without copying.
    m_bound.clear();
    m_bound.reserve(values.size());
    int index = 0;
    int rc = SQLITE_OK;
    for (const QVariant &value : values) {
        ++index;
        if (value.isNull()) {
            rc = sqlite3_bind_null(m_statement, index);
        } else {
            switch (value.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(m_statement, index, value.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(m_statement, index, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                m_bound.append(value.toByteArray());
                rc = sqlite3_bind_blob64(m_statement, index, m_bound.last().constData(), sqlite3_uint64(m_bound.last().size()),
                                         SQLITE_STATIC);
                break;
            }
            default: {
                m_bound.append(value.toString().toUtf8());
                rc = sqlite3_bind_text64(m_statement, index, m_bound.last().constData(), sqlite3_uint64(m_bound.last().size()),
                                         SQLITE_STATIC, SQLITE_UTF8);
                break;
            }
            }
        }
        if (rc != SQLITE_OK)
            return lastError();
    }
    return {};
}

Status NativeStatement::run(const QVariantList &values)
{
    Status status = bind(values);
    if (status) {
        const int rc = sqlite3_step(m_statement);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            status = lastError();
    }
    reset();
    return status;
}

Result<bool> NativeStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return lastError();
}

void NativeStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_bound.clear();
}

bool NativeStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 NativeStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double NativeStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QByteArrayView NativeStatement::utf8(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return bytes ? QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

const char *NativeStatement::cString(int column) const
{
    return reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
}

qint64 NativeStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool NativeStatement::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_status = lastError();
    sqlite3_reset(m_statement);
    return false;
}

} // namespace foothold
