#include "ui/models/RecordTableModel.h"

#include "core/storage/Database.h"

#include <QCollator>
#include <QElapsedTimer>

#include <optional>

namespace foothold {

RecordTableModel::RecordTableModel(Database &db, Entity entity, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_entity(entity)
{
    connect(db.notifier(), &ChangeNotifier::changed, this, &RecordTableModel::onChanged);
    m_idleIndexing->setSingleShot(true);
    connect(m_idleIndexing, &QTimer::timeout, this, &RecordTableModel::indexSomeRows);
}

void RecordTableModel::reload()
{
    beginResetModel();
    loadAll();
    invalidateRanks();
    invalidateSearch();
    endResetModel();
}

const SearchIndex &RecordTableModel::searchIndex() const
{
    if (!m_searchBuilt) {
        // Whatever idle slices have not indexed yet is done now: the search needs it all.
        m_search.appendRows(rowCount(), [this](int row) { return searchTextOf(row); });
        m_searchBuilt = true;
        m_idleIndexing->stop();
    }
    return m_search;
}

void RecordTableModel::indexSomeRows() const
{
    if (m_searchBuilt)
        return;
    // A slice of a few milliseconds, so that a key pressed meanwhile waits no longer than that.
    constexpr qint64 kSliceNs = 4'000'000;
    constexpr int kRowsBetweenChecks = 512;
    QElapsedTimer clock;
    clock.start();
    const int rows = rowCount();
    const auto textOf = [this](int row) { return searchTextOf(row); };
    while (m_search.rowCount() < rows && clock.nsecsElapsed() < kSliceNs)
        m_search.appendRows(std::min(rows, m_search.rowCount() + kRowsBetweenChecks), textOf);
    if (m_search.rowCount() >= rows)
        m_searchBuilt = true;
    else
        m_idleIndexing->start(0);
}

void RecordTableModel::invalidateSearch() const
{
    m_searchBuilt = false;
    m_search.clear();
    // Indexed in slices once the page has had time to paint, so that the first search does not
    // pay for indexing every row (about 150 ms on 100,000 contacts) while the user types.
    m_idleIndexing->start(kIdleIndexDelayMs);
}

void RecordTableModel::searchRowChanged(int row) const
{
    if (m_searchBuilt)
        m_search.setRow(row, searchTextOf(row));
    else if (m_search.rowCount() > 0)
        invalidateSearch(); // a half-built index starts again rather than track the change
}

void RecordTableModel::searchRowRemoved(int row) const
{
    if (m_searchBuilt)
        m_search.removeRow(row);
    else if (m_search.rowCount() > 0)
        invalidateSearch();
}

int RecordTableModel::sortRank(int column, int row) const
{
    const auto &rank = ranking(column).rank;
    return row >= 0 && size_t(row) < rank.size() ? rank[size_t(row)] : 0;
}

const std::vector<int> &RecordTableModel::sortOrder(int column) const
{
    return ranking(column).order;
}

const RecordTableModel::Ranking &RecordTableModel::ranking(int column) const
{
    auto it = m_rankings.find(column);
    if (it != m_rankings.end() && it->rank.size() == size_t(rowCount()))
        return *it;
    // Rank every row once for this column, so that ordering rows is integer work. Rows that show
    // the same text share one group (a company, a place, a stage: most columns repeat a lot), so
    // only the distinct values are collated and sorted; rows are then laid out group by group in
    // their own order (a counting sort), which also keeps ties in the model's order.
    const int n = rowCount();
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    struct Group {
        QVariant value;                        // non-strings
        std::optional<QCollatorSortKey> text;  // strings: compared by collation key, made once
    };
    std::vector<Group> groups;
    QHash<QString, int> groupOfText;
    std::vector<int> groupOf(static_cast<size_t>(n), -1); // -1: empty, sorts last
    for (int i = 0; i < n; ++i) {
        const QVariant value = data(index(i, column), SortRole);
        if (value.typeId() == QMetaType::QString) {
            const QString text = value.toString();
            if (text.isEmpty())
                continue;
            auto found = groupOfText.constFind(text);
            if (found == groupOfText.constEnd()) {
                found = groupOfText.insert(text, int(groups.size()));
                groups.push_back({QVariant(), collator.sortKey(text)});
            }
            groupOf[size_t(i)] = *found;
        } else if (value.isValid() && !value.isNull()) {
            groupOf[size_t(i)] = int(groups.size());
            groups.push_back({value, std::nullopt});
        }
    }
    std::vector<int> groupOrder(groups.size());
    for (size_t g = 0; g < groups.size(); ++g)
        groupOrder[g] = int(g);
    std::sort(groupOrder.begin(), groupOrder.end(), [&](int a, int b) {
        const Group &x = groups[size_t(a)];
        const Group &y = groups[size_t(b)];
        if (x.text && y.text) {
            if (const int c = x.text->compare(*y.text); c != 0)
                return c < 0;
        } else if (x.text.has_value() != y.text.has_value()) {
            return x.text.has_value(); // strings before other types: an order, not a meaning
        } else {
            const auto c = QVariant::compare(x.value, y.value);
            if (c == QPartialOrdering::Less)
                return true;
            if (c == QPartialOrdering::Greater)
                return false;
        }
        return a < b; // equal values (numbers) keep the order of their first row
    });
    // Counting sort of the rows by their group's position; empty values last.
    const size_t groupCount = groups.size();
    std::vector<int> groupRank(groupCount);
    for (size_t r = 0; r < groupCount; ++r)
        groupRank[size_t(groupOrder[r])] = int(r);
    std::vector<int> start(groupCount + 2, 0);
    for (int i = 0; i < n; ++i) {
        const int g = groupOf[size_t(i)];
        ++start[g < 0 ? groupCount + 1 : size_t(groupRank[size_t(g)]) + 1];
    }
    for (size_t b = 1; b < start.size(); ++b)
        start[b] += start[b - 1];
    Ranking ranking;
    ranking.order.resize(static_cast<size_t>(n));
    ranking.rank.resize(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const int g = groupOf[size_t(i)];
        const size_t bucket = g < 0 ? groupCount : size_t(groupRank[size_t(g)]);
        const int position = start[bucket]++;
        ranking.order[size_t(position)] = i;
        ranking.rank[size_t(i)] = position;
    }
    return *m_rankings.insert(column, std::move(ranking));
}

void RecordTableModel::onChanged(const ChangeSet &changes)
{
    if (changes.reset) {
        reload();
        return;
    }
    const QList<qint64> removed = changes.ids(m_entity, ChangeKind::Removed);
    if (!removed.isEmpty())
        removeIds(removed);
    QList<qint64> touched = changes.ids(m_entity, ChangeKind::Inserted);
    for (const qint64 id : changes.ids(m_entity, ChangeKind::Updated))
        if (!touched.contains(id) && !removed.contains(id))
            touched << id;
    if (!touched.isEmpty())
        loadSome(touched);
    for (const auto &change : changes.changes) {
        if (change.entity != m_entity) {
            relatedChanged(changes);
            break;
        }
    }
}

} // namespace foothold
