// All-day events are dates, the same on every machine (core/domain/AllDay.h): made, stored, listed,
// exported and re-imported under one TZ and read under another, they keep their days.
#include "core/domain/AllDay.h"
#include "core/domain/TimeInput.h"
#include "core/domain/Validation.h"
#include "core/services/AgendaImport.h"
#include "core/services/CalendarImporter.h"
#include "core/services/Export.h"
#include "core/services/QuickCapture.h"
#include "core/services/TodayAgenda.h"
#include "core/storage/AgendaSessionStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/EventPlannerStore.h"
#include "core/storage/EventStore.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlSupport.h"
#include "core/util/IsoTime.h"
#include "tests/support/TempDatabase.h"

#include <gtest/gtest.h>

#include <ctime>

using namespace foothold;

namespace {

// The machine's zone for one scope, as a change of TZ (or another machine) would give it.
class ScopedTz {
public:
    explicit ScopedTz(const char *zone) : m_had(qEnvironmentVariableIsSet("TZ")), m_old(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~ScopedTz()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }
    ScopedTz(const ScopedTz &) = delete;
    ScopedTz &operator=(const ScopedTz &) = delete;

private:
    bool m_had;
    QByteArray m_old;
};

ImportOptions machineOptions()
{
    ImportOptions o;
    o.sourceName = QStringLiteral("fair.ics");
    o.calendar.now = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc());
    o.calendar.floatingZone = QTimeZone::systemTimeZone(); // as the CLI and the app read files
    return o;
}

const QByteArray kFair = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:fair@x.example\r\n"
                         "DTSTAMP:20270101T000000Z\r\nDTSTART;VALUE=DATE:20270310\r\nDTEND;VALUE=DATE:20270312\r\n"
                         "SUMMARY:Career fair\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

// WestConf, all day on 26 and 27 October 2026: the conference the agenda tests import into.
EventId insertWestConf(test::TempDatabase &db, const Clock &clock)
{
    Event conf;
    conf.name = QStringLiteral("WestConf");
    conf.kind = EventKind::Conference;
    setAllDay(conf, QDate(2026, 10, 26), QDate(2026, 10, 27));
    return EventStore(db.db(), clock).insert(conf).value();
}

} // namespace

TEST(AllDayEvent, TypedDatesAreTheSameUnderEveryZone)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    {
        ScopedTz tokyo("Asia/Tokyo");
        auto start = parseTimeInput(QStringLiteral("2027-05-01"), QStringLiteral("start"));
        auto end = parseTimeInput(QStringLiteral("2027-05-02"), QStringLiteral("end"), {}, QTime(23, 59, 59));
        ASSERT_TRUE(start && end);
        Event fair;
        fair.name = QStringLiteral("Career fair");
        fair.kind = EventKind::CareerFair;
        setAllDay(fair, start->date, end->date);
        ASSERT_TRUE(EventStore(db.db(), clock).insert(fair));
    }
    for (const char *zone : {"America/New_York", "Asia/Tokyo", "UTC", "Pacific/Auckland"}) {
        ScopedTz tz(zone);
        SCOPED_TRACE(zone);
        const Event stored = EventStore(db.db()).list().value(0);
        EXPECT_EQ(isoUtc(stored.start), QStringLiteral("2027-05-01T00:00:00Z"));
        EXPECT_EQ(isoUtc(stored.end), QStringLiteral("2027-05-02T23:59:59Z"));
        EXPECT_EQ(stored.timeZone, QStringLiteral("UTC"));
        const QByteArray ics = exportCalendar(db.db(), clock).value();
        EXPECT_TRUE(ics.contains("DTSTART;VALUE=DATE:20270501\r\nDTEND;VALUE=DATE:20270503\r\n")) << ics.toStdString();
    }
}

TEST(AllDayEvent, ImportedDatesExportAndReimportTheSameUnderAnotherZone)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    {
        ScopedTz tokyo("Asia/Tokyo");
        const auto added = CalendarImporter(db.db(), clock).import(kFair, machineOptions());
        ASSERT_TRUE(added.ok());
        EXPECT_EQ(added.summary(), QStringLiteral("added 1, updated 0, unchanged 0, skipped 0"));
    }
    ScopedTz utc("UTC");
    const Event stored = EventStore(db.db()).list().value(0);
    EXPECT_EQ(allDayFirst(stored), QDate(2027, 3, 10));
    EXPECT_EQ(allDayLast(stored), QDate(2027, 3, 11));
    const QByteArray ics = exportCalendar(db.db(), clock).value();
    EXPECT_TRUE(ics.contains("DTSTART;VALUE=DATE:20270310\r\nDTEND;VALUE=DATE:20270312\r\n")) << ics.toStdString();
    for (const char *zone : {"America/New_York", "Pacific/Kiritimati"}) {
        ScopedTz tz(zone);
        const auto again = CalendarImporter(db.db(), clock).import(kFair, machineOptions());
        ASSERT_TRUE(again.ok());
        EXPECT_EQ(again.summary(), QStringLiteral("added 0, updated 0, unchanged 1, skipped 0")) << zone;
    }
}

