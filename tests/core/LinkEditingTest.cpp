#include "core/services/LinkEditing.h"
#include "core/storage/ContactStore.h"
#include "core/storage/LinkStore.h"
#include "tests/support/TempDatabase.h"

#include <gtest/gtest.h>

using namespace foothold;

namespace {

class LinkEditingTest : public ::testing::Test {
protected:
    ContactId add(const QString &name)
    {
        Contact c;
        c.name = name;
        auto id = ContactStore(db.db(), clock).insert(c);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : ContactId();
    }
    Link between(ContactId a, ContactId b, LinkKind kind = LinkKind::Knows, LinkSource source = LinkSource::Manual)
    {
        Link l;
        l.from = a;
        l.to = b;
        l.kind = kind;
        l.source = source;
        return l;
    }

    test::TempDatabase db;
    FixedClock clock = test::fixedClock();
};

} // namespace

TEST_F(LinkEditingTest, AddsTheUsersOwnLinkAndRefusesTheSameTwice)
{
    const ContactId ana = add(QStringLiteral("Ana"));
    const ContactId ben = add(QStringLiteral("Ben"));
    auto added = addLinkByHand(db.db(), between(ana, ben, LinkKind::Knows, LinkSource::InferredEvent));
    ASSERT_TRUE(added.ok());
    EXPECT_FALSE(added->revived);
    EXPECT_EQ(LinkStore(db.db()).get(added->id)->source, LinkSource::Manual); // entered by hand, whatever was asked
    // "knows" goes both ways: Ben knows Ana is the same tie.
    auto again = addLinkByHand(db.db(), between(ben, ana));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, Error::Code::Conflict);
    EXPECT_EQ(again.error().field, QStringLiteral("kind"));
    EXPECT_EQ(*LinkStore(db.db()).count(), 1);
}

TEST_F(LinkEditingTest, RefusesALinkToOneselfAndAStrengthOutOfRange)
{
    const ContactId ana = add(QStringLiteral("Ana"));
    const ContactId ben = add(QStringLiteral("Ben"));
    auto self = addLinkByHand(db.db(), between(ana, ana));
    ASSERT_FALSE(self.ok());
    EXPECT_EQ(self.error().field, QStringLiteral("to"));
    Link strong = between(ana, ben);
    strong.strength = 1.5;
    auto bad = addLinkByHand(db.db(), strong);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, QStringLiteral("strength"));
    EXPECT_EQ(*LinkStore(db.db()).count(), 0);
}

TEST_F(LinkEditingTest, RemovingDeletesAnEnteredLinkAndDismissesADerivedOne)
{
    const ContactId ana = add(QStringLiteral("Ana"));
    const ContactId ben = add(QStringLiteral("Ben"));
    const ContactId chen = add(QStringLiteral("Chen"));
    const LinkId mine = *LinkStore(db.db()).insert(between(ana, ben));
    const LinkId inferred = *LinkStore(db.db()).insert(between(ana, chen, LinkKind::WorksWith, LinkSource::InferredCompany));

    auto removed = removeOrDismissLink(db.db(), mine);
    ASSERT_TRUE(removed.ok());
    EXPECT_FALSE(*removed);
    EXPECT_FALSE(LinkStore(db.db()).get(mine).ok());

    auto dismissed = removeOrDismissLink(db.db(), inferred);
    ASSERT_TRUE(dismissed.ok());
    EXPECT_TRUE(*dismissed);
    EXPECT_TRUE(LinkStore(db.db()).get(inferred)->dismissed);
    // Already dismissed: nothing left to remove.
    auto twice = removeOrDismissLink(db.db(), inferred);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, Error::Code::NotFound);
}

TEST_F(LinkEditingTest, EnteringADismissedDerivedLinkRestoresItAsTheUsersOwn)
{
    const ContactId ana = add(QStringLiteral("Ana"));
    const ContactId chen = add(QStringLiteral("Chen"));
    const LinkId inferred = *LinkStore(db.db()).insert(between(ana, chen, LinkKind::WorksWith, LinkSource::InferredCompany));
    ASSERT_TRUE(removeOrDismissLink(db.db(), inferred).ok());
    Link mine = between(chen, ana, LinkKind::WorksWith);
    mine.strength = 0.8;
    auto added = addLinkByHand(db.db(), mine);
    ASSERT_TRUE(added.ok());
    EXPECT_TRUE(added->revived);
    EXPECT_EQ(added->id, inferred);
    const Link back = *LinkStore(db.db()).get(inferred);
    EXPECT_FALSE(back.dismissed);
    EXPECT_EQ(back.source, LinkSource::Manual);
    EXPECT_DOUBLE_EQ(back.strength, 0.8);
    EXPECT_EQ(*LinkStore(db.db()).count(), 1);
}
