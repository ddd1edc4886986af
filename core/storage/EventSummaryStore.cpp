#include "core/storage/EventSummaryStore.h"

#include "core/storage/SqlSupport.h"

namespace foothold {

QHash<qint64, int> EventSummaryStore::metCounts()
{
    QHash<qint64, int> out;
    auto query = sql::prepare(m_db.connection(),
                              QStringLiteral("SELECT met_at_event_id, count(*) FROM contacts "
                                             "WHERE met_at_event_id IS NOT NULL GROUP BY met_at_event_id"));
    if (query && sql::exec(*query))
        while (query->next())
            out.insert(query->value(0).toLongLong(), query->value(1).toInt());
    return out;
}

QList<qint64> EventSummaryStore::ids(const QString &statement, const QVariantList &values)
{
    QList<qint64> out;
    auto query = sql::prepare(m_db.connection(), statement);
    if (query && sql::exec(*query, values))
        while (query->next())
            out << query->value(0).toLongLong();
    return out;
}

QList<ContactId> EventSummaryStore::peopleMet(EventId event, int limit)
{
    QList<ContactId> out;
    for (const qint64 id : ids(QStringLiteral("SELECT id FROM contacts WHERE met_at_event_id = ? ORDER BY name COLLATE NOCASE, id LIMIT ?"),
                               {event.value, limit}))
        out << ContactId(id);
    return out;
}

QList<ConversationId> EventSummaryStore::conversationsAt(EventId event)
{
    QList<ConversationId> out;
    for (const qint64 id : ids(QStringLiteral("SELECT id FROM conversations WHERE event_id = ? ORDER BY occurred_at DESC, id"),
                               {event.value}))
        out << ConversationId(id);
    return out;
}

QList<ApplicationId> EventSummaryStore::applicationsFrom(EventId event)
{
    QList<ApplicationId> out;
    for (const qint64 id : ids(QStringLiteral("SELECT id FROM applications WHERE event_id = ? ORDER BY created_at, id"), {event.value}))
        out << ApplicationId(id);
    return out;
}

} // namespace foothold
