#include "cli/CommandLine.h"
#include "cli/commands/Commands.h"
#include "core/analytics/Funnel.h"
#include "core/analytics/NetworkGrowth.h"
#include "core/storage/InsightsStore.h"
#include "core/storage/StatsStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace foothold::cli {
namespace {

QJsonValue rateJson(const FunnelRate &rate)
{
    return QJsonObject{{QStringLiteral("count"), double(rate.count)},
                       {QStringLiteral("of"), double(rate.of)},
                       {QStringLiteral("rate"), rate.rate ? QJsonValue(*rate.rate) : QJsonValue(QJsonValue::Null)}};
}

// One group of the funnel: counts by furthest stage, how many reached each step, and the conversions
// with their counts (docs/TALK.md, "Funnel").
QJsonObject funnelGroupJson(const FunnelGroup &group)
{
    QJsonObject stages;
    for (const ApplicationStage stage : funnelStages())
        stages.insert(toKey(stage), double(group.furthest.value(stage)));
    return {{QStringLiteral("applications"), double(group.applications)},
            {QStringLiteral("stages"), stages},
            {QStringLiteral("applied"), double(group.applied)},
            {QStringLiteral("interviewed"), double(group.interviewed)},
            {QStringLiteral("offered"), double(group.offered)},
            {QStringLiteral("applied_to_interview"), rateJson(group.appliedToInterview)},
            {QStringLiteral("interview_to_offer"), rateJson(group.interviewToOffer)},
            {QStringLiteral("applied_to_offer"), rateJson(group.appliedToOffer)}};
}

QJsonObject funnelJson(const Funnel &funnel)
{
    QJsonObject object = funnelGroupJson(funnel.all);
    QJsonObject bySource;
    for (auto it = funnel.bySource.constBegin(); it != funnel.bySource.constEnd(); ++it)
        bySource.insert(toKey(it.key()), funnelGroupJson(it.value()));
    bySource.insert(QStringLiteral("cold"), funnelGroupJson(funnel.cold));
    object.insert(QStringLiteral("by_source"), bySource);
    return object;
}

QString rateText(const FunnelRate &rate)
{
    return rate.rate ? QStringLiteral("%1 of %2 (%3%)").arg(rate.count).arg(rate.of).arg(qRound(*rate.rate * 100))
                     : QStringLiteral("%1 of %2").arg(rate.count).arg(rate.of);
}

} // namespace

