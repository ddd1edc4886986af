#include "cli/CommandLine.h"
#include "cli/commands/Commands.h"
#include "core/analytics/NetworkGrowth.h"
#include "core/storage/StatsStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace foothold::cli {

int runStats(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("stats"), QStringLiteral("[--json]"),
                     QStringLiteral("Counts of every kind of record, applications by stage, follow-ups due (today and "
                                    "overdue), and network growth by month connected."));
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

    if (line.isSet(QStringLiteral("json"))) {
        QJsonObject stages;
        for (auto it = byStage->constBegin(); it != byStage->constEnd(); ++it)
            stages.insert(toKey(it.key()), double(it.value()));
        QJsonArray months;
        for (const auto &point : growth)
            months.append(QJsonObject{{QStringLiteral("month"), point.month.toString(QStringLiteral("yyyy-MM"))},
                                      {QStringLiteral("new"), double(point.added)},
                                      {QStringLiteral("total"), double(point.total)}});
        const QJsonObject object{
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
    out.flush();
    return ExitOk;
}

} // namespace foothold::cli
