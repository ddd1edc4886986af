#include "core/domain/AllDay.h"
#include "core/formats/ICalendarReader.h"
#include "core/formats/ICalendarWriter.h"
#include "core/util/IsoTime.h"
#include "tests/support/Fixtures.h"

#include <QHashSeed>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

CalendarReadOptions options()
{
    CalendarReadOptions o;
    o.now = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc());
    o.floatingZone = QTimeZone("America/New_York");
    return o;
}

const CalendarEvent *find(const CalendarFile &file, const char *uid, const char *instance = "")
{
    for (const auto &e : file.events)
        if (e.uid == QLatin1String(uid) && e.instance == QLatin1String(instance))
            return &e;
    return nullptr;
}

QString utc(const QDateTime &t)
{
    return isoUtc(t);
}

} // namespace

TEST(ICalendarReader, ZonesFloatingAllDayWindowsAndCustom)
{
    const auto file = parseCalendar(test::readFixture(QStringLiteral("formats/ical/conference.ics")), options());
    ASSERT_TRUE(file.errors.isEmpty()) << file.errors.first().toString(QStringLiteral("conference.ics")).toStdString();
    EXPECT_EQ(file.vevents, 9);
    EXPECT_EQ(file.events.size(), 11);

    const auto *keynote = find(file, "keynote@conf.example");
    ASSERT_TRUE(keynote);
    EXPECT_EQ(keynote->line, 20);
    EXPECT_EQ(keynote->event.name, QStringLiteral("Keynote: Rust in production"));
    EXPECT_EQ(utc(keynote->event.start), QStringLiteral("2027-04-15T07:00:00Z"));
    EXPECT_EQ(utc(keynote->event.end), QStringLiteral("2027-04-15T08:30:00Z"));
    EXPECT_EQ(keynote->event.timeZone, QStringLiteral("Europe/Berlin"));
    EXPECT_EQ(keynote->event.location, QStringLiteral("Hall A, Messe Berlin"));
    EXPECT_EQ(keynote->event.notes, QStringLiteral("Opening keynote.\nBring questions."));
    EXPECT_EQ(keynote->event.url, QStringLiteral("https://conf.example/keynote"));
    EXPECT_EQ(keynote->event.tags, (QStringList{QStringLiteral("rust"), QStringLiteral("keynote")}));

    const auto *lunch = find(file, "lunch@conf.example");
    ASSERT_TRUE(lunch);
    EXPECT_EQ(utc(lunch->event.start), QStringLiteral("2027-04-16T12:00:00Z"));
    EXPECT_EQ(lunch->event.timeZone, QStringLiteral("Europe/Lisbon")); // X-WR-TIMEZONE

    const auto *workshops = find(file, "workshops@conf.example");
    ASSERT_TRUE(workshops);
    EXPECT_TRUE(workshops->event.allDay);
    // Dates, in no zone, though the floating zone is New York's (AllDay.h).
    EXPECT_EQ(utc(workshops->event.start), QStringLiteral("2027-04-20T00:00:00Z"));
    EXPECT_EQ(utc(workshops->event.end), QStringLiteral("2027-04-22T23:59:59Z")); // through the 22nd
    EXPECT_EQ(workshops->event.timeZone, QStringLiteral("UTC"));

    const auto *party = find(file, "party@conf.example");
    ASSERT_TRUE(party);
    EXPECT_EQ(utc(party->event.start), QStringLiteral("2027-05-01T22:00:00Z"));
    EXPECT_EQ(utc(party->event.end), QStringLiteral("2027-05-02T00:00:00Z"));
    EXPECT_TRUE(party->event.timeZone.isEmpty());

    const auto *outlook = find(file, "outlook@conf.example");
    ASSERT_TRUE(outlook);
    EXPECT_EQ(utc(outlook->event.start), QStringLiteral("2027-06-10T12:00:00Z"));
    EXPECT_EQ(outlook->event.timeZone, QStringLiteral("Europe/Berlin"));
    EXPECT_FALSE(outlook->event.end.isValid());

    const auto *custom = find(file, "custom@conf.example");
    ASSERT_TRUE(custom);
    EXPECT_EQ(utc(custom->event.start), QStringLiteral("2027-01-15T08:00:00Z"));
    EXPECT_EQ(utc(custom->event.end), QStringLiteral("2027-01-15T08:45:00Z"));

    const auto *cancelled = find(file, "cancelled@conf.example");
    ASSERT_TRUE(cancelled);
    EXPECT_FALSE(cancelled->skipReason.isEmpty());
}

