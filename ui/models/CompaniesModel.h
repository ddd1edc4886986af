#pragma once

#include "core/storage/CompanySummaryStore.h"
#include "ui/models/RecordTableModel.h"

namespace foothold {

// Every company, one row each, with how many people I know there and how many applications are
// open, from CompanySummaryStore. Counts follow contact and application changes row by row.
class CompaniesModel final : public RecordListModel<CompanySummary> {
    Q_OBJECT
public:
    enum Column { Name, Priority, People, OpenApplications, Industry, Location, Size, TechStack, ColumnCount };

    explicit CompaniesModel(Database &db, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The leading number of a size such as "1,000+" or "51-200", so that sizes sort by magnitude.
    [[nodiscard]] static int sizeRank(const QString &size);

protected:
    QString makeSearchText(const CompanySummary &row) const override;
    QList<CompanySummary> fetch(const QList<qint64> &ids) override;
    void relatedChanged(const ChangeSet &changes) override;
};

} // namespace foothold