TEST(AllDayEvent, OnlyTheCanonicalFormIsStored)
{
    Event e;
    e.name = QStringLiteral("Fair");
    e.allDay = true;
    e.start = QDateTime(QDate(2027, 5, 1), QTime(0, 0), QTimeZone("Asia/Tokyo")).toUTC(); // the old form
    EXPECT_FALSE(validate(e).isEmpty());
    setAllDay(e, QDate(2027, 5, 1));
    EXPECT_TRUE(validate(e).isEmpty());
    e.end = QDateTime(QDate(2027, 5, 2), QTime(12, 0), QTimeZone::utc());
    EXPECT_FALSE(validate(e).isEmpty());
}

// The Today page: an all-day event lasts its whole day on the reader's calendar, not its UTC day.
TEST(AllDayEvent, TodayShowsItForTheWholeLocalDay)
{
    ScopedTz ny("America/New_York");
    test::TempDatabase db;
    Event fair;
    fair.name = QStringLiteral("Career fair");
    fair.kind = EventKind::CareerFair;
    setAllDay(fair, QDate(2027, 5, 1));
    ASSERT_TRUE(EventStore(db.db(), test::fixedClock()).insert(fair));
    const auto upcomingAt = [&](QDateTime local) {
        const FixedClock clock(local.toUTC());
        auto agenda = loadAgenda(db.db(), clock);
        EXPECT_TRUE(agenda.ok());
        return agenda ? agenda->upcoming : QList<UpcomingItem>();
    };
    const QTimeZone zone("America/New_York");
    // 20:00 on May 1 in New York is already May 2 in UTC: the fair is still today.
    const auto evening = upcomingAt(QDateTime(QDate(2027, 5, 1), QTime(20, 0), zone));
    ASSERT_EQ(evening.size(), 1);
    EXPECT_EQ(evening.first().at, QDateTime(QDate(2027, 5, 1), QTime(4, 0), QTimeZone::utc())); // New York's midnight
    // The next morning it is over, though UTC's May 2 is not.
    EXPECT_TRUE(upcomingAt(QDateTime(QDate(2027, 5, 2), QTime(9, 0), zone)).isEmpty());
    // The evening before, in the 14 days ahead.
    EXPECT_EQ(upcomingAt(QDateTime(QDate(2027, 4, 30), QTime(21, 0), zone)).size(), 1);
}

