#include "core/analytics/InsightsSeries.h"
#include "tests/support/QtPrinters.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace foothold;

namespace {

const QDate kToday(2026, 6, 15);

TalkSharePoint share(QDate day, double value, ConversationKind kind, qint64 id)
{
    // Noon local time: inside the day whatever the machine's zone.
    return {QDateTime(day, QTime(12, 0)).toUTC(), value, kind, ConversationId(id)};
}

InsightsInput sampleInput()
{
    InsightsInput in;
    // 2 LinkedIn contacts in 2025-01 (long before any range), 1 in 2026-05; 3 event contacts in 2026-06.
    in.contactsPerDayByChannel[Channel::LinkedIn] = {{QDate(2025, 1, 10), 2}, {QDate(2026, 5, 2), 1}};
    in.contactsPerDayByChannel[Channel::Event] = {{QDate(2026, 6, 1), 3}};
    in.conversationsPerDayByKind[ConversationKind::CoffeeChat] = {{QDate(2026, 6, 1), 2}, {QDate(2026, 6, 9), 1}};
    in.conversationsPerDayByKind[ConversationKind::JobInterview] = {{QDate(2026, 6, 2), 1}};
    in.shares = {share(QDate(2025, 6, 1), 0.60, ConversationKind::CoffeeChat, 1),
                 share(QDate(2026, 6, 1), 0.40, ConversationKind::CoffeeChat, 2),
                 share(QDate(2026, 6, 2), 0.50, ConversationKind::JobInterview, 3),
                 share(QDate(2026, 6, 9), 0.20, ConversationKind::CoffeeChat, 4)};
    in.applications = {{ApplicationSource::Referral, ApplicationStage::Offer, QDate(2026, 5, 1)},
                       {ApplicationSource::JobBoard, ApplicationStage::Applied, QDate(2026, 5, 3)},
                       {ApplicationSource::JobBoard, ApplicationStage::Interviewing, QDate(2025, 1, 3)}};
    return in;
}

} // namespace

TEST(InsightsSeries, RangeStartsAreCalendarMonthsBackPlusOneDay)
{
    EXPECT_EQ(insightsRangeStart(InsightsRange::Last3Months, kToday), QDate(2026, 3, 16));
    EXPECT_EQ(insightsRangeStart(InsightsRange::Last12Months, kToday), QDate(2025, 6, 16));
    EXPECT_FALSE(insightsRangeStart(InsightsRange::All, kToday).isValid());
    EXPECT_EQ(insightsRangeFromKey(QStringLiteral("6M")), InsightsRange::Last6Months);
    EXPECT_EQ(insightsRangeFromKey(QStringLiteral("2y")), std::nullopt);
}

TEST(InsightsSeries, GrowthCoversTheRangeAndCarriesEarlierContacts)
{
    InsightsFilter filter;
    filter.range = InsightsRange::Last3Months; // 2026-03-16 .. 2026-06-15: months March to June
    const InsightsSeries s = computeInsights(sampleInput(), filter, kToday);
    EXPECT_EQ(s.contactsWithDate, 6);
    ASSERT_EQ(s.growth.size(), 2);
    EXPECT_EQ(s.growth.at(0).channel, Channel::LinkedIn); // enum order
    EXPECT_EQ(s.growth.at(0).points,
              (QList<GrowthPoint>{{QDate(2026, 3, 1), 0, 2}, {QDate(2026, 4, 1), 0, 2}, {QDate(2026, 5, 1), 1, 3}, {QDate(2026, 6, 1), 0, 3}}));
    EXPECT_EQ(s.growth.at(1).points,
              (QList<GrowthPoint>{{QDate(2026, 3, 1), 0, 0}, {QDate(2026, 4, 1), 0, 0}, {QDate(2026, 5, 1), 0, 0}, {QDate(2026, 6, 1), 3, 3}}));
}

