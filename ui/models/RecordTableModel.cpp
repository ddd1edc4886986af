#include "ui/models/RecordTableModel.h"

#include "core/storage/Database.h"

#include <QCollator>

#include <optional>

namespace foothold {

RecordTableModel::RecordTableModel(Database &db, Entity entity, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_entity(entity)
{
    connect(db.notifier(), &ChangeNotifier::changed, this, &RecordTableModel::onChanged);
}

void RecordTableModel::reload()
{
    beginResetModel();
    loadAll();
    invalidateRanks();
    endResetModel();
}

int RecordTableModel::sortRank(int column, int row) const
{
    auto it = m_ranks.find(column);
    if (it == m_ranks.end()) {
        // Rank every row once for this column (n log n), so that each comparison the proxy makes
        // while sorting is an integer comparison.
        const int n = rowCount();
        std::vector<int> order(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            order[size_t(i)] = i;
        // Strings compare by collation keys (made once per row: comparing QCollator keys is a
        // memory comparison, comparing strings through QCollator is a full collation each time).
        QCollator collator;
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        struct Key {
            bool empty = true;
            bool isString = false;
            QVariant value;
            std::optional<QCollatorSortKey> text;
        };
        std::vector<Key> keys(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i) {
            Key &key = keys[size_t(i)];
            key.value = data(index(i, column), SortRole);
            key.isString = key.value.typeId() == QMetaType::QString;
            key.empty = !key.value.isValid() || key.value.isNull() || (key.isString && key.value.toString().isEmpty());
            if (key.isString && !key.empty)
                key.text = collator.sortKey(key.value.toString());
        }
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const Key &x = keys[size_t(a)];
            const Key &y = keys[size_t(b)];
            if (x.empty != y.empty) // empty values sort last, whatever the type
                return y.empty;
            if (x.empty)
                return false;
            if (x.text && y.text)
                return x.text->compare(*y.text) < 0;
            return QVariant::compare(x.value, y.value) == QPartialOrdering::Less;
        });
        std::vector<int> ranks(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            ranks[size_t(order[size_t(i)])] = i;
        it = m_ranks.insert(column, std::move(ranks));
    }
    return row >= 0 && size_t(row) < it->size() ? (*it)[size_t(row)] : 0;
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
