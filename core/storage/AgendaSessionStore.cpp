#include "core/storage/AgendaSessionStore.h"

#include "core/storage/SqlSupport.h"
#include "core/storage/SqliteBulk.h"

#include <QCoreApplication>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AgendaSessionStore", text);
}

const QString kColumns = QStringLiteral("id, event_id, uid, title, start_utc, end_utc, time_zone, room, track, speakers, url, "
                                        "description, chosen");

AgendaSession fromRow(const QSqlQuery &q)
{
    AgendaSession s;
    s.id = SessionId(q.value(0).toLongLong());
    s.event = EventId(q.value(1).toLongLong());
    s.uid = q.value(2).toString();
    s.title = q.value(3).toString();
    s.start = sql::toDateTime(q.value(4));
    s.end = sql::toDateTime(q.value(5));
    s.timeZone = q.value(6).toString();
    s.room = q.value(7).toString();
    s.track = q.value(8).toString();
    s.speakers = sql::stringListFromJson(q.value(9).toString());
    s.url = q.value(10).toString();
    s.description = q.value(11).toString();
    s.chosen = q.value(12).toBool();
    return s;
}

} // namespace

Status validateSession(const AgendaSession &session)
{
    if (session.title.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("title"), tr("a session needs a title"));
    if (!session.start.isValid())
        return Error::invalid(QStringLiteral("start"), tr("a session needs a start"));
    if (session.end.isValid() && session.end < session.start)
        return Error::invalid(QStringLiteral("end"), tr("the session “%1” ends before it starts").arg(session.title));
    return {};
}

Result<AgendaMerge> AgendaSessionStore::merge(EventId event, const QList<AgendaSession> &sessions)
{
    for (const AgendaSession &s : sessions)
        if (auto status = validateSession(s); !status)
            return status.error();
    AgendaMerge counts;
    Status status = m_db.transaction([&]() -> Status {
        // Upsert on the partial unique index (event_id, uid): the choice is not touched.
        BulkStatement upsert(m_db, "INSERT INTO agenda_sessions(event_id, uid, title, start_utc, end_utc, time_zone, room, track, "
                                   "speakers, url, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                   "ON CONFLICT(event_id, uid) WHERE uid <> '' DO UPDATE SET title = excluded.title, "
                                   "start_utc = excluded.start_utc, end_utc = excluded.end_utc, time_zone = excluded.time_zone, "
                                   "room = excluded.room, track = excluded.track, speakers = excluded.speakers, url = excluded.url, "
                                   "description = excluded.description");
        if (!upsert.isValid())
            return upsert.error();
        for (const AgendaSession &s : sessions) {
            upsert.bindInt(1, event.value);
            upsert.bindText(2, s.uid);
            upsert.bindText(3, s.title.simplified());
            upsert.bindText(4, sql::isoUtc(s.start));
            s.end.isValid() ? upsert.bindText(5, sql::isoUtc(s.end)) : upsert.bindNull(5);
            upsert.bindText(6, s.timeZone);
            upsert.bindText(7, s.room);
            upsert.bindText(8, s.track);
            upsert.bindText(9, sql::stringListToJson(s.speakers));
            upsert.bindText(10, s.url);
            upsert.bindText(11, s.description);
            // Added or updated: an insert sets the last rowid, the DO UPDATE branch leaves it
            // alone (so no need to read the event's UIDs first and keep them in a set).
            upsert.resetLastInsertId();
            if (auto st = upsert.step(); !st)
                return st;
            if (upsert.lastInsertId() != 0)
                ++counts.added;
            else
                ++counts.updated;
        }
        m_db.recordChange({Entity::Event, ChangeKind::Updated, event.value, {}});
        return {};
    });
    if (!status)
        return status.error();
    return counts;
}

Result<SessionId> AgendaSessionStore::insert(AgendaSession session)
{
    auto merged = merge(session.event, {session});
    if (!merged)
        return merged.error();
    auto id = sql::scalar(m_db.connection(), QStringLiteral("SELECT max(id) FROM agenda_sessions WHERE event_id = ?"), {session.event.value});
    if (!id)
        return id.error();
    return SessionId(id->toLongLong());
}

Status AgendaSessionStore::setChosen(EventId event, const QList<SessionId> &ids, bool chosen)
{
    return m_db.transaction([&]() -> Status {
        for (const SessionId id : ids) {
            auto q = sql::prepare(m_db.connection(), QStringLiteral("UPDATE agenda_sessions SET chosen = ? WHERE id = ? AND event_id = ?"));
            if (!q)
                return q.error();
            if (auto s = sql::exec(*q, {int(chosen), id.value, event.value}); !s)
                return s;
            if (q->numRowsAffected() != 1)
                return Error::notFound(tr("session %1 is not on the agenda of event %2").arg(id.value).arg(event.value));
        }
        m_db.recordChange({Entity::Event, ChangeKind::Updated, event.value, {}});
        return {};
    });
}

Status AgendaSessionStore::clearChosen(EventId event)
{
    return m_db.transaction([&]() -> Status {
        if (auto s = sql::run(m_db.connection(), QStringLiteral("UPDATE agenda_sessions SET chosen = 0 WHERE event_id = ?"), {event.value}); !s)
            return s;
        m_db.recordChange({Entity::Event, ChangeKind::Updated, event.value, {}});
        return {};
    });
}

QList<AgendaSession> AgendaSessionStore::list(EventId event, bool chosenOnly)
{
    QList<AgendaSession> result;
    auto q = sql::prepare(m_db.connection(), QStringLiteral("SELECT %1 FROM agenda_sessions WHERE event_id = ?%2 ORDER BY start_utc, title, id")
                                                 .arg(kColumns, chosenOnly ? QStringLiteral(" AND chosen = 1") : QString()));
    if (!q || !sql::exec(*q, {event.value}))
        return result;
    while (q->next())
        result << fromRow(*q);
    return result;
}

Result<qint64> AgendaSessionStore::count(EventId event)
{
    auto n = sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM agenda_sessions WHERE event_id = ?"), {event.value});
    if (!n)
        return n.error();
    return n->toLongLong();
}

} // namespace foothold
