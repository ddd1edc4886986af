#include "cli/CommandLine.h"
#include "cli/Parsing.h"
#include "cli/commands/Commands.h"
#include "core/services/IntroductionRequest.h"
#include "core/services/NameResolver.h"
#include "core/services/NetworkService.h"
#include "core/util/IsoTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace foothold::cli {
namespace {

QString score(double value)
{
    return QString::number(value, 'f', 3);
}

QJsonArray toJson(const QList<WarmPath> &paths)
{
    QJsonArray array;
    for (const WarmPath &path : paths) {
        QJsonArray hops;
        for (const PathHop &hop : path.hops)
            hops.append(QJsonObject{
                {QStringLiteral("id"), double(hop.id.value)},
                {QStringLiteral("name"), hop.name},
                {QStringLiteral("company"), hop.companyName.isEmpty() ? QJsonValue() : QJsonValue(hop.companyName)},
                {QStringLiteral("link"), hop.link},
                {QStringLiteral("source"), hop.link == QLatin1String("connection") ? QJsonValue() : QJsonValue(toKey(hop.source))},
                {QStringLiteral("strength"), hop.strength},
                {QStringLiteral("why"), hop.why},
            });
        array.append(QJsonObject{{QStringLiteral("score"), path.score}, {QStringLiteral("hops"), hops}});
    }
    return array;
}

void printPaths(QTextStream &out, const PathsAnswer &answer)
{
    out << (answer.paths.size() == 1 ? QStringLiteral("The best path") : QStringLiteral("The best %1 paths").arg(answer.paths.size()))
        << " to " << answer.goal;
    if (answer.goalIsCompany)
        out << " (" << answer.peopleThere << (answer.peopleThere == 1 ? " person" : " people") << " there in your records)";
    out << ":\n";
    for (qsizetype i = 0; i < answer.paths.size(); ++i) {
        const WarmPath &path = answer.paths[i];
        QStringList chain;
        for (const PathHop &hop : path.hops)
            chain << (hop.companyName.isEmpty() ? hop.name : QStringLiteral("%1 (%2)").arg(hop.name, hop.companyName));
        out << "\n" << (i + 1) << ". score " << score(path.score) << ": you → " << chain.join(QStringLiteral(" → ")) << "\n";
        for (qsizetype h = 0; h < path.hops.size(); ++h) {
            const PathHop &hop = path.hops[h];
            out << "     " << score(hop.strength) << "  " << (h == 0 ? QStringLiteral("you and %1: ").arg(hop.name) : QString())
                << hop.why << "\n";
        }
    }
    out << "\nAsk the first person on a path: 'foothold-cli paths ... --ask N' drafts the request as a follow-up.\n";
}

void printHelp(QTextStream &out, const PathsAnswer &answer)
{
    out << "No path to " << answer.goal << ": ";
    if (answer.goalIsCompany && answer.peopleThere == 0)
        out << "nobody in your records works there yet.\n";
    else
        out << "nobody you know is linked to " << (answer.goalIsCompany ? QStringLiteral("anyone there") : answer.goal) << ".\n";
    const NearestHelp &help = answer.help;
    if (help.stackContacts.isEmpty() && help.events.isEmpty()) {
        out << "Nothing nearby either: add the company's tech stack and the events it goes to, or people who work there.\n";
        return;
    }
    if (!help.stackContacts.isEmpty()) {
        out << "\nPeople you know at companies with the same stack:\n";
        for (const StackContact &c : help.stackContacts)
            out << "  " << c.name << " (" << c.companyName << "; also " << c.sharedStack.join(QStringLiteral(", ")) << "; tie "
                << score(c.tie) << ")\n";
    }
    if (!help.events.isEmpty()) {
        out << "\nEvents where " << answer.goal << " appears:\n";
        for (const EventMention &e : help.events)
            out << "  " << isoDate(e.start.date()) << "  " << e.name << " (" << e.role << ")\n";
    }
}

} // namespace

