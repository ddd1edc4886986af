// What the CLI says and leaves behind: lists that hold what the records hold, each import error
// once, restore errors that name the row, no file left by a failed restore, names as stored.
#include "tests/support/CliRunner.h"
#include "tests/support/Fixtures.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

using foothold::test::CliRunner;
using foothold::test::fixturePath;

namespace {

QString fixture(const char *relative)
{
    return fixturePath(QStringLiteral("formats/") + QLatin1String(relative));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    file.write(bytes);
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST(CliListContacts, JsonHoldsTheHistoryAnImportRecorded)
{
    CliRunner cli;
    ASSERT_EQ(cli.run({QStringLiteral("import"), QStringLiteral("linkedin"), fixture("linkedin/connections-standard.csv")}).exitCode, 0);
    ASSERT_EQ(cli.run({QStringLiteral("import"), QStringLiteral("linkedin"), fixture("linkedin/connections-later.csv")}).exitCode, 0);

    const auto listed = cli.run({QStringLiteral("list"), QStringLiteral("contacts"), QStringLiteral("--json"), QStringLiteral("--search"),
                                 QStringLiteral("Ana Lima")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray contacts = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(contacts.size(), 2); // the one who moved from Lumen to Orbit, and the Globex namesake
    const QJsonObject moved = contacts.at(0).toObject();
    EXPECT_EQ(moved.value(QStringLiteral("company")).toString(), QStringLiteral("Orbit"));
    const QJsonArray history = moved.value(QStringLiteral("history")).toArray();
    ASSERT_EQ(history.size(), 1);
    const QJsonObject lumen = history.at(0).toObject();
    EXPECT_EQ(lumen.value(QStringLiteral("company_name")).toString(), QStringLiteral("Lumen, Inc."));
    EXPECT_EQ(lumen.value(QStringLiteral("company_id")).toInt(), 1);
    EXPECT_EQ(lumen.value(QStringLiteral("title")).toString(), QStringLiteral("Staff Engineer"));
    EXPECT_TRUE(lumen.value(QStringLiteral("from")).isNull());
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$")).match(lumen.value(QStringLiteral("to")).toString()).hasMatch());
    // The namesake never changed jobs; and no list carries photo bytes.
    EXPECT_EQ(contacts.at(1).toObject().value(QStringLiteral("history")).toArray().size(), 0);
    EXPECT_FALSE(moved.contains(QStringLiteral("photo")));
}

TEST(CliImportErrors, AFileLevelErrorIsPrintedOnce)
{
    CliRunner cli;
    const QString empty = cli.file(QStringLiteral("empty.vcf"));
    writeFile(empty, QByteArray());
    const auto refused = cli.run({QStringLiteral("import"), QStringLiteral("vcard"), empty});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_EQ(lines(refused.err), QStringList{QStringLiteral("foothold-cli: ") + empty +
                                              QStringLiteral(": no BEGIN:VCARD: this is not a vCard file")});

    const QString cut = fixture("linkedin/connections-unterminated.csv");
    const auto unterminated = cli.run({QStringLiteral("import"), QStringLiteral("linkedin"), cut});
    EXPECT_EQ(unterminated.exitCode, 1);
    ASSERT_EQ(lines(unterminated.err).size(), 1) << unterminated.err.toStdString();
    EXPECT_TRUE(unterminated.err.startsWith(QStringLiteral("foothold-cli: ") + cut + QStringLiteral(":3: ")));
}

TEST(CliImportErrors, RecordErrorsAreListedThenOneSummary)
{
    CliRunner cli;
    const QString bad = fixture("linkedin/connections-bad-rows.csv");
    const auto refused = cli.run({QStringLiteral("import"), QStringLiteral("linkedin"), bad});
    EXPECT_EQ(refused.exitCode, 1);
    const QStringList err = lines(refused.err);
    ASSERT_EQ(err.size(), 4) << refused.err.toStdString();
    EXPECT_TRUE(err[0].startsWith(bad + QStringLiteral(":6: ")));
    EXPECT_TRUE(err[1].startsWith(bad + QStringLiteral(":7: ")));
    EXPECT_TRUE(err[2].startsWith(bad + QStringLiteral(":8: ")));
    EXPECT_TRUE(err[3].startsWith(QStringLiteral("foothold-cli: ") + bad + QStringLiteral(": 3 error(s); nothing was imported")))
        << err[3].toStdString();
}

TEST(CliRestore, ABrokenForeignKeyNamesTheTableAndRow)
{
    CliRunner cli;
    ASSERT_EQ(cli.run({QStringLiteral("add"), QStringLiteral("company"), QStringLiteral("--name"), QStringLiteral("Lumen")}).exitCode, 0);
    for (const char *name : {"Ana Lima", "Bo Chen"})
        ASSERT_EQ(cli.run({QStringLiteral("add"), QStringLiteral("contact"), QStringLiteral("--name"), QString::fromUtf8(name),
                           QStringLiteral("--company"), QStringLiteral("Lumen")})
                      .exitCode,
                  0);
    const QString backup = cli.file(QStringLiteral("backup.json"));
    ASSERT_EQ(cli.run({QStringLiteral("export"), QStringLiteral("json"), backup}).exitCode, 0);

    // Bo Chen (the second row of contacts, id 2) now works at company 99, which is not there.
    QFile file(backup);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
    QJsonObject contacts = tables.value(QStringLiteral("contacts")).toObject();
    const qsizetype companyColumn = contacts.value(QStringLiteral("columns")).toArray().toVariantList().indexOf(QStringLiteral("company_id"));
    ASSERT_GE(companyColumn, 0);
    QJsonArray rows = contacts.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 2);
    QJsonArray bo = rows.at(1).toArray();
    bo[companyColumn] = 99;
    rows[1] = bo;
    contacts.insert(QStringLiteral("rows"), rows);
    tables.insert(QStringLiteral("contacts"), contacts);
    root.insert(QStringLiteral("tables"), tables);
    const QString broken = cli.file(QStringLiteral("fk.json"));
    writeFile(broken, QJsonDocument(root).toJson());

    CliRunner other;
    const auto refused = other.run({QStringLiteral("restore"), broken});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_EQ(refused.err, QStringLiteral("foothold-cli: ") + broken +
                               QStringLiteral(": contacts, row 2 (id 2): company_id 99 refers to a record of companies that does not exist\n"));
}

TEST(CliRestore, AFailedRestoreIntoANewPathLeavesNoFile)
{
    CliRunner cli;
    const QString truncated = cli.file(QStringLiteral("trunc.json"));
    writeFile(truncated, QByteArray("{\n  \"format\": \"foothold-backup\",\n  \"tables\": {"));
    const QString fresh = cli.file(QStringLiteral("new.sqlite3"));
    const auto refused = cli.runRaw({QStringLiteral("--db"), fresh, QStringLiteral("restore"), truncated});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.startsWith(QStringLiteral("foothold-cli: ") + truncated + QLatin1Char(':')));
    EXPECT_FALSE(QFileInfo::exists(fresh));
    EXPECT_FALSE(QFileInfo::exists(fresh + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(fresh + QStringLiteral("-shm")));

    // A database that was there before stays, with its data.
    ASSERT_EQ(cli.run({QStringLiteral("add"), QStringLiteral("company"), QStringLiteral("--name"), QStringLiteral("Lumen")}).exitCode, 0);
    EXPECT_EQ(cli.run({QStringLiteral("restore"), truncated, QStringLiteral("--replace")}).exitCode, 1);
    EXPECT_TRUE(QFileInfo::exists(cli.dbPath()));
    EXPECT_TRUE(cli.run({QStringLiteral("list"), QStringLiteral("companies")}).out.contains(QLatin1String("Lumen")));
}

TEST(CliImportErrors, ARefusedImportIntoANewPathLeavesNoFile)
{
    CliRunner cli;
    const QString fresh = cli.file(QStringLiteral("new.sqlite3"));
    const auto refused = cli.runRaw({QStringLiteral("--db"), fresh, QStringLiteral("import"), QStringLiteral("linkedin"),
                                     fixture("linkedin/connections-bad-rows.csv")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_FALSE(QFileInfo::exists(fresh));
    EXPECT_FALSE(QFileInfo::exists(fresh + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(fresh + QStringLiteral("-shm")));
    // A good import into a new path makes it, as before.
    EXPECT_EQ(cli.runRaw({QStringLiteral("--db"), fresh, QStringLiteral("import"), QStringLiteral("linkedin"),
                          fixture("linkedin/connections-bob.csv")})
                  .exitCode,
              0);
    EXPECT_TRUE(QFileInfo::exists(fresh));
}

TEST(CliAddCompany, ATakenNameNamesTheCompanyAsStored)
{
    CliRunner cli;
    ASSERT_EQ(cli.run({QStringLiteral("add"), QStringLiteral("company"), QStringLiteral("--name"), QStringLiteral("Lumen, Inc.")}).exitCode, 0);
    const auto refused = cli.run({QStringLiteral("add"), QStringLiteral("company"), QStringLiteral("--name"), QStringLiteral("lumen inc")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_EQ(refused.err, QStringLiteral("foothold-cli: name: “lumen inc” names a company that already exists: “Lumen, Inc.” (id 1)\n"));
    const auto same = cli.run({QStringLiteral("add"), QStringLiteral("company"), QStringLiteral("--name"), QStringLiteral("Lumen, Inc.")});
    EXPECT_EQ(same.err, QStringLiteral("foothold-cli: name: a company called “Lumen, Inc.” already exists (id 1)\n"));
}

TEST(CliImport, ANewProfileUrlAtTheSameCompanyIsReportedAsALikelyDuplicate)
{
    CliRunner cli;
    const QString first = fixture("linkedin/connections-bob.csv");
    const QString later = fixture("linkedin/connections-bob-new-url.csv");
    ASSERT_EQ(cli.run({QStringLiteral("import"), QStringLiteral("linkedin"), first}).exitCode, 0);
    const auto added = cli.run({QStringLiteral("import"), QStringLiteral("linkedin"), later});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    // The Bob at Acme, with another company and another profile, is someone else: not listed.
    EXPECT_EQ(added.out, QStringLiteral("added 2, updated 0, unchanged 1, skipped 0\n"));
    EXPECT_EQ(added.err, later + QStringLiteral(":4: likely duplicate: Bob O'Brien (contact 4) may be contact 1: same name at the same "
                                                "company (Stripe), another LinkedIn profile (linkedin.com/in/bob-obrien / "
                                                "linkedin.com/in/bob-obrien-4a1b2c)\n"));
}
