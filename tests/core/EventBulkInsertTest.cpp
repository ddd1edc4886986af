// EventStore::insertMany writes 32 events a statement and derives their ids; CalendarImporter
// matches events by a name folded without copies. Both must give what one row at a time gave.
#include "core/services/CalendarImporter.h"
#include "core/storage/EventStore.h"
#include "tests/support/TempDatabase.h"

#include <gtest/gtest.h>

using namespace foothold;

namespace {

Event event(int n)
{
    Event e;
    e.name = QStringLiteral("Event %1").arg(n);
    e.start = QDateTime(QDate(2027, 4, 1), QTime(9, 0), QTimeZone::utc()).addSecs(3600LL * n);
    e.end = e.start.addSecs(1800);
    e.location = QStringLiteral("Room %1").arg(n % 7);
    e.tags = {n % 2 ? QStringLiteral("odd") : QStringLiteral("even")};
    if (n % 5 == 0)
        e.tags << QStringLiteral("fifth");
    return e;
}

} // namespace

TEST(EventBulkInsert, ManyEventsGetTheirOwnIdsAndTags)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    EventStore store(db.db(), clock);
    // One event first, so that the ids do not start at 1.
    QList<Event> first{event(0)};
    ASSERT_TRUE(store.insertMany(first));
    ASSERT_EQ(first[0].id, EventId(1));
    // 70 = two statements of 32 and six single rows; the 40th has an id of its own, so the
    // second batch (33–64) is written row by row.
    QList<Event> events;
    for (int n = 1; n <= 70; ++n)
        events << event(n);
    events[39].id = EventId(500);
    ASSERT_TRUE(store.insertMany(events));
    for (int n = 1; n <= 70; ++n) {
        const Event &written = events.at(n - 1);
        ASSERT_TRUE(written.id.isValid());
        const Event stored = store.get(written.id).value();
        EXPECT_EQ(stored.name, QStringLiteral("Event %1").arg(n)) << n;
        EXPECT_EQ(stored.location, QStringLiteral("Room %1").arg(n % 7)) << n;
        QStringList storedTags = stored.tags, writtenTags = written.tags;
        storedTags.sort();
        writtenTags.sort();
        EXPECT_EQ(storedTags, writtenTags) << n;
    }
    EXPECT_EQ(events[0].id, EventId(2));   // the first batch: 2 … 33
    EXPECT_EQ(events[31].id, EventId(33));
    EXPECT_EQ(events[39].id, EventId(500));
    EXPECT_EQ(events[40].id, EventId(501)); // after 500, AUTOINCREMENT goes on from there
    EXPECT_EQ(events[69].id, EventId(530));
    EXPECT_EQ(store.count().value(), 71);
}

TEST(EventBulkInsert, RefusedEventLeavesNothingAndNoIds)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    EventStore store(db.db(), clock);
    QList<Event> events;
    for (int n = 1; n <= 40; ++n)
        events << event(n);
    events[35].id = EventId(3); // taken by the third: the row insert fails, all is rolled back
    EXPECT_FALSE(store.insertMany(events));
    EXPECT_EQ(store.count().value(), 0);
    EXPECT_FALSE(events[0].id.isValid());
    EXPECT_EQ(events[35].id, EventId(3));
}

TEST(EventBulkInsert, ImportMatchesNamesInAnyCaseAndSpacing)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    ImportOptions options;
    options.sourceName = QStringLiteral("meetups.ics");
    options.calendar.now = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc());
    const auto calendar = [](const char *first, const char *second) {
        return QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
                          "BEGIN:VEVENT\r\nDTSTART:20270415T090000Z\r\nSUMMARY:")
            + first
            + "\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nDTSTART:20270416T090000Z\r\nSUMMARY:" + second
            + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    };
    const auto first = CalendarImporter(db.db(), clock).import(calendar("Rust Meetup", "Café Ünïcode Night"), options);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first.summary(), QStringLiteral("added 2, updated 0, unchanged 0, skipped 0"));
    // No UIDs: the same name (any case, any spacing) at the same start is the same event; the
    // names as written now replace the old ones.
    const auto again = CalendarImporter(db.db(), clock).import(calendar("RUST   meetup", "CAFÉ ünïcode  NIGHT"), options);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.summary(), QStringLiteral("added 0, updated 2, unchanged 0, skipped 0"));
    EXPECT_EQ(EventStore(db.db()).count().value(), 2);
    // Another name is another event.
    const auto other = CalendarImporter(db.db(), clock).import(calendar("Rust Meetups", "Cafe Unicode Night"), options);
    ASSERT_TRUE(other.ok());
    EXPECT_EQ(other.summary(), QStringLiteral("added 2, updated 0, unchanged 0, skipped 0"));
}
