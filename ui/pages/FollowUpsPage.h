#pragma once

#include "ui/pages/ListPage.h"

#include <QSet>

class QComboBox;

namespace foothold {

class FollowUpsModel;
struct UiContext;

// Every follow-up I owe: filters by status (open, done, all), when due (overdue, today, this
// week, later) and origin (by hand or which rule). Marking one done is one click on its checkbox,
// or Space on the selected rows; both undo with Ctrl+Z. A row marked done while only open ones
// are shown stays in view (struck through) until the filters or the search change, so a slip of
// the mouse is seen and put right on the spot.
class FollowUpsPage final : public ListPage {
    Q_OBJECT
public:
    FollowUpsPage(UiContext &context, FollowUpsModel *model, QWidget *parent = nullptr);

public slots:
    // Space: marks the selected follow-ups done, or open again when all of them are done.
    void toggleSelectedDone();

protected:
    void deleteRecords(const QList<qint64> &ids) override;
    void clearFilters() override;

private:
    void applyFilters();

    UiContext &m_context;
    FollowUpsModel *m_model;
    QComboBox *m_status;
    QComboBox *m_due;
    QComboBox *m_origin;
    QSet<qint64> m_keepShown; // done just now while "Open" is shown
};

} // namespace foothold
