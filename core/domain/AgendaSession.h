#pragma once

#include "core/domain/Ids.h"

#include <QDateTime>
#include <QStringList>

namespace foothold {

using SessionId = Id<struct AgendaSessionTag>;

// One session of an event's agenda (a talk, a workshop slot, a keynote). Times are UTC; the zone
// is the one the schedule gave, for showing wall-clock times. `chosen`: the user plans to go.
struct AgendaSession {
    SessionId id;
    EventId event;              // required
    QString uid;                // from the imported file; empty for a typed-in session
    QString title;              // required
    QDateTime start;            // UTC; required
    QDateTime end;              // UTC; null or not before start
    QString timeZone;
    QString room;
    QString track;
    QStringList speakers;
    QString url;
    QString description;
    bool chosen = false;

    bool operator==(const AgendaSession &) const = default;
};

} // namespace foothold
