#pragma once

#include "core/domain/Ids.h"
#include "core/util/Result.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace foothold {

class ContactNameEdit;
class Database;
class NameDirectory;

// The people a conversation was with: a list of contacts, added by name with completion (Enter or
// "Add") and removed with "Remove" or the Delete key. A name that matches no contact, or several,
// is reported through addFailed() and stays in the box to correct.
class ParticipantsField final : public QWidget {
    Q_OBJECT
public:
    ParticipantsField(Database &db, NameDirectory &names, QWidget *parent = nullptr);

    void setContacts(const QList<ContactId> &contacts);
    [[nodiscard]] QList<ContactId> contacts() const { return m_contacts; }
    // The contacts, with a name still typed in the box added; errors name `field`.
    [[nodiscard]] Result<QList<ContactId>> resolvedContacts(const QString &field) const;
    [[nodiscard]] ContactNameEdit *nameEdit() const { return m_edit; }

public slots:
    // Adds what is typed in the box; returns whether a contact was added.
    bool addTyped();
    void addContact(foothold::ContactId id);
    void removeSelected();

signals:
    void changed();
    void addFailed(const foothold::Error &error);

private:
    void refresh();

    NameDirectory &m_names;
    QList<ContactId> m_contacts;
    ContactNameEdit *m_edit;
    QPushButton *m_add;
    QListWidget *m_list;
    QPushButton *m_remove;
};

} // namespace foothold
