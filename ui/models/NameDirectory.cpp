#include "ui/models/NameDirectory.h"

#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/Database.h"
#include "core/storage/EventStore.h"

namespace foothold {

NameDirectory::NameDirectory(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    reload(Entity::Company);
    reload(Entity::Event);
    connect(db.notifier(), &ChangeNotifier::changed, this, &NameDirectory::onChanged);
}

const QHash<qint64, QString> &NameDirectory::contacts() const
{
    if (!m_contactsLoaded) {
        m_contacts = ContactStore(m_db).allNames();
        m_contactsLoaded = true;
        m_someContacts.clear();
    }
    return m_contacts;
}

QString NameDirectory::contact(qint64 id) const
{
    // Past this many single reads, one read of all names costs less than the reads still to come.
    constexpr qsizetype kSingleReads = 200;
    if (m_contactsLoaded || m_someContacts.size() >= kSingleReads)
        return contacts().value(id);
    if (id <= 0)
        return {};
    auto found = m_someContacts.constFind(id);
    if (found == m_someContacts.constEnd())
        found = m_someContacts.insert(id, ContactStore(m_db).nameOf(ContactId(id)));
    return *found;
}

void NameDirectory::reload(Entity entity)
{
    switch (entity) {
    case Entity::Company:
        m_companies = CompanyStore(m_db).allNames();
        break;
    case Entity::Contact:
        // Read again only if anyone has read them; otherwise when first asked for.
        m_someContacts.clear();
        if (m_contactsLoaded)
            m_contacts = ContactStore(m_db).allNames();
        break;
    case Entity::Event:
        m_events = EventStore(m_db).allNames();
        break;
    default:
        break;
    }
}

void NameDirectory::onChanged(const ChangeSet &changes)
{
    for (const Entity entity : {Entity::Company, Entity::Contact, Entity::Event}) {
        // Only changes that can change a name matter; "last conversation" updates do not.
        bool relevant = changes.reset;
        for (const auto &change : changes.changes)
            if (change.entity == entity && !change.fields.contains(QStringLiteral("last_conversation")))
                relevant = true;
        if (!relevant)
            continue;
        reload(entity);
        emit namesChanged(entity);
    }
}

} // namespace foothold
