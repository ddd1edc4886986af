#include "core/storage/Migrations.h"
#include "tests/support/CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <unistd.h>

using foothold::test::CliResult;
using foothold::test::CliRunner;

namespace {

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QJsonArray jsonArray(const CliResult &result)
{
    return QJsonDocument::fromJson(result.out.toUtf8()).array();
}

// Exactly one line on stderr, naming what went wrong.
void expectOneLineError(const CliResult &result, const char *mustContain)
{
    EXPECT_EQ(result.exitCode, 1) << result.out.toStdString() << result.err.toStdString();
    EXPECT_EQ(result.err.trimmed().count(QLatin1Char('\n')), 0) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(QString::fromUtf8(mustContain))) << result.err.toStdString();
}

class CliTest : public ::testing::Test {
protected:
    CliResult run(const char *args) { return cli.run(words(args)); }
    CliResult run(const QStringList &args) { return cli.run(args); }
    int count(const char *kind) { return int(jsonArray(cli.run({QStringLiteral("list"), QString::fromUtf8(kind), QStringLiteral("--json")})).size()); }
    CliRunner cli;
};

} // namespace

TEST_F(CliTest, AddsEveryKindOfRecordAndListsIt)
{
    ASSERT_EQ(run("add company --name Lumen --industry Software --stack Rust --priority 1").exitCode, 0);
    ASSERT_EQ(run({QStringLiteral("add"), QStringLiteral("contact"), QStringLiteral("--name"), QStringLiteral("Ana Lima"),
                   QStringLiteral("--company"), QStringLiteral("Lumen Inc."), QStringLiteral("--title"), QStringLiteral("Staff Engineer"),
                   QStringLiteral("--email"), QStringLiteral("ana@lumen.io"), QStringLiteral("--connected"), QStringLiteral("2024-03-12"),
                   QStringLiteral("--channel"), QStringLiteral("linkedin"), QStringLiteral("--tag"), QStringLiteral("rust"),
                   QStringLiteral("--tag"), QStringLiteral("mentor")})
                  .exitCode,
              0);
    auto event = run({QStringLiteral("add"), QStringLiteral("event"), QStringLiteral("--name"), QStringLiteral("RustConf"),
                      QStringLiteral("--kind"), QStringLiteral("conference"), QStringLiteral("--start"), QStringLiteral("2027-04-15T09:00"),
                      QStringLiteral("--end"), QStringLiteral("2027-04-16T17:00"), QStringLiteral("--tz"), QStringLiteral("Europe/Berlin"),
                      QStringLiteral("--cost-ticket"), QStringLiteral("450"), QStringLiteral("--currency"), QStringLiteral("USD")});
    ASSERT_EQ(event.exitCode, 0) << event.err.toStdString();
    ASSERT_EQ(run("add conversation --contact 1 --date 2026-05-01 --kind coffee-chat --share 25% --duration 30").exitCode, 0);
    ASSERT_EQ(run("add application --company Lumen --role Backend --referrer 1 --stage applied --date 2026-05-02").exitCode, 0);
    ASSERT_EQ(run("add followup --title Thank-Ana --due 2026-05-03 --contact 1").exitCode, 0);
    ASSERT_EQ(run("add interview --contact 1 --company Lumen --stage requested").exitCode, 0);

    EXPECT_EQ(count("companies"), 1); // "Lumen Inc." is Lumen
    const QJsonObject contact = jsonArray(run("list contacts --json")).at(0).toObject();
    EXPECT_EQ(contact.value(QLatin1String("id")).toInt(), 1);
    EXPECT_EQ(contact.value(QLatin1String("company")).toString(), QStringLiteral("Lumen"));
    EXPECT_EQ(contact.value(QLatin1String("headline")).toString(), QStringLiteral("Staff Engineer"));
    EXPECT_EQ(contact.value(QLatin1String("connected_on")).toString(), QStringLiteral("2024-03-12"));
    EXPECT_EQ(contact.value(QLatin1String("channel")).toString(), QStringLiteral("linkedin"));
    EXPECT_EQ(contact.value(QLatin1String("tags")).toArray().size(), 2);
    EXPECT_TRUE(contact.value(QLatin1String("created_at")).toString().endsWith(QLatin1Char('Z')));

    const QJsonObject ev = jsonArray(run("list events --json")).at(0).toObject();
    EXPECT_EQ(ev.value(QLatin1String("start")).toString(), QStringLiteral("2027-04-15T07:00:00Z"));
    EXPECT_EQ(ev.value(QLatin1String("end")).toString(), QStringLiteral("2027-04-16T15:00:00Z"));
    EXPECT_EQ(ev.value(QLatin1String("costs")).toArray().at(0).toObject().value(QLatin1String("amount_minor")).toInt(), 45000);

    const QJsonObject conversation = jsonArray(run("list conversations --json")).at(0).toObject();
    EXPECT_DOUBLE_EQ(conversation.value(QLatin1String("my_share")).toDouble(), 0.25);
    EXPECT_EQ(conversation.value(QLatin1String("contacts")).toArray().at(0).toString(), QStringLiteral("Ana Lima"));

    const QJsonObject application = jsonArray(run("list applications --json")).at(0).toObject();
    EXPECT_EQ(application.value(QLatin1String("source")).toString(), QStringLiteral("referral"));
    EXPECT_EQ(application.value(QLatin1String("referrer")).toString(), QStringLiteral("Ana Lima"));
    EXPECT_EQ(application.value(QLatin1String("history")).toArray().at(0).toObject().value(QLatin1String("date")).toString(),
              QStringLiteral("2026-05-02"));

    EXPECT_EQ(jsonArray(run("list followups --json")).at(0).toObject().value(QLatin1String("due")).toString(), QStringLiteral("2026-05-03"));
    EXPECT_EQ(jsonArray(run("list interviews --json")).at(0).toObject().value(QLatin1String("stage")).toString(), QStringLiteral("requested"));

    const auto table = run("list contacts");
    EXPECT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.startsWith(QStringLiteral("ID"))) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral("Ana Lima")));
}

