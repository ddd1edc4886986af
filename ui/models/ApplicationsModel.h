#pragma once

#include "core/domain/JobApplication.h"
#include "ui/models/RecordTableModel.h"

namespace foothold {

class Clock;
class NameDirectory;
struct UiContext;

// Every job application, one row each, with its stage history (for "applied on" and "days in
// stage") and its rounds. The table and the board of the Applications page both show this model.
class ApplicationsModel final : public RecordListModel<JobApplication> {
    Q_OBJECT
public:
    enum Column {
        Company, Role, Stage, Source, Referrer, AppliedOn, LastChange, NextAction, NextActionDate, Location, Salary,
        ColumnCount
    };
    enum Role {
        StageRole = SortRole + 1, // int(ApplicationStage), on every column
        DaysInStageRole,          // int: days since the last stage change (0 today)
        StageSinceRole,           // QDate of the last stage change
    };

    ApplicationsModel(UiContext &context, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "Backend Engineer at Lumen": how an application is named in lists and undo texts.
    [[nodiscard]] QString title(int row) const;

    // The date of the first move to "applied", invalid when it never was.
    [[nodiscard]] static QDate appliedOn(const JobApplication &application);
    // The date the application entered its current stage.
    [[nodiscard]] static QDate stageSince(const JobApplication &application);

protected:
    QString makeSearchText(const JobApplication &row) const override;
    QList<JobApplication> fetch(const QList<qint64> &ids) override;

private:
    [[nodiscard]] QString salaryText(const JobApplication &a) const;

    NameDirectory &m_names;
    const Clock &m_clock;
};

} // namespace foothold
