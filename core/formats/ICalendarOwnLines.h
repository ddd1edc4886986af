#pragma once

// Private to core/formats: the plain lines of events that the reader takes from the scan itself
// instead of handing them to libical.
//
// Why: libical builds a property, a value and list nodes for every line (and frees them all
// again), which was most of an import's time. For SUMMARY, LOCATION, DESCRIPTION, UID, URL,
// CATEGORIES and DTSTAMP written the plain way ("NAME:value", no parameter) the reader wants the
// text only; for DTSTART and DTEND written "NAME:20270415T090000Z", "NAME:20270415T090000",
// "NAME:20270415", "NAME;VALUE=DATE:20270415" or "NAME;TZID=Europe/Berlin:20270415T090000" it
// wants the fields of the time and the TZID as written. For those lines, and only when every
// line of that name in the event is of such a shape, the reader computes exactly what libical
// would have given (checked against libical by ICalendarOwnLinesTest and over the corpora);
// everything else (recurrence, other parameters, unusual escapes or values, other components)
// still goes through libical.

#include "core/formats/ICalendarLines.h"
#include "core/formats/IcalSupport.h"

#include <QString>

#include <array>
#include <vector>

namespace foothold::ical {

enum class Own : quint8 { None, Uid, Summary, Location, Description, Url, Categories, Dtstamp, Dtstart, Dtend, Count };

// A DTSTART or DTEND as icalproperty_get_dtstart()/_dtend() and its TZID parameter give it.
struct OwnTime {
    icaltimetype value{};
    QByteArray tzid;      // as written, NUL-terminated; empty: no TZID parameter
};

// Per line of the scan: which kind the reader takes itself (None: libical reads it). Only lines
// of VEVENTs that are events (children of a VCALENDAR, or bare at the top) are taken.
[[nodiscard]] std::vector<Own> ownLines(const IcalScan &scan);

// The first line (index into scan.lines) of each kind the reader took from one event, or -1.
class OwnValues {
public:
    OwnValues(const IcalScan &scan, const std::vector<Own> &own, const IcalNode &event);
    [[nodiscard]] bool has(Own kind) const { return m_first[std::size_t(kind)] >= 0; }
    // What icalvalue_get_text() gives for a TEXT property (SUMMARY, LOCATION, DESCRIPTION).
    [[nodiscard]] QString text(Own kind) const;
    // What icalproperty_get_value_as_string() gives (UID, URL): the value as written.
    [[nodiscard]] QString raw(Own kind) const;
    // DTSTART, DTEND. Call under ical::lock() (the UTC zone is libical's).
    [[nodiscard]] OwnTime time(Own kind) const;

private:
    const IcalScan &m_scan;
    std::array<int, std::size_t(Own::Count)> m_first;
};

} // namespace foothold::ical
