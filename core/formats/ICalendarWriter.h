#pragma once

#include "core/domain/Event.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace foothold {

// Something with a time that is not an Event: an interview round of an application, a scheduled
// informational interview.
struct CalendarAppointment {
    QString uid;
    QString summary;
    QString description;
    QString location;
    QDateTime start;        // UTC
    int durationMinutes = 0; // 0: no end
    QString origin;         // X-FOOTHOLD-ORIGIN: "interview-round", "interview"
};

// A dated task (a follow-up), written as a VTODO.
struct CalendarTodo {
    QString uid;
    QString summary;
    QString description;
    QDate due;
    QDateTime completedAt;  // UTC; null while open
};

// Builds one iCalendar (RFC 5545) file through libical: VEVENTs for events and appointments,
// VTODOs for follow-ups, and a VTIMEZONE (from libical's zone data) for every zone an event is
// held in. Events held in a zone keep their wall-clock times in it (DTSTART;TZID=…); others are
// written in UTC, with X-FOOTHOLD-TZID naming the zone when they have one (UTC, or a zone libical
// has no definition for); all-day events as their dates (AllDay.h; DTEND only when they have an
// end). Foothold's own fields travel as X-FOOTHOLD-KIND, -STATUS, -ORIGIN and -TZID, which
// parseCalendar() reads back: an export read back gives the same events. Thread-safe (libical is
// used under a lock).
class ICalendarWriter {
public:

    void addEvent(const Event &event, const QString &uid);
    void addAppointment(const CalendarAppointment &appointment);
    void addTodo(const CalendarTodo &todo);

    // The file, with `stamp` (UTC) as every component's DTSTAMP.
    [[nodiscard]] QByteArray toBytes(const QDateTime &stamp) const;

private:
    QList<Event> m_events;
    QStringList m_eventUids;
    QList<CalendarAppointment> m_appointments;
    QList<CalendarTodo> m_todos;
};

} // namespace foothold
