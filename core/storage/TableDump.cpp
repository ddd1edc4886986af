#include "core/storage/TableDump.h"

#include "core/storage/SqlSupport.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>

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
    return checkForeignKeys(data);
}

// With the checks deferred, COMMIT would fail with SQLite's bare "FOREIGN KEY constraint failed",
// which names no table and no row; PRAGMA foreign_key_check does. It reads every table, so it runs
// only when SQLite counts a constraint still unresolved (SQLITE_DBSTATUS_DEFERRED_FKS), which costs
// nothing on the way of a good backup.
Status TableDump::checkForeignKeys(const QList<TableRows> &data)
{
    auto &db = m_db.connection();
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        int unresolved = 0;
        int highWater = 0;
        if (sqlite3_db_status(*static_cast<sqlite3 *const *>(handle.data()), SQLITE_DBSTATUS_DEFERRED_FKS, &unresolved, &highWater, 0) ==
                SQLITE_OK &&
            unresolved == 0)
            return {};
    }
    auto check = sql::prepare(db, QStringLiteral("SELECT \"table\", parent, fkid FROM pragma_foreign_key_check LIMIT 1"));
    if (!check)
        return check.error();
    if (auto s = sql::exec(*check); !s)
        return s;
    if (!check->next())
        return {};
    const QString name = check->value(0).toString();
    const QString parent = check->value(1).toString();
    const int keyId = check->value(2).toInt();
    check->finish();
    for (const TableRows &table : data) {
        if (table.name != name)
            continue;
        auto described = describeBrokenKey(table, parent, keyId);
        if (!described)
            return described.error();
        return Error::invalid(QString(), *described);
    }
    return Error::invalid(QString(), tr("%1: a row refers to a record of %2 that does not exist").arg(name, parent));
}

// The first row of `table` whose foreign key `keyId` finds nothing in `parent`, as the backup
// numbers it.
Result<QString> TableDump::describeBrokenKey(const TableRows &table, const QString &parent, int keyId)
{
    auto &db = m_db.connection();
    auto key = sql::prepare(db, QStringLiteral("SELECT \"from\", \"to\" FROM pragma_foreign_key_list(?) WHERE id = ? ORDER BY seq"));
    if (!key)
        return key.error();
    if (auto s = sql::exec(*key, {table.name, keyId}); !s)
        return s.error();
    QStringList from, to;
    while (key->next()) {
        from << key->value(0).toString();
        to << key->value(1).toString();
    }
    key->finish();
    if (!to.isEmpty() && to.first().isEmpty()) { // the key refers to the parent's primary key
        auto pk = sql::prepare(db, QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk"));
        if (!pk)
            return pk.error();
        if (auto s = sql::exec(*pk, {parent}); !s)
            return s.error();
        to.clear();
        while (pk->next())
            to << pk->value(0).toString();
    }
    QList<qsizetype> positions;
    for (const QString &column : std::as_const(from))
        positions << table.columns.indexOf(column);
    QStringList conditions;
    for (const QString &column : std::as_const(to))
        conditions << quoted(column) + QStringLiteral(" = ?");
    auto exists = sql::prepare(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE %2)")
                                       .arg(quoted(parent), conditions.join(QStringLiteral(" AND "))));
    if (!exists)
        return exists.error();
    const qsizetype idColumn = table.columns.indexOf(QStringLiteral("id"));
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QVariantList &row = table.rows.at(r);
        QVariantList values;
        QStringList shown;
        for (const qsizetype i : std::as_const(positions)) {
            const QVariant value = i >= 0 && i < row.size() ? row.at(i) : QVariant();
            values << value;
            shown << value.toString();
        }
        // A key with a NULL in it refers to nothing and breaks nothing.
        if (positions.contains(-1) || std::any_of(values.cbegin(), values.cend(), [](const QVariant &v) { return v.isNull(); }))
            continue;
        if (auto s = sql::exec(*exists, values); !s)
            return s.error();
        if (exists->next() && exists->value(0).toBool())
            continue;
        const QString id = idColumn >= 0 && idColumn < row.size() ? tr(" (id %1)").arg(row.at(idColumn).toString()) : QString();
        return tr("%1, row %2%3: %4 %5 refers to a record of %6 that does not exist")
            .arg(table.name)
            .arg(r + 1)
            .arg(id, from.join(QStringLiteral(", ")), shown.join(QStringLiteral(", ")), parent);
    }
    return tr("%1: a row refers to a record of %2 that does not exist").arg(table.name, parent);
}

} // namespace foothold
