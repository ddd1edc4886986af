#pragma once

#include "core/domain/Ids.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

namespace foothold {

// The event rules (docs/EVENTS.md, "Follow-ups"): for an event whose rules are on,
//  - "Follow up with NAME (met at EVENT)" for each contact met there, due two days (48 hours)
//    after the day we met (the date connected; the event's first day when unknown);
//  - "Thank NAME for the talk at EVENT" for each speaker I talked to there, due two days after
//    the conversation.
// Each has a rule key ("event:E:follow-up:C", "event:E:thank-speaker:C"), so running the rules
// again never makes the same follow-up twice, even after it was done or deleted-and-redone.
// They are ordinary follow-ups (origin "event-rule"), so they appear on Today.
class EventFollowUps {
public:
    EventFollowUps(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Makes the follow-ups that are missing; none when the event's rules are off. Returns how
    // many were made. Runs in one transaction (joins the caller's).
    Result<int> apply(EventId event);
    // Turns the rules of `event` on or off. Off also removes the open follow-ups they made (done
    // ones stay, they count in the return); on applies them. Returns follow-ups made or removed.
    Result<int> setEnabled(EventId event, bool enabled);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace foothold
