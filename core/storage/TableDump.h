#pragma once

#include "core/storage/Database.h"

#include <QList>
#include <QStringList>
#include <QVariantList>

namespace foothold {

// The rows of one table as plain values, in a stable order: what a backup holds of it.
struct TableRows {
    QString name;
    QStringList columns;      // in the table's order
    QStringList types;        // declared types (STRICT tables: INTEGER, TEXT, REAL, BLOB, ANY)
    QList<QVariantList> rows; // NULL as a null QVariant; BLOB as QByteArray
};

// Every table of the database as rows, and back: the storage half of the JSON backup. Knows
// nothing of the tables' meaning, so that a table added by a later migration is backed up
// without a change here. Virtual tables and their shadow tables (full-text indexes) are left
// out: the triggers that fill them run again on restore.
class TableDump {
public:
    explicit TableDump(Database &db) : m_db(db) {}

    // Ordinary tables (sqlite_sequence included, last), parents before the tables that refer to
    // them, so that rows can be inserted in this order and deleted in the reverse one.
    Result<QStringList> tableNames();
    // All rows of `table`, ordered by every column in turn (a stable order for equal contents).
    Result<TableRows> read(const QString &table);
    // True when `table` has no rows.
    Result<bool> isEmpty(const QString &table);

    // Inside a transaction: deletes every row of `tables` (children first), then inserts `data`
    // (in the order given), with foreign keys checked at commit. Columns of `data` must exist
    // in the table. A row whose foreign key points nowhere is refused here, before the commit,
    // as "TABLE, row N (id I): COLUMN V refers to a record of PARENT that does not exist" (N counts `data`'s rows of
    // that table from 1).
    Status replaceAll(const QStringList &tables, const QList<TableRows> &data);

private:
    Result<QList<QPair<QString, QString>>> columnsOf(const QString &table);
    Status checkForeignKeys(const QList<TableRows> &data);
    Result<QString> describeBrokenKey(const TableRows &table, const QString &parent, int keyId);

    Database &m_db;
};

} // namespace foothold
