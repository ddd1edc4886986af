#include "core/analytics/TieStrength.h"

#include <gtest/gtest.h>

using namespace foothold;

namespace {

const QDate kToday(2026, 6, 15);

TieTouch touch(int daysAgo, ConversationChannel channel = ConversationChannel::InPerson)
{
    return {kToday.addDays(-daysAgo), channel};
}

} // namespace

TEST(TieStrength, AConnectionWithNoConversationIsAWeakTie)
{
    const TieStrength tie = tieStrength({}, kToday);
    EXPECT_DOUBLE_EQ(tie.value, 0.2); // the base
    EXPECT_EQ(tie.level, TieLevel::Weak);
    EXPECT_EQ(tie.explanation, QStringLiteral("weak: connected, no conversations logged"));
}

TEST(TieStrength, SixConversationsFadingWithAHalfLifeOf180Days)
{
    TieInput input;
    for (int age : {12, 30, 60, 90, 180, 360})
        input.conversations << touch(age);
    // A = 2^(-12/180) + 2^(-30/180) + 2^(-60/180) + 2^(-90/180) + 2^(-1) + 2^(-2)
    //   = 0.954842 + 0.890899 + 0.793701 + 0.707107 + 0.5 + 0.25 = 4.096548
    // strength = 0.2 + 0.6 * 4.096548 / 5.096548 = 0.2 + 0.6 * 0.803789 = 0.682273
    const TieStrength tie = tieStrength(input, kToday);
    EXPECT_NEAR(tie.activity, 4.096548, 1e-6);
    EXPECT_NEAR(tie.value, 0.682273, 1e-6);
    EXPECT_EQ(tie.level, TieLevel::Strong);
    EXPECT_EQ(tie.conversations, 6);
    EXPECT_EQ(tie.daysSinceLast, 12);
    EXPECT_EQ(tie.explanation, QStringLiteral("strong: 6 conversations, last 12 days ago"));
}

TEST(TieStrength, InPersonBeatsACallWhichBeatsAMessage)
{
    auto one = [](ConversationChannel channel) {
        TieInput input;
        input.conversations << touch(0, channel);
        return tieStrength(input, kToday).value;
    };
    EXPECT_DOUBLE_EQ(one(ConversationChannel::InPerson), 0.5);           // 0.2 + 0.6 * 1/2
    EXPECT_NEAR(one(ConversationChannel::Video), 0.447059, 1e-6);        // 0.2 + 0.6 * 0.7/1.7
    EXPECT_NEAR(one(ConversationChannel::Phone), 0.447059, 1e-6);
    EXPECT_NEAR(one(ConversationChannel::Message), 0.371429, 1e-6);      // 0.2 + 0.6 * 0.4/1.4
    EXPECT_NEAR(one(ConversationChannel::Email), 0.371429, 1e-6);
}

TEST(TieStrength, AConversationOneHalfLifeAgoCountsHalf)
{
    TieInput input;
    input.conversations << touch(180);
    const TieStrength tie = tieStrength(input, kToday);
    EXPECT_DOUBLE_EQ(tie.activity, 0.5);
    EXPECT_NEAR(tie.value, 0.4, 1e-12); // 0.2 + 0.6 * 0.5/1.5
    EXPECT_EQ(tie.level, TieLevel::Medium);
    EXPECT_EQ(tie.explanation, QStringLiteral("medium: 1 conversation, 6 months ago"));
}

