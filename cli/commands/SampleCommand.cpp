#include "cli/CommandLine.h"
#include "cli/Parsing.h"
#include "cli/commands/Commands.h"
#include "core/services/sample/SampleData.h"

namespace foothold::cli {

int runSample(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("sample"), QStringLiteral("[--contacts N] [--seed S] | --remove"),
                     QStringLiteral("Fills the database with realistic sample data (a year and a half of networking and job "
                                    "search, every record marked as sample), or removes all of it. Same seed, same data."));
    line.option(QStringLiteral("contacts"), QStringLiteral("How many contacts, 1 to 1,000,000 (default 300); the other "
                                                           "records scale with it."),
                QStringLiteral("N"))
        .option(QStringLiteral("seed"), QStringLiteral("Random seed (default 2026)."), QStringLiteral("S"))
        .option(QStringLiteral("remove"), QStringLiteral("Remove every sample record instead."));
    if (auto stop = line.parse(args, context))
        return *stop;
    if (!line.positionalArguments().isEmpty())
        return line.usageError(context, QStringLiteral("unexpected argument '%1'").arg(line.positionalArguments().first()));
    if (line.isSet(QStringLiteral("remove")) && (line.isSet(QStringLiteral("contacts")) || line.isSet(QStringLiteral("seed"))))
        return line.usageError(context, QStringLiteral("--remove takes no other option"));

    SampleOptions options;
    if (line.isSet(QStringLiteral("contacts"))) {
        auto n = parseInteger(line.value(QStringLiteral("contacts")), QStringLiteral("contacts"), 1, 1'000'000);
        if (!n)
            return context.fail(n.error());
        options.contacts = int(*n);
    }
    if (line.isSet(QStringLiteral("seed"))) {
        auto seed = parseInteger(line.value(QStringLiteral("seed")), QStringLiteral("seed"), 0, 4'294'967'295LL);
        if (!seed)
            return context.fail(seed.error());
        options.seed = quint32(*seed);
    }
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    if (line.isSet(QStringLiteral("remove"))) {
        if (auto status = removeSampleData(*db); !status)
            return context.fail(status.error());
        context.out() << "removed the sample data" << Qt::endl;
        return ExitOk;
    }
    auto existing = hasSampleData(*db);
    if (!existing)
        return context.fail(existing.error());
    if (*existing)
        return context.fail(QStringLiteral("the database already holds sample data; remove it first with 'foothold-cli sample --remove'"));
    auto summary = generateSampleData(*db, options, context.clock());
    if (!summary)
        return context.fail(summary.error());
    context.out() << "added sample data: " << summary->contacts << " contacts, " << summary->companies << " companies, "
                  << summary->links << " links, " << summary->events << " events, " << summary->conversations
                  << " conversations, " << summary->interviews << " informational interviews, " << summary->applications
                  << " applications, " << summary->followUps << " follow-ups" << Qt::endl;
    return ExitOk;
}

} // namespace foothold::cli
