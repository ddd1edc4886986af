#pragma once

#include "core/domain/Ids.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QList>

namespace foothold {

// Read-only views of what points at events, for lists and editors: how many people were met at
// each, and which contacts, conversations and applications trace back to one. All SQL here, bound
// parameters only; a failed read returns an empty result (the views are redrawn on the next change).
class EventSummaryStore {
public:
    explicit EventSummaryStore(Database &db) : m_db(db) {}

    // event id -> contacts met there (contacts.met_at), for every event with any, in one query.
    QHash<qint64, int> metCounts();
    // Contacts met at `event`, by name; at most `limit`.
    QList<ContactId> peopleMet(EventId event, int limit = 200);
    // Conversations held at `event`, newest first.
    QList<ConversationId> conversationsAt(EventId event);
    // Applications that came from `event`.
    QList<ApplicationId> applicationsFrom(EventId event);

private:
    QList<qint64> ids(const QString &statement, const QVariantList &values);

    Database &m_db;
};

} // namespace foothold