TEST(InsightsSeries, AllRunsFromTheFirstDataToToday)
{
    InsightsFilter filter;
    filter.range = InsightsRange::All;
    const InsightsSeries s = computeInsights(sampleInput(), filter, kToday);
    EXPECT_EQ(s.from, QDate(2025, 1, 3)); // the oldest application
    EXPECT_EQ(s.to, kToday);
    ASSERT_EQ(s.growth.size(), 2);
    EXPECT_EQ(s.growth.at(0).points.size(), 18); // 2025-01 .. 2026-06
    EXPECT_EQ(s.funnel.all.applications, 3);
    EXPECT_EQ(s.balance.points.size(), 4);
}

TEST(InsightsSeries, BalanceFiltersByKindAndAveragesPerTarget)
{
    InsightsFilter filter;
    filter.range = InsightsRange::Last6Months; // from 2025-12-16
    InsightsSeries s = computeInsights(sampleInput(), filter, kToday);
    ASSERT_EQ(s.balance.points.size(), 3); // the 2025-06 chat is before the range
    EXPECT_TRUE(s.balance.networkingKinds);
    EXPECT_TRUE(s.balance.interviews);
    // Networking average: over all time, so the first chat in the range averages with the 2025 one.
    ASSERT_EQ(s.balance.networkingAverage.size(), 2);
    EXPECT_DOUBLE_EQ(s.balance.networkingAverage.at(0).average, 0.5); // (0.6 + 0.4) / 2
    EXPECT_EQ(s.balance.networkingAverage.at(0).count, 2);
    EXPECT_DOUBLE_EQ(s.balance.networkingAverage.at(1).average, 0.4); // (0.6 + 0.4 + 0.2) / 3
    EXPECT_EQ(s.balance.networkingWindow, 5);
    ASSERT_EQ(s.balance.interviewAverage.size(), 1);
    EXPECT_DOUBLE_EQ(s.balance.interviewAverage.at(0).average, 0.5);

    filter.kind = ConversationKind::JobInterview;
    s = computeInsights(sampleInput(), filter, kToday);
    ASSERT_EQ(s.balance.points.size(), 1);
    EXPECT_EQ(s.balance.points.first().conversation, ConversationId(3));
    EXPECT_FALSE(s.balance.networkingKinds);
    EXPECT_TRUE(s.balance.networkingAverage.isEmpty());
    EXPECT_EQ(s.sharesAllTime, 4);
}

TEST(InsightsSeries, RollingWindowGrowsWithManyConversations)
{
    EXPECT_EQ(rollingWindowFor(0), 5);
    EXPECT_EQ(rollingWindowFor(239), 5);
    EXPECT_EQ(rollingWindowFor(400), 10);
    EXPECT_EQ(rollingWindowFor(15000), 375);
}

TEST(InsightsSeries, FunnelTakesApplicationsStartedInTheRangeAndSourceGroups)
{
    InsightsFilter filter;
    filter.range = InsightsRange::Last3Months;
    const InsightsSeries s = computeInsights(sampleInput(), filter, kToday);
    EXPECT_EQ(s.funnel.all.applications, 2); // the 2025 one is out
    EXPECT_EQ(s.applicationsAllTime, 3);
    EXPECT_EQ(s.funnel.all.appliedToOffer, (FunnelRate{1, 2, 0.5}));
    filter.coldOnly = true;
    EXPECT_EQ(selectedFunnelGroup(s.funnel, filter).applications, 1);
    EXPECT_EQ(selectedFunnelGroup(s.funnel, filter).furthest.value(ApplicationStage::Applied), 1);
    filter.coldOnly = false;
    filter.source = ApplicationSource::Referral;
    EXPECT_EQ(selectedFunnelGroup(s.funnel, filter).furthest.value(ApplicationStage::Offer), 1);
    filter.source = ApplicationSource::Event;
    EXPECT_EQ(selectedFunnelGroup(s.funnel, filter).applications, 0);
}

