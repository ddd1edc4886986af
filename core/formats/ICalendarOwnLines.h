#pragma once

// Private to core/formats: the plain text lines of events that the reader takes from the scan
// itself instead of handing them to libical.
//
// Why: libical builds a property, a value and list nodes for every line (and frees them all
// again), which is most of an import's time, while for SUMMARY, LOCATION, DESCRIPTION, UID, URL,
// CATEGORIES and DTSTAMP written the plain way ("NAME:value", no parameter) the reader wants the
// text only. For those lines, and only when every line of that name in the event is plain, the
// reader computes exactly what libical would have given (checked against libical by
// ICalendarOwnLinesTest and over the corpora); everything else (times, zones, recurrence,
// parameters, unusual escapes, other components) still goes through libical.

#include "core/formats/ICalendarLines.h"

#include <QString>

#include <array>
#include <vector>

namespace foothold::ical {

enum class Own : quint8 { None, Uid, Summary, Location, Description, Url, Categories, Dtstamp, Count };

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

private:
    const IcalScan &m_scan;
    std::array<int, std::size_t(Own::Count)> m_first;
};

} // namespace foothold::ical
