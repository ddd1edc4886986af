#include "ui/models/RecordFilterProxy.h"

namespace foothold {

RecordFilterProxy::RecordFilterProxy(RecordTableModel *model, QObject *parent)
    : QSortFilterProxyModel(parent), m_model(model)
{
    setSourceModel(model);
    setDynamicSortFilter(true);
    setSortRole(RecordTableModel::SortRole);
}

void RecordFilterProxy::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void RecordFilterProxy::setPredicate(const QString &name, Predicate predicate)
{
    m_predicates.insert(name, std::move(predicate));
    invalidateRowsFilter();
}

void RecordFilterProxy::clearPredicate(const QString &name)
{
    if (m_predicates.remove(name) > 0)
        invalidateRowsFilter();
}

QModelIndex RecordFilterProxy::indexOfId(qint64 id) const
{
    const int row = m_model->rowOf(id);
    return row < 0 ? QModelIndex() : mapFromSource(m_model->index(row, 0));
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_words.isEmpty()) {
        const QString &text = m_model->searchText(sourceRow);
        for (const QString &word : m_words)
            if (!text.contains(word))
                return false;
    }
    for (const auto &predicate : m_predicates)
        if (!predicate(sourceRow))
            return false;
    return true;
}

bool RecordFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_model->sortRank(left.column(), left.row()) < m_model->sortRank(right.column(), right.row());
}

} // namespace foothold
