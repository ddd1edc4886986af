#include "core/analytics/Activity.h"
#include "core/analytics/Funnel.h"
#include "core/analytics/NetworkGrowth.h"
#include "core/analytics/TalkTrend.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

using S = ApplicationSource;
using G = ApplicationStage;

QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}

} // namespace

TEST(Funnel, FurthestStagesConversionsAndReferralAgainstCold)
{
    const QList<QPair<S, G>> apps = {
        {S::Referral, G::Offer},      {S::Referral, G::Interviewing}, {S::Referral, G::Applied},   {S::Referral, G::Accepted},
        {S::JobBoard, G::Applied},    {S::JobBoard, G::Applied},      {S::JobBoard, G::Screening}, {S::JobBoard, G::Interviewing},
        {S::CompanySite, G::Saved},   {S::Recruiter, G::Rejected},    {S::CompanySite, G::Applied},
    };
    const Funnel f = applicationFunnel(apps);

    EXPECT_EQ(f.all.applications, 11);
    EXPECT_EQ(f.all.furthest.value(G::Saved), 2); // the rejected one never got past saved
    EXPECT_EQ(f.all.furthest.value(G::Applied), 4);
    EXPECT_EQ(f.all.furthest.value(G::Screening), 1);
    EXPECT_EQ(f.all.furthest.value(G::Interviewing), 2);
    EXPECT_EQ(f.all.furthest.value(G::Offer), 1);
    EXPECT_EQ(f.all.furthest.value(G::Accepted), 1);
    EXPECT_EQ(f.all.furthest.size(), 6);
    EXPECT_EQ(f.all.applied, 9);
    EXPECT_EQ(f.all.interviewed, 4);
    EXPECT_EQ(f.all.offered, 2);
    EXPECT_EQ(f.all.appliedToInterview, (FunnelRate{4, 9, 4.0 / 9.0}));
    EXPECT_EQ(f.all.interviewToOffer, (FunnelRate{2, 4, 0.5}));
    EXPECT_EQ(f.all.appliedToOffer, (FunnelRate{2, 9, 2.0 / 9.0}));

    EXPECT_EQ(f.referral.applications, 4);
    EXPECT_EQ(f.referral.appliedToInterview, (FunnelRate{3, 4, 0.75}));
    EXPECT_EQ(f.referral.interviewToOffer, (FunnelRate{2, 3, 2.0 / 3.0}));
    EXPECT_EQ(f.referral.appliedToOffer, (FunnelRate{2, 4, 0.5}));

    EXPECT_EQ(f.cold.applications, 7);
    EXPECT_EQ(f.cold.appliedToInterview, (FunnelRate{1, 5, 0.2}));
    EXPECT_EQ(f.cold.interviewToOffer, (FunnelRate{0, 1, 0.0}));
    EXPECT_EQ(f.cold.appliedToOffer, (FunnelRate{0, 5, 0.0}));

    ASSERT_EQ(f.bySource.size(), 6);
    EXPECT_EQ(f.bySource.value(S::JobBoard).applications, 4);
    EXPECT_EQ(f.bySource.value(S::JobBoard).appliedToInterview, (FunnelRate{1, 4, 0.25}));
    // Nothing to divide by: no rate, and the counts say why.
    EXPECT_EQ(f.bySource.value(S::Recruiter).appliedToInterview, (FunnelRate{0, 0, std::nullopt}));
    EXPECT_EQ(f.bySource.value(S::Event).applications, 0);
    EXPECT_FALSE(f.bySource.value(S::Event).interviewToOffer.rate.has_value());
}

TEST(Funnel, NoApplicationsAtAll)
{
    const Funnel f = applicationFunnel({});
    EXPECT_EQ(f.all.applications, 0);
    EXPECT_FALSE(f.all.appliedToInterview.rate.has_value());
    EXPECT_FALSE(f.referral.appliedToOffer.rate.has_value());
    EXPECT_EQ(f.all.furthest.value(G::Offer), 0);
}

