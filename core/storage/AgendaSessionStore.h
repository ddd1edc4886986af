#pragma once

#include "core/domain/AgendaSession.h"
#include "core/storage/Database.h"

#include <QList>

namespace foothold {

struct AgendaMerge {
    int added = 0;
    int updated = 0;   // already there by UID: times, room, … refreshed, the choice kept
};

// The agenda sessions of events (table agenda_sessions). Writes run in Database::transaction()
// and announce an update of the event they belong to. Errors come back as Status/Result;
// nothing is written on failure.
class AgendaSessionStore {
public:
    explicit AgendaSessionStore(Database &db) : m_db(db) {}

    // Adds `sessions` to `event`; one with a UID already on that event's agenda is updated in
    // place (its `chosen` flag kept). All or nothing, statements prepared once (2,000 sessions
    // are one import). Each session is checked first (title, start, end not before start).
    Result<AgendaMerge> merge(EventId event, const QList<AgendaSession> &sessions);
    Result<SessionId> insert(AgendaSession session);
    // Marks sessions of `event` as chosen (or not); an id not on that agenda is NotFound and
    // nothing changes.
    Status setChosen(EventId event, const QList<SessionId> &ids, bool chosen);
    Status clearChosen(EventId event);

    // By start, then title.
    QList<AgendaSession> list(EventId event, bool chosenOnly = false);
    Result<qint64> count(EventId event);

private:
    Database &m_db;
};

// The first problem with a session, or ok.
[[nodiscard]] Status validateSession(const AgendaSession &session);

} // namespace foothold
