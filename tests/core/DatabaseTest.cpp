#include "core/storage/Migrations.h"
#include "core/storage/SqlSupport.h"
#include "core/util/Settings.h"
#include "tests/support/TempDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Sets user_version through a connection of our own, the way a newer Foothold would leave it.
void setUserVersion(const QString &path, int version)
{
    auto db = Database::open(path, Database::Options{.create = false, .migrate = false});
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE((*db)->exec(QStringLiteral("PRAGMA user_version = %1").arg(version)).ok());
}

} // namespace

TEST(Database, OpensFreshFileAtLatestVersionWithPrivateMode)
{
    test::TempDatabase db;
    EXPECT_EQ(db->schemaVersion(), migrations::latestVersion());
    EXPECT_GT(migrations::latestVersion(), 0);
    const auto permissions = QFile(db.path()).permissions();
    EXPECT_TRUE(permissions.testFlag(QFileDevice::ReadOwner));
    EXPECT_TRUE(permissions.testFlag(QFileDevice::WriteOwner));
    EXPECT_FALSE(permissions.testFlag(QFileDevice::ReadGroup));
    EXPECT_FALSE(permissions.testFlag(QFileDevice::ReadOther));
}

TEST(Database, PragmasAreSetOnEveryConnection)
{
    test::TempDatabase db;
    auto &c = db->connection();
    EXPECT_EQ(sql::scalar(c, QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    EXPECT_EQ(sql::scalar(c, QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
    EXPECT_EQ(sql::scalar(c, QStringLiteral("PRAGMA synchronous"))->toInt(), 2); // FULL
    EXPECT_EQ(sql::scalar(c, QStringLiteral("PRAGMA busy_timeout"))->toInt(), 5000);
    EXPECT_EQ(sql::scalar(c, QStringLiteral("PRAGMA foreign_key_check"))->isNull(), true);
    EXPECT_EQ(sql::scalar(c, QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
}

TEST(Database, MissingDirectoryIsReportedAndNotCreated)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/dir/db.sqlite3"));
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, Error::Code::Io);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("does not exist"))) << db.error().message.toStdString();
    EXPECT_FALSE(QDir(dir.filePath(QStringLiteral("no"))).exists());
}

TEST(Database, DefaultLocationMayCreateItsDirectory)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("share/foothold/foothold.sqlite3"));
    auto db = Database::open(path, Database::Options{.createDirectory = true});
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_TRUE(QFile::exists(path));
}

TEST(Database, FileThatIsNotSqliteIsRefusedAndLeftAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite3"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("These are my notes, not a database.\n");
    }
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("not a Foothold database"))) << db.error().message.toStdString();
    EXPECT_EQ(fileHash(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(Database, DirectoryInsteadOfFileIsRefused)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.path());
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, Error::Code::Io);
}

TEST(Database, NewerSchemaIsRefusedWithoutTouchingTheFile)
{
    test::TempDatabase temp;
    const QString path = temp.path();
    temp.close();
    setUserVersion(path, migrations::latestVersion() + 1);
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, Error::Code::Database);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("newer Foothold"))) << db.error().message.toStdString();
    EXPECT_EQ(fileHash(path), before);
}

TEST(Database, SecondWriterGetsALockedErrorAndChangesNothing)
{
    test::TempDatabase first;
    auto second = Database::open(first.path(), Database::Options{.busyTimeoutMs = 50});
    ASSERT_TRUE(second.ok());
    ASSERT_TRUE(first->exec(QStringLiteral("BEGIN IMMEDIATE")).ok());
    Status status = (*second)->transaction([&]() -> Status {
        return sql::run((*second)->connection(), QStringLiteral("INSERT INTO app_meta(key, value) VALUES ('a', 'b')"));
    });
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("locked"))) << status.error().message.toStdString();
    ASSERT_TRUE(first->exec(QStringLiteral("ROLLBACK")).ok());
    EXPECT_EQ(sql::scalar(first->connection(), QStringLiteral("SELECT count(*) FROM app_meta"))->toInt(), 0);
}