TEST(NetworkGrowth, SplitByChannelOnOneAxis)
{
    QMap<Channel, QList<QPair<QDate, qint64>>> input;
    input[Channel::LinkedIn] = {{day(2024, 1, 15), 3}, {day(2024, 3, 2), 2}};
    input[Channel::Event] = {{day(2024, 2, 10), 1}};
    input[Channel::Alumni] = {};
    input[Channel::Referral] = {{day(2024, 2, 1), 0}};
    const QList<ChannelGrowth> series = networkGrowthByChannel(input);
    ASSERT_EQ(series.size(), 2);
    EXPECT_EQ(series[0].channel, Channel::LinkedIn);
    EXPECT_EQ(series[0].points, (QList<GrowthPoint>{{day(2024, 1, 1), 3, 3}, {day(2024, 2, 1), 0, 3}, {day(2024, 3, 1), 2, 5}}));
    EXPECT_EQ(series[1].channel, Channel::Event);
    EXPECT_EQ(series[1].points, (QList<GrowthPoint>{{day(2024, 1, 1), 0, 0}, {day(2024, 2, 1), 1, 1}, {day(2024, 3, 1), 0, 1}}));
    EXPECT_TRUE(networkGrowthByChannel({}).isEmpty());
}

TEST(Activity, IsoWeeksWithoutHoles)
{
    const QList<QPair<QDate, qint64>> conversations = {{day(2026, 1, 1), 2}, {day(2026, 1, 5), 1}, {day(2026, 1, 20), 1}};
    const QList<QPair<QDate, qint64>> contacts = {{day(2025, 12, 29), 3}, {day(2026, 1, 11), 1}};
    const QList<WeekActivity> weeks = weeklyActivity(conversations, contacts);
    // 2026-01-01 is a Thursday: its ISO week 1 starts on Monday 2025-12-29.
    EXPECT_EQ(weeks, (QList<WeekActivity>{{day(2025, 12, 29), 2026, 1, 2, 3},
                                          {day(2026, 1, 5), 2026, 2, 1, 1},
                                          {day(2026, 1, 12), 2026, 3, 0, 0},
                                          {day(2026, 1, 19), 2026, 4, 1, 0}}));

    const QList<WeekActivity> ranged = weeklyActivity(conversations, contacts, day(2026, 1, 6), day(2026, 1, 13));
    EXPECT_EQ(ranged, (QList<WeekActivity>{{day(2026, 1, 5), 2026, 2, 0, 1}, {day(2026, 1, 12), 2026, 3, 0, 0}}));

    const QList<WeekActivity> newYear = weeklyActivity({{day(2027, 1, 1), 1}}, {});
    ASSERT_EQ(newYear.size(), 1);
    EXPECT_EQ(newYear[0].weekStart, day(2026, 12, 28));
    EXPECT_EQ(newYear[0].isoYear, 2026);
    EXPECT_EQ(newYear[0].isoWeek, 53);
    EXPECT_TRUE(weeklyActivity({}, {}).isEmpty());
}

TEST(TalkTrend, TrailingMeanInTimeOrder)
{
    auto at = [](int d) { return QDateTime(day(2026, 3, d), QTime(12, 0), QTimeZone::utc()); };
    const QList<TalkSharePoint> points = {{at(4), 0.1, ConversationKind::CoffeeChat, ConversationId(4)},
                                          {at(1), 0.2, ConversationKind::CoffeeChat, ConversationId(1)},
                                          {at(3), 0.6, ConversationKind::JobInterview, ConversationId(3)},
                                          {at(2), 0.4, ConversationKind::CoffeeChat, ConversationId(2)}};
    const QList<RollingShare> rolling = rollingAverageShare(points, 3);
    ASSERT_EQ(rolling.size(), 4);
    EXPECT_EQ(rolling[0].when, at(1));
    EXPECT_DOUBLE_EQ(rolling[0].average, 0.2);
    EXPECT_EQ(rolling[0].count, 1);
    EXPECT_DOUBLE_EQ(rolling[1].average, 0.3);
    EXPECT_DOUBLE_EQ(rolling[2].average, 0.4);
    EXPECT_EQ(rolling[2].count, 3);
    EXPECT_DOUBLE_EQ(rolling[3].average, (0.4 + 0.6 + 0.1) / 3);
    EXPECT_EQ(rolling[3].count, 3);
    const QList<RollingShare> one = rollingAverageShare(points, 0);
    EXPECT_DOUBLE_EQ(one[2].average, 0.6);
    EXPECT_TRUE(rollingAverageShare({}, 5).isEmpty());
}
