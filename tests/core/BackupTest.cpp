#include "core/formats/BackupJson.h"
#include "core/services/BackupService.h"
#include "core/storage/ApplicationStore.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "core/storage/EventStore.h"
#include "core/storage/FollowUpStore.h"
#include "core/storage/InterviewStore.h"
#include "core/storage/LinkStore.h"
#include "core/storage/SqlSupport.h"
#include "tests/support/TempDatabase.h"

#include <gtest/gtest.h>

using namespace foothold;

namespace {

// One of every record, with children, and a deleted contact (so an AUTOINCREMENT counter is
// ahead of the highest id).
void fillEverything(Database &db, const Clock &clock)
{
    CompanyStore companies(db, clock);
    const CompanyId lumen = companies.findOrCreate(QStringLiteral("Lumen, Inc.")).value();
    (void)companies.findOrCreate(QStringLiteral("LUMEN INC"));
    Company orbit;
    orbit.name = QStringLiteral("Orbit");
    orbit.techStack = {QStringLiteral("Rust"), QStringLiteral("Go")};
    orbit.priority = CompanyPriority::High;
    const CompanyId orbitId = companies.insert(orbit).value();

    ContactStore contacts(db, clock);
    Contact ana;
    ana.name = QStringLiteral("Ana Lima");
    ana.company = lumen;
    ana.emails = {{QStringLiteral("ana@lumen.example"), QStringLiteral("work")}};
    ana.tags = {QStringLiteral("rust"), QStringLiteral("mentor")};
    ana.history = {{orbitId, QStringLiteral("Orbit"), QStringLiteral("Engineer"), QDate(2019, 1, 1), QDate(2021, 1, 1)}};
    ana.photo = QByteArray("\x89PNG\0\x01\x02", 7);
    ana.photoType = QStringLiteral("image/png");
    ana.strengthOverride = 0.1 + 0.2;
    const ContactId anaId = contacts.insert(ana).value();
    Contact gone;
    gone.name = QStringLiteral("Gone Soon");
    const ContactId goneId = contacts.insert(gone).value();
    Contact bo;
    bo.name = QStringLiteral("Bo Chen");
    bo.introducedBy = anaId;
    const ContactId boId = contacts.insert(bo).value();
    ASSERT_TRUE(contacts.remove(goneId));

    Link link;
    link.from = anaId;
    link.to = boId;
    ASSERT_TRUE(LinkStore(db).insert(link));

    Event conf;
    conf.name = QStringLiteral("RustConf");
    conf.kind = EventKind::Conference;
    conf.start = QDateTime(QDate(2027, 4, 15), QTime(7, 0), QTimeZone::utc());
    conf.timeZone = QStringLiteral("Europe/Berlin");
    conf.costs = {{CostCategory::Ticket, 45000, QStringLiteral("EUR"), 1.0, QStringLiteral("early bird")}};
    conf.companies = {{lumen, EventCompanyRole::Sponsor}};
    conf.people = {{anaId, EventPersonRole::Speaker}};
    conf.tags = {QStringLiteral("rust")};
    const EventId confId = EventStore(db, clock).insert(conf).value();

    Conversation chat;
    chat.when = QDateTime(QDate(2027, 4, 15), QTime(9, 0), QTimeZone::utc());
    chat.contacts = {anaId, boId};
    chat.event = confId;
    chat.talk.myShare = 0.25;
    const ConversationId chatId = ConversationStore(db, clock).insert(chat).value();

    InformationalInterview interview;
    interview.contact = anaId;
    interview.company = lumen;
    interview.conversation = chatId;
    interview.questions = {{QStringLiteral("What is a typical day like?"), QStringLiteral("Busy")}};
    ASSERT_TRUE(InterviewStore(db, clock).insert(interview));

    JobApplication application;
    application.company = lumen;
    application.role = QStringLiteral("Staff Engineer");
    application.referrer = anaId;
    application.moveTo(ApplicationStage::Applied, QDate(2027, 4, 20));
    application.rounds = {{QStringLiteral("Phone screen"), QDateTime(QDate(2027, 5, 1), QTime(15, 0), QTimeZone::utc()), 30, {boId}, {}, {}}};
    const ApplicationId applicationId = ApplicationStore(db, clock).insert(application).value();

    FollowUp followUp;
    followUp.title = QStringLiteral("Thank Ana");
    followUp.due = QDate(2027, 4, 16);
    followUp.contact = anaId;
    followUp.application = applicationId;
    followUp.ruleKey = QStringLiteral("thank-you:conversation:1");
    ASSERT_TRUE(FollowUpStore(db, clock).insert(followUp));

    QuestionBankStore bank(db);
    ASSERT_TRUE(bank.insert({QuestionId(), QStringLiteral("What would you change?"), QStringLiteral("The job"), 13}));
}

qint64 count(Database &db, const char *table)
{
    return sql::countRows(db.connection(), QString::fromLatin1(table)).value();
}

} // namespace

