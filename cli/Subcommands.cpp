#include "cli/Subcommands.h"

namespace foothold::cli {
namespace {

void printHelp(QTextStream &out, const SubcommandTable &table)
{
    out << table.intro;
    for (const Subcommand &entry : table.entries)
        out << "  " << QString::fromLatin1(entry.name).leftJustified(table.width) << " " << entry.summary << "\n";
    out << table.outro;
    out.flush();
}

} // namespace

int runSubcommand(CliContext &context, const QStringList &args, const SubcommandTable &table)
{
    if (args.isEmpty()) {
        printHelp(context.err(), table);
        return ExitUsage;
    }
    const QString &name = args.first();
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        printHelp(context.out(), table);
        return ExitOk;
    }
    for (const Subcommand &entry : table.entries)
        if (name == QLatin1String(entry.name))
            return entry.run(context, args.mid(1));
    context.err() << "foothold-cli " << table.command << ": unknown " << table.noun << " '" << name << "'\nTry 'foothold-cli "
                  << table.command << " --help'." << Qt::endl;
    return ExitUsage;
}

} // namespace foothold::cli
