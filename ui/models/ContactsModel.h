#pragma once

#include "core/storage/ContactStore.h"
#include "ui/models/RecordTableModel.h"

namespace foothold {

class NameDirectory;

// Every contact, one row each, from ContactStore::summaries().
class ContactsModel final : public RecordListModel<ContactSummary> {
    Q_OBJECT
public:
    enum Column { Name, Company, Title, Location, Channel, Role, Connected, LastConversation, Tags, Email, ColumnCount };

    ContactsModel(Database &db, NameDirectory &names, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString makeSearchText(const ContactSummary &row) const override;
    QList<ContactSummary> fetch(const QList<qint64> &ids) override;
    void relatedChanged(const ChangeSet &changes) override;

private:
    NameDirectory &m_names;
};

} // namespace foothold
