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
// written in UTC; all-day events as dates in `floatingZone` (the zone they were read in).
// Foothold's own fields travel as X-FOOTHOLD-KIND, -STATUS and -ORIGIN, which parseCalendar()
// reads back. Thread-safe (libical is used under a lock).
class ICalendarWriter {
public:
    explicit ICalendarWriter(QTimeZone floatingZone = QTimeZone::systemTimeZone());

    void addEvent(const Event &event, const QString &uid);
    void addAppointment(const CalendarAppointment &appointment);
    void addTodo(const CalendarTodo &todo);

    // The file, with `stamp` (UTC) as every component's DTSTAMP.
    [[nodiscard]] QByteArray toBytes(const QDateTime &stamp) const;

private:
    QTimeZone m_floatingZone;
    QList<Event> m_events;
    QStringList m_eventUids;
    QList<CalendarAppointment> m_appointments;
    QList<CalendarTodo> m_todos;
};

} // namespace foothold
