#include "core/services/CalendarImporter.h"
#include "core/services/Export.h"
#include "core/storage/ApplicationStore.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/EventStore.h"
#include "core/storage/FollowUpStore.h"
#include "core/storage/TableDump.h"
#include "core/domain/AllDay.h"
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

namespace {

// The event tables as values, and the AUTOINCREMENT counters: what an import must not touch.
QList<TableRows> eventTables(Database &db)
{
    QList<TableRows> out;
    for (const char *table : {"events", "event_costs", "event_companies", "event_people", "event_tags", "event_sources", "sqlite_sequence"})
        out << TableDump(db).read(QString::fromLatin1(table)).value();
    return out;
}

} // namespace

// Foothold's own export read back into the same database changes nothing: timed events in a zone,
// in UTC and floating, all-day events with and without an end, the instances of a series, costs.
TEST(CalendarImport, OwnExportReimportedChangesNothing)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    const QByteArray series = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:weekly@x.example\r\n"
                              "DTSTAMP:20270101T000000Z\r\nDTSTART;TZID=Europe/Berlin:20270105T190000\r\nDURATION:PT2H\r\n"
                              "RRULE:FREQ=WEEKLY;COUNT=3\r\nSUMMARY:Rust meetup\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    ASSERT_EQ(importBytes(db.db(), clock, series).summary(), QStringLiteral("added 3, updated 0, unchanged 0, skipped 0"));
    EventStore store(db.db(), clock);
    const auto timed = [](const char *name, const QString &zone, QDateTime start) {
        Event e;
        e.name = QString::fromLatin1(name);
        e.timeZone = zone;
        e.start = start;
        e.end = start.addSecs(3600);
        return e;
    };
    const QDateTime at(QDate(2027, 3, 1), QTime(9, 0), QTimeZone::utc());
    Event berlin = timed("Berlin workshop", QStringLiteral("Europe/Berlin"), at);
    berlin.costs = {{CostCategory::Ticket, 12000, QStringLiteral("EUR"), 1.0, QStringLiteral("early bird")},
                    {CostCategory::Travel, 4550, QStringLiteral("EUR"), 1.0, {}}};
    berlin.tags = {QStringLiteral("rust")};
    ASSERT_TRUE(store.insert(berlin));
    ASSERT_TRUE(store.insert(timed("UTC standup", QStringLiteral("UTC"), at.addDays(1))));
    ASSERT_TRUE(store.insert(timed("Floating webinar", QString(), at.addDays(2))));
    Event fair;
    fair.name = QStringLiteral("Career fair");
    fair.kind = EventKind::CareerFair;
    setAllDay(fair, QDate(2027, 4, 1), QDate(2027, 4, 2));
    fair.costs = {{CostCategory::Stay, 9900, QStringLiteral("USD"), 0.9, {}}};
    ASSERT_TRUE(store.insert(fair));
    Event day;
    day.name = QStringLiteral("Hack day");
    setAllDay(day, QDate(2027, 4, 10));
    ASSERT_TRUE(store.insert(day));
    // The series' events get costs too.
    Event first = store.list().first();
    ASSERT_EQ(first.name, QStringLiteral("Rust meetup"));
    first.costs = {{CostCategory::Ticket, 500, QStringLiteral("EUR"), 1.0, {}}};
    ASSERT_TRUE(store.update(first));

    const QList<TableRows> before = eventTables(db.db());
    const QByteArray exported = exportCalendar(db.db(), clock).value();
    const auto again = importBytes(db.db(), clock, exported);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.summary(), QStringLiteral("added 0, updated 0, unchanged 8, skipped 0"));
    const QList<TableRows> after = eventTables(db.db());
    ASSERT_EQ(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        EXPECT_EQ(after[i].rows, before[i].rows) << before[i].name.toStdString();

    // An update from the file leaves the rows it does not change alone: the costs keep their ids
    // and event_costs' counter does not move.
    QByteArray renamed = exported;
    renamed.replace("SUMMARY:Berlin workshop", "SUMMARY:Berlin workshop (day 1)");
    const auto update = importBytes(db.db(), clock, renamed);
    EXPECT_EQ(update.summary(), QStringLiteral("added 0, updated 1, unchanged 7, skipped 0"));
    const QList<TableRows> updated = eventTables(db.db());
    for (qsizetype i = 1; i < before.size(); ++i)
        EXPECT_EQ(updated[i].rows, before[i].rows) << before[i].name.toStdString();
}

