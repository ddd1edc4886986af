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

constexpr int kColumnsPerRow = 11;
constexpr int kRowsPerStatement = 32;

// An upsert of `rows` sessions on the partial unique index (event_id, uid): a session already
// there by UID is updated in place, its choice not touched.
QByteArray upsertSql(int rows)
{
    QByteArray sql = "INSERT INTO agenda_sessions(event_id, uid, title, start_utc, end_utc, time_zone, room, track, speakers, url, "
                     "description) VALUES ";
    for (int row = 0; row < rows; ++row)
        sql += row == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    sql += " ON CONFLICT(event_id, uid) WHERE uid <> '' DO UPDATE SET title = excluded.title, start_utc = excluded.start_utc, "
           "end_utc = excluded.end_utc, time_zone = excluded.time_zone, room = excluded.room, track = excluded.track, "
           "speakers = excluded.speakers, url = excluded.url, description = excluded.description";
    return sql;
}

void bindSession(BulkStatement &statement, int row, EventId event, const AgendaSession &s)
{
    const int at = row * kColumnsPerRow;
    statement.bindInt(at + 1, event.value);
    statement.bindText(at + 2, s.uid);
    statement.bindText(at + 3, s.title.simplified());
    statement.bindText(at + 4, sql::isoUtc(s.start));
    s.end.isValid() ? statement.bindText(at + 5, sql::isoUtc(s.end)) : statement.bindNull(at + 5);
    statement.bindText(at + 6, s.timeZone);
    statement.bindText(at + 7, s.room);
    statement.bindText(at + 8, s.track);
    statement.bindText(at + 9, sql::stringListToJson(s.speakers));
    statement.bindText(at + 10, s.url);
    statement.bindText(at + 11, s.description);
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
        // Added or updated: the upsert never removes a row, so the rows it added are the
        // event's rows after less those before (no need to read the UIDs and keep them in a set).
        auto before = count(event);
        if (!before)
            return before.error();
        // Many rows a statement: a statement's own cost (its journal, its start and end) is
        // paid once for kRowsPerStatement sessions. Rows of one statement are upserted in order,
        // so a UID twice in the file updates the session it just added, as row by row would.
        const qsizetype full = sessions.size() / kRowsPerStatement;
        const int rest = int(sessions.size() % kRowsPerStatement);
        if (full > 0) {
            BulkStatement batch(m_db, upsertSql(kRowsPerStatement).constData());
            if (!batch.isValid())
                return batch.error();
            for (qsizetype b = 0; b < full; ++b) {
                for (int row = 0; row < kRowsPerStatement; ++row)
                    bindSession(batch, row, event, sessions.at(b * kRowsPerStatement + row));
                if (auto st = batch.step(); !st)
                    return st;
            }
        }
        if (rest > 0) {
            BulkStatement tail(m_db, upsertSql(rest).constData());
            if (!tail.isValid())
                return tail.error();
            for (int row = 0; row < rest; ++row)
                bindSession(tail, row, event, sessions.at(full * kRowsPerStatement + row));
            if (auto st = tail.step(); !st)
                return st;
        }
        auto after = count(event);
        if (!after)
            return after.error();
        counts.added = int(*after - *before);
        counts.updated = int(sessions.size()) - counts.added;
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