TEST(ICalendarReader, RecurringSeriesWithExdateOverrideAndDst)
{
    const auto file = parseCalendar(test::readFixture(QStringLiteral("formats/ical/conference.ics")), options());
    QStringList starts;
    for (const auto &e : file.events)
        if (e.uid == QLatin1String("meetup@conf.example"))
            starts << e.instance + QLatin1Char('>') + utc(e.event.start);
    EXPECT_EQ(starts, (QStringList{QStringLiteral("2027-03-02T18:00:00Z>2027-03-02T18:00:00Z"),
                                   QStringLiteral("2027-03-09T18:00:00Z>2027-03-09T19:00:00Z"), // moved
                                   QStringLiteral("2027-03-23T18:00:00Z>2027-03-23T18:00:00Z"),
                                   QStringLiteral("2027-03-30T17:00:00Z>2027-03-30T17:00:00Z")})); // summer time
    const auto *moved = find(file, "meetup@conf.example", "2027-03-09T18:00:00Z");
    ASSERT_TRUE(moved);
    EXPECT_EQ(moved->event.name, QStringLiteral("Rust meetup (moved)"));
    EXPECT_EQ(utc(moved->event.end), QStringLiteral("2027-03-09T21:00:00Z"));
}

TEST(ICalendarReader, OpenEndedSeriesIsCutToTheWindow)
{
    const QByteArray ics("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:daily\r\n"
                         "DTSTART:20260101T090000Z\r\nRRULE:FREQ=DAILY\r\nSUMMARY:Standup\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    CalendarReadOptions o = options();
    o.pastDays = 10;
    o.futureDays = 30;
    const auto file = parseCalendar(ics, o);
    ASSERT_TRUE(file.errors.isEmpty());
    ASSERT_EQ(file.events.size(), 40); // 22 Dec 2026 … 30 Jan 2027
    EXPECT_EQ(utc(file.events.first().event.start), QStringLiteral("2026-12-22T09:00:00Z"));
    EXPECT_EQ(utc(file.events.last().event.start), QStringLiteral("2027-01-30T09:00:00Z"));

    o.maxInstances = 5;
    const auto capped = parseCalendar(ics, o);
    EXPECT_EQ(capped.events.size(), 5);
    bool warned = false;
    for (const auto &w : capped.warnings)
        warned = warned || (w.line == 7 && w.message.contains(QLatin1String("more than 5")));
    EXPECT_TRUE(warned);
}

TEST(ICalendarReader, ErrorsNameTheirLines)
{
    auto file = parseCalendar(test::readFixture(QStringLiteral("formats/ical/bad-dtstart.ics")), options());
    ASSERT_TRUE(file.errors.isEmpty());
    ASSERT_EQ(file.events.size(), 3);
    ASSERT_FALSE(file.events[0].errors.isEmpty());
    EXPECT_EQ(file.events[0].errors[0].line, 6);
    EXPECT_TRUE(file.events[0].errors[0].message.contains(QLatin1String("DTSTART")));
    EXPECT_TRUE(file.events[1].errors.isEmpty());
    ASSERT_FALSE(file.events[2].errors.isEmpty());
    EXPECT_EQ(file.events[2].errors[0].line, 17);

    file = parseCalendar(test::readFixture(QStringLiteral("formats/ical/unterminated.ics")), options());
    ASSERT_EQ(file.errors.size(), 1);
    EXPECT_EQ(file.errors[0].line, 8); // END:VCALENDAR where END:VEVENT was expected

    file = parseCalendar(QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n\x01\r\nEND:VCALENDAR\r\n"), options());
    ASSERT_EQ(file.errors.size(), 1);
    EXPECT_EQ(file.errors[0].line, 3);

    file = parseCalendar(QByteArray("garbage"), options());
    ASSERT_EQ(file.errors.size(), 1);
    EXPECT_EQ(file.errors[0].line, 1);
}

TEST(ICalendarReader, BareComponentsAreRead)
{
    const auto file = parseCalendar(test::readFixture(QStringLiteral("formats/ical/fragments.ics")), options());
    ASSERT_TRUE(file.errors.isEmpty());
    EXPECT_EQ(file.vevents, 2);
    EXPECT_EQ(file.events.size(), 4);
}

TEST(ICalendarWriter, EventsRoundTripThroughTheReader)
{
    Event zoned;
    zoned.name = QStringLiteral("Keynote, day 1; \"big\"");
    zoned.kind = EventKind::Conference;
    zoned.status = EventStatus::Registered;
    zoned.start = QDateTime(QDate(2027, 4, 15), QTime(7, 0), QTimeZone::utc());
    zoned.end = QDateTime(QDate(2027, 4, 15), QTime(8, 30), QTimeZone::utc());
    zoned.timeZone = QStringLiteral("Europe/Berlin");
    zoned.location = QStringLiteral("Hall A, Berlin");
    zoned.url = QStringLiteral("https://conf.example/a");
    zoned.notes = QStringLiteral("Line 1\nLine 2; with, punctuation\\");
    zoned.tags = {QStringLiteral("rust"), QStringLiteral("c++ and go")}; // libical writes a comma in a tag as a separator
    Event allDay;
    allDay.name = QStringLiteral("Career fair");
    allDay.kind = EventKind::CareerFair;
    setAllDay(allDay, QDate(2027, 5, 3), QDate(2027, 5, 4));
    Event plain;
    plain.name = QStringLiteral("Webinar");
    plain.start = QDateTime(QDate(2027, 6, 1), QTime(16, 0), QTimeZone::utc());
    // Held in UTC: written as Z times, which alone would read back as floating ones.
    Event inUtc = plain;
    inUtc.name = QStringLiteral("Standup");
    inUtc.timeZone = QStringLiteral("UTC");
    inUtc.end = inUtc.start.addSecs(900);
    // A single day with no end: no DTEND, which reads back as no end.
    Event oneDay;
    oneDay.name = QStringLiteral("Hack day");
    setAllDay(oneDay, QDate(2027, 7, 9));

    ICalendarWriter writer;
    writer.addEvent(zoned, QStringLiteral("foothold-event-1@foothold"));
    writer.addEvent(allDay, QStringLiteral("foothold-event-2@foothold"));
    writer.addEvent(plain, QStringLiteral("foothold-event-3@foothold"));
    writer.addEvent(inUtc, QStringLiteral("foothold-event-4@foothold"));
    writer.addEvent(oneDay, QStringLiteral("foothold-event-5@foothold"));
    writer.addAppointment({QStringLiteral("foothold-round-7-0@foothold"), QStringLiteral("Phone screen"), {}, {},
                           QDateTime(QDate(2027, 2, 1), QTime(15, 0), QTimeZone::utc()), 30, QStringLiteral("interview-round")});
    writer.addTodo({QStringLiteral("foothold-followup-4@foothold"), QStringLiteral("Send thank-you"), {}, QDate(2027, 2, 2), {}});
    const QByteArray ics = writer.toBytes(QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc()));
    EXPECT_TRUE(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin"));
    EXPECT_TRUE(ics.contains("DTSTART;TZID=Europe/Berlin:20270415T090000"));
    EXPECT_TRUE(ics.contains("BEGIN:VTODO"));
    EXPECT_TRUE(ics.contains("DUE;VALUE=DATE:20270202"));

    CalendarReadOptions o = options();
    const auto file = parseCalendar(ics, o);
    ASSERT_TRUE(file.errors.isEmpty()) << file.errors.first().message.toStdString();
    EXPECT_TRUE(file.warnings.isEmpty()) << file.warnings.first().message.toStdString();
    EXPECT_TRUE(ics.contains("DTSTART;VALUE=DATE:20270503\r\nDTEND;VALUE=DATE:20270505\r\n"));
    EXPECT_TRUE(ics.contains("DTSTART;VALUE=DATE:20270709\r\nSUMMARY:Hack day\r\n"));
    EXPECT_TRUE(ics.contains("X-FOOTHOLD-TZID:UTC"));
    EXPECT_EQ(file.otherComponents, 1); // the VTODO
    ASSERT_EQ(file.events.size(), 6);
    const QList<const Event *> written{&zoned, &allDay, &plain, &inUtc, &oneDay};
    for (qsizetype i = 0; i < written.size(); ++i) {
        const Event *original = written.at(i);
        const Event &read = file.events.at(i).event; // (events first, then the round)
        SCOPED_TRACE(original->name.toStdString());
        EXPECT_EQ(read.name, original->name);
        EXPECT_EQ(read.kind, original->kind);
        EXPECT_EQ(read.status, original->status);
        EXPECT_EQ(read.start, original->start);
        EXPECT_EQ(read.end, original->end);
        EXPECT_EQ(read.timeZone, original->timeZone);
        EXPECT_EQ(read.allDay, original->allDay);
        EXPECT_EQ(read.location, original->location);
        EXPECT_EQ(read.url, original->url);
        EXPECT_EQ(read.notes, original->notes);
        EXPECT_EQ(read.tags, original->tags);
    }
    EXPECT_EQ(file.events[5].origin, QStringLiteral("interview-round"));
    EXPECT_EQ(utc(file.events[5].event.end), QStringLiteral("2027-02-01T15:30:00Z"));
    EXPECT_FALSE(file.events[4].event.end.isValid());
}

// X-WR-TIMEZONE is taken only when it names a zone the zone database knows: Qt alone would read
// "Eastern" or "UTC+5" as POSIX rules (the latter five hours west of UTC).
TEST(ICalendarReader, CalendarZoneThatIsNoKnownZoneIsIgnored)
{
    auto calendar = [](const char *zone) {
        return QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-WR-TIMEZONE:") + zone +
               "\r\nBEGIN:VEVENT\r\nUID:a@x.example\r\nDTSTAMP:20270101T000000Z\r\nDTSTART:20270301T120000Z\r\n"
               "DTEND:20270301T130000Z\r\nSUMMARY:Meetup\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    };
    for (const char *zone : {"Eastern", "UTC+5", "CUSTOM"}) {
        const auto file = parseCalendar(calendar(zone), options());
        ASSERT_TRUE(file.errors.isEmpty()) << zone;
        ASSERT_EQ(file.events.size(), 1) << zone;
        EXPECT_TRUE(file.events.first().event.timeZone.isEmpty()) << zone;
        EXPECT_EQ(utc(file.events.first().event.start), QStringLiteral("2027-03-01T12:00:00Z")) << zone;
    }
    const auto known = parseCalendar(calendar("Europe/Lisbon"), options());
    ASSERT_EQ(known.events.size(), 1);
    EXPECT_EQ(known.events.first().event.timeZone, QStringLiteral("Europe/Lisbon"));
}

// EXDATEs that exclude nothing are each warned about, in time order whatever the file's order,
// and in the same order from run to run (they were said in a QSet's order, which follows the hash
// seed Qt picks afresh for every process; a new seed per round stands in for a new run).
TEST(ICalendarReader, ExdatesThatExcludeNothingAreWarnedAboutInTimeOrder)
{
    const QByteArray ics("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:daily\r\n"
                         "DTSTART:20270101T090000Z\r\nRRULE:FREQ=DAILY;COUNT=10\r\nSUMMARY:Standup\r\n"
                         "EXDATE:20270105T100000Z\r\nEXDATE:20270102T100000Z\r\nEXDATE:20270106T100000Z\r\n"
                         "EXDATE:20270103T090000Z\r\nEXDATE:20270104T100000Z\r\nEXDATE:20270103T100000Z\r\n"
                         "END:VEVENT\r\nEND:VCALENDAR\r\n");
    const QStringList expected{QStringLiteral("2027-01-02T10:00:00Z"), QStringLiteral("2027-01-03T10:00:00Z"),
                               QStringLiteral("2027-01-04T10:00:00Z"), QStringLiteral("2027-01-05T10:00:00Z"),
                               QStringLiteral("2027-01-06T10:00:00Z")};
    for (int round = 0; round < 6; ++round) {
        QHashSeed::resetRandomGlobalSeed();
        const auto file = parseCalendar(ics, options());
        ASSERT_TRUE(file.errors.isEmpty());
        ASSERT_EQ(file.events.size(), 9); // 3 January 09:00 is excluded
        QStringList warned;
        for (const auto &w : file.warnings)
            if (w.message.contains(QLatin1String("is not the start of any instance")))
                warned << w.message.section(QLatin1Char(' '), 1, 1);
        EXPECT_EQ(warned, expected) << "round " << round;
    }
}