// An update through the store rewrites only the child rows that changed.
TEST(CalendarImport, StoreUpdateKeepsEqualCostRows)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    EventStore store(db.db(), clock);
    Event e;
    e.name = QStringLiteral("Summit");
    e.start = QDateTime(QDate(2027, 3, 1), QTime(9, 0), QTimeZone::utc());
    e.costs = {{CostCategory::Ticket, 100, QStringLiteral("EUR"), 1.0, {}}, {CostCategory::Travel, 200, QStringLiteral("EUR"), 1.0, {}}};
    e.id = store.insert(e).value();
    const auto costIds = [&] {
        QList<qint64> ids;
        const TableRows table = TableDump(db.db()).read(QStringLiteral("event_costs")).value();
        for (const QVariantList &row : table.rows)
            ids << row.at(0).toLongLong();
        return ids;
    };
    ASSERT_EQ(costIds(), (QList<qint64>{1, 2}));
    e.costs[1].amountMinor = 250;                                                     // changed in place
    e.costs.append({CostCategory::Stay, 300, QStringLiteral("EUR"), 1.0, {}});        // added
    ASSERT_TRUE(store.update(e));
    EXPECT_EQ(costIds(), (QList<qint64>{1, 2, 3}));
    EXPECT_EQ(store.get(e.id).value().costs, e.costs);
    e.costs.removeFirst();
    ASSERT_TRUE(store.update(e));
    EXPECT_EQ(store.get(e.id).value().costs, e.costs);
}

// An event without DTSTART (outside an iTIP message) or ending before it starts is an error: the
// file is refused, with the lines, unless the broken events are to be skipped. Harmless things
// (an unknown property, an EXDATE that excludes nothing) stay warnings.
TEST(CalendarImport, EventsWithoutStartOrEndingBeforeTheyStartRefuseTheFile)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    const QByteArray ics = test::readFixture(QStringLiteral("formats/ical/broken-times.ics"));
    const auto refused = importBytes(db.db(), clock, ics);
    ASSERT_FALSE(refused.ok());
    ASSERT_EQ(refused.errors.size(), 2);
    EXPECT_EQ(refused.errors[0].line, 12); // BEGIN:VEVENT of the event without DTSTART
    EXPECT_EQ(refused.errors[0].message, QStringLiteral("the event has no DTSTART: no date to put it on"));
    EXPECT_EQ(refused.errors[1].line, 20); // its DTEND
    EXPECT_EQ(refused.errors[1].message,
              QStringLiteral("the event ends (2027-01-01T09:00:00Z) before it starts (2027-01-01T10:00:00Z)"));
    EXPECT_EQ(EventStore(db.db()).count().value(), 0);

    ImportOptions skip = calendarOptions();
    skip.skipInvalid = true;
    const auto skipped = importBytes(db.db(), clock, ics, skip);
    ASSERT_TRUE(skipped.ok());
    EXPECT_EQ(skipped.summary(), QStringLiteral("added 2, updated 0, unchanged 0, skipped 2"));
    QStringList listed;
    for (const ImportRecord &r : skipped.records)
        if (r.action == ImportAction::Skipped)
            listed << QStringLiteral("%1 %2").arg(r.line).arg(r.label);
    EXPECT_EQ(listed, (QStringList{QStringLiteral("12 No start"), QStringLiteral("20 Backwards")}));
    QStringList warnings;
    for (const Diagnostic &w : skipped.warnings)
        warnings << QStringLiteral("%1 %2").arg(w.line).arg(w.message);
    EXPECT_EQ(warnings, QStringList{QStringLiteral("10 EXDATE 2027-01-01T10:30:00Z is not the start of any instance: nothing excluded")});

    // In an iTIP message an event need not have a DTSTART: it is skipped, not an error.
    QByteArray request = ics;
    request.replace("PRODID:-//test//EN\r\n", "PRODID:-//test//EN\r\nMETHOD:REQUEST\r\n");
    request.replace("DTEND:20270101T090000Z\r\n", "");
    test::TempDatabase other;
    const auto itip = importBytes(other.db(), clock, request);
    ASSERT_TRUE(itip.ok()) << itip.errors.value(0).message.toStdString();
    EXPECT_EQ(itip.summary(), QStringLiteral("added 3, updated 0, unchanged 0, skipped 1"));
}
