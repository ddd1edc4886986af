#pragma once

#include "core/domain/Event.h"
#include "core/formats/Diagnostic.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace foothold {

// How far recurring series are expanded. Foothold has no recurrence of its own: each instance
// becomes an event, so an open-ended series ("every Tuesday") is cut to a window around now.
struct CalendarReadOptions {
    QDateTime now = QDateTime::currentDateTimeUtc();
    int pastDays = 365;      // open-ended series: instances from now - pastDays …
    int futureDays = 730;    // … to now + futureDays; every series stops there
    int maxInstances = 1000; // per series; more are left out with a warning
    // Wall-clock times without a zone ("floating") are read in this zone, as `add event` does
    // without --tz. All-day events are dates in no zone (AllDay.h), whatever this is.
    QTimeZone floatingZone = QTimeZone::systemTimeZone();
    // Tests only: hand libical every line, even the plain text lines the reader otherwise reads
    // itself (ICalendarOwnLines.h), to show that both ways give the same result.
    bool libicalReadsEveryLine = false;
};

// One event to import: a single VEVENT, or one instance of a recurring series.
struct CalendarEvent {
    int line = 0;          // BEGIN:VEVENT (all instances of a series share it)
    QString uid;
    QString instance;      // an instance of a series: its original start, "2027-04-15T07:00:00Z"; else empty
    Event event;           // name, start, end, timeZone, allDay, location, url, notes, tags (and the kind and
                           // status Foothold wrote in X-FOOTHOLD-KIND/-STATUS, the zone in X-FOOTHOLD-TZID);
                           // no id. All-day events in AllDay.h's form, with no end when the file gives none
    QStringList people;    // CN= (or the address) of ORGANIZER and ATTENDEE lines, in file order: the
                           // speakers of a conference schedule's session
    QString origin;        // X-FOOTHOLD-ORIGIN of a file Foothold wrote: "event", "interview-round", "interview"
    Diagnostics errors;    // the event cannot be imported
    QString skipReason;    // nothing to import (cancelled; part of an iTIP reply; …)
};

struct CalendarFile {
    QList<CalendarEvent> events;
    Diagnostics errors;    // the file as a whole cannot be read
    Diagnostics warnings;
    int vevents = 0;       // VEVENT components read (a series counts once)
    int otherComponents = 0; // VTODO, VJOURNAL, VFREEBUSY, …: not imported
};

// Reads iCalendar (RFC 5545) events through libical: VTIMEZONE definitions, Olson and Windows
// TZIDs (and libical's "/…/Europe/Berlin" prefixes), UTC, floating and all-day times, RRULE,
// RDATE, EXDATE, EXRULE and RECURRENCE-ID. Bare VEVENTs without a VCALENDAR are read too.
// Refuses with a line number what libical drops silently or marks with X-LIC-ERROR, and what
// ICalendarLines finds. The plain lines of events (SUMMARY, DTSTART without parameters, …) are
// read from the scan with the same result libical would give (ICalendarOwnLines.h; libical's work
// per line was most of an import's time). Thread-safe (libical is used under a lock). Pure: bytes
// in, events and diagnostics out.
[[nodiscard]] CalendarFile parseCalendar(const QByteArray &bytes, const CalendarReadOptions &options = {});

} // namespace foothold