TEST(Backup, RestoreIntoAnEmptyDatabaseReproducesItByteForByte)
{
    auto clock = test::fixedClock();
    test::TempDatabase source;
    fillEverything(source.db(), clock);
    auto first = BackupService(source.db(), clock).backup();
    ASSERT_TRUE(first) << first.error().message.toStdString();
    EXPECT_TRUE(first->contains("\"format\": \"foothold-backup\""));
    EXPECT_TRUE(first->contains("\"version\": 1"));

    test::TempDatabase target;
    auto restored = BackupService(target.db(), clock).restore(*first, QStringLiteral("backup.json"), false);
    ASSERT_TRUE(restored) << restored.error().toString().toStdString();
    auto second = BackupService(target.db(), clock).backup();
    ASSERT_TRUE(second);
    EXPECT_EQ(*first, *second);

    // The counters came back too: the next contact gets the same id in both.
    Contact next;
    next.name = QStringLiteral("Next");
    EXPECT_EQ(ContactStore(source.db(), clock).insert(next).value(), ContactStore(target.db(), clock).insert(next).value());
    EXPECT_EQ(ContactStore(target.db(), clock).get(ContactId(1)).value().photo, QByteArray("\x89PNG\0\x01\x02", 7));
}

TEST(Backup, RestoringOverDataNeedsReplace)
{
    auto clock = test::fixedClock();
    test::TempDatabase source;
    fillEverything(source.db(), clock);
    const QByteArray json = BackupService(source.db(), clock).backup().value();

    test::TempDatabase target;
    Contact someone;
    someone.name = QStringLiteral("Already here");
    ASSERT_TRUE(ContactStore(target.db(), clock).insert(someone));
    auto refused = BackupService(target.db(), clock).restore(json, QStringLiteral("backup.json"), false);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, Error::Code::Conflict);
    EXPECT_EQ(count(target.db(), "contacts"), 1);

    ASSERT_TRUE(BackupService(target.db(), clock).restore(json, QStringLiteral("backup.json"), true));
    EXPECT_EQ(count(target.db(), "contacts"), 2);
    EXPECT_TRUE(ContactStore(target.db(), clock).findByName(QStringLiteral("Already here")).isEmpty());
    EXPECT_EQ(BackupService(target.db(), clock).backup().value(), json);
}

TEST(Backup, AnEditedQuestionBankCountsAsData)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    EXPECT_FALSE(BackupService(db.db(), clock).holdsData().value());
    ASSERT_TRUE(QuestionBankStore(db.db()).insert({QuestionId(), QStringLiteral("Mine?"), {}, 20}));
    EXPECT_TRUE(BackupService(db.db(), clock).holdsData().value());
}

