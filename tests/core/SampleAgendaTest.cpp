#include "core/services/sample/SampleAgenda.h"
#include "core/storage/AgendaSessionStore.h"
#include "core/storage/EventStore.h"
#include "tests/support/TempDatabase.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

Event conference(const char *name, QDate day, int days)
{
    Event e;
    e.name = QString::fromUtf8(name);
    e.kind = EventKind::Conference;
    e.start = QDateTime(day, QTime(8, 0), QTimeZone::utc());
    e.end = e.start.addDays(days - 1).addSecs(8 * 3600);
    return e;
}

} // namespace

// The soonest upcoming conference gets the agenda: on two days 11 sessions, 7 chosen; the past one
// and the later one nothing.
TEST(SampleAgenda, TheSoonestUpcomingConferenceGetsAnAgenda)
{
    test::TempDatabase db;
    const FixedClock clock = test::fixedClock(); // 2026-06-15 12:00 UTC
    EventStore events(db.db(), clock);
    QList<Event> list{conference("Past", QDate(2026, 6, 1), 2), conference("Later", QDate(2026, 9, 1), 2),
                      conference("Soon", QDate(2026, 7, 1), 2)};
    for (Event &e : list)
        e.id = events.insert(e).value();
    ASSERT_TRUE(addSampleAgenda(db.db(), list, clock.nowUtc()).ok());
    AgendaSessionStore sessions(db.db());
    EXPECT_EQ(sessions.count(list[0].id).value(), 0);
    EXPECT_EQ(sessions.count(list[1].id).value(), 0);
    EXPECT_EQ(sessions.list(list[2].id).size(), 11);
    EXPECT_EQ(sessions.list(list[2].id, true).size(), 7);
}

// A one-day conference gets the first day only (7 sessions, 5 chosen); no upcoming conference, nothing.
TEST(SampleAgenda, OneDayAndNone)
{
    test::TempDatabase db;
    const FixedClock clock = test::fixedClock();
    QList<Event> list{conference("One day", QDate(2026, 7, 1), 1)};
    list[0].id = EventStore(db.db(), clock).insert(list[0]).value();
    ASSERT_TRUE(addSampleAgenda(db.db(), list, clock.nowUtc()).ok());
    EXPECT_EQ(AgendaSessionStore(db.db()).list(list[0].id).size(), 7);
    EXPECT_EQ(AgendaSessionStore(db.db()).list(list[0].id, true).size(), 5);

    test::TempDatabase empty;
    EXPECT_TRUE(addSampleAgenda(empty.db(), {}, clock.nowUtc()).ok());
}
