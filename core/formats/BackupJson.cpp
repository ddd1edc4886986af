#include "core/formats/BackupJson.h"

#include "core/formats/TextDecoding.h"
#include "core/util/IsoTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Backup", text);
}

QJsonValue toJsonValue(const QVariant &value, const QString &type)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (type == QLatin1String("INTEGER"))
        return QJsonValue(value.toLongLong());
    if (type == QLatin1String("REAL"))
        return QJsonValue(value.toDouble());
    if (type == QLatin1String("BLOB"))
        return QString::fromLatin1(value.toByteArray().toBase64());
    if (value.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(value.toByteArray().toBase64());
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return QJsonValue(value.toLongLong());
    if (value.typeId() == QMetaType::Double)
        return QJsonValue(value.toDouble());
    return value.toString();
}

std::optional<QVariant> fromJsonValue(const QJsonValue &value, const QString &type)
{
    if (value.isNull())
        return QVariant();
    if (type == QLatin1String("INTEGER")) {
        if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
            return std::nullopt;
        return QVariant(value.toInteger());
    }
    if (type == QLatin1String("REAL"))
        return value.isDouble() ? std::optional<QVariant>(value.toDouble()) : std::nullopt;
    if (type == QLatin1String("BLOB")) {
        if (!value.isString())
            return std::nullopt;
        auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        return decoded ? std::optional<QVariant>(decoded.decoded) : std::nullopt;
    }
    if (type == QLatin1String("TEXT"))
        return value.isString() ? std::optional<QVariant>(value.toString()) : std::nullopt;
    return value.toVariant(); // ANY
}

BackupRead failure(int line, const QString &message)
{
    return {std::nullopt, Diagnostic{line, message}};
}

} // namespace

QByteArray writeBackupJson(const BackupData &backup)
{
    QJsonObject tables;
    for (const BackupTable &table : backup.tables) {
        QJsonArray rows;
        for (const QVariantList &row : table.rows) {
            QJsonArray values;
            for (qsizetype i = 0; i < row.size(); ++i)
                values.append(toJsonValue(row.at(i), table.types.value(i)));
            rows.append(values);
        }
        tables.insert(table.name, QJsonObject{{QStringLiteral("columns"), QJsonArray::fromStringList(table.columns)},
                                              {QStringLiteral("types"), QJsonArray::fromStringList(table.types)},
                                              {QStringLiteral("rows"), rows}});
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("foothold-backup")},
                           {QStringLiteral("version"), kBackupFormatVersion},
                           {QStringLiteral("schema_version"), backup.schemaVersion},
                           {QStringLiteral("created_at"), isoUtc(backup.createdAt)},
                           {QStringLiteral("application"), backup.application},
                           {QStringLiteral("tables"), tables}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

BackupRead readBackupJson(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(lineOfOffset(bytes, parseError.offset), tr("not valid JSON: %1").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("foothold-backup"))
        return failure(0, tr("not a Foothold backup (no \"format\": \"foothold-backup\")"));
    const int version = root.value(QLatin1String("version")).toInt(-1);
    if (version != kBackupFormatVersion)
        return failure(0, version > kBackupFormatVersion
                              ? tr("backup format version %1 was written by a newer Foothold; this one reads version %2")
                                    .arg(version)
                                    .arg(kBackupFormatVersion)
                              : tr("backup format version %1 is not one this Foothold reads").arg(version));
    BackupData backup;
    backup.schemaVersion = root.value(QLatin1String("schema_version")).toInt(0);
    if (backup.schemaVersion <= 0)
        return failure(0, tr("the backup has no schema_version"));
    backup.createdAt = parseIsoUtc(root.value(QLatin1String("created_at")).toString());
    backup.application = root.value(QLatin1String("application")).toString();
    const QJsonObject tables = root.value(QLatin1String("tables")).toObject();
    for (auto it = tables.constBegin(); it != tables.constEnd(); ++it) {
        const QJsonObject t = it.value().toObject();
        BackupTable table;
        table.name = it.key();
        for (const auto &c : t.value(QLatin1String("columns")).toArray())
            table.columns << c.toString();
        for (const auto &c : t.value(QLatin1String("types")).toArray())
            table.types << c.toString();
        if (table.columns.isEmpty() || table.columns.size() != table.types.size())
            return failure(0, tr("tables.%1: columns and types do not match").arg(table.name));
        const QJsonArray rows = t.value(QLatin1String("rows")).toArray();
        table.rows.reserve(rows.size());
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QJsonArray values = rows.at(r).toArray();
            if (values.size() != table.columns.size())
                return failure(0, tr("tables.%1.rows[%2]: %3 values for %4 columns").arg(table.name).arg(r).arg(values.size()).arg(table.columns.size()));
            QVariantList row;
            row.reserve(values.size());
            for (qsizetype c = 0; c < values.size(); ++c) {
                auto value = fromJsonValue(values.at(c), table.types.at(c));
                if (!value)
                    return failure(0, tr("tables.%1.rows[%2].%3: not a valid %4 value").arg(table.name).arg(r).arg(table.columns.at(c), table.types.at(c)));
                row << *value;
            }
            table.rows.append(std::move(row));
        }
        backup.tables.append(std::move(table));
    }
    return {backup, {}};
}

} // namespace foothold