int runStats(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("stats"), QStringLiteral("[--json]"),
                     QStringLiteral("Counts of every kind of record, applications by stage, follow-ups due (today and "
                                    "overdue), network growth by month connected, the average talk share by kind of "
                                    "conversation, and the application funnel (furthest stage reached, conversion by source)."));
    line.option(QStringLiteral("json"), QStringLiteral("Print JSON."));
    if (auto stop = line.parse(args, context))
        return *stop;
    if (!line.positionalArguments().isEmpty())
        return line.usageError(context, QStringLiteral("unexpected argument '%1'").arg(line.positionalArguments().first()));

    Database *db = context.database();
    if (!db)
        return ExitFailure;
    StatsStore stats(*db);
    auto counts = stats.counts(context.clock().today());
    if (!counts)
        return context.fail(counts.error());
    auto byStage = stats.applicationsByStage();
    if (!byStage)
        return context.fail(byStage.error());
    auto perMonth = stats.contactsConnectedPerMonth();
    if (!perMonth)
        return context.fail(perMonth.error());
    QList<QPair<QDate, qint64>> added;
    for (const auto &month : *perMonth)
        added.append({month.month, month.count});
    const QList<GrowthPoint> growth = networkGrowth(added);
    InsightsStore insights(*db);
    auto talkShare = insights.talkShareByKind();
    if (!talkShare)
        return context.fail(talkShare.error());
    auto funnelRows = insights.applicationSourcesAndFurthestStages();
    if (!funnelRows)
        return context.fail(funnelRows.error());
    const Funnel funnel = applicationFunnel(*funnelRows);

    if (line.isSet(QStringLiteral("json"))) {
        QJsonObject stages;
        for (auto it = byStage->constBegin(); it != byStage->constEnd(); ++it)
            stages.insert(toKey(it.key()), double(it.value()));
        QJsonArray months;
        for (const auto &point : growth)
            months.append(QJsonObject{{QStringLiteral("month"), point.month.toString(QStringLiteral("yyyy-MM"))},
                                      {QStringLiteral("new"), double(point.added)},
                                      {QStringLiteral("total"), double(point.total)}});
        QJsonObject object{
            {QStringLiteral("contacts"), double(counts->contacts)},
            {QStringLiteral("companies"), double(counts->companies)},
            {QStringLiteral("events"), double(counts->events)},
            {QStringLiteral("conversations"), double(counts->conversations)},
            {QStringLiteral("informational_interviews"), double(counts->informationalInterviews)},
            {QStringLiteral("applications"), double(counts->applications)},
            {QStringLiteral("applications_by_stage"), stages},
            {QStringLiteral("followups_due"), double(counts->followUpsDue)},
            {QStringLiteral("network_growth"), months},
        };
        // kind -> average of my share over the conversations that have one; beside it, how many those are.
        QJsonObject shares;
        QJsonObject measured;
        for (auto it = talkShare->constBegin(); it != talkShare->constEnd(); ++it) {
            shares.insert(toKey(it.key()), it.value().average);
            measured.insert(toKey(it.key()), double(it.value().conversations));
        }
        object.insert(QStringLiteral("talk_share"), shares);
        object.insert(QStringLiteral("talk_share_conversations"), measured);
        object.insert(QStringLiteral("funnel"), funnelJson(funnel));
        context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    auto &out = context.out();
    out << "contacts                  " << counts->contacts << "\n"
        << "companies                 " << counts->companies << "\n"
        << "events                    " << counts->events << "\n"
        << "conversations             " << counts->conversations << "\n"
        << "informational interviews  " << counts->informationalInterviews << "\n"
        << "applications              " << counts->applications << "\n";
    for (auto it = byStage->constBegin(); it != byStage->constEnd(); ++it)
        if (it.value() > 0)
            out << "  " << toKey(it.key()).leftJustified(24) << it.value() << "\n";
    out << "follow-ups due            " << counts->followUpsDue << "\n";
    if (!growth.isEmpty())
        out << "network: " << growth.last().total << " contacts with a date connected, "
            << growth.first().month.toString(QStringLiteral("yyyy-MM")) << " to "
            << growth.last().month.toString(QStringLiteral("yyyy-MM")) << "\n";
    if (!talkShare->isEmpty()) {
        out << "talk share (average of my share)\n";
        for (auto it = talkShare->constBegin(); it != talkShare->constEnd(); ++it)
            out << "  " << toKey(it.key()).leftJustified(24) << qRound(it.value().average * 100) << "% ("
                << it.value().conversations << (it.value().conversations == 1 ? " conversation)\n" : " conversations)\n");
    }
    if (funnel.all.applications > 0) {
        out << "funnel (furthest stage)  ";
        QStringList parts;
        for (const ApplicationStage stage : funnelStages())
            parts << QStringLiteral("%1 %2").arg(toKey(stage)).arg(funnel.all.furthest.value(stage));
        out << parts.join(QStringLiteral(", ")) << "\n"
            << "  applied -> interview   referral " << rateText(funnel.referral.appliedToInterview) << ", cold "
            << rateText(funnel.cold.appliedToInterview) << "\n"
            << "  interview -> offer     referral " << rateText(funnel.referral.interviewToOffer) << ", cold "
            << rateText(funnel.cold.interviewToOffer) << "\n";
    }
    out.flush();
    return ExitOk;
}

} // namespace foothold::cli