int runPaths(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("paths"), QStringLiteral("--to-company NAME | --to-contact NAME_OR_ID [--k N] [--json] [--ask N]"),
                     QStringLiteral("The best warm-introduction paths from you to a company (anyone who works there now) or a "
                                    "person, ranked by the product of the tie strengths along them; every hop says why. With "
                                    "no path, the nearest help: people at companies with the same stack, and events where "
                                    "the company appears.\nJSON: an array, best first, of {\"score\", \"hops\": [{\"id\", "
                                    "\"name\", \"company\", \"link\", \"source\", \"strength\", \"why\"}]}; the first hop is "
                                    "the contact you ask; [] when there is no path."));
    line.option(QStringLiteral("to-company"), QStringLiteral("The company to reach."), QStringLiteral("NAME"))
        .option(QStringLiteral("to-contact"), QStringLiteral("The person to reach, by name or id."), QStringLiteral("NAME_OR_ID"))
        .option(QStringLiteral("k"), QStringLiteral("How many paths (1..100, default 5)."), QStringLiteral("N"))
        .option(QStringLiteral("json"), QStringLiteral("Print JSON."))
        .option(QStringLiteral("ask"), QStringLiteral("Create the follow-up that asks the first person of path N for the "
                                                      "introduction, with a drafted message."),
                QStringLiteral("N"));
    if (auto stop = line.parse(args, context))
        return *stop;
    if (!line.positionalArguments().isEmpty())
        return line.usageError(context, QStringLiteral("unexpected argument '%1'").arg(line.positionalArguments().first()));
    const bool toCompany = line.isSet(QStringLiteral("to-company"));
    if (toCompany == line.isSet(QStringLiteral("to-contact")))
        return line.usageError(context, QStringLiteral("give one of --to-company or --to-contact"));
    int k = 5;
    if (line.isSet(QStringLiteral("k"))) {
        auto parsed = parseInteger(line.value(QStringLiteral("k")), QStringLiteral("k"), 1, 100);
        if (!parsed)
            return context.fail(parsed.error());
        k = int(*parsed);
    }
    int ask = 0;
    if (line.isSet(QStringLiteral("ask"))) {
        auto parsed = parseInteger(line.value(QStringLiteral("ask")), QStringLiteral("ask"), 1, 100);
        if (!parsed)
            return context.fail(parsed.error());
        ask = int(*parsed);
        k = qMax(k, ask);
    }

    Database *db = context.database();
    if (!db)
        return ExitFailure;
    NameResolver resolve(*db);
    PathTarget target;
    if (toCompany) {
        auto company = resolve.company(line.value(QStringLiteral("to-company")), QStringLiteral("to-company"));
        if (!company)
            return context.fail(company.error());
        target = PathTarget::toCompany(*company);
    } else {
        auto contact = resolve.contact(line.value(QStringLiteral("to-contact")), QStringLiteral("to-contact"));
        if (!contact)
            return context.fail(contact.error());
        target = PathTarget::toContact(*contact);
    }
    NetworkService network(*db, context.clock());
    auto graph = network.loadGraph();
    if (!graph)
        return context.fail(graph.error());
    auto answer = network.paths(*graph, target, k);
    if (!answer)
        return context.fail(answer.error());

    if (ask > 0) {
        if (ask > answer->paths.size())
            return context.fail(Error::invalid(QStringLiteral("ask"), answer->paths.isEmpty()
                                                                         ? QStringLiteral("there is no path to %1").arg(answer->goal)
                                                                         : QStringLiteral("there are only %1 paths").arg(answer->paths.size())));
        auto made = createIntroductionFollowUp(*db, context.clock(), answer->paths[ask - 1], answer->goal, answer->goalIsCompany);
        if (!made)
            return context.fail(made.error());
        const IntroductionDraft draft = draftIntroduction(answer->paths[ask - 1], answer->goal, answer->goalIsCompany);
        context.out() << "added follow-up " << made->value << ": " << draft.title << ", due "
                      << isoDate(context.clock().today().addDays(1)) << "\n\n"
                      << draft.message << Qt::endl;
        return ExitOk;
    }
    if (line.isSet(QStringLiteral("json"))) {
        context.out() << QString::fromUtf8(QJsonDocument(toJson(answer->paths)).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (answer->paths.isEmpty())
        printHelp(context.out(), *answer);
    else
        printPaths(context.out(), *answer);
    context.out().flush();
    return ExitOk;
}

} // namespace foothold::cli
