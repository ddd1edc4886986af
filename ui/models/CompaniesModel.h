#pragma once

#include "core/storage/CompanySummaryStore.h"
#include "ui/models/RecordTableModel.h"

#include <optional>

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

    // People at the company in `row` whom I have met (prospects left out). Counting prospects reads
    // every contact, so it is done on first need (the "people I know" filter) and kept current after.
    [[nodiscard]] int knownPeople(int row) const;
    void countKnownPeople();
    [[nodiscard]] bool knowsProspects() const { return m_prospects.has_value(); }

    // The leading number of a size such as "1,000+" or "51-200", so that sizes sort by magnitude.
    [[nodiscard]] static int sizeRank(const QString &size);

protected:
    QString makeSearchText(const CompanySummary &row) const override;
    QList<CompanySummary> fetch(const QList<qint64> &ids) override;
    void relatedChanged(const ChangeSet &changes) override;

private:
    std::optional<QHash<qint64, int>> m_prospects; // company id -> prospects there, once counted
};

} // namespace foothold
