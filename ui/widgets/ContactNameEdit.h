#pragma once

#include "core/domain/Ids.h"
#include "core/util/Result.h"

#include <QAbstractListModel>
#include <QLineEdit>

#include <vector>

namespace foothold {

class Database;
class NameDirectory;

// Contact names for completion, sorted, from the name directory. Two contacts with the same name
// are told apart by their id ("Ana Lima (#12)"), so that a pick is never ambiguous. Built when first
// asked for (a completer shows up once the user types), rebuilt when contact names change.
class ContactNameModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ContactNameModel(NameDirectory &names, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // The text that stands for `id` in completions ("Ana Lima", or "Ana Lima (#12)" if not unique).
    [[nodiscard]] QString displayText(ContactId id) const;
    // The id a completion text stands for; invalid when it stands for none or for several.
    [[nodiscard]] ContactId idOf(const QString &text) const;

private:
    void ensureLoaded() const;

    struct Entry {
        qint64 id;
        QString text;
    };
    NameDirectory &m_names;
    mutable std::vector<Entry> m_entries;
    mutable bool m_loaded = false;
};

// A contact typed by name with completion over every contact's name. contactId() resolves what is
// there: a completion picked, an exact name, or an id; errors name `field` (no such contact, or
// several of that name with their ids).
class ContactNameEdit final : public QLineEdit {
    Q_OBJECT
public:
    ContactNameEdit(Database &db, NameDirectory &names, QWidget *parent = nullptr);

    void setContact(ContactId id);
    // The contact a completion of a shared name stands for ("Ana Lima (#12)"), without asking the
    // database; invalid otherwise. Cheap enough for every keystroke.
    [[nodiscard]] ContactId exactContact() const;
    // The contact named; invalid without error when the field is empty.
    [[nodiscard]] Result<ContactId> contactId(const QString &field) const;

signals:
    // A completion was picked (by mouse or Enter).
    void contactPicked(foothold::ContactId id);

protected:
    void focusInEvent(QFocusEvent *event) override;

private:
    Database &m_db;
    ContactNameModel *m_model;
};

} // namespace foothold
