#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/ContactSummaryReader.h"
#include "core/storage/ConversationStore.h"
#include "tests/support/TempDatabase.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace foothold;

TEST(ContactSummaryReader, ReadsEveryListColumnTagsAndTheLastConversation)
{
    test::TempDatabase db;
    FixedClock clock = test::fixedClock();
    ContactStore contacts(db.db(), clock);
    const CompanyId lumen = CompanyStore(db.db(), clock).findOrCreate(QStringLiteral("Lumen")).value();
    Contact ana;
    ana.name = QStringLiteral("Ana Lima");
    ana.headline = QStringLiteral("Staff Engineer");
    ana.company = lumen;
    ana.emails = {{QStringLiteral("ana@lumen.io"), QStringLiteral("work")}, {QStringLiteral("ana@home.net"), {}}};
    ana.location = QStringLiteral("Lisbon");
    ana.channel = Channel::OnlineCommunity;
    ana.role = ContactRole::HiringManager;
    ana.connectedOn = QDate(2025, 3, 12);
    ana.cadenceDays = 30;
    ana.tags = {QStringLiteral("rust"), QStringLiteral("mentor")};
    const ContactId anaId = contacts.insert(ana).value();
    Contact ben;
    ben.name = QStringLiteral("Ben \"Benji\" Okafor");
    ben.emails = {{QStringLiteral("ben+jobs@example.com"), {}}};
    ben.prospect = true;
    ben.headline = QStringLiteral("Staff Engineer"); // the same title, pooled
    const ContactId benId = contacts.insert(ben).value();
    Contact cam;
    cam.name = QStringLiteral("Cam");
    const ContactId camId = contacts.insert(cam).value();
    ConversationStore conversations(db.db(), clock);
    for (const auto &[who, when] : {std::pair{anaId, QDateTime(QDate(2026, 5, 1), QTime(9, 30), QTimeZone::utc())},
                                    std::pair{anaId, QDateTime(QDate(2026, 6, 1), QTime(18, 0), QTimeZone::utc())},
                                    std::pair{camId, QDateTime(QDate(2026, 1, 2), QTime(8, 0), QTimeZone::utc())}}) {
        Conversation v;
        v.when = when;
        v.contacts = {who};
        ASSERT_TRUE(conversations.insert(v).ok());
    }

    auto rows = ContactSummaryReader(db.db()).read();
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 3);
    const ContactSummary &a = rows->at(0);
    EXPECT_EQ(a.id, anaId);
    EXPECT_EQ(a.name, QStringLiteral("Ana Lima"));
    EXPECT_EQ(a.headline, QStringLiteral("Staff Engineer"));
    EXPECT_EQ(a.company, lumen);
    EXPECT_EQ(a.email, QStringLiteral("ana@lumen.io"));
    EXPECT_EQ(a.location, QStringLiteral("Lisbon"));
    EXPECT_EQ(a.channel, Channel::OnlineCommunity);
    EXPECT_EQ(a.role, ContactRole::HiringManager);
    EXPECT_EQ(a.connectedOn, QDate(2025, 3, 12));
    EXPECT_EQ(a.cadenceDays, 30);
    EXPECT_FALSE(a.prospect);
    QStringList tags = a.tags;
    tags.sort();
    EXPECT_EQ(tags, (QStringList{QStringLiteral("mentor"), QStringLiteral("rust")}));
    EXPECT_EQ(a.lastConversation, QDateTime(QDate(2026, 6, 1), QTime(18, 0), QTimeZone::utc()));
    const ContactSummary &b = rows->at(1);
    EXPECT_EQ(b.name, QStringLiteral("Ben \"Benji\" Okafor"));
    EXPECT_EQ(b.email, QStringLiteral("ben+jobs@example.com"));
    EXPECT_TRUE(b.prospect);
    EXPECT_TRUE(b.tags.isEmpty());
    EXPECT_FALSE(b.lastConversation.isValid());
    EXPECT_FALSE(b.connectedOn.isValid());
    EXPECT_EQ(rows->at(2).lastConversation, QDateTime(QDate(2026, 1, 2), QTime(8, 0), QTimeZone::utc()));
    EXPECT_TRUE(rows->at(2).email.isEmpty());

    // Some ids only, and the store's own entry point gives the same.
    auto some = ContactSummaryReader(db.db()).read({camId, anaId});
    ASSERT_TRUE(some.ok());
    ASSERT_EQ(some->size(), 2);
    EXPECT_EQ(some->at(0).id, anaId);
    EXPECT_EQ(some->at(0).tags.size(), 2);
    EXPECT_EQ(some->at(1).id, camId);
    EXPECT_EQ(contacts.summaries({benId}).size(), 1);
}

