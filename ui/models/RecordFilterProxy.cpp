#include "ui/models/RecordFilterProxy.h"

#include <algorithm>

namespace foothold {
namespace {

// Above this many rows changed at once, re-filtering everything is cheaper than row by row.
constexpr int kRowByRowLimit = 64;

} // namespace

RecordFilterProxy::RecordFilterProxy(RecordTableModel *model, QObject *parent) : QAbstractProxyModel(parent), m_model(model)
{
    QAbstractProxyModel::setSourceModel(model);
    rebuild();
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        rebuild();
        endResetModel();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &RecordFilterProxy::onRowsInserted);
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &RecordFilterProxy::onRowsAboutToBeRemoved);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RecordFilterProxy::onRowsRemoved);
    connect(model, &QAbstractItemModel::dataChanged, this, &RecordFilterProxy::onDataChanged);
    connect(model, &QAbstractItemModel::layoutChanged, this, &RecordFilterProxy::relayout);
    connect(model, &QAbstractItemModel::rowsMoved, this, &RecordFilterProxy::relayout);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    connect(model, &QAbstractItemModel::columnsInserted, this, [this] { beginResetModel(), endResetModel(); });
    connect(model, &QAbstractItemModel::columnsRemoved, this, [this] { beginResetModel(), endResetModel(); });
}

bool RecordFilterProxy::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return false;
    m_searchText = text;
    QStringList words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts); // as the search index folds
    if (words == m_words)
        return false; // a space typed after a word: the same rows
    m_words = std::move(words);
    relayout();
    return true;
}

void RecordFilterProxy::setPredicate(const QString &name, Predicate predicate)
{
    m_predicates.insert(name, std::move(predicate));
    relayout();
}

void RecordFilterProxy::clearPredicate(const QString &name)
{
    if (m_predicates.remove(name) > 0)
        relayout();
}

void RecordFilterProxy::invalidate()
{
    relayout();
}

void RecordFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column >= m_model->columnCount())
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    relayout();
}

QModelIndex RecordFilterProxy::indexOfId(qint64 id) const
{
    const int row = m_model->rowOf(id);
    return row < 0 ? QModelIndex() : mapFromSource(m_model->index(row, 0));
}

QModelIndex RecordFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || size_t(row) >= m_map.size() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex RecordFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

int RecordFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_map.size());
}

int RecordFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_model->columnCount();
}

bool RecordFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_map.empty();
}

QModelIndex RecordFilterProxy::sibling(int row, int column, const QModelIndex &index) const
{
    return index.isValid() ? this->index(row, column) : QModelIndex();
}

