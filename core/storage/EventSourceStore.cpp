#include "core/storage/EventSourceStore.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/SqliteBulk.h"

namespace foothold {

QHash<QPair<QString, QString>, EventId> EventSourceStore::all()
{
    QHash<QPair<QString, QString>, EventId> out;
    auto query = sql::prepare(m_db.connection(), QStringLiteral("SELECT uid, instance, event_id FROM event_sources"));
    if (!query || !sql::exec(*query))
        return out;
    while (query->next())
        out.insert({query->value(0).toString(), query->value(1).toString()}, EventId(query->value(2).toLongLong()));
    return out;
}

Status EventSourceStore::set(EventId event, const QString &uid, const QString &instance)
{
    auto &db = m_db.connection();
    if (auto s = sql::run(db, QStringLiteral("DELETE FROM event_sources WHERE uid = ? AND instance = ? AND event_id <> ?"),
                          {uid, sql::fromText(instance), event.value});
        !s)
        return s;
    return sql::run(db, QStringLiteral("INSERT INTO event_sources(event_id, uid, instance) VALUES (?, ?, ?) "
                                       "ON CONFLICT(event_id) DO UPDATE SET uid = excluded.uid, instance = excluded.instance"),
                    {event.value, uid, sql::fromText(instance)});
}

Status EventSourceStore::setMany(const QList<Source> &sources)
{
    BulkStatement remove(m_db, "DELETE FROM event_sources WHERE uid = ? AND instance = ? AND event_id <> ?");
    BulkStatement upsert(m_db, "INSERT INTO event_sources(event_id, uid, instance) VALUES (?, ?, ?) "
                               "ON CONFLICT(event_id) DO UPDATE SET uid = excluded.uid, instance = excluded.instance");
    if (!remove.isValid() || !upsert.isValid())
        return remove.isValid() ? upsert.error() : remove.error();
    for (const Source &s : sources) {
        if (s.mayBeTaken) {
            remove.bindText(1, s.uid), remove.bindText(2, s.instance), remove.bindInt(3, s.event.value);
            if (auto status = remove.step(); !status)
                return status;
        }
        upsert.bindInt(1, s.event.value), upsert.bindText(2, s.uid), upsert.bindText(3, s.instance);
        if (auto status = upsert.step(); !status)
            return status;
    }
    return {};
}

QString EventSourceStore::uidOf(EventId event)
{
    auto value = sql::scalar(m_db.connection(), QStringLiteral("SELECT uid FROM event_sources WHERE event_id = ? AND instance = ''"),
                             {event.value});
    return value ? value->toString() : QString();
}

} // namespace foothold