// Migration 0008 turns the rows of schema 7 (midnights where they were entered) into dates.
TEST(AllDayEvent, MigrationFromVersion7KeepsTheDaysTheyWereEnteredOn)
{
    ScopedTz tokyo("Asia/Tokyo"); // the machine they were entered on
    test::TempDatabase db(Database::Options{.targetVersion = 7});
    ASSERT_EQ(db->schemaVersion(), 7);
    // name, start, end, zone, all-day
    const QList<QVariantList> rows = {
        // add event --start 2027-05-01 --end 2027-05-02 in Tokyo (UTC+9)
        {QStringLiteral("Tokyo fair"), QStringLiteral("2027-04-30T15:00:00Z"), QStringLiteral("2027-05-02T14:59:59Z"), QStringLiteral(""), 1},
        // an .ics date in Tokyo, no end
        {QStringLiteral("Tokyo day"), QStringLiteral("2027-03-09T15:00:00Z"), QVariant(QMetaType(QMetaType::QString)), QStringLiteral(""), 1},
        // the editor with a zone: New York's midnights (UTC-4 in May)
        {QStringLiteral("NY fair"), QStringLiteral("2027-05-01T04:00:00Z"), QStringLiteral("2027-05-03T03:59:59Z"),
         QStringLiteral("America/New_York"), 1},
        // Auckland (UTC+12 in June): the day before in UTC
        {QStringLiteral("Auckland fair"), QStringLiteral("2027-05-31T12:00:00Z"), QStringLiteral("2027-06-01T11:59:59Z"),
         QStringLiteral("Pacific/Auckland"), 1},
        // Honolulu (UTC-10)
        {QStringLiteral("Honolulu fair"), QStringLiteral("2027-08-01T10:00:00Z"), QStringLiteral("2027-08-02T09:59:59Z"),
         QStringLiteral("Pacific/Honolulu"), 1},
        // a timed event is left alone
        {QStringLiteral("Meetup"), QStringLiteral("2027-05-01T16:00:00Z"), QStringLiteral("2027-05-01T18:00:00Z"),
         QStringLiteral("Europe/Berlin"), 0},
    };
    for (const QVariantList &row : rows)
        ASSERT_TRUE(sql::run(db->connection(),
                             QStringLiteral("INSERT INTO events(name, kind, start_utc, end_utc, time_zone, all_day, created_at, updated_at) "
                                            "VALUES (?, 'career-fair', ?, ?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"),
                             row)
                        .ok());
    ASSERT_TRUE(migrations::migrate(db->connection(), 8).ok());
    EXPECT_EQ(db->schemaVersion(), 8);
    QStringList got;
    auto q = sql::prepare(db->connection(), QStringLiteral("SELECT name, start_utc, coalesce(end_utc, '-'), time_zone FROM events ORDER BY id"));
    ASSERT_TRUE(q && sql::exec(*q));
    while (q->next())
        got << QStringLiteral("%1 %2 %3 %4").arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString());
    EXPECT_EQ(got, (QStringList{
                       QStringLiteral("Tokyo fair 2027-05-01T00:00:00Z 2027-05-02T23:59:59Z UTC"),
                       QStringLiteral("Tokyo day 2027-03-10T00:00:00Z - UTC"),
                       QStringLiteral("NY fair 2027-05-01T00:00:00Z 2027-05-02T23:59:59Z UTC"),
                       QStringLiteral("Auckland fair 2027-06-01T00:00:00Z 2027-06-01T23:59:59Z UTC"),
                       QStringLiteral("Honolulu fair 2027-08-01T00:00:00Z 2027-08-01T23:59:59Z UTC"),
                       QStringLiteral("Meetup 2027-05-01T16:00:00Z 2027-05-01T18:00:00Z Europe/Berlin"),
                   }));
    // And they are what the store now takes.
    for (const Event &e : EventStore(db.db()).list())
        EXPECT_TRUE(validate(e).isEmpty()) << e.name.toStdString();
}

// The events planner: upcoming until its last local day is over; busy for its local days.
TEST(AllDayEvent, PlannerTakesItsLocalDays)
{
    ScopedTz ny("America/New_York");
    test::TempDatabase db;
    Event fair;
    fair.name = QStringLiteral("Career fair");
    fair.kind = EventKind::CareerFair;
    setAllDay(fair, QDate(2027, 5, 1));
    ASSERT_TRUE(EventStore(db.db(), test::fixedClock()).insert(fair));
    EventPlannerStore planner(db.db());
    const QTimeZone zone("America/New_York");
    EXPECT_EQ(planner.rankingFacts(QDateTime(QDate(2027, 5, 1), QTime(21, 0), zone).toUTC()).value().size(), 1);
    EXPECT_TRUE(planner.rankingFacts(QDateTime(QDate(2027, 5, 2), QTime(9, 0), zone).toUTC()).value().isEmpty());
    QStringList labels;
    const auto spans = planner.busySpans(QDateTime(QDate(2027, 5, 1), QTime(0, 0), zone).toUTC(), labels).value();
    ASSERT_EQ(spans.size(), 1);
    EXPECT_EQ(isoUtc(spans.first().start), QStringLiteral("2027-05-01T04:00:00Z"));
    EXPECT_EQ(isoUtc(spans.first().end), QStringLiteral("2027-05-02T03:59:59Z"));
}

// A conference entered as all-day dates: its sessions are those on its dates where they are held,
// an evening session in Los Angeles (the next day in UTC) included.
TEST(AllDayEvent, AgendaSessionsOnItsDatesWhereTheyAreHeld)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    const EventId id = insertWestConf(db, clock);
    const QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                           "BEGIN:VEVENT\r\nUID:a@west\r\nDTSTART;TZID=America/Los_Angeles:20261027T173000\r\nSUMMARY:Closing\r\nEND:VEVENT\r\n"
                           "BEGIN:VEVENT\r\nUID:b@west\r\nDTSTART;TZID=America/Los_Angeles:20261028T090000\r\nSUMMARY:After\r\nEND:VEVENT\r\n"
                           "END:VCALENDAR\r\n";
    auto result = importAgenda(db.db(), id, ics, QStringLiteral("west.ics"), clock.nowUtc());
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result->merge.added, 1);
    EXPECT_EQ(result->warnings.size(), 1); // "After" is outside its dates
}

