#include "core/services/GlobalSearch.h"
#include "core/storage/ApplicationStore.h"
#include "core/storage/Changesets.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "core/storage/EventStore.h"
#include "core/storage/FollowUpStore.h"
#include "core/storage/InterviewStore.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlSupport.h"
#include "tests/support/TempDatabase.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

class GlobalSearchTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        lumen = companies.findOrCreate(QStringLiteral("Lumen Labs")).value();
        ana = addContact(QStringLiteral("Ana Lima"), QStringLiteral("Staff Engineer"), lumen, QStringLiteral("Lisbon"));
        ben = addContact(QStringLiteral("Ben Okafor"), QStringLiteral("Recruiter"), {}, QStringLiteral("Lagos"));
        addContact(QStringLiteral("Banana Man"), QStringLiteral("Fruit seller"), {}, {});
    }

    ContactId addContact(const QString &name, const QString &headline, CompanyId company, const QString &location)
    {
        Contact c;
        c.name = name;
        c.headline = headline;
        c.company = company;
        c.location = location;
        return contacts.insert(c).value();
    }

    QStringList titles(const QString &text, Entity only)
    {
        QStringList out;
        auto hits = searchEverything(db.db(), text);
        EXPECT_TRUE(hits.ok());
        for (const auto &hit : *hits)
            if (hit.row.entity == only)
                out << hit.row.title;
        return out;
    }

    FixedClock clock = test::fixedClock();
    test::TempDatabase db;
    ContactStore contacts{db.db(), clock};
    CompanyStore companies{db.db(), clock};
    CompanyId lumen;
    ContactId ana;
    ContactId ben;
};

} // namespace

TEST(SearchScoring, WordsAndScores)
{
    EXPECT_EQ(searchWords(QStringLiteral("  Ana  LIMA ana ")), (QStringList{QStringLiteral("ana"), QStringLiteral("lima")}));
    const QStringList ana{QStringLiteral("ana")};
    EXPECT_EQ(matchScore(QStringLiteral("Ana"), ana), 0);
    EXPECT_EQ(matchScore(QStringLiteral("Ana Lima"), ana), 1);
    EXPECT_EQ(matchScore(QStringLiteral("Lima, Ana"), ana), 2);
    EXPECT_EQ(matchScore(QStringLiteral("Banana Man"), ana), 3);
    EXPECT_EQ(matchScore(QStringLiteral("Ben Okafor"), ana), 4);
    EXPECT_EQ(matchScore(QStringLiteral("Ana Lima"), {QStringLiteral("lima"), QStringLiteral("ana")}), 2);
}

TEST_F(GlobalSearchTest, ContactsBySubstringOfNameHeadlineOrLocationBestFirst)
{
    EXPECT_EQ(titles(QStringLiteral("ana"), Entity::Contact), (QStringList{QStringLiteral("Ana Lima"), QStringLiteral("Banana Man")}));
    EXPECT_EQ(titles(QStringLiteral("recruit"), Entity::Contact), QStringList{QStringLiteral("Ben Okafor")});
    EXPECT_EQ(titles(QStringLiteral("LISBON"), Entity::Contact), QStringList{QStringLiteral("Ana Lima")});
    EXPECT_EQ(titles(QStringLiteral("lima staff"), Entity::Contact), QStringList{QStringLiteral("Ana Lima")});
    EXPECT_TRUE(titles(QStringLiteral("lima recruiter"), Entity::Contact).isEmpty()); // every word must match
    // One or two letters match the start of a word of the name.
    EXPECT_EQ(titles(QStringLiteral("ok"), Entity::Contact), QStringList{QStringLiteral("Ben Okafor")});
    EXPECT_EQ(titles(QStringLiteral("li ana"), Entity::Contact), QStringList{QStringLiteral("Ana Lima")});
    // Text that is FTS syntax is only text.
    EXPECT_TRUE(titles(QStringLiteral("\"ana\" OR NEAR(x"), Entity::Contact).isEmpty());
    EXPECT_TRUE(titles(QStringLiteral("100%_"), Entity::Contact).isEmpty());
}

TEST_F(GlobalSearchTest, TheDetailOfAContactNamesHeadlineAndCompany)
{
    auto hits = searchEverything(db.db(), QStringLiteral("ana lima"));
    ASSERT_TRUE(hits.ok());
    ASSERT_FALSE(hits->isEmpty());
    EXPECT_EQ(hits->first().row.entity, Entity::Contact);
    EXPECT_EQ(hits->first().row.id, ana.value);
    EXPECT_EQ(hits->first().row.detail, QStringLiteral("Staff Engineer · Lumen Labs"));
    EXPECT_EQ(hits->first().score, 0);
}

