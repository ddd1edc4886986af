#pragma once

#include "ui/models/RecordTableModel.h"

#include <QAbstractProxyModel>

#include <functional>
#include <vector>

namespace foothold {

// Filtering and sorting for every list page. A search matches when every word typed appears in
// the row's search text (ignoring case; RecordTableModel::searchIndex); pages add their own predicates (tag, company, stage,
// date range…).
//
// Why not QSortFilterProxyModel: on 100,000 rows it re-sorted every accepted row after each
// keystroke (n log n comparisons through QModelIndex) and announced a widened filter as thousands
// of scattered row insertions; a keystroke took 100–400 ms. This proxy keeps the accepted rows
// already in order: the model ranks every row once per sort column (RecordTableModel::sortOrder),
// and a re-filter is one pass over that order, announced as one layout change that keeps the
// selection and the current row (persistent indexes). Single rows added, removed or changed by
// the model arrive as single-row insertions, removals and changes, as before.
class RecordFilterProxy final : public QAbstractProxyModel {
    Q_OBJECT
public:
    using Predicate = std::function<bool(int sourceRow)>;

    explicit RecordFilterProxy(RecordTableModel *model, QObject *parent = nullptr);

    // Returns whether the rows were filtered again (not when only spaces changed).
    bool setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const { return m_searchText; }
    // Named predicates, so that a page can replace one filter without touching the others.
    void setPredicate(const QString &name, Predicate predicate);
    void clearPredicate(const QString &name);
    [[nodiscard]] bool isFiltering() const { return !m_words.isEmpty() || !m_predicates.isEmpty(); }
    // Filters and sorts again (after something a predicate reads has changed).
    void invalidate();

    [[nodiscard]] RecordTableModel *recordModel() const { return m_model; }
    [[nodiscard]] qint64 idFromIndex(const QModelIndex &proxyIndex) const
    {
        return m_model->idFromIndex(mapToSource(proxyIndex));
    }
    [[nodiscard]] QModelIndex indexOfId(qint64 id) const;
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    // Sorts by the model's ranks of `column`; -1: the model's own order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    [[nodiscard]] bool accepts(int sourceRow) const;
    // Where `sourceRow` belongs among the accepted rows (by rank, or by source order).
    [[nodiscard]] int positionFor(int sourceRow) const;
    [[nodiscard]] bool inOrderAt(int proxyRow) const;
    void rebuild();
    void relayout();
    [[nodiscard]] int proxyRowOf(int sourceRow) const;
    void insertRow(int sourceRow);
    void removeProxyRow(int proxyRow);
    void moveProxyRow(int from);

    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    RecordTableModel *m_model;
    QString m_searchText;
    QStringList m_words;
    QHash<QString, Predicate> m_predicates;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_map;              // proxy row -> source row
    mutable std::vector<int> m_proxyRow; // source row -> proxy row, or -1; built when needed
    mutable bool m_proxyRowValid = false;
};

} // namespace foothold
