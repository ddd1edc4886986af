#include "tests/support/CliRunner.h"
#include "tests/support/Fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using foothold::test::CliRunner;
using foothold::test::fixturePath;

namespace {

QString fixture(const char *relative)
{
    return fixturePath(QStringLiteral("formats/") + QLatin1String(relative));
}

QJsonArray listJson(CliRunner &cli, const char *kind)
{
    const auto listed = cli.run({QStringLiteral("list"), QString::fromLatin1(kind), QStringLiteral("--json")});
    EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    return QJsonDocument::fromJson(listed.out.toUtf8()).array();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

} // namespace

TEST(CliImport, LinkedInPrintsTheSummaryAndIsIdempotent)
{
    CliRunner cli;
    auto first = cli.run({QStringLiteral("import"), QStringLiteral("linkedin"), fixture("linkedin/connections-standard.csv")});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(first.out, QStringLiteral("added 4, updated 0, unchanged 0, skipped 1\n"));
    EXPECT_TRUE(first.err.contains(QLatin1String("connections-standard.csv:8: skipped:")));

    auto later = cli.run({QStringLiteral("import"), QStringLiteral("linkedin"), fixture("linkedin/connections-later.csv")});
    ASSERT_EQ(later.exitCode, 0);
    EXPECT_EQ(later.out, QStringLiteral("added 2, updated 2, unchanged 2, skipped 0\n"));
    EXPECT_TRUE(later.err.contains(QLatin1String("connections-later.csv:9: likely duplicate: Ana Lima")));

    auto again = cli.run({QStringLiteral("import"), QStringLiteral("linkedin"), fixture("linkedin/connections-later.csv")});
    EXPECT_EQ(again.out, QStringLiteral("added 0, updated 0, unchanged 6, skipped 0\n"));
    EXPECT_EQ(listJson(cli, "contacts").size(), 6);
}

TEST(CliImport, ErrorsNameFileAndLineAndChangeNothing)
{
    CliRunner cli;
    const QString bad = fixture("linkedin/connections-bad-rows.csv");
    auto refused = cli.run({QStringLiteral("import"), QStringLiteral("linkedin"), bad});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.out.isEmpty());
    EXPECT_TRUE(refused.err.contains(bad + QStringLiteral(":6: Connected On “31 Foo 2024” is not a date")));
    EXPECT_TRUE(refused.err.contains(bad + QStringLiteral(":7: ")));
    EXPECT_TRUE(refused.err.contains(bad + QStringLiteral(":8: ")));
    EXPECT_TRUE(refused.err.contains(QLatin1String("foothold-cli: ")));
    EXPECT_EQ(listJson(cli, "contacts").size(), 0);

    auto skipped = cli.run({QStringLiteral("import"), QStringLiteral("linkedin"), bad, QStringLiteral("--skip-invalid")});
    EXPECT_EQ(skipped.exitCode, 0);
    EXPECT_EQ(skipped.out, QStringLiteral("added 1, updated 0, unchanged 0, skipped 3\n"));
    EXPECT_TRUE(skipped.err.contains(bad + QStringLiteral(":6: skipped: Bo Chen: ")));

    auto latin1 = cli.run({QStringLiteral("import"), QStringLiteral("linkedin"), fixture("linkedin/connections-latin1.csv")});
    EXPECT_EQ(latin1.exitCode, 1);
    EXPECT_TRUE(latin1.err.contains(QLatin1String("connections-latin1.csv:6: byte 0xE9 is not UTF-8")));

    auto missing = cli.run({QStringLiteral("import"), QStringLiteral("vcard"), cli.file(QStringLiteral("nope.vcf"))});
    EXPECT_EQ(missing.exitCode, 1);
    auto usage = cli.run({QStringLiteral("import"), QStringLiteral("xml"), bad});
    EXPECT_EQ(usage.exitCode, 2);
}

