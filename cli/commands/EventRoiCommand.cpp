#include "cli/CommandLine.h"
#include "cli/TextTable.h"
#include "cli/commands/EventCommands.h"
#include "core/analytics/EventReturn.h"
#include "core/services/NameResolver.h"
#include "core/storage/EventPlannerStore.h"
#include "core/util/Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace foothold::cli {
namespace {

QJsonObject toJson(const EventReturn &r, const QString &currency)
{
    const EventReturnFacts &f = r.facts;
    return QJsonObject{
        {QStringLiteral("id"), double(f.id.value)},
        {QStringLiteral("name"), f.name},
        {QStringLiteral("status"), toKey(f.status)},
        {QStringLiteral("start"), f.start.toUTC().date().toString(Qt::ISODate)},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("cost_total"), r.costTotal},
        {QStringLiteral("new_contacts"), f.newContacts},
        {QStringLiteral("conversations"), f.conversations},
        {QStringLiteral("followups"), f.followUps},
        {QStringLiteral("followups_done"), f.followUpsDone},
        {QStringLiteral("followups_done_pct"), jsonNumber(r.followUpsDonePct)},
        {QStringLiteral("informational_interviews"), f.interviews},
        {QStringLiteral("applications"), f.applications},
        {QStringLiteral("referrals"), f.referrals},
        {QStringLiteral("cost_per_contact"), jsonNumber(r.costPerContact)},
        {QStringLiteral("cost_per_conversation"), jsonNumber(r.costPerConversation)},
    };
}

QString orDash(const std::optional<double> &value, bool percent = false)
{
    if (!value)
        return QStringLiteral("-");
    return percent ? QString::number(*value, 'f', 1) + QLatin1Char('%') : money(*value);
}

} // namespace

int runEventRoi(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("event roi"), QStringLiteral("NAME_OR_ID [--json] | --all [--json]"),
                     QStringLiteral("What events gave back for what they cost (docs/EVENTS.md, \"Return\"): new contacts met "
                                    "there, conversations with them afterwards, follow-ups done, informational interviews, "
                                    "applications and referrals traced to people met there, and the cost per contact and per "
                                    "conversation in the home currency (null when there is nothing to divide by)."));
    line.positional(QStringLiteral("EVENT"), QStringLiteral("The event, by name or id."))
        .option(QStringLiteral("all"), QStringLiteral("Every event, by start."))
        .option(QStringLiteral("json"), QStringLiteral("Print JSON: an object, or an array with --all."));
    if (auto stop = line.parse(args, context))
        return *stop;
    const bool all = line.isSet(QStringLiteral("all"));
    const QStringList positional = line.positionalArguments();
    if (all == (positional.size() == 1) || positional.size() > 1)
        return line.usageError(context, QStringLiteral("give one EVENT or --all"));
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    EventId only;
    if (!all) {
        auto id = NameResolver(*db).event(positional.first());
        if (!id)
            return context.fail(id.error());
        only = *id;
    }
    auto facts = EventPlannerStore(*db).returnFacts(only);
    if (!facts)
        return context.fail(facts.error());
    const QString currency = homeCurrency();
    QList<EventReturn> returns;
    returns.reserve(facts->size());
    for (const EventReturnFacts &f : std::as_const(*facts))
        returns << computeEventReturn(f);

    if (line.isSet(QStringLiteral("json"))) {
        QJsonDocument doc;
        if (all) {
            QJsonArray array;
            for (const EventReturn &r : std::as_const(returns))
                array.append(toJson(r, currency));
            doc.setArray(array);
        } else {
            doc.setObject(toJson(returns.first(), currency));
        }
        context.out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
        context.out().flush();
        return ExitOk;
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("Event"), QStringLiteral("Status"), QStringLiteral("Cost ") + currency,
                     QStringLiteral("Contacts"), QStringLiteral("Convs"), QStringLiteral("Follow-ups done"), QStringLiteral("Info int."),
                     QStringLiteral("Apps"), QStringLiteral("Referrals"), QStringLiteral("Per contact"), QStringLiteral("Per conv.")});
    for (const EventReturn &r : std::as_const(returns)) {
        const EventReturnFacts &f = r.facts;
        table.addRow({QString::number(f.id.value), f.name, toKey(f.status), money(r.costTotal), QString::number(f.newContacts),
                      QString::number(f.conversations), orDash(r.followUpsDonePct, true), QString::number(f.interviews),
                      QString::number(f.applications), QString::number(f.referrals), orDash(r.costPerContact),
                      orDash(r.costPerConversation)});
    }
    table.print(context.out());
    return ExitOk;
}

} // namespace foothold::cli
