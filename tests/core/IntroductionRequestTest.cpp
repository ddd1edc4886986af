#include "core/services/IntroductionRequest.h"
#include "core/storage/ContactStore.h"
#include "core/storage/FollowUpStore.h"
#include "tests/support/TempDatabase.h"

#include <gtest/gtest.h>

using namespace foothold;

namespace {

PathHop hop(qint64 id, const QString &name, const QString &company = {})
{
    PathHop h;
    h.id = ContactId(id);
    h.name = name;
    h.companyName = company;
    return h;
}

} // namespace

TEST(IntroductionRequest, AskTheFirstHopForAnIntroductionToTheSecondGivingFirst)
{
    WarmPath path;
    path.hops << hop(1, QStringLiteral("Ana Lima"), QStringLiteral("Acme")) << hop(2, QStringLiteral("Ben Okafor"), QStringLiteral("Lumen"));
    const IntroductionDraft draft = draftIntroduction(path, QStringLiteral("Lumen"), true);
    EXPECT_EQ(draft.ask, ContactId(1));
    EXPECT_EQ(draft.introduceTo, ContactId(2));
    EXPECT_EQ(draft.title, QStringLiteral("Ask Ana Lima for an introduction to Ben Okafor (towards Lumen)"));
    EXPECT_TRUE(draft.message.startsWith(QStringLiteral("Hi Ana,\n\nI hope all is well at Acme.")));
    // Gives before it asks.
    const qsizetype gives = draft.message.indexOf(QStringLiteral("something I think you will find useful"));
    const qsizetype asks = draft.message.indexOf(QStringLiteral("Would you be comfortable introducing us?"));
    ASSERT_GE(gives, 0);
    ASSERT_GE(asks, 0);
    EXPECT_LT(gives, asks);
    EXPECT_TRUE(draft.message.contains(QStringLiteral("you know Ben Okafor there")));
    EXPECT_EQ(draft.ruleKey, QStringLiteral("introduction:1:2"));
}

TEST(IntroductionRequest, DirectAndLongerPathsAndPersonGoals)
{
    WarmPath direct;
    direct.hops << hop(1, QStringLiteral("Ana Lima"), QStringLiteral("Lumen"));
    EXPECT_EQ(draftIntroduction(direct, QStringLiteral("Lumen"), true).title, QStringLiteral("Ask Ana Lima about Lumen"));
    EXPECT_FALSE(draftIntroduction(direct, QStringLiteral("Lumen"), true).introduceTo.isValid());
    EXPECT_EQ(draftIntroduction(direct, QStringLiteral("Ana Lima"), false).title, QStringLiteral("Get in touch with Ana Lima"));

    WarmPath two;
    two.hops << hop(1, QStringLiteral("Ana")) << hop(2, QStringLiteral("Ben"));
    EXPECT_EQ(draftIntroduction(two, QStringLiteral("Ben"), false).title, QStringLiteral("Ask Ana for an introduction to Ben"));

    WarmPath three;
    three.hops << hop(1, QStringLiteral("Ana")) << hop(2, QStringLiteral("Carl")) << hop(3, QStringLiteral("Dana"));
    const IntroductionDraft far = draftIntroduction(three, QStringLiteral("Dana"), false);
    EXPECT_EQ(far.title, QStringLiteral("Ask Ana for an introduction to Carl (towards Dana)"));
    EXPECT_TRUE(far.message.contains(QStringLiteral("I am hoping to reach Dana, and I believe Carl knows them.")));
}

TEST(IntroductionRequest, CreatesOneFollowUpDueTomorrowAndNeverTwice)
{
    test::TempDatabase db;
    FixedClock clock = test::fixedClock();
    Contact ana;
    ana.name = QStringLiteral("Ana");
    Contact ben;
    ben.name = QStringLiteral("Ben");
    const ContactId anaId = *ContactStore(db.db(), clock).insert(ana);
    const ContactId benId = *ContactStore(db.db(), clock).insert(ben);
    WarmPath path;
    path.hops << hop(anaId.value, QStringLiteral("Ana")) << hop(benId.value, QStringLiteral("Ben"));

    auto id = createIntroductionFollowUp(db.db(), clock, path, QStringLiteral("Ben"), false);
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    auto made = FollowUpStore(db.db(), clock).get(*id);
    ASSERT_TRUE(made.ok());
    EXPECT_EQ(made->title, QStringLiteral("Ask Ana for an introduction to Ben"));
    EXPECT_EQ(made->contact, anaId);
    EXPECT_EQ(made->due, QDate(2026, 6, 16));
    EXPECT_TRUE(made->notes.startsWith(QStringLiteral("Hi Ana,")));

    auto again = createIntroductionFollowUp(db.db(), clock, path, QStringLiteral("Ben"), false);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, Error::Code::Conflict);
    EXPECT_EQ(FollowUpStore(db.db(), clock).count().value(), 1);
}
