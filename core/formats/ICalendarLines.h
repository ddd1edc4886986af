#pragma once

#include "core/formats/Diagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace foothold {

// One unfolded content line of an iCalendar file and where it started.
struct IcalLine {
    QByteArray text;   // without the line end; followed by a NUL (a view into IcalScan::storage,
                       // or a copy of its own when unfolded or repaired)
    QByteArray name;   // upper case: "DTSTART", "BEGIN"
    int line = 0;      // physical line it starts on
};

// A component as written: BEGIN to END, its own property lines and its children, in order.
struct IcalNode {
    QByteArray name;        // upper case: "VEVENT"
    int begin = 0;          // index into IcalScan::lines of BEGIN
    int end = -1;           // index of END
    QList<int> properties;  // indexes of its own property lines
    QList<IcalNode> children;
};

struct IcalScan {
    QByteArray storage;     // the file's bytes, a NUL where each line viewing them ends
    QList<IcalLine> lines;
    QList<IcalNode> roots;  // top-level components (VCALENDAR, or bare VEVENTs in fragments)
    Diagnostics errors;     // the file is not well-formed; `roots` may be incomplete
    Diagnostics warnings;   // lines repaired (see below)
    QHash<int, QString> lineErrors; // index into `lines` -> why that property line is unreadable

    [[nodiscard]] int physicalLine(int index) const { return lines.at(index).line; }
};

// The line-level reading of RFC 5545 that libical does not report by line: UTF-8 only (a BOM,
// UTF-16 and UTF-32 with a mark are decoded first), unfolding, BEGIN and END nested and matched,
// nothing but blank lines outside components, no control character: these make the file
// unusable (`errors`). A property line that is not "name[;param=value…]:value" (names of
// letters, digits and "-", no empty parameter) is kept in `lineErrors`: whether it matters
// depends on the component it is in. Repaired with a warning, as real producers write them:
// an indented first line; Outlook's quote that swallows the ":" (TZID="Zone:2020…"); an escaped
// "\;" in an RRULE; Google's date with a "Z" in RDATE and EXDATE.
[[nodiscard]] IcalScan scanICalendar(const QByteArray &bytes);

} // namespace foothold
