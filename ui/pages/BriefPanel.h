#pragma once

#include "core/domain/Ids.h"
#include "core/services/EventBrief.h"
#include "core/util/Result.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace foothold {

class EventBriefStore;
struct UiContext;

// The planner's "Before" tab (docs/EVENTS.md): for one event, the people to meet and why (with the
// warm-introduction path to those I do not know), the companies attending and questions to ask,
// read-only from core's EventBrief; beside them what the user makes their own:
// - the pitch: the stored one, else the draft to start from; saved as one undoable step when the
//   editor loses focus, on Ctrl+S, or before another event is shown (never per keystroke);
//   "Reset to draft" forgets the stored one;
// - the checklist: generated items and the user's own; Space (or a click) ticks the current item,
//   Delete removes one of the user's own, Enter in the field below adds one. Each is one undoable
//   write through the UndoableWriter.
// An undo or redo of these (or any change to the event) re-reads the tab.
class BriefPanel final : public QWidget {
    Q_OBJECT
public:
    BriefPanel(UiContext &context, QWidget *parent = nullptr);

    void setEvent(EventId event);
    void refresh();

    // What the keys and buttons do; false with the reason in status() when the write failed.
    bool savePitch();
    bool resetPitch();
    bool tick(int row, bool done);
    bool addItem(const QString &label);
    bool removeItem(int row);

    [[nodiscard]] QTextBrowser *view() const { return m_view; }
    [[nodiscard]] QComboBox *eventBox() const { return m_event; }
    [[nodiscard]] QPlainTextEdit *pitchEdit() const { return m_pitch; }
    [[nodiscard]] QListWidget *checklist() const { return m_checklist; }
    [[nodiscard]] QLineEdit *newItemEdit() const { return m_newItem; }
    [[nodiscard]] QString status() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *makeEditors();
    void fillEvents(EventId current);
    void eventChosen();
    void showBrief(const EventBriefing &brief);
    void showChecklist(); // the rows of m_brief.checklist
    void decorate(QListWidgetItem *item, const BriefItem &brief);
    void itemChanged(QListWidgetItem *item);
    void updateButtons();
    // One undoable step on the shown event; the notifier's echo of it is ignored (the caller
    // updates what it shows).
    bool write(const QString &text, const std::function<Status(EventBriefStore &)> &work);

    UiContext &m_context;
    QComboBox *m_event;
    QTextBrowser *m_view;
    QPlainTextEdit *m_pitch = nullptr;
    QLabel *m_pitchState = nullptr;
    QPushButton *m_savePitch = nullptr;
    QPushButton *m_resetPitch = nullptr;
    QListWidget *m_checklist = nullptr;
    QLineEdit *m_newItem = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_status = nullptr;

    EventId m_shown;              // the event whose brief is on screen
    EventBriefing m_brief;        // as last read, with the ticks made since (one checklist row each)
    bool m_pitchDirty = false;    // typed since shown or saved
    bool m_filling = false;       // the panel itself is setting widgets
    bool m_writing = false;       // inside write(): the notifier's echo is ours
};

} // namespace foothold
