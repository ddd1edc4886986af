#pragma once

#include "core/domain/FollowUp.h"
#include "core/util/Result.h"
#include "ui/models/RecordTableModel.h"

namespace foothold {

class Clock;
class NameDirectory;
class UndoableWriter;
struct UiContext;

// Every follow-up, one row each. The Done column is a checkbox: ticking it marks the follow-up
// done (or open again) through the undoable writer, so one click does it and Ctrl+Z takes it back.
class FollowUpsModel final : public RecordListModel<FollowUp> {
    Q_OBJECT
public:
    enum Column { Done, Due, Title, About, Origin, ColumnCount };

    FollowUpsModel(UiContext &context, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // Marks these follow-ups done (or open again) as one undoable step.
    Status setDone(const QList<qint64> &ids, bool done);
    // What the follow-up is about: its contact, event and application, by name.
    [[nodiscard]] QString aboutText(const FollowUp &followUp) const;
    // "Backend Engineer at Lumen" for an application id (empty when unknown).
    [[nodiscard]] QString applicationTitle(qint64 id) const;
    // Every application as (title, id), sorted by title: the choices of a follow-up's application.
    [[nodiscard]] QList<QPair<QString, qint64>> applicationChoices() const;

signals:
    // Emitted before a done/open change is written, so a page can keep the rows in view.
    void aboutToSetDone(const QList<qint64> &ids, bool done);

protected:
    QString makeSearchText(const FollowUp &row) const override;
    QList<FollowUp> fetch(const QList<qint64> &ids) override;
    void relatedChanged(const ChangeSet &changes) override;

private:
    struct ApplicationName {
        QString role;
        qint64 company = 0;
    };
    void loadApplications(const QList<qint64> &ids);

    NameDirectory &m_names;
    UndoableWriter &m_writer;
    const Clock &m_clock;
    QHash<qint64, ApplicationName> m_applications;
};

} // namespace foothold
