#include "core/storage/ContactStore.h"
#include "core/storage/EventStore.h"
#include "core/storage/SearchStore.h"
#include "core/storage/SqlSupport.h"
#include "tests/support/TempDatabase.h"

#include <gtest/gtest.h>

using namespace foothold;

TEST(BulkInsert, ContactsGetIdsAndChildrenOrNothingOnFailure)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    ContactStore store(db.db(), clock);
    QList<Contact> contacts(3);
    contacts[0].name = QStringLiteral("Ana");
    contacts[0].tags = {QStringLiteral("rust")};
    contacts[0].emails = {{QStringLiteral("ana@x.example"), QStringLiteral("work")}};
    contacts[1].name = QStringLiteral("  Bo   Chen ");
    contacts[1].strengthOverride = 0.25;
    contacts[1].connectedOn = QDate(2024, 3, 12);
    contacts[2].name = QStringLiteral("Cy");
    contacts[2].history = {{CompanyId(), QStringLiteral("Acme"), QStringLiteral("Engineer"), {}, QDate(2020, 1, 1)}};
    ASSERT_TRUE(store.insertMany(contacts));
    EXPECT_EQ(contacts[0].id, ContactId(1));
    EXPECT_EQ(contacts[2].id, ContactId(3));
    const Contact bo = store.get(contacts[1].id).value();
    EXPECT_EQ(bo.name, QStringLiteral("Bo Chen"));
    EXPECT_EQ(bo.strengthOverride, 0.25);
    EXPECT_EQ(bo.connectedOn, QDate(2024, 3, 12));
    EXPECT_EQ(bo.createdAt, clock.nowUtc());
    EXPECT_EQ(store.get(contacts[0].id).value().tags, QStringList{QStringLiteral("rust")});
    EXPECT_EQ(store.get(contacts[0].id).value().emails, contacts[0].emails);
    EXPECT_EQ(store.get(contacts[2].id).value().history.size(), 1);

    // A company that does not exist: the database refuses the second row; nothing stays.
    QList<Contact> more(2);
    more[0].name = QStringLiteral("Di");
    more[1].name = QStringLiteral("Eve");
    more[1].company = CompanyId(999);
    EXPECT_FALSE(store.insertMany(more));
    EXPECT_FALSE(more[0].id.isValid());
    EXPECT_EQ(store.count().value(), 3);
}

// 300 rows take the staged path (a temporary table, then one INSERT … SELECT): the same ids,
// values, children, search index and all-or-nothing as row by row.
TEST(BulkInsert, ManyContactsAreStagedWithTheIdsValuesAndSearchOfRowByRow)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    ContactStore store(db.db(), clock);
    QList<Contact> first(3);
    for (int i = 0; i < 3; ++i)
        first[i].name = QStringLiteral("Early %1").arg(i);
    ASSERT_TRUE(store.insertMany(first));
    ASSERT_TRUE(store.remove(first[2].id).ok()); // id 3 is never given again (AUTOINCREMENT)

    QList<Contact> many(300);
    for (int i = 0; i < many.size(); ++i) {
        many[i].name = QStringLiteral("Person %1 Quarrington").arg(i);
        many[i].headline = QStringLiteral("Engineer %1").arg(i);
        many[i].connectedOn = QDate(2024, 1, 1).addDays(i);
        many[i].emails = {{QStringLiteral("p%1@x.example").arg(i), QStringLiteral("work")}};
    }
    many[7].tags = {QStringLiteral("rust"), QStringLiteral("mentor")};
    many[8].strengthOverride = 0.5;
    ASSERT_TRUE(store.insertMany(many));
    for (int i = 0; i < many.size(); ++i)
        ASSERT_EQ(many[i].id, ContactId(4 + i)) << i;
    EXPECT_EQ(store.count().value(), 302);
    const Contact seventh = store.get(many[7].id).value();
    EXPECT_EQ(seventh.name, QStringLiteral("Person 7 Quarrington"));
    EXPECT_EQ(seventh.headline, QStringLiteral("Engineer 7"));
    EXPECT_EQ(seventh.connectedOn, QDate(2024, 1, 8));
    EXPECT_EQ(seventh.emails, many[7].emails);
    EXPECT_EQ(seventh.tags.size(), 2);
    EXPECT_EQ(seventh.createdAt, clock.nowUtc());
    EXPECT_EQ(store.get(many[8].id).value().strengthOverride, 0.5);
    // The search index has every one of them.
    const auto found = SearchStore(db.db()).find(Entity::Contact, {QStringLiteral("quarrington")}, 1000);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->size(), 300);
    // Nothing is left in the staging table.
    EXPECT_EQ(sql::scalar(db.db().connection(), QStringLiteral("SELECT count(*) FROM temp.contacts_staging")).value().toInt(), 0);

    // One row the database refuses (a company that does not exist): nothing of the 300 stays, and
    // the list gets its ids back.
    QList<Contact> refused(300);
    for (int i = 0; i < refused.size(); ++i)
        refused[i].name = QStringLiteral("Refused %1").arg(i);
    refused[299].company = CompanyId(999);
    EXPECT_FALSE(store.insertMany(refused));
    EXPECT_FALSE(refused[0].id.isValid());
    EXPECT_EQ(store.count().value(), 302);
    const auto none = SearchStore(db.db()).find(Entity::Contact, {QStringLiteral("refused")}, 10);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());
}

TEST(BulkInsert, EventsWithChildren)
{
    auto clock = test::fixedClock();
    test::TempDatabase db;
    EventStore store(db.db(), clock);
    QList<Event> events(2);
    events[0].name = QStringLiteral("RustConf");
    events[0].start = QDateTime(QDate(2027, 4, 15), QTime(7, 0), QTimeZone::utc());
    events[0].timeZone = QStringLiteral("Europe/Berlin");
    events[0].tags = {QStringLiteral("rust"), QStringLiteral("Rust"), QStringLiteral("talk")};
    events[0].costs = {{CostCategory::Ticket, 45000, QStringLiteral("EUR"), 1.0, QStringLiteral("early")}};
    events[1].name = QStringLiteral("Meetup");
    events[1].start = QDateTime(QDate(2027, 5, 1), QTime(17, 0), QTimeZone::utc());
    events[1].end = events[1].start.addSecs(7200);
    ASSERT_TRUE(store.insertMany(events));
    const Event read = store.get(events[0].id).value();
    EXPECT_EQ(read.tags, (QStringList{QStringLiteral("rust"), QStringLiteral("talk")}));
    EXPECT_EQ(read.costs, events[0].costs);
    EXPECT_EQ(read.timeZone, QStringLiteral("Europe/Berlin"));
    EXPECT_EQ(store.get(events[1].id).value().end, events[1].end);

    QList<Event> invalid(1);
    invalid[0].name = QStringLiteral("No start");
    EXPECT_FALSE(store.insertMany(invalid));
    EXPECT_EQ(store.count().value(), 2);
}
