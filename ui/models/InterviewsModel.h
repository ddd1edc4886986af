#pragma once

#include "core/domain/InformationalInterview.h"
#include "ui/models/RecordTableModel.h"

namespace foothold {

class NameDirectory;

// One row of the interviews list: the interview and, for interviews not tied to a company, the
// company the contact works at (shown instead, in italics).
struct InterviewRow {
    InterviewId id;
    InformationalInterview interview;
    CompanyId contactCompany;

    [[nodiscard]] CompanyId company() const { return interview.company.isValid() ? interview.company : contactCompany; }
};

// Every informational interview, one row each.
class InterviewsModel final : public RecordListModel<InterviewRow> {
    Q_OBJECT
public:
    enum Column { Contact, Company, Stage, RequestedOn, ScheduledAt, Fit, ColumnCount };

    InterviewsModel(Database &db, NameDirectory &names, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Rows are loaded when first needed (the page is shown), not when the window is built: with
    // 100,000 contacts the window must come up fast on whatever page it opens.
    void ensureLoaded();
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

protected:
    QString makeSearchText(const InterviewRow &row) const override;
    QList<InterviewRow> fetch(const QList<qint64> &ids) override;
    void relatedChanged(const ChangeSet &changes) override;
    void loadAll() override;
    void loadSome(const QList<qint64> &ids) override;

private:
    NameDirectory &m_names;
    bool m_loaded = false;
};

} // namespace foothold
