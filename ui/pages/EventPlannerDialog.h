#pragma once

#include "core/domain/Ids.h"

#include <QDialog>
#include <QList>

class QDoubleSpinBox;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace foothold {

class AgendaPanel;
class BriefPanel;
class CapturePanel;
class ReturnChart;
struct UiContext;

// The event planner (docs/EVENTS.md), opened from the Events page: the ranked plan with every
// score's parts and the weights to change them, the year's budget; before an event; its agenda; quick
// capture; and the return of every event as a table and a chart. Non-modal; it reads fresh data
// each time a tab is shown.
class EventPlannerDialog final : public QDialog {
    Q_OBJECT
public:
    enum Tab { PlanTab, BeforeTab, AgendaTab, CaptureTab, ReturnTab };

    EventPlannerDialog(UiContext &context, QWidget *parent = nullptr);

    // Shows `tab`, on `event` where the tab is about one event.
    void open(Tab tab, EventId event = {});
    void refresh();

    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] QTableWidget *planTable() const { return m_plan; }
    [[nodiscard]] QTableWidget *returnTable() const { return m_return; }
    [[nodiscard]] QLabel *budgetLabel() const { return m_budget; }
    [[nodiscard]] BriefPanel *brief() const { return m_brief; }
    [[nodiscard]] AgendaPanel *agenda() const { return m_agenda; }
    [[nodiscard]] CapturePanel *capture() const { return m_capture; }
    [[nodiscard]] ReturnChart *chart() const { return m_chart; }
    [[nodiscard]] QDoubleSpinBox *weightBox(int part) const { return m_weights.value(part); }

private:
    QWidget *makePlanTab();
    QWidget *makeReturnTab();
    void refreshPlan();
    void refreshReturn();
    void saveWeights();

    UiContext &m_context;
    QTabWidget *m_tabs;
    QTableWidget *m_plan = nullptr;
    QLabel *m_budget = nullptr;
    QList<QDoubleSpinBox *> m_weights;
    BriefPanel *m_brief;
    AgendaPanel *m_agenda;
    CapturePanel *m_capture;
    QTableWidget *m_return = nullptr;
    ReturnChart *m_chart = nullptr;
};

// Opens the planner over `parent` on `tab` (the app's --open event-planner, event-agenda and
// event-return): the tabs about one event show the soonest upcoming event with an agenda (or the
// soonest upcoming one). The dialog belongs to `parent` and deletes itself when closed.
EventPlannerDialog *openEventPlanner(UiContext &context, QWidget *parent, EventPlannerDialog::Tab tab);

} // namespace foothold
