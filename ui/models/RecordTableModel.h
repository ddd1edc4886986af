#pragma once

#include "core/storage/ChangeNotifier.h"
#include "ui/models/SearchIndex.h"

#include <QAbstractTableModel>
#include <QTimer>
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
// the search texts of all rows in one index (SearchIndex, built on the first search) and, per
// column, each row's rank in sort order.
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

    // The text searches match against (name, company, tags, …) of every row; built a slice at a
    // time while the application is idle from kIdleIndexDelayMs after the rows are loaded (or
    // whole when a search comes first), then kept current row by row.
    [[nodiscard]] const SearchIndex &searchIndex() const;
    [[nodiscard]] bool searchIndexComplete() const { return m_searchBuilt; }
    [[nodiscard]] int indexedRows() const { return m_search.rowCount(); } // so far
    // One idle slice of the index (a few milliseconds of rows); what the idle timer runs.
    void indexSomeRows() const;
    static constexpr int kIdleIndexDelayMs = 300;
    // Position of `row` when sorted by `column`; computed for a column when first asked.
    [[nodiscard]] int sortRank(int column, int row) const;
    // Every row in ascending order of `column` (the inverse of sortRank): the filter proxy walks
    // it to list the accepted rows already sorted, without sorting them again.
    [[nodiscard]] const std::vector<int> &sortOrder(int column) const;

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

    // The search text of one row (any case), for the search index.
    [[nodiscard]] virtual QString searchTextOf(int row) const = 0;

    // Sort ranks and the search index are derived from the rows; call these when rows change,
    // before announcing it (the filter proxy reads them while it handles the signal).
    void invalidateRanks() const { m_rankings.clear(); }
    void invalidateSearch() const;
    void searchRowChanged(int row) const; // changed, or appended when row == the old row count
    void searchRowRemoved(int row) const;

private:
    struct Ranking {
        std::vector<int> rank;  // row -> position in ascending order
        std::vector<int> order; // position -> row
    };
    const Ranking &ranking(int column) const;
    void onChanged(const ChangeSet &changes);

    Database &m_db;
    Entity m_entity;
    mutable QHash<int, Ranking> m_rankings; // by column
    mutable SearchIndex m_search;
    mutable bool m_searchBuilt = false;
    QTimer *m_idleIndexing = new QTimer(this); // the next idle slice of the search index
};

// Rows of one kind kept in a list with an id index; the common mechanics of RecordTableModel.
template <typename Row>
class RecordListModel : public RecordTableModel {
public:
    using RecordTableModel::RecordTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    qint64 idAt(int row) const override { return row >= 0 && row < m_rows.size() ? m_rows.at(row).id.value : 0; }
    int rowOf(qint64 id) const override { return m_index.value(id, -1); }
    const Row &rowAt(int row) const { return m_rows.at(row); }

protected:
    // Subclasses turn a row into the text a search matches against (any case: the index
    // lower-cases it all at once, which is much cheaper than row by row).
    virtual QString makeSearchText(const Row &row) const = 0;
    virtual QList<Row> fetch(const QList<qint64> &ids) = 0; // empty ids: all rows

    QString searchTextOf(int row) const override { return makeSearchText(m_rows.at(row)); }

    void loadAll() override
    {
        m_rows = fetch({});
        invalidateRanks();
        invalidateSearch();
        reindex();
    }

    void loadSome(const QList<qint64> &ids) override
    {
        for (const Row &row : fetch(ids)) {
            const int existing = rowOf(row.id.value);
            if (existing >= 0) {
                m_rows[existing] = row;
                invalidateRanks();
                searchRowChanged(existing);
                emit dataChanged(index(existing, 0), index(existing, columnCount() - 1));
            } else {
                const int at = int(m_rows.size());
                beginInsertRows({}, at, at);
                m_rows.append(row);
                m_index.insert(row.id.value, at);
                invalidateRanks();
                searchRowChanged(at);
                endInsertRows();
            }
        }
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
            invalidateRanks();
            searchRowRemoved(at);
            endRemoveRows();
        }
    }

    // Refreshes rows in place after `update` changed them (a related record changed).
    void refreshAll(const std::function<void(Row &)> &update)
    {
        for (auto &row : m_rows)
            update(row);
        invalidateRanks();
        invalidateSearch();
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
    }

private:
    void reindex()
    {
        m_index.clear();
        m_index.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i)
            m_index.insert(m_rows.at(i).id.value, i);
    }

    QList<Row> m_rows;
    QHash<qint64, int> m_index;
};

} // namespace foothold
