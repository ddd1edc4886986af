#pragma once

#include "core/domain/AgendaSession.h"
#include "core/formats/Diagnostic.h"
#include "core/storage/AgendaSessionStore.h"
#include "core/storage/Database.h"

#include <QByteArray>

namespace foothold {

struct AgendaImportResult {
    AgendaMerge merge;           // added / updated on the agenda
    QList<AgendaSession> sessions; // what was read and kept, by start
    Diagnostics warnings;        // sessions left out (outside the event's dates, cancelled, …)
};

// Reads an event's schedule (a Sched or Pretalx .ics, or any iCalendar file) through the
// libical reader and puts it on the event's agenda: SUMMARY is the title, LOCATION the room,
// the first CATEGORIES value the track, ORGANIZER/ATTENDEE names the speakers (a Pretalx
// export, known by its "pretalx-" UIDs, has them after the last " - " of SUMMARY). Only sessions
// within the event's days (in its zone, from its first day to its last) are taken; the others
// are listed as warnings. All or nothing: a broken file, an event in it that cannot be read, or
// no session within the event's dates is an Error whose message starts with "FILE:LINE: " (or
// "FILE: "), and nothing is written. With `skipInvalid` (the user asked for it), sessions that
// cannot be read (no DTSTART, an end before the start, …) are left out and listed among the
// warnings instead. `sourceName` names the file in messages.
[[nodiscard]] Result<AgendaImportResult> importAgenda(Database &db, EventId event, const QByteArray &bytes,
                                                      const QString &sourceName, const QDateTime &nowUtc,
                                                      bool skipInvalid = false);

// The chosen sessions of `event` as an iCalendar file for the user's calendar (wall-clock times
// in the session's zone), stamped `nowUtc`. NotFound when nothing is chosen.
[[nodiscard]] Result<QByteArray> exportPlan(Database &db, EventId event, const QDateTime &nowUtc);

} // namespace foothold
