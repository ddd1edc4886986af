#pragma once

#include "core/domain/AgendaSession.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace foothold {

struct UiContext;

// The planner's agenda tab: one event's sessions (times in the session's zone, room, track,
// speakers), a check box to choose each, clashes among the chosen ones shown in the warning
// colour; "Import agenda…" reads a Sched/Pretalx .ics, "Export plan…" writes the chosen sessions.
// Every change goes through the UndoableWriter.
class AgendaPanel final : public QWidget {
    Q_OBJECT
public:
    AgendaPanel(UiContext &context, QWidget *parent = nullptr);

    void setEvent(EventId event);
    void refresh();
    // For tests and the buttons: import `path`, export to `path`; false with the reason in status().
    bool importFile(const QString &path);
    bool exportFile(const QString &path);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QComboBox *eventBox() const { return m_event; }
    // "Leave out sessions that cannot be read": when off, a session without a start (or ending
    // before it starts) refuses the whole file, and the status names its line.
    [[nodiscard]] QCheckBox *skipInvalidBox() const { return m_skipInvalid; }
    [[nodiscard]] QString status() const;

private:
    void fillEvents();
    void chooseRow(int row, bool chosen);
    // Marks the clashes among the chosen rows and updates the status line, in place (it runs
    // from the table's own itemChanged, so items are never recreated there).
    void showClashes();

    UiContext &m_context;
    QComboBox *m_event;
    QCheckBox *m_skipInvalid;
    QTableWidget *m_table;
    QLabel *m_status;
    QList<AgendaSession> m_sessions; // per row
    bool m_filling = false;
};

} // namespace foothold
