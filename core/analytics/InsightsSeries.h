#pragma once

#include "core/analytics/Activity.h"
#include "core/analytics/EventReturn.h"
#include "core/analytics/Funnel.h"
#include "core/analytics/NetworkGrowth.h"
#include "core/analytics/TalkTrend.h"
#include "core/domain/Enums.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QPair>

#include <optional>

namespace foothold {

// The series of the Insights page, cut to a date range and filters, from the raw aggregates the
// page loads (InsightsStore). The page loads the aggregates once per change of the data and calls
// computeInsights() for every change of the filters: no query runs when a filter changes.
// docs/TALK.md ("The other insights series") defines each series. Pure.

enum class InsightsRange { Last3Months, Last6Months, Last12Months, All };
[[nodiscard]] QString toKey(InsightsRange range); // "3m", "6m", "12m", "all"
[[nodiscard]] std::optional<InsightsRange> insightsRangeFromKey(const QString &key);

struct InsightsFilter {
    InsightsRange range = InsightsRange::Last12Months;
    std::optional<ConversationKind> kind;    // none: every kind (balance and activity)
    std::optional<ApplicationSource> source; // none: every source (the funnel's stages)
    bool coldOnly = false;                   // every source but referral; wins over `source`

    bool operator==(const InsightsFilter &) const = default;
};

// What InsightsStore gives, unfiltered.
struct InsightsInput {
    QMap<Channel, QList<QPair<QDate, qint64>>> contactsPerDayByChannel;
    QMap<ConversationKind, QList<QPair<QDate, qint64>>> conversationsPerDayByKind;
    QList<TalkSharePoint> shares; // oldest first
    QList<DatedApplication> applications;
    QList<EventReturnFacts> events; // every event, by start (EventPlannerStore::returnFacts)
};

// The talk-balance chart: points, and a rolling average per target (networking kinds and job
// interviews have different targets, so one average over both would mean nothing).
struct BalanceSeries {
    QList<TalkSharePoint> points;          // in the range, of the kind filtered, oldest first
    QList<RollingShare> networkingAverage; // over networking kinds, the last networkingWindow conversations
    QList<RollingShare> interviewAverage;  // over job interviews, the last interviewWindow
    int networkingWindow = 0;
    int interviewWindow = 0;
    bool networkingKinds = false;          // whether the filter lets networking kinds in (draw their band)
    bool interviews = false;               // whether it lets job interviews in
};

struct InsightsSeries {
    QDate from;                       // first day of the range (the earliest data for All); invalid when no data at all
    QDate to;                         // last day (today, or the latest data when later)
    // Month by month over the range, per channel; totals include contacts connected before it.
    QList<ChannelGrowth> growth;
    qint64 contactsWithDate = 0;      // every contact with a date connected, all time
    BalanceSeries balance;
    qint64 sharesAllTime = 0;         // conversations with a share, any kind, all time
    Funnel funnel;                    // applications started in the range
    qint64 applicationsAllTime = 0;
    QList<WeekActivity> activity;     // weeks of the range
    qint64 conversationsAllTime = 0;
    // The events chart: attended events starting in the range (by their UTC start day), by start,
    // with their return (computeEventReturn). Neither filter applies: an event's return counts
    // every kind of conversation and every application (docs/EVENTS.md, "Return").
    QList<EventReturn> events;
    qint64 eventsAttendedAllTime = 0;
};

// Conversations per rolling average: at least kRollingWindow, more when the range holds many, so that
// the line follows the trend rather than every conversation (rollingWindowFor).
inline constexpr int kRollingWindow = 5;
// The window for `count` conversations in the range: kRollingWindow, or count / 40 when that is larger
// (about 40 independent steps across the chart).
[[nodiscard]] int rollingWindowFor(qsizetype count);

// The first day of `range` ending `today` (3 months: today three months ago, plus one day); invalid for All.
[[nodiscard]] QDate insightsRangeStart(InsightsRange range, QDate today);

[[nodiscard]] InsightsSeries computeInsights(const InsightsInput &input, const InsightsFilter &filter, QDate today);

// The funnel group a filter selects: all, referral, cold or one source.
[[nodiscard]] const FunnelGroup &selectedFunnelGroup(const Funnel &funnel, const InsightsFilter &filter);

} // namespace foothold
