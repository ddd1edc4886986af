#pragma once

// Private to core/formats: time zones and recurrence expansion for ICalendarReader.

#include "core/formats/Diagnostic.h"
#include "core/formats/IcalSupport.h"

#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace foothold::ical {

// Where a wall-clock time is: no zone (floating, read in the reader's floating zone), UTC, a zone
// Qt knows by its IANA id (Olson, Windows names mapped), or a VTIMEZONE only the file defines.
struct Zone {
    enum Kind { Floating, Utc, Named, Custom } kind = Floating;
    QTimeZone qt;                    // Floating, Utc, Named
    icaltimezone *custom = nullptr;  // Custom; owned by the calendar component
    QString ianaId;                  // Named
};

// Resolves TZIDs for one calendar, with a cache.
class ZoneResolver {
public:
    ZoneResolver(icalcomponent *calendar, QTimeZone floating) : m_calendar(calendar), m_floating(std::move(floating)) {}

    // nullopt when the TZID is neither a zone Qt knows nor defined by a VTIMEZONE in the file.
    std::optional<Zone> resolve(const QString &tzid);
    // The zone last found for a TZID parameter as libical holds it (thousands of times in a row
    // the same: no conversion, no hashing), or nullopt; rememberWritten() sets it.
    [[nodiscard]] std::optional<Zone> lastWritten(const char *tzid) const;
    void rememberWritten(const char *tzid, const Zone &zone);
    [[nodiscard]] Zone floating() const { return {Zone::Floating, m_floating, nullptr, {}}; }
    [[nodiscard]] static Zone utc() { return {Zone::Utc, QTimeZone::utc(), nullptr, {}}; }

    // toUtc(), remembered per zone and wall-clock time: a conference schedule has a few hundred
    // distinct start and end times over thousands of sessions, and each conversion in a named
    // zone is a search of its transitions.
    QDateTime utcOf(const icaltimetype &local, const Zone &zone);

private:
    icalcomponent *m_calendar;
    QTimeZone m_floating;
    QHash<QString, std::optional<Zone>> m_cache;
    QHash<QByteArray, QHash<qint64, QDateTime>> m_utc; // by the Qt zone's id
    QByteArray m_lastWritten;                           // the last TZID remembered,
    Zone m_lastWrittenZone;                             // and its zone
    QTimeZone m_lastZone;                               // the zone of the last utcOf() and
    QHash<qint64, QDateTime> *m_lastTimes = nullptr;    // its times (m_utc gets no new zone meanwhile)
};

// The zone a time property is in: its TZID, UTC for a value ending in Z, else floating. nullopt
// (with `tzid` set) when the TZID cannot be resolved.
std::optional<Zone> zoneOf(icalproperty *property, const icaltimetype &value, ZoneResolver &zones, QString &tzid);
// The same for a TZID as written (NUL-terminated; null: no TZID parameter), for the time lines
// the reader takes from the scan (ICalendarOwnLines.h).
std::optional<Zone> zoneOfWritten(const char *written, const icaltimetype &value, ZoneResolver &zones, QString &tzid);

// Wall-clock time in `zone` to an instant; invalid when the fields are not a real date and time.
[[nodiscard]] QDateTime toUtc(const icaltimetype &local, const Zone &zone);
// An instant as wall-clock time in `zone` (no zone pointer set: floating, as the iterator wants).
[[nodiscard]] icaltimetype toLocal(const QDateTime &utc, const Zone &zone, bool isDate);

struct Instance {
    QDateTime utc;
    icaltimetype local;
};

struct ExpansionWindow {
    QDateTime start;   // open-ended series start here
    QDateTime end;     // every series stops here
    int maxInstances = 1000;
};

struct Expansion {
    QList<Instance> instances;   // ordered by start
    bool recurring = false;      // RRULE or RDATE present
    Diagnostics errors;
    Diagnostics warnings;
};

// The recurrence set of `event` (DTSTART plus RRULE and RDATE, minus EXDATE and EXRULE), within
// `window`. `lineOf` gives the line of a property of the event for diagnostics. `mayRecur` false
// (the caller saw none of those four properties): the set is DTSTART, without looking.
Expansion expandRecurrence(icalcomponent *event, const icaltimetype &dtstart, const Zone &zone, ZoneResolver &zones,
                           const ExpansionWindow &window, const std::function<int(const char *)> &lineOf, bool mayRecur = true);

} // namespace foothold::ical
