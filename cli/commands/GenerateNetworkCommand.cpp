#include "cli/CommandLine.h"
#include "cli/Parsing.h"
#include "cli/commands/Commands.h"
#include "core/services/SyntheticNetwork.h"

#include <QElapsedTimer>

namespace foothold::cli {

// A benchmark helper (scripts/bench/network.sh, docs/PERFORMANCE.md): fills an empty database
// with a large synthetic network in seconds.
int runGenerateNetwork(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("generate-network"), QStringLiteral("--contacts N --links M [options]"),
                     QStringLiteral("Benchmark helper: fills an EMPTY database with a synthetic network (companies of very "
                                    "different sizes, links mostly among colleagues, prospects, job changes, conversations), "
                                    "all marked as sample data. The same seed gives the same network. For measuring "
                                    "'paths' and 'reach' on large networks (scripts/bench/network.sh); not the app's "
                                    "sample data."));
    line.option(QStringLiteral("contacts"), QStringLiteral("How many people (1..1000000)."), QStringLiteral("N"))
        .option(QStringLiteral("links"), QStringLiteral("How many links between them (0..10000000)."), QStringLiteral("M"))
        .option(QStringLiteral("companies"), QStringLiteral("How many companies (default: contacts / 10)."), QStringLiteral("C"))
        .option(QStringLiteral("targets"), QStringLiteral("How many of the largest companies are targets (default 20)."), QStringLiteral("T"))
        .option(QStringLiteral("conversations"), QStringLiteral("How many logged conversations (default: contacts / 5)."), QStringLiteral("K"))
        .option(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("S"));
    if (auto stop = line.parse(args, context))
        return *stop;
    if (!line.positionalArguments().isEmpty())
        return line.usageError(context, QStringLiteral("unexpected argument '%1'").arg(line.positionalArguments().first()));
    if (!line.isSet(QStringLiteral("contacts")) || !line.isSet(QStringLiteral("links")))
        return line.usageError(context, QStringLiteral("--contacts and --links are required"));

    SyntheticNetworkSpec spec;
    spec.today = context.clock().nowUtc().date();
    struct Field {
        const char *name;
        qint64 min;
        qint64 max;
        int *into;
    };
    const Field fields[] = {{"contacts", 1, 1000000, &spec.contacts},
                            {"links", 0, 10000000, &spec.links},
                            {"companies", 1, 1000000, &spec.companies},
                            {"targets", 0, 1000000, &spec.targets},
                            {"conversations", 1, 10000000, &spec.conversations}};
    for (const Field &field : fields) {
        const QString name = QString::fromLatin1(field.name);
        if (!line.isSet(name))
            continue;
        auto value = parseInteger(line.value(name), name, field.min, field.max);
        if (!value)
            return context.fail(value.error());
        *field.into = int(*value);
    }
    if (line.isSet(QStringLiteral("seed"))) {
        auto seed = parseInteger(line.value(QStringLiteral("seed")), QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max());
        if (!seed)
            return context.fail(seed.error());
        spec.seed = quint64(*seed);
    }

    Database *db = context.database();
    if (!db)
        return ExitFailure;
    QElapsedTimer timer;
    timer.start();
    const NetworkData data = generateSyntheticNetwork(spec);
    if (auto s = writeSyntheticNetwork(*db, data, context.clock()); !s)
        return context.fail(s.error());
    context.out() << "generated " << data.people.size() << " contacts, " << data.links.size() << " links, " << data.companies.size()
                  << " companies and " << data.touches.size() << " conversations in " << timer.elapsed() << " ms" << Qt::endl;
    return ExitOk;
}

} // namespace foothold::cli
