#pragma once

#include "core/storage/ChangeNotifier.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <algorithm>
#include <vector>

namespace foothold {

class Database;

// The base of every entity list model: one row per record, keyed by id, kept up to date from the
// database's ChangeNotifier row by row (beginInsertRows / dataChanged / beginRemoveRows; a reset
// only when the change set says so). Subclasses say how to load rows and what the columns show.
//
// For speed on 100,000 rows the model also serves what the filter proxy needs without QVariant:
// a lower-case search text per row and, per column, each row's rank in sort order.
class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        SortRole,                  // a value that sorts the column naturally
    };

    RecordTableModel(Database &db, Entity entity, QObject *parent = nullptr);

    [[nodiscard]] Entity entity() const { return m_entity; }
    [[nodiscard]] virtual qint64 idAt(int row) const = 0;
    [[nodiscard]] virtual int rowOf(qint64 id) const = 0;
    [[nodiscard]] qint64 idFromIndex(const QModelIndex &index) const
    {
        return index.isValid() ? idAt(index.row()) : 0;
    }

    // Lower-case text a search matches against (name, company, tags, …).
    [[nodiscard]] virtual const QString &searchText(int row) const = 0;
    // Position of `row` when sorted by `column`; computed for a column when first asked.
    [[nodiscard]] int sortRank(int column, int row) const;

    // Loads every row again (a reset). Called once at start and when a change set says reset.
    void reload();

protected:
    Database &database() const { return m_db; }

    // Subclass hooks: load every row, load some rows by id, and apply another entity's change
    // (a company renamed changes the company column of contacts).
    virtual void loadAll() = 0;
    virtual void loadSome(const QList<qint64> &ids) = 0; // insert or replace these rows
    virtual void removeIds(const QList<qint64> &ids) = 0;
    virtual void relatedChanged(const ChangeSet &changes) { Q_UNUSED(changes); }

    // Sort ranks are derived from the rows; call when rows change.
    void invalidateRanks() const { m_ranks.clear(); }

private:
    void onChanged(const ChangeSet &changes);

    Database &m_db;
    Entity m_entity;
    mutable QHash<int, std::vector<int>> m_ranks; // column -> rank of each row
};

// Rows of one kind kept in a list with an id index; the common mechanics of RecordTableModel.
template <typename Row>
class RecordListModel : public RecordTableModel {
public:
    using RecordTableModel::RecordTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    qint64 idAt(int row) const override { return row >= 0 && row < m_rows.size() ? m_rows.at(row).row.id.value : 0; }
    int rowOf(qint64 id) const override { return m_index.value(id, -1); }
    const QString &searchText(int row) const override { return m_rows.at(row).search; }
    const Row &rowAt(int row) const { return m_rows.at(row).row; }

protected:
    // Subclasses turn a row into its lower-case search text.
    virtual QString makeSearchText(const Row &row) const = 0;
    virtual QList<Row> fetch(const QList<qint64> &ids) = 0; // empty ids: all rows

    void loadAll() override
    {
        const QList<Row> rows = fetch({});
        m_rows.clear();
        m_rows.reserve(rows.size());
        for (const Row &row : rows)
            m_rows.append({row, makeSearchText(row)});
        reindex();
    }

    void loadSome(const QList<qint64> &ids) override
    {
        for (const Row &row : fetch(ids)) {
            const int existing = rowOf(row.id.value);
            if (existing >= 0) {
                m_rows[existing] = {row, makeSearchText(row)};
                emit dataChanged(index(existing, 0), index(existing, columnCount() - 1));
            } else {
                const int at = int(m_rows.size());
                beginInsertRows({}, at, at);
                m_rows.append({row, makeSearchText(row)});
                m_index.insert(row.id.value, at);
                endInsertRows();
            }
        }
        invalidateRanks();
    }

    void removeIds(const QList<qint64> &ids) override
    {
        for (const qint64 id : ids) {
            const int at = rowOf(id);
            if (at < 0)
                continue;
            beginRemoveRows({}, at, at);
            m_rows.removeAt(at);
            reindex();
            endRemoveRows();
        }
        invalidateRanks();
    }

    // Refreshes rows in place after `update` changed them (a related record changed).
    void refreshAll(const std::function<void(Row &)> &update)
    {
        for (auto &entry : m_rows) {
            update(entry.row);
            entry.search = makeSearchText(entry.row);
        }
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
        invalidateRanks();
    }

private:
    struct Entry {
        Row row;
        QString search;
    };

    void reindex()
    {
        m_index.clear();
        m_index.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i)
            m_index.insert(m_rows.at(i).row.id.value, i);
    }

    QList<Entry> m_rows;
    QHash<qint64, int> m_index;
};

} // namespace foothold
