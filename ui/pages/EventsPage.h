#pragma once

#include "ui/pages/ListPage.h"

class QComboBox;
class QPushButton;

namespace foothold {

class EventPlannerDialog;
class EventsModel;
struct UiContext;

// Every event: search by name, kind, place or tag; filters by status, kind, when (upcoming, past,
// this year) and tag; the selected event's editor beside the list.
class EventsPage final : public ListPage {
    Q_OBJECT
public:
    enum Range { AllDates, Upcoming, Past, ThisYear };

    EventsPage(UiContext &context, EventsModel *model, QWidget *parent = nullptr);

    [[nodiscard]] QComboBox *statusFilter() const { return m_status; }
    [[nodiscard]] QComboBox *kindFilter() const { return m_kind; }
    [[nodiscard]] QComboBox *rangeFilter() const { return m_range; }
    [[nodiscard]] QComboBox *tagFilter() const { return m_tag; }
    // The event planner (ranked plan and budget, agenda, quick capture, return), on the current
    // event; made on first use. Ctrl+Shift+P on this page.
    EventPlannerDialog *openPlanner();
    [[nodiscard]] QPushButton *plannerButton() const { return m_plannerButton; }

protected:
    void deleteRecords(const QList<qint64> &ids) override;
    void clearFilters() override;

private:
    void fillTags();
    void applyFilters();

    UiContext &m_context;
    EventsModel *m_model;
    QComboBox *m_status;
    QComboBox *m_kind;
    QComboBox *m_range;
    QComboBox *m_tag;
    QPushButton *m_plannerButton;
    EventPlannerDialog *m_planner = nullptr;
};

} // namespace foothold
