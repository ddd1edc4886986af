#include "core/storage/ContactStore.h"
#include "core/storage/EventStore.h"
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
