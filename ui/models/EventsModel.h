#pragma once

#include "core/domain/Event.h"
#include "ui/models/RecordTableModel.h"

namespace foothold {

// What a row of the events list holds: the event with its costs, and how many people I met there.
struct EventRow {
    EventId id;
    Event event;
    int met = 0;           // contacts whose "met at" is this event
    double totalCost = 0;  // in the home currency: sum of amount × rate
};

// Every event, one row each. Costs are added up in the home currency (each cost carries the rate
// that converts it); start times are shown in the event's own time zone.
class EventsModel final : public RecordListModel<EventRow> {
    Q_OBJECT
public:
    enum Column { Name, Start, Status, Cost, Met, Kind, Location, Tags, ColumnCount };

    explicit EventsModel(Database &db, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The currency totals are shown in (core/util/Settings.h homeCurrency()), read at each reload.
    [[nodiscard]] QString homeCurrency() const { return m_home; }
    // Sum of amount × rate of `costs`, in home-currency units (not minor units).
    [[nodiscard]] static double totalInHomeCurrency(const QList<EventCost> &costs);
    // "1,234.50 EUR" in the user's locale.
    [[nodiscard]] static QString moneyText(double amount, const QString &currency);

protected:
    QString makeSearchText(const EventRow &row) const override;
    QList<EventRow> fetch(const QList<qint64> &ids) override;
    void loadAll() override;
    void relatedChanged(const ChangeSet &changes) override;

private:
    QString m_home;
};

} // namespace foothold
