#include "cli/CommandLine.h"
#include "cli/Parsing.h"
#include "cli/TextTable.h"
#include "cli/commands/EventCommands.h"
#include "core/analytics/Clashes.h"
#include "core/analytics/EventRanking.h"
#include "core/storage/EventPlannerStore.h"
#include "core/util/Settings.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace foothold::cli {
namespace {

struct ClashWith {
    QString key;
    QString name;
};

QJsonObject budgetJson(const EventsBudget &b)
{
    return QJsonObject{{QStringLiteral("year"), b.year},
                       {QStringLiteral("budget"), jsonNumber(b.budget)},
                       {QStringLiteral("spent"), b.spent},
                       {QStringLiteral("committed"), b.committed},
                       {QStringLiteral("remaining"), jsonNumber(b.remaining)}};
}

} // namespace

int runEventsPlan(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("events plan"), QStringLiteral("[--json] [--weights PART=W,...]"),
                     QStringLiteral("Ranks the events you are considering or registered for that are not over, by a score "
                                    "that is the sum of its parts (docs/EVENTS.md): target companies attending, people expected "
                                    "you know (1st degree) or your connections know (2nd), people to meet, tags matching your "
                                    "interests, less cost per 100 and days away per 30, each times its weight. Shows the "
                                    "year's events budget and what each event clashes with (other events, interviews). Set "
                                    "interests, budget and weights with 'events settings'."));
    line.option(QStringLiteral("json"), QStringLiteral("Print JSON."))
        .option(QStringLiteral("weights"), QStringLiteral("Weights for this run only, e.g. cost=0,companies=5."), QStringLiteral("W"));
    if (auto stop = line.parse(args, context))
        return *stop;
    if (!line.positionalArguments().isEmpty())
        return line.usageError(context, QStringLiteral("events plan takes no arguments"));
    auto weights = parseScoreWeights(line.isSet(QStringLiteral("weights")) ? line.value(QStringLiteral("weights"))
                                                                            : settingValue(settings::EventScoreWeights));
    if (!weights)
        return context.fail(weights.error());
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    const QDateTime now = context.clock().nowUtc();
    EventPlannerStore store(*db);
    auto facts = store.rankingFacts(now);
    if (!facts)
        return context.fail(facts.error());
    auto items = store.budgetItems();
    if (!items)
        return context.fail(items.error());
    QStringList labels;
    auto spans = store.busySpans(now, labels);
    if (!spans)
        return context.fail(spans.error());

    const QStringList interests = settingValue(settings::EventInterests);
    const QList<RankedEvent> ranked = rankEvents(*facts, interests, *weights, now.date());
    const EventsBudget budget = computeBudget(*items, now.date().year(), settingValue(settings::EventsYearlyBudget));
    QHash<QString, QList<ClashWith>> clashes;
    for (const Clash &c : findClashes(*spans)) {
        clashes[spans->at(c.first).key] << ClashWith{spans->at(c.second).key, labels.at(c.second)};
        clashes[spans->at(c.second).key] << ClashWith{spans->at(c.first).key, labels.at(c.first)};
    }
    const QString currency = homeCurrency();

    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray events;
        for (const RankedEvent &r : ranked) {
            QJsonArray parts;
            for (const ScoredPart &p : r.parts)
                parts.append(QJsonObject{{QStringLiteral("part"), scorePartKey(p.part)},
                                         {QStringLiteral("label"), scorePartLabel(p.part)},
                                         {QStringLiteral("value"), p.value},
                                         {QStringLiteral("weight"), p.weight},
                                         {QStringLiteral("points"), p.points}});
            QJsonArray with;
            for (const ClashWith &c : clashes.value(QStringLiteral("event:%1").arg(r.facts.id.value)))
                with.append(QJsonObject{{QStringLiteral("key"), c.key}, {QStringLiteral("name"), c.name}});
            events.append(QJsonObject{{QStringLiteral("id"), double(r.facts.id.value)},
                                      {QStringLiteral("name"), r.facts.name},
                                      {QStringLiteral("status"), toKey(r.facts.status)},
                                      {QStringLiteral("start"), r.facts.start.toUTC().date().toString(Qt::ISODate)},
                                      {QStringLiteral("days_away"), r.daysAway},
                                      {QStringLiteral("cost"), r.facts.costMinor / 100.0},
                                      {QStringLiteral("matched_interests"), QJsonArray::fromStringList(r.matchedInterests)},
                                      {QStringLiteral("score"), r.score},
                                      {QStringLiteral("parts"), parts},
                                      {QStringLiteral("clashes"), with}});
        }
        QJsonObject weightsJson;
        for (int i = 0; i < kScorePartCount; ++i)
            weightsJson.insert(scorePartKey(ScorePart(i)), weights->weights[i]);
        const QJsonObject object{{QStringLiteral("currency"), currency},
                                 {QStringLiteral("interests"), QJsonArray::fromStringList(interests)},
                                 {QStringLiteral("weights"), weightsJson},
                                 {QStringLiteral("budget"), budgetJson(budget)},
                                 {QStringLiteral("events"), events}};
        context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        context.out().flush();
        return ExitOk;
    }

    QTextStream &out = context.out();
    out << "Events budget " << budget.year << " (" << currency << "): "
        << (budget.budget ? money(*budget.budget) : QStringLiteral("not set")) << "; spent " << money(budget.spent) << ", committed "
        << money(budget.committed);
    if (budget.remaining)
        out << ", remaining " << money(*budget.remaining);
    out << "\n";
    if (ranked.isEmpty()) {
        out << "No upcoming event you are considering or registered for.\n";
        out.flush();
        return ExitOk;
    }
    TextTable table({QStringLiteral("#"), QStringLiteral("ID"), QStringLiteral("Event"), QStringLiteral("Start"), QStringLiteral("Status"),
                     QStringLiteral("Score"), QStringLiteral("Parts (points)"), QStringLiteral("Clashes")});
    int rank = 0;
    for (const RankedEvent &r : ranked) {
        QStringList parts;
        for (const ScoredPart &p : r.parts)
            if (p.points != 0)
                parts << scorePartKey(p.part) + QLatin1Char(' ') + QString::number(p.points);
        QStringList with;
        for (const ClashWith &c : clashes.value(QStringLiteral("event:%1").arg(r.facts.id.value)))
            with << c.name;
        table.addRow({QString::number(++rank), QString::number(r.facts.id.value), r.facts.name,
                      r.facts.start.toUTC().date().toString(Qt::ISODate), toKey(r.facts.status), QString::number(r.score),
                      parts.join(QStringLiteral(", ")), with.join(QStringLiteral("; "))});
    }
    table.print(out, 90);
    return ExitOk;
}