TEST(TieStrength, MixedChannelsAndAMentor)
{
    TieInput input;
    input.role = ContactRole::Mentor;
    input.conversations << touch(90) << touch(10, ConversationChannel::Email) << touch(400, ConversationChannel::Phone);
    // A = 2^(-0.5) + 0.4 * 2^(-10/180) + 0.7 * 2^(-400/180)
    //   = 0.707107 + 0.4 * 0.962224 + 0.7 * 0.214311 = 0.707107 + 0.384890 + 0.150018 = 1.242014
    // strength = 0.2 + 0.6 * 1.242014 / 2.242014 + 0.2 = 0.2 + 0.332384 + 0.2 = 0.732383
    const TieStrength tie = tieStrength(input, kToday);
    EXPECT_NEAR(tie.activity, 1.242014, 1e-6);
    EXPECT_NEAR(tie.value, 0.732383, 1e-6);
    EXPECT_EQ(tie.explanation, QStringLiteral("strong: 3 conversations, last 10 days ago; mentor"));
}

TEST(TieStrength, RoleBonusesAndTheCeiling)
{
    TieInput colleague;
    colleague.role = ContactRole::FormerColleague;
    EXPECT_NEAR(tieStrength(colleague, kToday).value, 0.3, 1e-12);
    EXPECT_EQ(tieStrength(colleague, kToday).explanation, QStringLiteral("weak: connected, no conversations logged; former colleague"));

    TieInput mentor;
    mentor.role = ContactRole::Mentor;
    EXPECT_NEAR(tieStrength(mentor, kToday).value, 0.4, 1e-12);
    EXPECT_EQ(tieStrength(mentor, kToday).level, TieLevel::Medium);

    // 200 conversations in 200 days: A = sum of 2^(-i/180), i = 0..199 = (1 - 2^(-200/180)) / (1 - 2^(-1/180))
    //   = 0.5373 / 0.003843 = 139.74; 0.2 + 0.6 * 139.74/140.74 + 0.2 = 0.99574: near the ceiling of 1, never past it.
    for (int i = 0; i < 200; ++i)
        mentor.conversations << touch(i);
    EXPECT_NEAR(tieStrength(mentor, kToday).value, 0.99574, 1e-4);
    EXPECT_LE(tieStrength(mentor, kToday).value, 1.0);
}

TEST(TieStrength, TheOverrideWinsAndSaysSo)
{
    TieInput input;
    input.conversations << touch(3);
    input.strengthOverride = 0.9;
    const TieStrength tie = tieStrength(input, kToday);
    EXPECT_DOUBLE_EQ(tie.value, 0.9);
    EXPECT_TRUE(tie.overridden);
    EXPECT_EQ(tie.explanation, QStringLiteral("strong: set by you (0.9)"));

    input.strengthOverride = 0.1;
    EXPECT_EQ(tieStrength(input, kToday).explanation, QStringLiteral("weak: set by you (0.1)"));
}

TEST(TieStrength, AProspectHasNoTieAndPlannedConversationsDoNotCount)
{
    TieInput prospect;
    prospect.connection = false;
    EXPECT_DOUBLE_EQ(tieStrength(prospect, kToday).value, 0.0);
    EXPECT_EQ(tieStrength(prospect, kToday).level, TieLevel::None);
    EXPECT_EQ(tieStrength(prospect, kToday).explanation, QStringLiteral("no tie: not met yet"));

    TieInput planned;
    planned.conversations << TieTouch{kToday.addDays(5), ConversationChannel::InPerson};
    EXPECT_DOUBLE_EQ(tieStrength(planned, kToday).value, 0.2);
    EXPECT_EQ(tieStrength(planned, kToday).conversations, 0);
}

TEST(TieStrength, RecencyWordsInTheExplanation)
{
    auto said = [](int daysAgo) {
        TieInput input;
        input.conversations << touch(daysAgo);
        return tieStrength(input, kToday).explanation;
    };
    EXPECT_TRUE(said(0).endsWith(QStringLiteral("1 conversation, today")));
    EXPECT_TRUE(said(1).endsWith(QStringLiteral("1 conversation, yesterday")));
    EXPECT_TRUE(said(59).endsWith(QStringLiteral("59 days ago")));
    EXPECT_TRUE(said(60).endsWith(QStringLiteral("2 months ago")));
    EXPECT_TRUE(said(800).endsWith(QStringLiteral("2 years ago")));
}
