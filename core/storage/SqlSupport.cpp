#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace foothold::sql {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

} // namespace

Error toError(const QSqlError &error, const QString &doing)
{
    // SQLite's primary result code is the low byte of the extended code Qt reports.
    const int extended = error.nativeErrorCode().toInt();
    const int primary = extended & 0xff;
    QString message;
    Error::Code code = Error::Code::Database;
    switch (primary) {
    case 5:  // SQLITE_BUSY
    case 6:  // SQLITE_LOCKED
        message = tr("the database is locked by another program; close it and try again");
        break;
    case 8:  // SQLITE_READONLY
        message = tr("the database file is read-only");
        code = Error::Code::Io;
        break;
    case 10: // SQLITE_IOERR
        message = tr("the disk refused to read or write the database (%1)").arg(error.driverText());
        code = Error::Code::Io;
        break;
    case 11: // SQLITE_CORRUPT
        message = tr("the database file is damaged");
        break;
    case 13: // SQLITE_FULL
        message = tr("the disk is full");
        code = Error::Code::Io;
        break;
    case 14: // SQLITE_CANTOPEN
        message = tr("the database file cannot be opened");
        code = Error::Code::Io;
        break;
    case 26: // SQLITE_NOTADB
        message = tr("the file is not a Foothold database (not SQLite)");
        break;
    case 19: // SQLITE_CONSTRAINT
        code = extended == 2067 || extended == 1555 ? Error::Code::Conflict : Error::Code::Invalid;
        message = extended == 787 ? tr("a related record does not exist or is still in use")
                                  : tr("the record breaks a rule of the database (%1)").arg(error.databaseText());
        break;
    default:
        message = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        break;
    }
    if (!doing.isEmpty())
        message = doing + QStringLiteral(": ") + message;
    return {code, message, {}, {}};
}

Result<QSqlQuery> prepare(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return toError(query.lastError());
    return query;
}

Status exec(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return toError(query.lastError());
    return {};
}

Status exec(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const auto &value : values)
        query.bindValue(i++, value);
    if (!query.exec())
        return toError(query.lastError());
    return {};
}

Status run(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto query = prepare(db, sql);
    if (!query)
        return query.error();
    return exec(*query, values);
}

Result<QVariant> scalar(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto query = prepare(db, sql);
    if (!query)
        return query.error();
    if (auto status = exec(*query, values); !status)
        return status.error();
    if (!query->next())
        return QVariant();
    return query->value(0);
}

Result<bool> deleteRow(QSqlDatabase &db, const QString &table, qint64 id)
{
    auto query = prepare(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    if (!query)
        return query.error();
    if (auto status = exec(*query, {id}); !status)
        return status.error();
    return query->numRowsAffected() > 0;
}

Result<qint64> countRows(QSqlDatabase &db, const QString &table)
{
    auto value = scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (!value)
        return value.error();
    return value->toLongLong();
}

QVariant fromDate(const QDate &date)
{
    return date.isValid() ? QVariant(isoDate(date)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant fromDateTime(const QDateTime &when)
{
    return when.isValid() ? QVariant(isoUtc(when)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant fromText(const QString &text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

QVariant fromId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant fromOptional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

QVariant fromOptional(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

QDate toDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return parseIsoUtc(value.toString());
}

std::optional<double> toOptionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

std::optional<qint64> toOptionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

namespace {

// True when QJsonDocument would write `text` as it is between its quotes.
bool plainJsonText(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c == QLatin1Char('"') || c == QLatin1Char('\\') || c.isSurrogate() || c.unicode() == 0x7f)
            return false;
    return true;
}

} // namespace

QString typedValuesToJson(const TypedValues &values)
{
    // The common case, written directly (imports write 100k of these): the same text
    // QJsonDocument's compact form gives, keys in its (sorted) order.
    if (values.isEmpty())
        return QStringLiteral("[]");
    bool plain = true;
    for (const auto &value : values)
        plain = plain && plainJsonText(value.value) && plainJsonText(value.type);
    if (plain) {
        QString out = QStringLiteral("[");
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(',');
            out += QLatin1Char('{');
            if (!values.at(i).type.isEmpty())
                out += QStringLiteral("\"type\":\"") + values.at(i).type + QStringLiteral("\",");
            out += QStringLiteral("\"value\":\"") + values.at(i).value + QStringLiteral("\"}");
        }
        return out + QLatin1Char(']');
    }
    QJsonArray array;
    for (const auto &value : values) {
        QJsonObject object{{QStringLiteral("value"), value.value}};
        if (!value.type.isEmpty())
            object.insert(QStringLiteral("type"), value.type);
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

TypedValues typedValuesFromJson(const QString &json)
{
    TypedValues values;
    if (json.isEmpty() || json == QLatin1String("[]"))
        return values;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    values.reserve(array.size());
    for (const auto &item : array) {
        const QJsonObject object = item.toObject();
        values.append({object.value(QLatin1String("value")).toString(),
                       object.value(QLatin1String("type")).toString()});
    }
    return values;
}

QString stringListToJson(const QStringList &values)
{
    // Plain printable ASCII needs no escape: written by hand, the same text QJsonDocument writes
    // (["a","b"]) without building a document for each of thousands of rows (agenda imports).
    qsizetype size = 2;
    for (const QString &value : values) {
        for (const QChar c : value)
            if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == QLatin1Char('"') || c == QLatin1Char('\\'))
                return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
        size += value.size() + 3;
    }
    QString out;
    out.reserve(size);
    out += QLatin1Char('[');
    for (const QString &value : values) {
        if (out.size() > 1)
            out += QLatin1Char(',');
        out += QLatin1Char('"');
        out += value;
        out += QLatin1Char('"');
    }
    out += QLatin1Char(']');
    return out;
}

QStringList stringListFromJson(const QString &json)
{
    QStringList values;
    if (json.isEmpty() || json == QLatin1String("[]"))
        return values;
    for (const auto &item : QJsonDocument::fromJson(json.toUtf8()).array())
        values << item.toString();
    return values;
}

Filter &Filter::add(const QString &condition, const QVariant &value)
{
    const qsizetype uses = condition.count(QStringLiteral("%1"));
    for (qsizetype i = 0; i < uses; ++i)
        m_values << value;
    QString bound = condition;
    bound.replace(QStringLiteral("%1"), QStringLiteral("?"));
    m_where += QStringLiteral(" AND (") + bound + QLatin1Char(')');
    return *this;
}

Filter &Filter::add(const QString &condition)
{
    m_where += QStringLiteral(" AND (") + condition + QLatin1Char(')');
    return *this;
}

QString idArray(const QList<qint64> &ids)
{
    QString out;
    out.reserve(2 + ids.size() * 7);
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += QString::number(ids.at(i));
    }
    out += QLatin1Char(']');
    return out;
}

QString likeContains(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace foothold::sql