TEST(ContactSummaryReader, FirstTypedValueReadsOurJsonAndAnyOther)
{
    EXPECT_EQ(firstTypedValue("[]"), QString());
    EXPECT_EQ(firstTypedValue(""), QString());
    EXPECT_EQ(firstTypedValue("[{\"value\":\"a@b.c\",\"type\":\"work\"}]"), QStringLiteral("a@b.c"));
    EXPECT_EQ(firstTypedValue("[{\"type\":\"work\",\"value\":\"x@y.z\"}]"), QStringLiteral("x@y.z")); // keys in another order
    EXPECT_EQ(firstTypedValue("[{\"value\":\"caf\\u00e9@b.c\"}]"), QStringLiteral("café@b.c"));
    EXPECT_EQ(firstTypedValue("not json"), QString());
}

TEST(ContactSummaryReader, FirstTypedValueScansSpacedAndOtherMembers)
{
    EXPECT_EQ(firstTypedValue("[ { \"type\" : \"work\" , \"value\" : \"a@b.c\" } ]"), QStringLiteral("a@b.c"));
    EXPECT_EQ(firstTypedValue("[{\"type\":\"work\",\"label\":\"x\",\"value\":\"v@w.x\"},{\"value\":\"second\"}]"), QStringLiteral("v@w.x"));
    // Not plain strings before the value: the parser reads them.
    EXPECT_EQ(firstTypedValue("[{\"primary\":true,\"value\":\"p@q.r\"}]"), QStringLiteral("p@q.r"));
    EXPECT_EQ(firstTypedValue("[{\"type\":\"w\\\"x\",\"value\":\"e@f.g\"}]"), QStringLiteral("e@f.g"));
    EXPECT_EQ(firstTypedValue("[{\"type\":\"work\"}]"), QString()); // no value at all
    EXPECT_EQ(firstTypedValue("[{\"value\":\"unterminated"), QString());
}

TEST(ContactSummaryReader, TheLastConversationIsTheLatestOfEveryOneAContactWasIn)
{
    // Read for all contacts (two tables joined in memory) and for some ids (joined in SQL): the
    // same answers, whatever order the conversations were entered in.
    test::TempDatabase db;
    FixedClock clock = test::fixedClock();
    ContactStore contacts(db.db(), clock);
    QList<ContactId> ids;
    for (const char *name : {"Ana", "Ben", "Cam", "Dee"}) {
        Contact c;
        c.name = QString::fromLatin1(name);
        ids << contacts.insert(c).value();
    }
    ConversationStore conversations(db.db(), clock);
    const auto talk = [&](QDateTime when, QList<ContactId> who) {
        Conversation v;
        v.when = std::move(when);
        v.contacts = std::move(who);
        ASSERT_TRUE(conversations.insert(v).ok());
    };
    const QDateTime june(QDate(2026, 6, 1), QTime(18, 0), QTimeZone::utc());
    const QDateTime march(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc());
    const QDateTime may(QDate(2026, 5, 31), QTime(23, 59, 59), QTimeZone::utc());
    talk(june, {ids[0], ids[1]}); // shared by Ana and Ben
    talk(march, {ids[0]});        // older, entered later
    talk(may, {ids[1], ids[2]});
    talk(march, {ids[2]});

    for (const QList<ContactId> &only : {QList<ContactId>{}, ids}) {
        auto rows = ContactSummaryReader(db.db()).read(only);
        ASSERT_TRUE(rows.ok());
        ASSERT_EQ(rows->size(), 4);
        EXPECT_EQ(rows->at(0).lastConversation, june);
        EXPECT_EQ(rows->at(1).lastConversation, june);
        EXPECT_EQ(rows->at(2).lastConversation, may);
        EXPECT_FALSE(rows->at(3).lastConversation.isValid());
    }
}
