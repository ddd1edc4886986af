// iCalendar through the real binary: all-day dates that do not move with TZ, and broken events that
// refuse the import unless --skip-invalid.
#include "tests/support/CliRunner.h"
#include "tests/support/Fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using foothold::test::CliRunner;

namespace {

QJsonArray events(CliRunner &cli)
{
    const auto r = cli.run({QStringLiteral("list"), QStringLiteral("events"), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

} // namespace

TEST(CliCalendar, AllDayDatesAreTheSameUnderAnotherTz)
{
    CliRunner cli;
    cli.environment().insert(QStringLiteral("TZ"), QStringLiteral("Asia/Tokyo"));
    const auto added = cli.run({QStringLiteral("add"), QStringLiteral("event"), QStringLiteral("--name"), QStringLiteral("Career fair"),
                                QStringLiteral("--kind"), QStringLiteral("career-fair"), QStringLiteral("--start"), QStringLiteral("2027-05-01"),
                                QStringLiteral("--end"), QStringLiteral("2027-05-02")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    cli.environment().insert(QStringLiteral("TZ"), QStringLiteral("America/New_York"));
    const QJsonArray list = events(cli);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].toObject().value(QLatin1String("start")).toString(), QStringLiteral("2027-05-01T00:00:00Z"));
    EXPECT_EQ(list[0].toObject().value(QLatin1String("end")).toString(), QStringLiteral("2027-05-02T23:59:59Z"));
    const auto exported = cli.run({QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("-")});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.contains(QStringLiteral("DTSTART;VALUE=DATE:20270501\r\nDTEND;VALUE=DATE:20270503\r\n"))) << exported.out.toStdString();
}

TEST(CliCalendar, BrokenEventsFailTheImportUnlessSkipped)
{
    CliRunner cli;
    const QString file = foothold::test::fixturePath(QStringLiteral("formats/ical/broken-times.ics"));
    const auto refused = cli.run({QStringLiteral("import"), QStringLiteral("ics"), file});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(file + QStringLiteral(":12: the event has no DTSTART"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(file + QStringLiteral(":20: the event ends (2027-01-01T09:00:00Z) before it starts")));
    EXPECT_TRUE(events(cli).isEmpty());
    const auto skipped = cli.run({QStringLiteral("import"), QStringLiteral("ics"), file, QStringLiteral("--skip-invalid")});
    EXPECT_EQ(skipped.exitCode, 0) << skipped.err.toStdString();
    EXPECT_EQ(skipped.out, QStringLiteral("added 2, updated 0, unchanged 0, skipped 2\n"));
    EXPECT_TRUE(skipped.err.contains(file + QStringLiteral(":12: skipped: No start")));
    EXPECT_EQ(events(cli).size(), 2);
}

TEST(CliCalendar, AnAllDayEventTakesNoTimeOnItsEndAndNoUnknownZone)
{
    CliRunner cli;
    const QStringList base{QStringLiteral("add"), QStringLiteral("event"), QStringLiteral("--name"), QStringLiteral("Career fair"),
                           QStringLiteral("--kind"), QStringLiteral("career-fair"), QStringLiteral("--start"), QStringLiteral("2027-05-01")};
    const auto timedEnd = cli.run(base + QStringList{QStringLiteral("--end"), QStringLiteral("2027-05-01T15:00")});
    EXPECT_EQ(timedEnd.exitCode, 1);
    EXPECT_TRUE(timedEnd.err.contains(QStringLiteral("end: “2027-05-01T15:00” has a time, but the start is a date"))) << timedEnd.err.toStdString();
    const auto badZone = cli.run(base + QStringList{QStringLiteral("--tz"), QStringLiteral("Mars/Olympus")});
    EXPECT_EQ(badZone.exitCode, 1);
    EXPECT_TRUE(badZone.err.contains(QStringLiteral("tz: “Mars/Olympus” is not a known time zone"))) << badZone.err.toStdString();
    EXPECT_TRUE(events(cli).isEmpty());
    // A timed start with a date as its end still means "through that day".
    const auto through = cli.run({QStringLiteral("add"), QStringLiteral("event"), QStringLiteral("--name"), QStringLiteral("Meetup"),
                                  QStringLiteral("--kind"), QStringLiteral("meetup"), QStringLiteral("--start"), QStringLiteral("2027-05-01T18:00"),
                                  QStringLiteral("--end"), QStringLiteral("2027-05-01"), QStringLiteral("--tz"), QStringLiteral("UTC")});
    EXPECT_EQ(through.exitCode, 0) << through.err.toStdString();
    ASSERT_EQ(events(cli).size(), 1);
    EXPECT_EQ(events(cli)[0].toObject().value(QLatin1String("end")).toString(), QStringLiteral("2027-05-01T23:59:59Z"));
}