TEST(Database, ChangesAreAnnouncedAfterCommitOnly)
{
    test::TempDatabase db;
    QSignalSpy spy(db->notifier(), &ChangeNotifier::changed);
    Status ok = db->transaction([&]() -> Status {
        db->recordChange({Entity::Contact, ChangeKind::Inserted, 7, {}});
        EXPECT_EQ(spy.count(), 0); // not before COMMIT
        return {};
    });
    ASSERT_TRUE(ok.ok());
    ASSERT_EQ(spy.count(), 1);
    const auto changes = spy.takeFirst().at(0).value<ChangeSet>();
    EXPECT_EQ(changes.ids(Entity::Contact, ChangeKind::Inserted), QList<qint64>{7});

    Status failed = db->transaction([&]() -> Status {
        db->recordChange({Entity::Contact, ChangeKind::Inserted, 8, {}});
        return Error::invalid(QStringLiteral("name"), QStringLiteral("nope"));
    });
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(spy.count(), 0);
}

TEST(Database, InnerFailureRollsBackTheWholeTransaction)
{
    test::TempDatabase db;
    Status status = db->transaction([&]() -> Status {
        if (auto s = sql::run(db->connection(), QStringLiteral("INSERT INTO app_meta(key, value) VALUES ('kept?', 'no')")); !s)
            return s;
        // The inner failure is swallowed by the outer work, yet nothing may be saved.
        (void)db->transaction([&]() -> Status { return Error::invalid(QStringLiteral("x"), QStringLiteral("inner")); });
        return {};
    });
    EXPECT_FALSE(status.ok());
    EXPECT_EQ(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM app_meta"))->toInt(), 0);
}

TEST(Database, LocationPrefersCommandLineThenEnvironment)
{
    qputenv("FOOTHOLD_DB", "/tmp/from-env.sqlite3");
    EXPECT_EQ(Database::resolveLocation(QStringLiteral("/tmp/cli.sqlite3")).path, QStringLiteral("/tmp/cli.sqlite3"));
    EXPECT_EQ(Database::resolveLocation({}).path, QStringLiteral("/tmp/from-env.sqlite3"));
    EXPECT_FALSE(Database::resolveLocation({}).isDefault);
    qunsetenv("FOOTHOLD_DB");
    const auto fallback = Database::resolveLocation({});
    EXPECT_TRUE(fallback.isDefault);
    EXPECT_TRUE(fallback.path.endsWith(QStringLiteral("/foothold.sqlite3")));
}

TEST(Migrations, SplitterKeepsTriggersQuotesAndComments)
{
    const auto statements = migrations::splitStatements(QStringLiteral(
        "-- a comment; with a semicolon\n"
        "CREATE TABLE a(x TEXT DEFAULT ';');\n"
        "/* block; comment */ INSERT INTO a VALUES ('it''s; fine');\n"
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO a VALUES ('x'); UPDATE a SET x = 'y'; END;\n"
        "SELECT 1"));
    ASSERT_EQ(statements.size(), 4);
    EXPECT_TRUE(statements.at(2).startsWith(QStringLiteral("CREATE TRIGGER")));
    EXPECT_TRUE(statements.at(2).endsWith(QStringLiteral("END")));
    EXPECT_TRUE(statements.at(1).contains(QStringLiteral("'it''s; fine'")));
}

// Every migration runs from the schema before it, on a database holding data, and leaves a
// consistent database (foreign keys and integrity) at exactly its version.
TEST(Migrations, EachMigrationRunsFromThePreviousSchema)
{
    for (int version = 1; version <= migrations::latestVersion(); ++version) {
        test::TempDatabase db(Database::Options{.targetVersion = version - 1});
        ASSERT_EQ(db->schemaVersion(), version - 1);
        if (version > 1) {
            // Some data shaped by the previous schema.
            ASSERT_TRUE(sql::run(db->connection(),
                                 QStringLiteral("INSERT INTO companies(name, normalized_name, created_at, updated_at) "
                                                "VALUES ('Lumen', 'lumen', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"))
                            .ok());
            ASSERT_TRUE(sql::run(db->connection(),
                                 QStringLiteral("INSERT INTO contacts(name, company_id, created_at, updated_at) "
                                                "VALUES ('Ana', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"))
                            .ok());
        }
        ASSERT_TRUE(migrations::migrate(db->connection(), version).ok()) << "migration " << version;
        EXPECT_EQ(db->schemaVersion(), version);
        EXPECT_TRUE(sql::scalar(db->connection(), QStringLiteral("PRAGMA foreign_key_check"))->isNull());
        EXPECT_EQ(sql::scalar(db->connection(), QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        if (version > 1) {
            EXPECT_EQ(sql::scalar(db->connection(), QStringLiteral("SELECT name FROM contacts"))->toString(), QStringLiteral("Ana"));
        }
    }
}

TEST(Migrations, FirstVersionSeedsTheQuestionBank)
{
    test::TempDatabase db;
    auto count = sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM question_bank WHERE text = ?"),
                             {QStringLiteral("What is a typical day like for you?")});
    EXPECT_EQ(count->toInt(), 1);
}

TEST(Migrations, ExistingDataIsBackedUpBeforeAnUpdate)
{
    if (migrations::latestVersion() < 2) {
        // With one migration there is no "existing database" to update; the backup path is still
        // exercised by opening at version 0 (nothing to back up) below.
        test::TempDatabase db(Database::Options{.targetVersion = 0});
        db.reopen();
        EXPECT_EQ(db->schemaVersion(), migrations::latestVersion());
        EXPECT_TRUE(QDir(db.dir()).entryList({QStringLiteral("*.bak")}).isEmpty());
        return;
    }
    test::TempDatabase db(Database::Options{.targetVersion = migrations::latestVersion() - 1});
    db.reopen();
    EXPECT_EQ(db->schemaVersion(), migrations::latestVersion());
    EXPECT_EQ(QDir(db.dir()).entryList({QStringLiteral("*.bak")}).size(), 1);
}

TEST(Database, AnnounceResetTellsListenersAtOnceOrAtCommit)
{
    test::TempDatabase db;
    QList<ChangeSet> seen;
    QObject::connect(db->notifier(), &ChangeNotifier::changed, [&](const ChangeSet &changes) { seen << changes; });
    db->announceReset();
    ASSERT_EQ(seen.size(), 1);
    EXPECT_TRUE(seen.first().reset);
    EXPECT_TRUE(seen.first().changes.isEmpty());

    seen.clear();
    ASSERT_TRUE(db->transaction([&]() -> Status {
                      db->announceReset();
                      EXPECT_TRUE(seen.isEmpty()); // not before the commit
                      return {};
                  })
                    .ok());
    ASSERT_EQ(seen.size(), 1);
    EXPECT_TRUE(seen.first().reset);

    seen.clear();
    (void)db->transaction([&]() -> Status {
        db->announceReset();
        return Error::invalid(QStringLiteral("x"), QStringLiteral("rolled back"));
    });
    EXPECT_TRUE(seen.isEmpty()); // a rolled-back transaction announces nothing
}

TEST(Database, LocationFallsBackToTheFileChosenInTheSettings)
{
    qunsetenv("FOOTHOLD_DB");
    setSettingValue(settings::DatabasePath, QStringLiteral("/tmp/chosen.sqlite3"));
    const auto chosen = Database::resolveLocation({});
    EXPECT_EQ(chosen.path, QStringLiteral("/tmp/chosen.sqlite3"));
    EXPECT_FALSE(chosen.isDefault);
    EXPECT_EQ(Database::resolveLocation(QStringLiteral("/tmp/cli.sqlite3")).path, QStringLiteral("/tmp/cli.sqlite3"));
    qputenv("FOOTHOLD_DB", "/tmp/from-env.sqlite3");
    EXPECT_EQ(Database::resolveLocation({}).path, QStringLiteral("/tmp/from-env.sqlite3"));
    qunsetenv("FOOTHOLD_DB");
    QSettings().remove(QLatin1String(settings::DatabasePath.key));
    EXPECT_TRUE(Database::resolveLocation({}).isDefault);
}
