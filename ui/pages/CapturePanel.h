#pragma once

#include "core/domain/Ids.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace foothold {

struct UiContext;

// Quick capture at an event: name, company, one line; Enter (in any of the three) saves the
// person as a contact met at the event (channel event, its follow-up rules run) and clears the
// fields for the next, the cursor back in Name. Each capture is one undoable write.
class CapturePanel final : public QWidget {
    Q_OBJECT
public:
    CapturePanel(UiContext &context, QWidget *parent = nullptr);

    void setEvent(EventId event);
    // Saves what is typed; false (the error shown, the fields kept) when it cannot be saved.
    bool capture();

    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QLineEdit *companyEdit() const { return m_company; }
    [[nodiscard]] QLineEdit *noteEdit() const { return m_note; }
    [[nodiscard]] QListWidget *captured() const { return m_captured; }
    [[nodiscard]] QComboBox *eventBox() const { return m_event; }
    [[nodiscard]] QString status() const;

private:
    void fillEvents();

    UiContext &m_context;
    QComboBox *m_event;
    QLineEdit *m_name;
    QLineEdit *m_company;
    QLineEdit *m_note;
    QListWidget *m_captured;
    QLabel *m_status;
};

} // namespace foothold
