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

namespace {

constexpr int kSourcesPerStatement = 32;

QByteArray upsertSql(int rows)
{
    QByteArray sql = "INSERT INTO event_sources(event_id, uid, instance) VALUES ";
    for (int row = 0; row < rows; ++row)
        sql += row == 0 ? "(?, ?, ?)" : ", (?, ?, ?)";
    return sql + " ON CONFLICT(event_id) DO UPDATE SET uid = excluded.uid, instance = excluded.instance";
}

} // namespace

Status EventSourceStore::setMany(const QList<Source> &sources)
{
    BulkStatement remove(m_db, "DELETE FROM event_sources WHERE uid = ? AND instance = ? AND event_id <> ?");
    BulkStatement upsert(m_db, upsertSql(1).constData());
    const bool batches = sources.size() >= kSourcesPerStatement;
    BulkStatement batch(m_db, batches ? upsertSql(kSourcesPerStatement).constData() : "SELECT 1");
    for (const BulkStatement *statement : {&remove, &upsert, &batch})
        if (!statement->isValid())
            return statement->error();
    for (qsizetype i = 0; i < sources.size();) {
        // 32 upserts in one statement (in order, as one at a time) where none needs a DELETE first.
        bool full = batches && i + kSourcesPerStatement <= sources.size();
        for (qsizetype k = i; full && k < i + kSourcesPerStatement; ++k)
            full = !sources.at(k).mayBeTaken;
        if (full) {
            for (int k = 0; k < kSourcesPerStatement; ++k) {
                const Source &s = sources.at(i + k);
                batch.bindInt(3 * k + 1, s.event.value), batch.bindText(3 * k + 2, s.uid), batch.bindText(3 * k + 3, s.instance);
            }
            if (auto status = batch.step(); !status)
                return status;
            i += kSourcesPerStatement;
            continue;
        }
        const Source &s = sources.at(i++);
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