QModelIndex RecordFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || size_t(proxyIndex.row()) >= m_map.size())
        return {};
    return m_model->index(m_map[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex RecordFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const int row = proxyRowOf(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

bool RecordFilterProxy::accepts(int sourceRow) const
{
    if (!m_words.isEmpty() && !m_model->searchIndex().rowMatches(sourceRow, m_words))
        return false;
    for (const auto &predicate : m_predicates)
        if (!predicate(sourceRow))
            return false;
    return true;
}

void RecordFilterProxy::rebuild()
{
    const int n = m_model->rowCount();
    m_map.clear();
    m_map.reserve(size_t(n));
    m_proxyRowValid = false; // rebuilt when first needed: most re-filters never need it
    const std::vector<int> *order = m_sortColumn >= 0 ? &m_model->sortOrder(m_sortColumn) : nullptr;
    const bool descending = order && m_sortOrder == Qt::DescendingOrder;
    const auto sourceRowAt = [&](int i) { return !order ? i : descending ? (*order)[size_t(n - 1 - i)] : (*order)[size_t(i)]; };
    // The words are looked for in all rows at once; predicates then run on the rows left. Each
    // case has its own loop: this runs on every keystroke over every row.
    const std::vector<quint8> matched = m_words.isEmpty() ? std::vector<quint8>() : m_model->searchIndex().match(m_words);
    if (m_predicates.isEmpty()) {
        if (matched.empty()) {
            for (int i = 0; i < n; ++i)
                m_map.push_back(sourceRowAt(i));
        } else {
            for (int i = 0; i < n; ++i)
                if (const int row = sourceRowAt(i); matched[size_t(row)])
                    m_map.push_back(row);
        }
        return;
    }
    const QList<Predicate> predicates = m_predicates.values();
    for (int i = 0; i < n; ++i) {
        const int row = sourceRowAt(i);
        if (!matched.empty() && !matched[size_t(row)])
            continue;
        bool accepted = true;
        for (const auto &predicate : predicates)
            if (!predicate(row)) {
                accepted = false;
                break;
            }
        if (accepted)
            m_map.push_back(row);
    }
}

int RecordFilterProxy::proxyRowOf(int sourceRow) const
{
    if (!m_proxyRowValid) {
        m_proxyRow.assign(size_t(m_model->rowCount()), -1);
        for (size_t i = 0; i < m_map.size(); ++i)
            if (size_t(m_map[i]) < m_proxyRow.size())
                m_proxyRow[size_t(m_map[i])] = int(i);
        m_proxyRowValid = true;
    }
    return sourceRow >= 0 && size_t(sourceRow) < m_proxyRow.size() ? m_proxyRow[size_t(sourceRow)] : -1;
}

void RecordFilterProxy::relayout()
{
    emit layoutAboutToBeChanged();
    // Persistent indexes (the selection, the current row) follow their source rows.
    const QModelIndexList before = persistentIndexList();
    std::vector<std::pair<int, int>> sources;
    sources.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        sources.emplace_back(size_t(index.row()) < m_map.size() ? m_map[size_t(index.row())] : -1, index.column());
    rebuild();
    QModelIndexList after;
    after.reserve(before.size());
    for (const auto &[row, column] : sources) {
        // A few (the current row, a selection's corners): a scan each beats indexing every row.
        int proxyRow = -1;
        if (row >= 0 && (m_proxyRowValid || sources.size() > 16))
            proxyRow = proxyRowOf(row);
        else if (row >= 0)
            if (auto it = std::find(m_map.begin(), m_map.end(), row); it != m_map.end())
                proxyRow = int(it - m_map.begin());
        after << (proxyRow < 0 ? QModelIndex() : createIndex(proxyRow, column));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

int RecordFilterProxy::positionFor(int sourceRow) const
{
    if (m_sortColumn < 0)
        return int(std::lower_bound(m_map.begin(), m_map.end(), sourceRow) - m_map.begin());
    const int rank = m_model->sortRank(m_sortColumn, sourceRow);
    if (m_sortOrder == Qt::AscendingOrder)
        return int(std::lower_bound(m_map.begin(), m_map.end(), rank,
                                    [this](int row, int value) { return m_model->sortRank(m_sortColumn, row) < value; })
                   - m_map.begin());
    return int(std::lower_bound(m_map.begin(), m_map.end(), rank,
                                [this](int row, int value) { return m_model->sortRank(m_sortColumn, row) > value; })
               - m_map.begin());
}

bool RecordFilterProxy::inOrderAt(int proxyRow) const
{
    if (m_sortColumn < 0)
        return true;
    const auto rankAt = [this](size_t i) { return m_model->sortRank(m_sortColumn, m_map[i]); };
    const size_t i = size_t(proxyRow);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (i > 0 && (ascending ? rankAt(i - 1) > rankAt(i) : rankAt(i - 1) < rankAt(i)))
        return false;
    if (i + 1 < m_map.size() && (ascending ? rankAt(i) > rankAt(i + 1) : rankAt(i) < rankAt(i + 1)))
        return false;
    return true;
}

void RecordFilterProxy::insertRow(int sourceRow)
{
    const int at = positionFor(sourceRow);
    beginInsertRows({}, at, at);
    m_map.insert(m_map.begin() + at, sourceRow);
    m_proxyRowValid = false;
    endInsertRows();
}

void RecordFilterProxy::removeProxyRow(int proxyRow)
{
    beginRemoveRows({}, proxyRow, proxyRow);
    m_map.erase(m_map.begin() + proxyRow);
    m_proxyRowValid = false;
    endRemoveRows();
}

void RecordFilterProxy::moveProxyRow(int from)
{
    // A move (not a removal and an insertion) keeps the row selected and current.
    const int sourceRow = m_map[size_t(from)];
    m_map.erase(m_map.begin() + from);
    const int to = positionFor(sourceRow); // among the others
    m_map.insert(m_map.begin() + from, sourceRow);
    const int destination = to <= from ? to : to + 1; // in the numbering before the move
    if (destination == from || destination == from + 1)
        return;
    beginMoveRows({}, from, from, {}, destination);
    m_map.erase(m_map.begin() + from);
    m_map.insert(m_map.begin() + to, sourceRow);
    m_proxyRowValid = false;
    endMoveRows();
}

void RecordFilterProxy::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    // Source rows at and after `first` moved down by `count`.
    for (int &row : m_map)
        if (row >= first)
            row += count;
    m_proxyRowValid = false;
    if (count > kRowByRowLimit) {
        relayout();
        return;
    }
    for (int row = first; row <= last; ++row)
        if (accepts(row))
            insertRow(row);
}

void RecordFilterProxy::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    // Leave the proxy before the source rows go, highest first so that proxy rows stay valid.
    std::vector<int> proxyRows;
    for (int row = first; row <= last; ++row)
        if (const int proxyRow = proxyRowOf(row); proxyRow >= 0)
            proxyRows.push_back(proxyRow);
    std::sort(proxyRows.begin(), proxyRows.end(), std::greater<>());
    for (const int proxyRow : proxyRows)
        removeProxyRow(proxyRow);
}

void RecordFilterProxy::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (int &row : m_map)
        if (row > last)
            row -= count;
    m_proxyRowValid = false;
}

void RecordFilterProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if (last - first + 1 > kRowByRowLimit) {
        relayout();
        if (!m_map.empty())
            emit dataChanged(index(0, 0), index(int(m_map.size()) - 1, columnCount() - 1), roles);
        return;
    }
    for (int row = first; row <= last; ++row) {
        const int proxyRow = proxyRowOf(row);
        const bool accepted = accepts(row);
        if (proxyRow >= 0 && !accepted) {
            removeProxyRow(proxyRow);
        } else if (proxyRow < 0 && accepted) {
            insertRow(row);
        } else if (proxyRow >= 0) {
            if (!inOrderAt(proxyRow)) { // its sort value changed: move it where it belongs now
                moveProxyRow(proxyRow);
                emit dataChanged(index(proxyRowOf(row), topLeft.column()), index(proxyRowOf(row), bottomRight.column()), roles);
            } else {
                emit dataChanged(index(proxyRow, topLeft.column()), index(proxyRow, bottomRight.column()), roles);
            }
        }
    }
}

} // namespace foothold
