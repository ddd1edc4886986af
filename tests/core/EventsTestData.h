#pragma once

// A small invented year for the event planner's tests (docs/EVENTS.md), with every figure
// worked out by hand in the tests that use it. Clock: 2026-06-15 12:00 UTC.
#include "core/storage/Database.h"
#include "core/util/Clock.h"

namespace foothold::test {

struct EventsYear {
    qint64 pycon = 0, meetup = 0, datafair = 0, rustconf = 0; // the past: attended ×3, skipped
    qint64 kubecon = 0, rustfest = 0;                         // upcoming: considering, registered
    qint64 ana = 0, ben = 0, pia = 0;
};

EventsYear makeEventsYear(Database &db, const Clock &clock);

} // namespace foothold::test