// Sessions with no zone of their own (in UTC, or floating) of an all-day conference are read where
// the user is, as before all-day events became dates: an evening session in Los Angeles, written
// in UTC (the next day there), is on the conference's last day; a floating 09:00 is 09:00 local.
TEST(AllDayEvent, AgendaSessionsWithoutAZoneAreReadWhereTheUserIs)
{
    ScopedTz la("America/Los_Angeles");
    auto clock = test::fixedClock();
    test::TempDatabase db;
    const EventId id = insertWestConf(db, clock);
    const QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                           "BEGIN:VEVENT\r\nUID:a@west\r\nDTSTART:20261028T003000Z\r\nSUMMARY:Closing\r\nEND:VEVENT\r\n"
                           "BEGIN:VEVENT\r\nUID:b@west\r\nDTSTART:20261027T090000\r\nSUMMARY:Morning\r\nEND:VEVENT\r\n"
                           "END:VCALENDAR\r\n";
    auto result = importAgenda(db.db(), id, ics, QStringLiteral("west.ics"), clock.nowUtc());
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result->merge.added, 2);
    EXPECT_TRUE(result->warnings.isEmpty());
    ASSERT_EQ(result->sessions.size(), 2);
    for (const AgendaSession &session : result->sessions) {
        EXPECT_EQ(session.timeZone, QStringLiteral("America/Los_Angeles")) << session.title.toStdString();
        if (session.title == QLatin1String("Morning"))
            EXPECT_EQ(isoUtc(session.start), QStringLiteral("2026-10-27T16:00:00Z")); // 09:00 PDT
        else
            EXPECT_EQ(isoUtc(session.start), QStringLiteral("2026-10-28T00:30:00Z"));
    }
}

// A session that cannot be read refuses an agenda, unless the user asks to leave such out.
TEST(AllDayEvent, ABrokenSessionRefusesTheAgendaUnlessSkipped)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    const EventId id = insertWestConf(db, clock);
    const QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                           "BEGIN:VEVENT\r\nUID:a@west\r\nDTSTART;TZID=America/Los_Angeles:20261026T100000\r\nSUMMARY:Keynote\r\nEND:VEVENT\r\n"
                           "BEGIN:VEVENT\r\nUID:b@west\r\nSUMMARY:Lost\r\nEND:VEVENT\r\n"
                           "END:VCALENDAR\r\n";
    auto refused = importAgenda(db.db(), id, ics, QStringLiteral("west.ics"), clock.nowUtc());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().toString().contains(QLatin1String("west.ics:9"))) << refused.error().toString().toStdString();
    EXPECT_TRUE(AgendaSessionStore(db.db()).list(id).isEmpty());

    auto skipped = importAgenda(db.db(), id, ics, QStringLiteral("west.ics"), clock.nowUtc(), true);
    ASSERT_TRUE(skipped.ok()) << skipped.error().toString().toStdString();
    EXPECT_EQ(skipped->merge.added, 1);
    ASSERT_EQ(skipped->warnings.size(), 1);
    EXPECT_EQ(skipped->warnings.first().line, 9);
    EXPECT_TRUE(skipped->warnings.first().message.startsWith(QLatin1String("left out: ")));
}

// Someone met at an all-day fair in New York at 20:30 on its last day (00:30 UTC the next day)
// was met on that last day, the user's own date, not UTC's.
TEST(AllDayEvent, QuickCaptureDatesTheContactByTheUsersOwnDay)
{
    ScopedTz ny("America/New_York");
    const FixedClock clock(QDateTime(QDate(2027, 5, 3), QTime(0, 30), QTimeZone::utc()));
    test::TempDatabase db;
    Event fair;
    fair.name = QStringLiteral("Career fair");
    fair.kind = EventKind::CareerFair;
    setAllDay(fair, QDate(2027, 5, 1), QDate(2027, 5, 2));
    const EventId id = EventStore(db.db(), clock).insert(fair).value();
    auto captured = QuickCapture(db.db(), clock).capture(id, {QStringLiteral("Tom Reyes"), {}, {}});
    ASSERT_TRUE(captured.ok()) << captured.error().toString().toStdString();
    EXPECT_EQ(ContactStore(db.db(), clock).get(captured->contact).value().connectedOn, QDate(2027, 5, 2));
}