TEST(InsightsSeries, ActivityIsWeeklyOverTheRangeAndFollowsTheKindFilter)
{
    InsightsFilter filter;
    filter.range = InsightsRange::Last3Months;
    InsightsSeries s = computeInsights(sampleInput(), filter, kToday);
    // 2026-03-16 is a Monday; 2026-06-15 a Monday: weeks 03-16 … 06-15, 14 of them.
    ASSERT_EQ(s.activity.size(), 14);
    EXPECT_EQ(s.activity.first().weekStart, QDate(2026, 3, 16));
    const WeekActivity june1 = s.activity.at(11);
    EXPECT_EQ(june1.weekStart, QDate(2026, 6, 1));
    EXPECT_EQ(june1.conversations, 3); // two chats and the interview
    EXPECT_EQ(june1.newContacts, 3);
    filter.kind = ConversationKind::CoffeeChat;
    s = computeInsights(sampleInput(), filter, kToday);
    EXPECT_EQ(s.activity.at(11).conversations, 2);
    EXPECT_EQ(s.activity.at(12).conversations, 1);
}

TEST(InsightsSeries, NoDataGivesEmptySeriesAndZeroCounts)
{
    const InsightsSeries s = computeInsights({}, {}, kToday);
    EXPECT_TRUE(s.growth.isEmpty());
    EXPECT_TRUE(s.balance.points.isEmpty());
    EXPECT_EQ(s.contactsWithDate, 0);
    EXPECT_EQ(s.funnel.all.applications, 0);
    EXPECT_FALSE(s.funnel.all.appliedToOffer.rate.has_value());
}

// The Events chart's series: attended events only, by the UTC day of their start within the range;
// neither filter applies; computeEventReturn's figures (250.00 over two contacts: 125.00 each).
TEST(InsightsSeries, EventsAreTheAttendedOnesOfTheRange)
{
    auto facts = [](qint64 id, EventStatus status, QDate day, double costMinor, int contacts) {
        EventReturnFacts f;
        f.id = EventId(id);
        f.name = QStringLiteral("E%1").arg(id);
        f.status = status;
        f.start = QDateTime(day, QTime(23, 30), QTimeZone::utc());
        f.costMinor = costMinor;
        f.newContacts = contacts;
        return f;
    };
    InsightsInput in;
    in.events = {facts(1, EventStatus::Attended, QDate(2025, 3, 1), 90000, 0),
                 facts(2, EventStatus::Attended, QDate(2026, 3, 15), 0, 1),  // the day before the 3 months
                 facts(3, EventStatus::Attended, QDate(2026, 3, 16), 25000, 2),
                 facts(4, EventStatus::Skipped, QDate(2026, 4, 1), 10000, 0),
                 facts(5, EventStatus::Registered, QDate(2026, 7, 1), 50000, 0)};
    InsightsFilter filter;
    filter.range = InsightsRange::Last3Months;
    filter.kind = ConversationKind::JobInterview; // does not apply to events
    InsightsSeries s = computeInsights(in, filter, kToday);
    EXPECT_EQ(s.eventsAttendedAllTime, 3);
    ASSERT_EQ(s.events.size(), 1);
    EXPECT_EQ(s.events[0].facts.id, EventId(3));
    EXPECT_DOUBLE_EQ(s.events[0].costTotal, 250.0);
    ASSERT_TRUE(s.events[0].costPerContact.has_value());
    EXPECT_DOUBLE_EQ(*s.events[0].costPerContact, 125.0);

    filter.range = InsightsRange::Last12Months;
    EXPECT_EQ(computeInsights(in, filter, kToday).events.size(), 2);
    filter.range = InsightsRange::All; // with no other data at all, the events still come
    s = computeInsights(in, filter, kToday);
    ASSERT_EQ(s.events.size(), 3);
    EXPECT_FALSE(s.events[0].costPerContact.has_value()); // no contact: none, not a division by zero
}