// vCard as LinkedIn: an invalid value is an error with its line; nothing changes unless
// --skip-invalid, which lists the cards left out and imports the rest.
TEST(CliImport, VCardInvalidValuesAreErrorsUnlessSkipped)
{
    CliRunner cli;
    const QString bad = fixture("vcard/invalid-values.vcf");
    auto refused = cli.run({QStringLiteral("import"), QStringLiteral("vcard"), bad});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.out.isEmpty());
    EXPECT_TRUE(refused.err.contains(bad + QStringLiteral(":20: BDAY “1990-02-30” is not a date\n"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(bad + QStringLiteral(":21: “notanemail” is not an e-mail address\n")));
    EXPECT_TRUE(refused.err.contains(bad + QStringLiteral(":33: PHOTO is not valid base64\n")));
    EXPECT_TRUE(refused.err.contains(QLatin1String("foothold-cli: ")));
    EXPECT_EQ(listJson(cli, "contacts").size(), 0);

    auto skipped = cli.run({QStringLiteral("import"), QStringLiteral("vcard"), bad, QStringLiteral("--skip-invalid")});
    EXPECT_EQ(skipped.exitCode, 0) << skipped.err.toStdString();
    EXPECT_EQ(skipped.out, QStringLiteral("added 3, updated 0, unchanged 0, skipped 2\n"));
    EXPECT_TRUE(skipped.err.contains(bad + QStringLiteral(":20: skipped: Cy Bad: BDAY “1990-02-30” is not a date; "
                                                          "“notanemail” is not an e-mail address")));
    EXPECT_TRUE(skipped.err.contains(bad + QStringLiteral(":33: skipped: Ed Photo: ")));
    // Valid values Foothold does not keep stay warnings.
    EXPECT_TRUE(skipped.err.contains(bad + QStringLiteral(":12: warning: a birthday without a year (--0415)")));
    EXPECT_EQ(listJson(cli, "contacts").size(), 3);
}

TEST(CliImport, DryRunChangesNothing)
{
    CliRunner cli;
    auto dry = cli.run({QStringLiteral("import"), QStringLiteral("vcard"), fixture("vcard/v30-apple.vcf"), QStringLiteral("--dry-run")});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_EQ(dry.out, QStringLiteral("added 1, updated 0, unchanged 0, skipped 0\n"));
    EXPECT_TRUE(dry.err.contains(QLatin1String("dry run")));
    EXPECT_EQ(listJson(cli, "contacts").size(), 0);
    EXPECT_EQ(listJson(cli, "companies").size(), 0);
}

TEST(CliImport, CalendarEventsListInUtc)
{
    CliRunner cli;
    auto imported = cli.run({QStringLiteral("import"), QStringLiteral("ics"), fixture("ical/conference.ics")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(imported.out, QStringLiteral("added 10, updated 0, unchanged 0, skipped 1\n"));
    bool found = false;
    for (const auto &value : listJson(cli, "events")) {
        const QJsonObject e = value.toObject();
        if (e.value(QLatin1String("name")).toString() != QLatin1String("Keynote: Rust in production"))
            continue;
        found = true;
        EXPECT_EQ(e.value(QLatin1String("start")).toString(), QStringLiteral("2027-04-15T07:00:00Z"));
        EXPECT_EQ(e.value(QLatin1String("end")).toString(), QStringLiteral("2027-04-15T08:30:00Z"));
        EXPECT_EQ(e.value(QLatin1String("time_zone")).toString(), QStringLiteral("Europe/Berlin"));
    }
    EXPECT_TRUE(found);
}

TEST(CliList, EventStartAndEndAreUtcIso8601)
{
    CliRunner cli;
    auto added = cli.run({QStringLiteral("add"), QStringLiteral("event"), QStringLiteral("--name"), QStringLiteral("Meetup"),
                          QStringLiteral("--kind"), QStringLiteral("meetup"), QStringLiteral("--start"), QStringLiteral("2027-04-15T09:00"),
                          QStringLiteral("--end"), QStringLiteral("2027-04-15T11:00"), QStringLiteral("--tz"), QStringLiteral("Europe/Berlin")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QJsonArray events = listJson(cli, "events");
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].toObject().value(QLatin1String("start")).toString(), QStringLiteral("2027-04-15T07:00:00Z"));
    EXPECT_EQ(events[0].toObject().value(QLatin1String("end")).toString(), QStringLiteral("2027-04-15T09:00:00Z"));
}

TEST(CliExport, EveryFormatAndBackupRestore)
{
    CliRunner cli;
    ASSERT_EQ(cli.run({QStringLiteral("import"), QStringLiteral("linkedin"), fixture("linkedin/connections-standard.csv")}).exitCode, 0);
    ASSERT_EQ(cli.run({QStringLiteral("import"), QStringLiteral("ics"), fixture("ical/conference.ics")}).exitCode, 0);
    ASSERT_EQ(cli.run({QStringLiteral("add"), QStringLiteral("contact"), QStringLiteral("--name"), QStringLiteral("=cmd|calc")}).exitCode, 0);

    const QString vcf = cli.file(QStringLiteral("out.vcf"));
    auto vcard = cli.run({QStringLiteral("export"), QStringLiteral("vcard"), vcf});
    ASSERT_EQ(vcard.exitCode, 0) << vcard.err.toStdString();
    EXPECT_EQ(readFile(vcf).count("BEGIN:VCARD"), 5);

    const QString ics = cli.file(QStringLiteral("out.ics"));
    ASSERT_EQ(cli.run({QStringLiteral("export"), QStringLiteral("ics"), ics}).exitCode, 0);
    EXPECT_EQ(readFile(ics).count("BEGIN:VEVENT"), 10);

    for (const QString &table : {QStringLiteral("contacts"), QStringLiteral("companies"), QStringLiteral("events"),
                                 QStringLiteral("conversations"), QStringLiteral("applications"), QStringLiteral("followups"),
                                 QStringLiteral("interviews")}) {
        const QString csv = cli.file(table + QStringLiteral(".csv"));
        auto written = cli.run({QStringLiteral("export"), QStringLiteral("csv"), csv, QStringLiteral("--table"), table});
        ASSERT_EQ(written.exitCode, 0) << table.toStdString() << written.err.toStdString();
        EXPECT_TRUE(readFile(csv).startsWith("id,")) << table.toStdString();
    }
    const QByteArray contactsCsv = readFile(cli.file(QStringLiteral("contacts.csv")));
    EXPECT_TRUE(contactsCsv.contains("\n5,'=cmd|calc,")) << contactsCsv.constData();
    EXPECT_EQ(contactsCsv.count("\r\n"), 6);
    const QString bom = cli.file(QStringLiteral("bom.csv"));
    ASSERT_EQ(cli.run({QStringLiteral("export"), QStringLiteral("csv"), bom, QStringLiteral("--table"), QStringLiteral("companies"),
                       QStringLiteral("--bom")})
                  .exitCode,
              0);
    EXPECT_TRUE(readFile(bom).startsWith("\xEF\xBB\xBFid,"));
    EXPECT_EQ(cli.run({QStringLiteral("export"), QStringLiteral("csv"), bom, QStringLiteral("--table"), QStringLiteral("nope")}).exitCode, 2);

    const QString backup = cli.file(QStringLiteral("backup.json"));
    ASSERT_EQ(cli.run({QStringLiteral("export"), QStringLiteral("json"), backup}).exitCode, 0);
    const QJsonObject saved = QJsonDocument::fromJson(readFile(backup)).object();
    EXPECT_EQ(saved.value(QLatin1String("format")).toString(), QStringLiteral("foothold-backup"));
    EXPECT_EQ(saved.value(QLatin1String("version")).toInt(), 1);

    // Into an empty database: everything back, ids included.
    CliRunner fresh;
    auto restored = fresh.run({QStringLiteral("restore"), backup});
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    const QString again = fresh.file(QStringLiteral("again.json"));
    ASSERT_EQ(fresh.run({QStringLiteral("export"), QStringLiteral("json"), again}).exitCode, 0);
    EXPECT_EQ(QJsonDocument::fromJson(readFile(again)).object().value(QLatin1String("tables")), saved.value(QLatin1String("tables")));

    // Over data: only with --replace.
    auto refused = fresh.run({QStringLiteral("restore"), backup});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QLatin1String("--replace")));
    EXPECT_EQ(fresh.run({QStringLiteral("restore"), backup, QStringLiteral("--replace")}).exitCode, 0);
}
