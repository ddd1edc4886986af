#include "cli/CommandLine.h"
#include "cli/commands/Commands.h"
#include "core/services/NetworkService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace foothold::cli {

int runReach(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("reach"), QStringLiteral("[--json]"),
                     QStringLiteral("The companies your network opens: 1st degree (someone you know works there now), 2nd "
                                    "degree (someone you know knows someone there), target companies covered, the brokers "
                                    "through whom you reach the most targets, and all of it month by month (definitions: "
                                    "docs/NETWORK.md).\nJSON keys: first_degree_companies, second_degree_companies, "
                                    "targets_covered, targets_total (counts), targets [{id, name, priority, degree}], "
                                    "brokers [{id, name, targets, share}], by_month [{month, first_degree, second_degree, "
                                    "targets_covered}]."));
    line.option(QStringLiteral("json"), QStringLiteral("Print JSON."));
    if (auto stop = line.parse(args, context))
        return *stop;
    if (!line.positionalArguments().isEmpty())
        return line.usageError(context, QStringLiteral("unexpected argument '%1'").arg(line.positionalArguments().first()));
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    auto reach = NetworkService(*db, context.clock()).reach();
    if (!reach)
        return context.fail(reach.error());

    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray targets;
        for (const TargetReach &t : reach->targets)
            targets.append(QJsonObject{{QStringLiteral("id"), double(t.id.value)},
                                       {QStringLiteral("name"), t.name},
                                       {QStringLiteral("priority"), int(t.priority)},
                                       {QStringLiteral("degree"), t.degree == 0 ? QJsonValue() : QJsonValue(t.degree)}});
        QJsonArray brokers;
        for (const Broker &b : reach->brokers)
            brokers.append(QJsonObject{{QStringLiteral("id"), double(b.id.value)},
                                       {QStringLiteral("name"), b.name},
                                       {QStringLiteral("targets"), b.targets},
                                       {QStringLiteral("share"), b.share}});
        QJsonArray months;
        for (const ReachMonth &m : reach->byMonth)
            months.append(QJsonObject{{QStringLiteral("month"), m.month.toString(QStringLiteral("yyyy-MM"))},
                                      {QStringLiteral("first_degree"), m.firstDegree},
                                      {QStringLiteral("second_degree"), m.secondDegree},
                                      {QStringLiteral("targets_covered"), m.targetsCovered}});
        const QJsonObject object{
            {QStringLiteral("first_degree_companies"), int(reach->firstDegree.size())},
            {QStringLiteral("second_degree_companies"), int(reach->secondDegree.size())},
            {QStringLiteral("targets_covered"), reach->targetsCovered},
            {QStringLiteral("targets_total"), reach->targetsTotal},
            {QStringLiteral("targets"), targets},
            {QStringLiteral("brokers"), brokers},
            {QStringLiteral("by_month"), months},
        };
        context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    auto &out = context.out();
    out << "companies you reach now: " << reach->firstDegree.size() << " at 1st degree, " << reach->secondDegree.size()
        << " more at 2nd degree\n";
    out << "target companies covered: " << reach->targetsCovered << " of " << reach->targetsTotal << "\n";
    for (const TargetReach &t : reach->targets)
        out << "  " << t.name << " (priority " << int(t.priority) << "): "
            << (t.degree == 1 ? "1st degree" : t.degree == 2 ? "2nd degree" : "not covered") << "\n";
    if (!reach->brokers.isEmpty()) {
        out << "brokers (the people worth keeping warm):\n";
        for (const Broker &b : reach->brokers)
            out << "  " << b.name << ": " << b.targets << (b.targets == 1 ? " target" : " targets") << "\n";
    }
    if (!reach->byMonth.isEmpty()) {
        out << "by month (1st degree / 2nd degree / targets covered):\n";
        const qsizetype from = qMax<qsizetype>(0, reach->byMonth.size() - 12);
        for (qsizetype i = from; i < reach->byMonth.size(); ++i) {
            const ReachMonth &m = reach->byMonth[i];
            out << "  " << m.month.toString(QStringLiteral("yyyy-MM")) << "  " << m.firstDegree << " / " << m.secondDegree << " / "
                << m.targetsCovered << "\n";
        }
        if (from > 0)
            out << "  (the last 12 months; --json has all " << reach->byMonth.size() << ")\n";
    }
    out.flush();
    return ExitOk;
}

} // namespace foothold::cli
