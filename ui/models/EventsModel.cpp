#include "ui/models/EventsModel.h"

#include "core/storage/EventStore.h"
#include "core/storage/EventSummaryStore.h"
#include "core/util/Settings.h"
#include "ui/models/EventTime.h"

#include <QLocale>

namespace foothold {

EventsModel::EventsModel(Database &db, QObject *parent) : RecordListModel(db, Entity::Event, parent)
{
    reload();
}

double EventsModel::totalInHomeCurrency(const QList<EventCost> &costs)
{
    double total = 0;
    for (const EventCost &cost : costs)
        total += double(cost.amountMinor) / 100.0 * cost.rate;
    return total;
}

QString EventsModel::moneyText(double amount, const QString &currency)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(amount, 'f', 2), currency);
}

void EventsModel::loadAll()
{
    m_home = foothold::homeCurrency();
    RecordListModel::loadAll();
}

QList<EventRow> EventsModel::fetch(const QList<qint64> &ids)
{
    QList<Event> events;
    EventStore store(database());
    if (ids.isEmpty()) {
        events = store.list();
    } else {
        for (const qint64 id : ids)
            if (auto event = store.get(EventId(id)))
                events << *event;
    }
    const QHash<qint64, int> met = EventSummaryStore(database()).metCounts();
    QList<EventRow> rows;
    rows.reserve(events.size());
    for (const Event &event : events)
        rows.append({event.id, event, met.value(event.id.value), totalInHomeCurrency(event.costs)});
    return rows;
}

void EventsModel::relatedChanged(const ChangeSet &changes)
{
    // Contacts met at an event change its "met" count; which events lose one is not in the change
    // set (the event a contact was moved away from), so recount all in one grouped query.
    bool relevant = false;
    for (const Change &change : changes.changes)
        if (change.entity == Entity::Contact && change.fields != QStringList{QStringLiteral("last_conversation")})
            relevant = true;
    if (!relevant)
        return;
    const QHash<qint64, int> met = EventSummaryStore(database()).metCounts();
    QList<qint64> changed;
    for (int row = 0; row < rowCount(); ++row)
        if (met.value(rowAt(row).id.value) != rowAt(row).met)
            changed << rowAt(row).id.value;
    if (!changed.isEmpty())
        loadSome(changed);
}

QString EventsModel::makeSearchText(const EventRow &row) const
{
    const Event &e = row.event;
    return (e.name + QLatin1Char(' ') + label(e.kind) + QLatin1Char(' ') + e.location + QLatin1Char(' ') + e.tags.join(QLatin1Char(' ')))
        .toLower();
}

QVariant EventsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const EventRow &row = rowAt(index.row());
    const Event &e = row.event;
    if (role == IdRole)
        return e.id.value;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return e.name;
        case Kind: return label(e.kind);
        case Start: return eventStartText(e);
        case Status: return label(e.status);
        case Location: return e.location;
        case Cost: return e.costs.isEmpty() ? QString() : moneyText(row.totalCost, m_home);
        case Met: return row.met > 0 ? QLocale().toString(row.met) : QString();
        case Tags: return e.tags.join(QStringLiteral(", "));
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name: return e.name;
        case Start:
            return e.timeZone.isEmpty() ? tr("In your own time zone") : tr("In the event's time zone, %1").arg(e.timeZone);
        case Cost: {
            QStringList lines;
            for (const EventCost &cost : e.costs)
                lines << tr("%1: %2").arg(label(cost.category), moneyText(double(cost.amountMinor) / 100.0, cost.currency));
            return lines.join(QLatin1Char('\n'));
        }
        case Met: return tr("%n contact(s) met here", nullptr, row.met);
        case Tags: return e.tags.join(QStringLiteral(", "));
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Cost || index.column() == Met))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case Kind: return int(e.kind);
        case Start: return e.start.isValid() ? QVariant(e.start.toSecsSinceEpoch()) : QVariant();
        case Status: return int(e.status);
        case Cost: return e.costs.isEmpty() ? QVariant() : QVariant(row.totalCost);
        case Met: return row.met > 0 ? QVariant(row.met) : QVariant();
        default: return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Cost)
        return tr("Every cost converted into %1 with its rate").arg(m_home);
    if (role == Qt::ToolTipRole && section == Met)
        return tr("Contacts you met there");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Kind: return tr("Kind");
    case Start: return tr("Starts");
    case Status: return tr("Status");
    case Location: return tr("Location");
    case Cost: return tr("Cost");
    case Met: return tr("People met");
    case Tags: return tr("Tags");
    default: return {};
    }
}

} // namespace foothold