TEST(Backup, BrokenBackupsAreRefusedAndChangeNothing)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    BackupService service(db.db(), clock);
    auto error = service.restore(QByteArray("{\n  \"format\": \"foothold-backup\",\n  \"version\": 1,\n  oops\n}"), QStringLiteral("b.json"), false);
    ASSERT_FALSE(error);
    EXPECT_EQ(error.error().location, QStringLiteral("b.json:4"));

    error = service.restore(QByteArray("{\"format\": \"something-else\"}"), QStringLiteral("b.json"), false);
    ASSERT_FALSE(error);
    EXPECT_TRUE(error.error().message.contains(QLatin1String("not a Foothold backup")));

    error = service.restore(QByteArray("{\"format\": \"foothold-backup\", \"version\": 2, \"schema_version\": 1}"), QStringLiteral("b.json"), false);
    ASSERT_FALSE(error);
    EXPECT_TRUE(error.error().message.contains(QLatin1String("newer")));

    // A row that breaks a rule of the schema: the whole restore is rolled back.
    const QByteArray bad = R"({"format": "foothold-backup", "version": 1, "schema_version": )" + QByteArray::number(db->schemaVersion()) +
        R"(, "tables": {"contacts": {"columns": ["id", "name", "created_at", "updated_at"], "types": ["INTEGER", "TEXT", "TEXT", "TEXT"],
           "rows": [[1, "Ana", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"], [2, "", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"]]}}})";
    error = service.restore(bad, QStringLiteral("b.json"), false);
    ASSERT_FALSE(error);
    EXPECT_EQ(count(db.db(), "contacts"), 0);
    EXPECT_EQ(count(db.db(), "question_bank"), 12); // the seed is still there
}

TEST(Backup, BackupOfAnOlderSchemaIsMigratedOnRestore)
{
    auto clock = test::fixedClock();
    Database::Options v1;
    v1.targetVersion = 1;
    test::TempDatabase old(v1);
    ASSERT_EQ(old->schemaVersion(), 1);
    Contact ana;
    ana.name = QStringLiteral("Ana Lima");
    ASSERT_TRUE(ContactStore(old.db(), clock).insert(ana));
    const QByteArray json = BackupService(old.db(), clock).backup().value();
    EXPECT_TRUE(json.contains("\"schema_version\": 1"));

    test::TempDatabase current;
    ASSERT_GT(current->schemaVersion(), 1);
    ASSERT_TRUE(BackupService(current.db(), clock).restore(json, QStringLiteral("old.json"), false));
    EXPECT_EQ(ContactStore(current.db(), clock).findByName(QStringLiteral("Ana Lima")).size(), 1);
}

TEST(Backup, ABrokenForeignKeyNamesTheTableRowAndColumn)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    BackupService service(db.db(), clock);
    const QByteArray version = QByteArray::number(db->schemaVersion());
    // The second contact works at company 99, which the backup does not hold; checked at commit,
    // where SQLite alone would say only "FOREIGN KEY constraint failed".
    const QByteArray contacts = R"({"format": "foothold-backup", "version": 1, "schema_version": )" + version +
        R"(, "tables": {"contacts": {"columns": ["id", "name", "company_id", "created_at", "updated_at"],
           "types": ["INTEGER", "TEXT", "INTEGER", "TEXT", "TEXT"],
           "rows": [[1, "Ana", null, "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"],
                    [7, "Bo", 99, "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"]]}}})";
    auto error = service.restore(contacts, QStringLiteral("fk.json"), false);
    ASSERT_FALSE(error);
    EXPECT_EQ(error.error().toString(),
              QStringLiteral("fk.json: contacts, row 2 (id 7): company_id 99 refers to a record of companies that does not exist"));
    EXPECT_EQ(count(db.db(), "contacts"), 0);

    // A table without an id of its own (WITHOUT ROWID): still the row, counted in the backup.
    const QByteArray tags = R"({"format": "foothold-backup", "version": 1, "schema_version": )" + version +
        R"(, "tables": {"contacts": {"columns": ["id", "name", "created_at", "updated_at"], "types": ["INTEGER", "TEXT", "TEXT", "TEXT"],
           "rows": [[1, "Ana", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"]]},
           "tags": {"columns": ["id", "name"], "types": ["INTEGER", "TEXT"], "rows": [[1, "rust"]]},
           "contact_tags": {"columns": ["contact_id", "tag_id"], "types": ["INTEGER", "INTEGER"], "rows": [[1, 1], [1, 5]]}}})";
    error = service.restore(tags, QStringLiteral("tags.json"), false);
    ASSERT_FALSE(error);
    EXPECT_EQ(error.error().toString(),
              QStringLiteral("tags.json: contact_tags, row 2: tag_id 5 refers to a record of tags that does not exist"));
    EXPECT_EQ(count(db.db(), "contacts"), 0);
}
