#pragma once

#include "core/services/ImportTypes.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QByteArray>

namespace foothold {

// Imports the events of an iCalendar file (see ICalendarReader.h; each instance of a recurring
// series becomes an event) as one transaction. An event already there, found by the UID it was
// imported with (and the instance of its series), by the id in a UID Foothold wrote, or by the
// same name at the same start, is updated from the file (name, times, zone, place, link, notes;
// tags are added); otherwise it is added. Cancelled events, iTIP replies and the interview
// rounds and follow-ups Foothold itself exports are skipped, with the reason.
class CalendarImporter {
public:
    explicit CalendarImporter(Database &db, const Clock &clock = SystemClock::instance()) : m_db(db), m_clock(clock) {}

    ImportResult import(const QByteArray &bytes, const ImportOptions &options);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace foothold