int runEventsSettings(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("events settings"),
                     QStringLiteral("[--budget X] [--interest T]... [--clear-interests] [--weights PART=W,...] [--home-currency CODE]"),
                     QStringLiteral("Shows, or changes, what the event planner ranks and budgets with: your interests (stacks and "
                                    "topics, matched against event tags), the yearly events budget in the home currency (0: "
                                    "none), the score weights (parts: companies, first_degree, second_degree, to_meet, "
                                    "interests, cost, days_away) and the home currency every cost is converted into."));
    line.option(QStringLiteral("budget"), QStringLiteral("Yearly events budget, e.g. 2000."), QStringLiteral("X"))
        .option(QStringLiteral("interest"), QStringLiteral("An interest (repeatable); replaces the list."), QStringLiteral("T"))
        .option(QStringLiteral("clear-interests"), QStringLiteral("No interests."))
        .option(QStringLiteral("weights"), QStringLiteral("Score weights; parts not named keep their default."), QStringLiteral("W"))
        .option(QStringLiteral("home-currency"), QStringLiteral("ISO 4217 code, e.g. EUR."), QStringLiteral("CODE"));
    if (auto stop = line.parse(args, context))
        return *stop;
    if (!line.positionalArguments().isEmpty())
        return line.usageError(context, QStringLiteral("events settings takes no arguments"));
    // Check everything before changing anything.
    std::optional<double> budget;
    if (line.isSet(QStringLiteral("budget"))) {
        auto minor = parseMoney(line.value(QStringLiteral("budget")), QStringLiteral("budget"));
        if (!minor)
            return context.fail(minor.error());
        budget = *minor / 100.0;
    }
    std::optional<ScoreWeights> weights;
    if (line.isSet(QStringLiteral("weights"))) {
        auto parsed = parseScoreWeights(line.value(QStringLiteral("weights")));
        if (!parsed)
            return context.fail(parsed.error());
        weights = *parsed;
    }
    QString currency;
    if (line.isSet(QStringLiteral("home-currency"))) {
        currency = line.value(QStringLiteral("home-currency")).trimmed().toUpper();
        static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
        if (!code.match(currency).hasMatch())
            return context.fail(Error::invalid(QStringLiteral("home-currency"), QStringLiteral("“%1” is not a currency code like EUR")
                                                                                    .arg(line.value(QStringLiteral("home-currency")))));
    }
    if (budget)
        setSettingValue(settings::EventsYearlyBudget, *budget);
    if (weights)
        setSettingValue(settings::EventScoreWeights, formatScoreWeights(*weights));
    if (line.isSet(QStringLiteral("clear-interests")))
        setSettingValue(settings::EventInterests, QStringList());
    if (line.isSet(QStringLiteral("interest"))) {
        QStringList interests;
        for (const QString &t : line.values(QStringLiteral("interest")))
            if (!t.trimmed().isEmpty() && !interests.contains(t.trimmed(), Qt::CaseInsensitive))
                interests << t.trimmed();
        setSettingValue(settings::EventInterests, interests);
    }
    if (!currency.isEmpty())
        setSettingValue(settings::HomeCurrency, currency);

    auto current = parseScoreWeights(settingValue(settings::EventScoreWeights));
    QTextStream &out = context.out();
    const double yearly = settingValue(settings::EventsYearlyBudget);
    out << "home currency: " << homeCurrency() << "\n"
        << "yearly budget: " << (yearly > 0 ? money(yearly) : QStringLiteral("not set")) << "\n"
        << "interests: " << settingValue(settings::EventInterests).join(QStringLiteral(", ")) << "\n"
        << "weights: " << formatScoreWeights(current ? *current : ScoreWeights{}) << Qt::endl;
    return ExitOk;
}

} // namespace foothold::cli