TEST_F(CliTest, SearchFiltersEveryList)
{
    ASSERT_EQ(run("add contact --name Ana --company Lumen").exitCode, 0);
    ASSERT_EQ(run("add contact --name Ben --company Acme").exitCode, 0);
    const auto found = jsonArray(run("list contacts --json --search lum"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Ana"));
    EXPECT_EQ(jsonArray(run("list companies --json --search acm")).size(), 1);
    EXPECT_EQ(jsonArray(run("list contacts --json --search nobody")).size(), 0);
    EXPECT_TRUE(run("list contacts --search nobody").out.contains(QStringLiteral("no contacts match")));
}

TEST_F(CliTest, StatsJsonHasEveryKeyAndNetworkGrowth)
{
    ASSERT_EQ(run("add contact --name A --connected 2025-01-10").exitCode, 0);
    ASSERT_EQ(run("add contact --name B --connected 2025-03-02").exitCode, 0);
    ASSERT_EQ(run("add contact --name C").exitCode, 0);
    ASSERT_EQ(run("add application --company Lumen --role Dev --stage interviewing").exitCode, 0);
    ASSERT_EQ(run("add followup --title Overdue --due 2000-01-01").exitCode, 0);
    ASSERT_EQ(run("add followup --title Later --due 2999-01-01").exitCode, 0);
    const auto result = run("stats --json");
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject stats = QJsonDocument::fromJson(result.out.toUtf8()).object();
    for (const char *key : {"contacts", "companies", "events", "conversations", "informational_interviews", "applications",
                            "applications_by_stage", "followups_due", "network_growth"})
        EXPECT_TRUE(stats.contains(QLatin1String(key))) << key;
    EXPECT_EQ(stats.value(QLatin1String("contacts")).toInt(), 3);
    EXPECT_EQ(stats.value(QLatin1String("companies")).toInt(), 1);
    EXPECT_EQ(stats.value(QLatin1String("followups_due")).toInt(), 1);
    EXPECT_EQ(stats.value(QLatin1String("applications_by_stage")).toObject().value(QLatin1String("interviewing")).toInt(), 1);
    const QJsonArray growth = stats.value(QLatin1String("network_growth")).toArray();
    ASSERT_EQ(growth.size(), 3);
    EXPECT_EQ(growth.at(0).toObject(), (QJsonObject{{QStringLiteral("month"), QStringLiteral("2025-01")}, {QStringLiteral("new"), 1}, {QStringLiteral("total"), 1}}));
    EXPECT_EQ(growth.at(1).toObject(), (QJsonObject{{QStringLiteral("month"), QStringLiteral("2025-02")}, {QStringLiteral("new"), 0}, {QStringLiteral("total"), 1}}));
    EXPECT_EQ(growth.at(2).toObject(), (QJsonObject{{QStringLiteral("month"), QStringLiteral("2025-03")}, {QStringLiteral("new"), 1}, {QStringLiteral("total"), 2}}));
}

TEST_F(CliTest, HelpOnEveryCommandAndKind)
{
    for (const char *args : {"--help", "add --help", "list --help", "stats --help", "add contact --help", "add company --help",
                             "add event --help", "add conversation --help", "add application --help", "add followup --help",
                             "add interview --help"}) {
        const auto result = cli.runRaw(words(args));
        EXPECT_EQ(result.exitCode, 0) << args;
        EXPECT_TRUE(result.out.contains(QStringLiteral("Usage: foothold-cli"))) << args << result.out.toStdString();
        EXPECT_TRUE(result.err.isEmpty()) << args;
    }
    EXPECT_FALSE(QFile::exists(cli.dbPath())); // help opens no database
}

TEST_F(CliTest, UsageErrorsExitTwo)
{
    for (const char *args : {"", "frobnicate", "add", "add planet --name X", "add contact", "add contact --name", "list",
                             "list planets", "stats --bogus", "add contact --name A --bogus 1", "--db"}) {
        const auto result = cli.runRaw(words(args));
        EXPECT_EQ(result.exitCode, 2) << "'" << args << "': " << result.err.toStdString();
        EXPECT_FALSE(result.err.isEmpty()) << args;
    }
}

TEST_F(CliTest, InvalidValuesAreRefusedNamingTheFieldAndChangeNothing)
{
    ASSERT_EQ(run("add contact --name Existing").exitCode, 0);
    const QByteArray before = fileHash(cli.dbPath());
    expectOneLineError(run("add contact --name Ana --email ana-at-example"), "email");
    expectOneLineError(run("add contact --name Ana --connected 2024-02-30"), "connected");
    expectOneLineError(run("add contact --name Ana --channel carrier-pigeon"), "channel");
    expectOneLineError(run("add contact --name Ana --strength 1.5"), "strength");
    expectOneLineError(run("add contact --name Ana --company Lumen --introduced-by Nobody"), "introduced-by");
    expectOneLineError(run("add application --company Lumen --role Dev --stage hired"), "stage");
    expectOneLineError(run("add event --name X --kind gala --start 2027-01-01"), "kind");
    expectOneLineError(run("add event --name X --kind meetup --start 2027-01-02 --end 2027-01-01"), "end");
    expectOneLineError(run("add event --name X --kind meetup --start 2027-01-02 --cost-ticket -5"), "cost-ticket");
    expectOneLineError(run("add event --name X --kind meetup --start 2027-01-02 --cost-ticket 5 --currency JPY"), "rate");
    expectOneLineError(run("add followup --title X --due tomorrow"), "due");
    expectOneLineError(run("add conversation --contact Nobody --date 2026-01-01 --kind coffee-chat"), "contact");
    EXPECT_EQ(count("contacts"), 1);
    EXPECT_EQ(count("companies"), 0); // the company of a refused contact was not created either
    EXPECT_EQ(fileHash(cli.dbPath()), before);
}

TEST_F(CliTest, AmbiguousNamesListTheCandidates)
{
    ASSERT_EQ(run("add contact --name Ana --company Lumen").exitCode, 0);
    ASSERT_EQ(run("add contact --name Ana --company Acme").exitCode, 0);
    const auto result = run("add followup --title X --due 2026-01-01 --contact Ana");
    expectOneLineError(result, "matches 2 contacts");
    EXPECT_TRUE(result.err.contains(QStringLiteral("id 1")) && result.err.contains(QStringLiteral("id 2"))) << result.err.toStdString();
    EXPECT_EQ(run("add followup --title X --due 2026-01-01 --contact 2").exitCode, 0);
}

TEST_F(CliTest, MissingDirectoryFailsWithOneLine)
{
    const auto result = cli.runRaw({QStringLiteral("--db"), cli.file(QStringLiteral("missing/dir/x.sqlite3")), QStringLiteral("stats")});
    expectOneLineError(result, "does not exist");
    EXPECT_FALSE(QDir(cli.file(QStringLiteral("missing"))).exists());
}

TEST_F(CliTest, FileThatIsNotADatabaseIsLeftAlone)
{
    const QString path = cli.file(QStringLiteral("notes.txt"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("shopping list: milk, eggs\n");
    file.close();
    const QByteArray before = fileHash(path);
    expectOneLineError(cli.runRaw({QStringLiteral("--db"), path, QStringLiteral("add"), QStringLiteral("contact"),
                                   QStringLiteral("--name"), QStringLiteral("A")}),
                       "not a Foothold database");
    EXPECT_EQ(fileHash(path), before);
}

TEST_F(CliTest, NewerSchemaIsRefusedAndLeftAlone)
{
    ASSERT_EQ(run("add contact --name A").exitCode, 0);
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(cli.dbPath());
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(foothold::migrations::latestVersion() + 5));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const QByteArray before = fileHash(cli.dbPath());
    expectOneLineError(run("add contact --name B"), "newer Foothold");
    expectOneLineError(run("stats --json"), "newer Foothold");
    EXPECT_EQ(fileHash(cli.dbPath()), before);
}

TEST_F(CliTest, LockedDatabaseFailsAfterTheBusyTimeout)
{
    ASSERT_EQ(run("add contact --name A").exitCode, 0);
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
    db.setDatabaseName(cli.dbPath());
    ASSERT_TRUE(db.open());
    QSqlQuery lock(db);
    ASSERT_TRUE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    cli.environment().insert(QStringLiteral("FOOTHOLD_BUSY_TIMEOUT_MS"), QStringLiteral("100"));
    expectOneLineError(run("add contact --name B"), "locked");
    lock.exec(QStringLiteral("ROLLBACK"));
    lock.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    EXPECT_EQ(count("contacts"), 1);
}

TEST_F(CliTest, UnreadableFileFailsWithOneLine)
{
    ASSERT_EQ(run("add contact --name A").exitCode, 0);
    ASSERT_TRUE(QFile::setPermissions(cli.dbPath(), QFileDevice::WriteOwner)); // no read bit for anyone
    QStringList command;
    if (::geteuid() == 0) {
        // root reads any file: run as nobody, who may enter the directory but not read the file.
        ASSERT_TRUE(QFile::setPermissions(cli.dir(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                                         QFileDevice::ExeOther | QFileDevice::ReadOther));
        command << QStringLiteral("--reuid=65534") << QStringLiteral("--regid=65534") << QStringLiteral("--clear-groups");
        QProcess process;
        process.setProcessEnvironment(cli.environment());
        process.start(QStringLiteral("setpriv"), command << QStringLiteral(FOOTHOLD_CLI_PATH) << QStringLiteral("--db")
                                                         << cli.dbPath() << QStringLiteral("stats"));
        ASSERT_TRUE(process.waitForFinished(30000));
        const CliResult result{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                               QString::fromUtf8(process.readAllStandardError())};
        expectOneLineError(result, "cannot read");
    } else {
        expectOneLineError(run("stats"), "cannot read");
    }
    QFile::setPermissions(cli.dbPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_F(CliTest, EnvironmentVariableAndDefaultLocation)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("FOOTHOLD_DB"), cli.file(QStringLiteral("from-env.sqlite3")));
    ASSERT_EQ(cli.runRaw(words("add contact --name A"), env).exitCode, 0);
    EXPECT_TRUE(QFile::exists(cli.file(QStringLiteral("from-env.sqlite3"))));
    // --db wins over the variable.
    ASSERT_EQ(cli.runRaw({QStringLiteral("--db"), cli.file(QStringLiteral("flag.sqlite3")), QStringLiteral("stats")}, env).exitCode, 0);
    EXPECT_TRUE(QFile::exists(cli.file(QStringLiteral("flag.sqlite3"))));

    // Neither: the default location under XDG_DATA_HOME, directory created, file private.
    ASSERT_EQ(cli.runRaw(words("add contact --name B")).exitCode, 0);
    const QString defaultPath = cli.file(QStringLiteral("data/foothold/foothold/foothold.sqlite3"));
    ASSERT_TRUE(QFile::exists(defaultPath)) << QDir(cli.file(QStringLiteral("data"))).entryList().join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(QFile::permissions(defaultPath) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
}
