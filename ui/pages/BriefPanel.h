#pragma once

#include "core/domain/Ids.h"

#include <QWidget>

class QComboBox;
class QTextBrowser;

namespace foothold {

struct UiContext;

// The planner's "Before" tab: for one event, the people to meet and why (with the
// warm-introduction path to those I do not know), the companies attending, questions to ask,
// a pitch to adapt and the checklist, from core's EventBrief. Read-only.
class BriefPanel final : public QWidget {
    Q_OBJECT
public:
    BriefPanel(UiContext &context, QWidget *parent = nullptr);

    void setEvent(EventId event);
    void refresh();
    [[nodiscard]] QTextBrowser *view() const { return m_view; }
    [[nodiscard]] QComboBox *eventBox() const { return m_event; }

private:
    void fillEvents(EventId current);

    UiContext &m_context;
    QComboBox *m_event;
    QTextBrowser *m_view;
};

} // namespace foothold
