#pragma once

#include "core/domain/Ids.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace foothold {

class PersonPicker;
struct UiContext;

// A contact's ties to other people (docs/NETWORK.md, "Ties between contacts"), in the contact
// editor: every live link with its strength and source; add one by hand (person, kind,
// strength); confirm an inferred one (it becomes the user's own, at least as strong as an
// entered link); remove an entered one or dismiss a derived one (it is never made again). Every
// change goes through the UndoableWriter, at once (not with the form's Save: a link is its own
// record). Errors show under the row (a link to oneself, the same tie twice, an unknown name).
class ContactLinksField final : public QWidget {
    Q_OBJECT
public:
    ContactLinksField(UiContext &context, QWidget *parent = nullptr);

    // Shows the links of `contact` (invalid: a new contact, nothing to link yet).
    void setContact(ContactId contact);
    void refresh();

    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] PersonPicker *person() const { return m_person; }
    [[nodiscard]] QComboBox *kind() const { return m_kind; }
    [[nodiscard]] QDoubleSpinBox *strength() const { return m_strength; }
    [[nodiscard]] QString errorText() const;

public slots:
    bool addTyped();
    bool confirmSelected();
    bool removeSelected();

private:
    void updateButtons();
    void showError(const QString &text);
    [[nodiscard]] qint64 selectedLink() const;

    UiContext &m_context;
    ContactId m_contact;
    QListWidget *m_list;
    QPushButton *m_confirm;
    QPushButton *m_remove;
    PersonPicker *m_person;
    QComboBox *m_kind;
    QDoubleSpinBox *m_strength;
    QPushButton *m_add;
    QLabel *m_error;
};

} // namespace foothold
