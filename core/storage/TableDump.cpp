#include "core/storage/TableDump.h"

#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TableDump", text);
}

// Names from sqlite_schema are ours, but quote them anyway.
QString quoted(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QVariant typedValue(const QVariant &value, const QString &type)
{
    if (value.isNull())
        return {};
    if (type == QLatin1String("INTEGER"))
        return value.toLongLong();
    if (type == QLatin1String("REAL"))
        return value.toDouble();
    if (type == QLatin1String("BLOB"))
        return value.toByteArray();
    if (type == QLatin1String("TEXT"))
        return value.toString();
    return value;
}

} // namespace

Result<QList<QPair<QString, QString>>> TableDump::columnsOf(const QString &table)
{
    auto query = sql::prepare(m_db.connection(), QStringLiteral("SELECT name, upper(type) FROM pragma_table_info(?) ORDER BY cid"));
    if (!query)
        return query.error();
    if (auto s = sql::exec(*query, {table}); !s)
        return s.error();
    QList<QPair<QString, QString>> columns;
    while (query->next())
        columns.append({query->value(0).toString(), query->value(1).toString()});
    return columns;
}

Result<QStringList> TableDump::tableNames()
{
    auto &db = m_db.connection();
    auto query = sql::prepare(db, QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                                                 "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    if (!query)
        return query.error();
    if (auto s = sql::exec(*query); !s)
        return s.error();
    QStringList names;
    while (query->next())
        names << query->value(0).toString();

    // Parents first: a table comes after every table its foreign keys point to.
    QMap<QString, QSet<QString>> parents;
    for (const QString &name : std::as_const(names)) {
        auto keys = sql::prepare(db, QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)"));
        if (!keys)
            return keys.error();
        if (auto s = sql::exec(*keys, {name}); !s)
            return s.error();
        while (keys->next()) {
            const QString parent = keys->value(0).toString();
            if (parent != name && names.contains(parent))
                parents[name].insert(parent);
        }
    }
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < names.size()) {
        bool progress = false;
        for (const QString &name : std::as_const(names)) {
            if (placed.contains(name))
                continue;
            bool ready = true;
            for (const QString &parent : parents.value(name))
                ready = ready && placed.contains(parent);
            if (ready) {
                ordered << name;
                placed.insert(name);
                progress = true;
            }
        }
        if (!progress) // a cycle: foreign keys are checked at commit anyway
            for (const QString &name : std::as_const(names))
                if (!placed.contains(name)) {
                    ordered << name;
                    placed.insert(name);
                }
    }
    auto sequence = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_sequence'"));
    if (!sequence)
        return sequence.error();
    if (sequence->toInt() > 0)
        ordered << QStringLiteral("sqlite_sequence");
    return ordered;
}

Result<TableRows> TableDump::read(const QString &table)
{
    auto columns = columnsOf(table);
    if (!columns)
        return columns.error();
    TableRows out;
    out.name = table;
    QStringList order;
    for (qsizetype i = 0; i < columns->size(); ++i) {
        out.columns << columns->at(i).first;
        out.types << columns->at(i).second;
        order << QString::number(i + 1);
    }
    if (out.columns.isEmpty())
        return Error::database(tr("table %1 does not exist").arg(table));
    auto query = sql::prepare(m_db.connection(), QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(quoted(table), order.join(QStringLiteral(", "))));
    if (!query)
        return query.error();
    if (auto s = sql::exec(*query); !s)
        return s.error();
    const int n = int(out.columns.size());
    while (query->next()) {
        QVariantList row;
        row.reserve(n);
        for (int i = 0; i < n; ++i)
            row << typedValue(query->value(i), out.types.at(i));
        out.rows.append(std::move(row));
    }
    return out;
}

Result<bool> TableDump::isEmpty(const QString &table)
{
    auto value = sql::scalar(m_db.connection(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(quoted(table)));
    if (!value)
        return value.error();
    return !value->toBool();
}

Status TableDump::replaceAll(const QStringList &tables, const QList<TableRows> &data)
{
    auto &db = m_db.connection();
    // Checked at COMMIT: rows can refer to rows inserted after them (a contact introduced by a
    // later contact).
    if (auto s = sql::run(db, QStringLiteral("PRAGMA defer_foreign_keys = ON")); !s)
        return s;
    for (auto it = tables.crbegin(); it != tables.crend(); ++it)
        if (auto s = sql::run(db, QStringLiteral("DELETE FROM %1").arg(quoted(*it))); !s)
            return s;
    for (const TableRows &table : data) {
        // Inserting rows with their ids has moved the AUTOINCREMENT counters: set them as saved.
        if (table.name == QLatin1String("sqlite_sequence"))
            if (auto s = sql::run(db, QStringLiteral("DELETE FROM sqlite_sequence")); !s)
                return s;
        auto columns = columnsOf(table.name);
        if (!columns)
            return columns.error();
        QStringList known;
        for (const auto &column : *columns)
            known << column.first;
        if (known.isEmpty())
            return Error::invalid(table.name, tr("there is no table %1 in this database").arg(table.name));
        QStringList names;
        for (const QString &column : table.columns) {
            if (!known.contains(column))
                return Error::invalid(table.name, tr("the table %1 has no column %2").arg(table.name, column));
            names << quoted(column);
        }
        QStringList marks;
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            marks << QStringLiteral("?");
        auto insert = sql::prepare(db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                           .arg(quoted(table.name), names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        if (!insert)
            return insert.error();
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            if (auto s = sql::exec(*insert, table.rows.at(r)); !s) {
                Error error = s.error();
                error.message = tr("%1, row %2: %3").arg(table.name).arg(r + 1).arg(error.message);
                return error;
            }
        }
    }
    return {};
}

} // namespace foothold
