#include "core/formats/VCardWriter.h"
#include "core/services/Export.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/EventStore.h"

namespace foothold {

Result<QByteArray> exportVCards(Database &db)
{
    ContactStore contacts(db);
    const auto companyNames = CompanyStore(db).allNames();
    const auto contactNames = contacts.allNames();
    QHash<qint64, QString> eventNames;
    for (const Event &e : EventStore(db).list())
        eventNames.insert(e.id.value, e.name);
    QByteArray out;
    for (const Contact &listed : contacts.list()) {
        auto contact = contacts.get(listed.id); // with history and photo
        if (!contact)
            return contact.error();
        out += writeVCard(*contact, {companyNames.value(contact->company.value), eventNames.value(contact->metAt.value),
                                     contactNames.value(contact->introducedBy.value)});
    }
    return out;
}

} // namespace foothold
