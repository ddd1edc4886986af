#pragma once

#include "core/domain/Ids.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

namespace foothold {

// What the user types for one person met at an event, between two handshakes.
struct CapturedPerson {
    QString name;      // required
    QString company;   // optional; found or created by name
    QString note;      // one line
};

struct CaptureResult {
    ContactId contact;
    int followUpsMade = 0;
};

// Quick capture during an event (docs/EVENTS.md): each person becomes a contact met at the event,
// channel "event", connected today when today is one of the event's days (in its zone), else on
// its first day; the note goes into the contact's notes. Links the record implies are derived
// and the event's follow-up rules run. One transaction per person: an invalid entry (no name)
// is an Invalid error and nothing is written.
class QuickCapture {
public:
    QuickCapture(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<CaptureResult> capture(EventId event, const CapturedPerson &person);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace foothold
