#include "core/analytics/InsightsSeries.h"

#include <QDateTime>

#include <algorithm>
#include <functional>

namespace foothold {
namespace {

QDate monthOf(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

// The earliest and latest day in any of the lists.
template <typename Key>
void widen(const QMap<Key, QList<QPair<QDate, qint64>>> &perDay, QDate &first, QDate &last)
{
    for (const auto &days : perDay) {
        for (const auto &[day, count] : days) {
            if (!day.isValid() || count == 0)
                continue;
            first = !first.isValid() || day < first ? day : first;
            last = !last.isValid() || day > last ? day : last;
        }
    }
}

// A channel's series over exactly the months fromMonth..toMonth: totals carry contacts connected
// before the first month; months after the last data month keep the last total.
ChannelGrowth clip(const ChannelGrowth &full, QDate fromMonth, QDate toMonth)
{
    ChannelGrowth out{full.channel, {}};
    qsizetype i = 0;
    qint64 total = 0;
    for (QDate month = fromMonth; month <= toMonth; month = month.addMonths(1)) {
        while (i < full.points.size() && full.points.at(i).month < month)
            total = full.points.at(i++).total;
        qint64 added = 0;
        if (i < full.points.size() && full.points.at(i).month == month) {
            added = full.points.at(i).added;
            total = full.points.at(i++).total;
        }
        out.points.append({month, added, total});
    }
    return out;
}

QList<QPair<QDate, qint64>> merged(const QMap<ConversationKind, QList<QPair<QDate, qint64>>> &perKind,
                                   std::optional<ConversationKind> only)
{
    QList<QPair<QDate, qint64>> out;
    for (auto it = perKind.constBegin(); it != perKind.constEnd(); ++it)
        if (!only || it.key() == *only)
            out += it.value();
    return out;
}

QList<QPair<QDate, qint64>> merged(const QMap<Channel, QList<QPair<QDate, qint64>>> &perChannel)
{
    QList<QPair<QDate, qint64>> out;
    for (const auto &days : perChannel)
        out += days;
    return out;
}

// The rolling average of the points `wanted` lets through, over all time (so the first points of a
// range average over the conversations before it too), cut to [fromMs, toMs). `window` receives the
// window used.
QList<RollingShare> rollingIn(const QList<TalkSharePoint> &all, const std::function<bool(const TalkSharePoint &)> &wanted,
                              qint64 fromMs, qint64 toMs, int &window)
{
    QList<TalkSharePoint> group;
    qsizetype inRange = 0;
    for (const TalkSharePoint &p : all) {
        if (!wanted(p))
            continue;
        group.append(p);
        const qint64 ms = p.when.toMSecsSinceEpoch();
        inRange += ms >= fromMs && ms < toMs ? 1 : 0;
    }
    window = rollingWindowFor(inRange);
    QList<RollingShare> out;
    for (const RollingShare &r : rollingAverageShare(std::move(group), window)) {
        const qint64 ms = r.when.toMSecsSinceEpoch();
        if (ms >= fromMs && ms < toMs)
            out.append(r);
    }
    return out;
}

} // namespace

int rollingWindowFor(qsizetype count)
{
    return int(std::max<qsizetype>(kRollingWindow, count / 40));
}

QString toKey(InsightsRange range)
{
    switch (range) {
    case InsightsRange::Last3Months: return QStringLiteral("3m");
    case InsightsRange::Last6Months: return QStringLiteral("6m");
    case InsightsRange::Last12Months: return QStringLiteral("12m");
    case InsightsRange::All: return QStringLiteral("all");
    }
    return {};
}

std::optional<InsightsRange> insightsRangeFromKey(const QString &key)
{
    for (const auto range : {InsightsRange::Last3Months, InsightsRange::Last6Months, InsightsRange::Last12Months, InsightsRange::All})
        if (toKey(range) == key.trimmed().toLower())
            return range;
    return std::nullopt;
}

QDate insightsRangeStart(InsightsRange range, QDate today)
{
    switch (range) {
    case InsightsRange::Last3Months: return today.addMonths(-3).addDays(1);
    case InsightsRange::Last6Months: return today.addMonths(-6).addDays(1);
    case InsightsRange::Last12Months: return today.addMonths(-12).addDays(1);
    case InsightsRange::All: return {};
    }
    return {};
}

const FunnelGroup &selectedFunnelGroup(const Funnel &funnel, const InsightsFilter &filter)
{
    if (filter.coldOnly)
        return funnel.cold;
    if (filter.source) {
        if (*filter.source == ApplicationSource::Referral)
            return funnel.referral;
        const auto it = funnel.bySource.constFind(*filter.source);
        static const FunnelGroup none;
        return it != funnel.bySource.constEnd() ? *it : none;
    }
    return funnel.all;
}

InsightsSeries computeInsights(const InsightsInput &input, const InsightsFilter &filter, QDate today)
{
    InsightsSeries out;
    QDate first;
    QDate last;
    widen(input.contactsPerDayByChannel, first, last);
    widen(input.conversationsPerDayByKind, first, last);
    for (const DatedApplication &a : input.applications) {
        if (!a.started.isValid())
            continue;
        first = !first.isValid() || a.started < first ? a.started : first;
        last = !last.isValid() || a.started > last ? a.started : last;
    }
    for (const auto &days : input.contactsPerDayByChannel)
        for (const auto &[day, count] : days)
            out.contactsWithDate += count;
    for (const auto &days : input.conversationsPerDayByKind)
        for (const auto &[day, count] : days)
            out.conversationsAllTime += count;
    out.sharesAllTime = input.shares.size();
    out.applicationsAllTime = input.applications.size();

    const bool all = filter.range == InsightsRange::All;
    out.to = last.isValid() && last > today ? last : today;
    out.from = all ? first : insightsRangeStart(filter.range, today);

    // Events: only attended ones have a return to show; before the "no data" return below, since
    // an event can be there before any contact.
    const QDate eventsFrom = insightsRangeStart(filter.range, today); // invalid for All: no lower bound
    for (const EventReturnFacts &facts : input.events) {
        if (facts.status != EventStatus::Attended)
            continue;
        ++out.eventsAttendedAllTime;
        const QDate day = facts.start.toUTC().date();
        if ((!eventsFrom.isValid() || day >= eventsFrom) && day <= out.to)
            out.events.append(computeEventReturn(facts));
    }
    if (!out.from.isValid()) // no data at all: an empty range ending today
        return out;

    // Network growth: every month of the range.
    const QDate fromMonth = monthOf(out.from);
    const QDate toMonth = monthOf(out.to);
    for (const ChannelGrowth &full : networkGrowthByChannel(input.contactsPerDayByChannel)) {
        ChannelGrowth cut = clip(full, fromMonth, toMonth);
        if (!cut.points.isEmpty() && cut.points.last().total > 0)
            out.growth.append(std::move(cut));
    }

    // Balance: the range as instants, local midnight to local midnight.
    const qint64 fromMs = QDateTime(out.from, QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 toMs = QDateTime(out.to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    const auto kindWanted = [&](ConversationKind kind) { return !filter.kind || *filter.kind == kind; };
    BalanceSeries &balance = out.balance;
    for (const TalkSharePoint &p : input.shares) {
        const qint64 ms = p.when.toMSecsSinceEpoch();
        if (kindWanted(p.kind) && ms >= fromMs && ms < toMs)
            balance.points.append(p);
    }
    balance.networkingKinds = !filter.kind || isNetworkingKind(*filter.kind);
    balance.interviews = !filter.kind || *filter.kind == ConversationKind::JobInterview;
    if (balance.networkingKinds)
        balance.networkingAverage = rollingIn(
            input.shares, [&](const TalkSharePoint &p) { return kindWanted(p.kind) && isNetworkingKind(p.kind); }, fromMs, toMs,
            balance.networkingWindow);
    if (balance.interviews)
        balance.interviewAverage = rollingIn(
            input.shares, [&](const TalkSharePoint &p) { return p.kind == ConversationKind::JobInterview; }, fromMs, toMs,
            balance.interviewWindow);

    // Funnel: applications that started in the range.
    QList<QPair<ApplicationSource, ApplicationStage>> applications;
    for (const DatedApplication &a : input.applications)
        if (all || (a.started.isValid() && a.started >= out.from && a.started <= out.to))
            applications.append({a.source, a.furthest});
    out.funnel = applicationFunnel(applications);

    // Activity: the weeks of the range.
    out.activity = weeklyActivity(merged(input.conversationsPerDayByKind, filter.kind), merged(input.contactsPerDayByChannel),
                                  out.from, out.to);
    return out;
}

} // namespace foothold
