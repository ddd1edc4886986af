#pragma once

#include "core/domain/Ids.h"
#include "core/util/Result.h"

#include <QLineEdit>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace foothold {

class Database;
class NameDirectory;

// Picks one contact by name, completing over every contact as you type (any part of the name).
// Stateless on purpose: what counts is the text. A name shared by several contacts is offered as
// "Ana Lima (#12)", so the pick is exact; a typed name is resolved when the form is saved, and a
// name that matches nobody or several people gives an error for the field (NameResolver).
class PersonPicker final : public QLineEdit {
    Q_OBJECT
public:
    PersonPicker(NameDirectory &names, QWidget *parent = nullptr);

    // Shows contact `id` (0: nobody).
    void setContact(qint64 id);
    // The contact named by the text: invalid id when empty; an error naming `field` otherwise.
    [[nodiscard]] Result<ContactId> resolve(Database &db, const QString &field) const;
    // How `id` is written in a picker: the name, with "(#id)" when another contact shares it.
    [[nodiscard]] QString textFor(qint64 id) const;

protected:
    void focusInEvent(QFocusEvent *event) override;

private:
    NameDirectory &m_names;
};

// Several contacts (a round's interviewers): the chosen ones in a list (Delete removes the
// selected), a picker and an Add button (or Enter) below.
class PeopleField final : public QWidget {
    Q_OBJECT
public:
    PeopleField(Database &db, NameDirectory &names, QWidget *parent = nullptr);

    void setContacts(const QList<ContactId> &ids);
    [[nodiscard]] QList<ContactId> contacts() const;
    // Text typed but not added yet (the form treats it as an error rather than dropping it).
    [[nodiscard]] QString pendingText() const;
    [[nodiscard]] PersonPicker *picker() const { return m_picker; }

public slots:
    // Adds the contact named in the picker; shows why not when it cannot.
    bool addTyped();

signals:
    void changed();

private:
    void addId(qint64 id);
    void removeSelected();
    void fitHeight();

    Database &m_db;
    NameDirectory &m_names;
    QListWidget *m_list;
    PersonPicker *m_picker;
    QPushButton *m_add;
    QLabel *m_error;
};

} // namespace foothold