TEST_F(GlobalSearchTest, EveryKindOfRecordIsFound)
{
    Event e;
    e.name = QStringLiteral("Zephyr Summit");
    e.start = QDateTime(QDate(2026, 7, 1), QTime(9, 0), QTimeZone::utc());
    e.location = QStringLiteral("Berlin");
    const EventId summit = EventStore(db.db(), clock).insert(e).value();
    Conversation v;
    v.when = QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc());
    v.contacts = {ben};
    v.notes = QStringLiteral("Talked about zephyr migration");
    v.kind = ConversationKind::CoffeeChat;
    const ConversationId chat = ConversationStore(db.db(), clock).insert(v).value();
    InformationalInterview iv;
    iv.contact = ana;
    iv.company = lumen;
    iv.insights = QStringLiteral("They use zephyr everywhere");
    const InterviewId interview = InterviewStore(db.db(), clock).insert(iv).value();
    JobApplication a;
    a.company = lumen;
    a.role = QStringLiteral("Zephyr Platform Engineer");
    const ApplicationId application = ApplicationStore(db.db(), clock).insert(a).value();
    FollowUp f;
    f.title = QStringLiteral("Send the zephyr notes");
    f.due = QDate(2026, 6, 20);
    const FollowUpId followUp = FollowUpStore(db.db(), clock).insert(f).value();
    Company z;
    z.name = QStringLiteral("Zephyr Aerospace");
    const CompanyId company = companies.insert(z).value();

    auto hits = searchEverything(db.db(), QStringLiteral("zephyr"));
    ASSERT_TRUE(hits.ok());
    QList<QPair<int, qint64>> found;
    for (const auto &hit : *hits)
        found << qMakePair(int(hit.row.entity), hit.row.id);
    // Titles that start with the word first (company, application, event, follow-up: score 1, by
    // kind), then records that matched elsewhere (interview insights, conversation notes: score 4).
    const QList<QPair<int, qint64>> expected = {
        {int(Entity::Company), company.value},     {int(Entity::Application), application.value},
        {int(Entity::Event), summit.value},        {int(Entity::InformationalInterview), interview.value},
        {int(Entity::Conversation), chat.value},   {int(Entity::FollowUp), followUp.value},
    };
    // The follow-up's title has the word at the start of a word (score 2) and ranks before the two score-4 matches.
    const QList<QPair<int, qint64>> ranked = {expected.at(0), expected.at(1), expected.at(2), expected.at(5), expected.at(3),
                                              expected.at(4)};
    EXPECT_EQ(found, ranked);
    EXPECT_EQ(hits->at(4).row.title, QStringLiteral("Ana Lima")); // the interview reads as its contact
    EXPECT_EQ(hits->at(5).row.title, QStringLiteral("Ben Okafor")); // the conversation as its people
    EXPECT_EQ(hits->at(5).row.kindKey, QStringLiteral("coffee-chat"));
    EXPECT_EQ(hits->at(2).row.when, e.start);
    EXPECT_EQ(hits->at(3).row.day, QDate(2026, 6, 20));

    // Companies are found by their aliases too.
    ASSERT_TRUE(companies.findOrCreate(QStringLiteral("LUMEN LABS INC.")).ok());
    EXPECT_TRUE(titles(QStringLiteral("labs inc"), Entity::Company).contains(QStringLiteral("Lumen Labs")));
}

TEST_F(GlobalSearchTest, LimitsPerKindAndInAll)
{
    for (int i = 0; i < 12; ++i)
        addContact(QStringLiteral("Okafor %1").arg(i), {}, {}, {});
    auto hits = searchEverything(db.db(), QStringLiteral("okafor"), GlobalSearchOptions{5, 3});
    ASSERT_TRUE(hits.ok());
    EXPECT_EQ(hits->size(), 3);
    hits = searchEverything(db.db(), QStringLiteral("okafor"), GlobalSearchOptions{5, 40});
    EXPECT_EQ(hits->size(), 5);
    EXPECT_TRUE(searchEverything(db.db(), QStringLiteral("   "))->isEmpty());
}

TEST_F(GlobalSearchTest, TheIndexFollowsEditsDeletesAndUndo)
{
    Contact c = contacts.get(ben).value();
    c.name = QStringLiteral("Benedict Quarshie");
    ASSERT_TRUE(contacts.update(c).ok());
    EXPECT_TRUE(titles(QStringLiteral("okafor"), Entity::Contact).isEmpty());
    EXPECT_EQ(titles(QStringLiteral("quarsh"), Entity::Contact), QStringList{QStringLiteral("Benedict Quarshie")});

    // Undo of a delete puts the row back through the changeset; the trigger indexes it again.
    auto recorded = recordChanges(db.db(), [&] { return contacts.remove(ben); });
    ASSERT_TRUE(recorded.ok());
    EXPECT_TRUE(titles(QStringLiteral("quarsh"), Entity::Contact).isEmpty());
    ASSERT_TRUE(applyChanges(db.db(), *recorded, true).ok());
    EXPECT_EQ(titles(QStringLiteral("quarsh"), Entity::Contact), QStringList{QStringLiteral("Benedict Quarshie")});
    ASSERT_TRUE(applyChanges(db.db(), *recorded, false).ok()); // redo
    EXPECT_TRUE(titles(QStringLiteral("quarsh"), Entity::Contact).isEmpty());
    EXPECT_EQ(sql::scalar(db->connection(), QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
    ASSERT_TRUE(sql::run(db->connection(), QStringLiteral("INSERT INTO fts_contacts(fts_contacts) VALUES ('integrity-check')")).ok());
}

TEST(ContactSearchMigration, ContactsFromBeforeTheIndexAreFound)
{
    // The schema just before 0004_contact_search.sql.
    test::TempDatabase db(Database::Options{.targetVersion = 3});
    ASSERT_TRUE(sql::run(db->connection(), QStringLiteral("INSERT INTO contacts(name, headline, created_at, updated_at) "
                                                          "VALUES ('Ana Lima', 'Engineer', '2026-01-01T00:00:00Z', "
                                                          "'2026-01-01T00:00:00Z')"))
                    .ok());
    ASSERT_TRUE(migrations::migrate(db->connection(), 4).ok());
    auto rows = SearchStore(db.db()).find(Entity::Contact, {QStringLiteral("lima")}, 10);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->first().title, QStringLiteral("Ana Lima"));
}
