#pragma once

#include "ui/models/RecordTableModel.h"

#include <QSortFilterProxyModel>

#include <functional>

namespace foothold {

// Filtering and sorting for every list page. A search matches when every word typed appears in
// the row's search text (case-insensitive); pages add their own predicates (tag, company, stage,
// date range…). Sorting compares the model's precomputed ranks, so re-filtering 100,000 rows
// stays within a frame.
class RecordFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using Predicate = std::function<bool(int sourceRow)>;

    explicit RecordFilterProxy(RecordTableModel *model, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const { return m_searchText; }
    // Named predicates, so that a page can replace one filter without touching the others.
    void setPredicate(const QString &name, Predicate predicate);
    void clearPredicate(const QString &name);
    [[nodiscard]] bool isFiltering() const { return !m_words.isEmpty() || !m_predicates.isEmpty(); }

    [[nodiscard]] RecordTableModel *recordModel() const { return m_model; }
    [[nodiscard]] qint64 idFromIndex(const QModelIndex &proxyIndex) const
    {
        return m_model->idFromIndex(mapToSource(proxyIndex));
    }
    [[nodiscard]] QModelIndex indexOfId(qint64 id) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    RecordTableModel *m_model;
    QString m_searchText;
    QStringList m_words;
    QHash<QString, Predicate> m_predicates;
};

} // namespace foothold
