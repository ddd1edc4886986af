#pragma once

#include "core/domain/Ids.h"
#include "core/util/Result.h"

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace foothold {

class Database;
class NameDirectory;

// Who a conversation was with: contact names or ids separated by commas ("Ana Lima, 42"), with
// completion of the name being typed. resolve() turns the text into ids; an unknown or ambiguous name
// is an Error on field "contacts" naming it (an ambiguous one lists the candidates with their ids).
class ParticipantsLineEdit final : public QLineEdit {
    Q_OBJECT
public:
    ParticipantsLineEdit(Database &db, NameDirectory &names, QWidget *parent = nullptr);

    void setContacts(const QList<ContactId> &contacts);
    [[nodiscard]] Result<QList<ContactId>> resolve() const;

protected:
    void focusInEvent(QFocusEvent *event) override;

private:
    void complete();
    void insertCompletion(const QString &name);

    Database &m_db;
    NameDirectory &m_names;
    QCompleter *m_completer;
    QStringListModel *m_model;
    bool m_filled = false; // the completion list is built on first focus: 100k names cost a moment
};

} // namespace foothold
