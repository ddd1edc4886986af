#include "core/services/CalendarImporter.h"
#include "core/services/Export.h"
#include "core/storage/ApplicationStore.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/EventStore.h"
#include "core/storage/FollowUpStore.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TempDatabase.h"

#include <gtest/gtest.h>

using namespace foothold;

namespace {

ImportOptions calendarOptions()
{
    ImportOptions o;
    o.sourceName = QStringLiteral("conference.ics");
    o.calendar.now = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc());
    o.calendar.floatingZone = QTimeZone("America/New_York");
    return o;
}

ImportResult importBytes(Database &db, const Clock &clock, const QByteArray &bytes, ImportOptions options = calendarOptions())
{
    return CalendarImporter(db, clock).import(bytes, options);
}

} // namespace

TEST(CalendarImport, EventsAreAddedThenRecognised)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    const QByteArray ics = test::readFixture(QStringLiteral("formats/ical/conference.ics"));
    const auto first = importBytes(db.db(), clock, ics);
    ASSERT_TRUE(first.ok()) << first.failure->toString().toStdString();
    EXPECT_EQ(first.summary(), QStringLiteral("added 10, updated 0, unchanged 0, skipped 1"));
    EXPECT_EQ(EventStore(db.db()).count().value(), 10);

    const auto again = importBytes(db.db(), clock, ics);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.summary(), QStringLiteral("added 0, updated 0, unchanged 10, skipped 1"));

    // The organisers moved the keynote: the same UID updates the event.
    QByteArray moved = ics;
    moved.replace("DTSTART;TZID=Europe/Berlin:20270415T090000", "DTSTART;TZID=Europe/Berlin:20270415T093000");
    const auto update = importBytes(db.db(), clock, moved);
    ASSERT_TRUE(update.ok());
    EXPECT_EQ(update.summary(), QStringLiteral("added 0, updated 1, unchanged 9, skipped 1"));
    EXPECT_EQ(EventStore(db.db()).count().value(), 10);
}

TEST(CalendarImport, BrokenEventsRefuseTheFileUnlessSkipped)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    const QByteArray ics = test::readFixture(QStringLiteral("formats/ical/bad-dtstart.ics"));
    const auto refused = importBytes(db.db(), clock, ics);
    ASSERT_FALSE(refused.ok());
    ASSERT_EQ(refused.errors.size(), 2);
    EXPECT_EQ(refused.errors[0].line, 6);
    EXPECT_EQ(refused.errors[1].line, 17);
    EXPECT_EQ(EventStore(db.db()).count().value(), 0);
    ImportOptions skip = calendarOptions();
    skip.skipInvalid = true;
    const auto skipped = importBytes(db.db(), clock, ics, skip);
    ASSERT_TRUE(skipped.ok());
    EXPECT_EQ(skipped.summary(), QStringLiteral("added 1, updated 0, unchanged 0, skipped 2"));
}

TEST(CalendarImport, ExportedCalendarComesBackAsTheSameEvents)
{
    auto clock = test::fixedClock();
    test::TempDatabase a;
    ASSERT_TRUE(importBytes(a.db(), clock, test::readFixture(QStringLiteral("formats/ical/conference.ics"))).ok());
    JobApplication application;
    application.company = CompanyStore(a.db(), clock).findOrCreate(QStringLiteral("Lumen")).value();
    application.role = QStringLiteral("Engineer");
    application.rounds = {{QStringLiteral("Phone screen"), QDateTime(QDate(2027, 2, 1), QTime(15, 0), QTimeZone::utc()), 30, {}, {}, {}}};
    ASSERT_TRUE(ApplicationStore(a.db(), clock).insert(application));
    FollowUp followUp;
    followUp.title = QStringLiteral("Send thanks");
    followUp.due = QDate(2027, 2, 2);
    ASSERT_TRUE(FollowUpStore(a.db(), clock).insert(followUp));

    const QByteArray exported = exportCalendar(a.db(), clock).value();
    EXPECT_TRUE(exported.contains("BEGIN:VTODO"));
    EXPECT_TRUE(exported.contains("SUMMARY:Phone screen: Engineer at Lumen"));

    // Into its own database: nothing new; the round is skipped (it belongs to its application).
    const auto own = importBytes(a.db(), clock, exported);
    ASSERT_TRUE(own.ok());
    EXPECT_EQ(own.summary(), QStringLiteral("added 0, updated 0, unchanged 10, skipped 1"));

    test::TempDatabase b;
    const auto other = importBytes(b.db(), clock, exported);
    ASSERT_TRUE(other.ok()) << other.errors.value(0).message.toStdString();
    EXPECT_EQ(other.summary(), QStringLiteral("added 10, updated 0, unchanged 0, skipped 1"));
    const QList<Event> left = EventStore(a.db()).list();
    const QList<Event> right = EventStore(b.db()).list();
    ASSERT_EQ(left.size(), right.size());
    for (qsizetype i = 0; i < left.size(); ++i) {
        EXPECT_EQ(left[i].name, right[i].name);
        EXPECT_EQ(left[i].start, right[i].start);
        EXPECT_EQ(left[i].end, right[i].end);
        EXPECT_EQ(left[i].timeZone, right[i].timeZone);
        EXPECT_EQ(left[i].allDay, right[i].allDay);
        EXPECT_EQ(left[i].location, right[i].location);
        EXPECT_EQ(left[i].tags, right[i].tags);
    }
}
