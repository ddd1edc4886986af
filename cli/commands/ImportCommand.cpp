#include "cli/commands/Commands.h"
#include "cli/commands/ImportCommands.h"

namespace foothold::cli {
namespace {

struct Kind {
    const char *name;
    const char *summary;
    int (*run)(CliContext &, const QStringList &);
};

// One line per kind of file.
const Kind kKinds[] = {
    {"linkedin", "LinkedIn's Connections.csv: contacts and companies, matched on re-import", runImportLinkedIn},
    {"vcard", "vCards (2.1, 3.0, 4.0): contacts, matched by e-mail, profile link or name", runImportVCard},
    {"ics", "an iCalendar file: events (conference schedules, meetups), matched by UID", runImportIcs},
    {"transcript", "a meeting transcript (WebVTT, SubRip, Google Meet text) as a conversation with its talk balance",
     runImportTranscript},
};

void printHelp(QTextStream &out)
{
    out << "Usage: foothold-cli import KIND FILE [options]\n\nImports a file; all of it or nothing.\n\nKinds:\n";
    for (const auto &kind : kKinds)
        out << "  " << QString::fromLatin1(kind.name).leftJustified(14) << " " << kind.summary << "\n";
    out << "\nRun 'foothold-cli import KIND --help' for the options of a kind.\n";
    out.flush();
}

} // namespace

int runImport(CliContext &context, const QStringList &args)
{
    if (args.isEmpty()) {
        printHelp(context.err());
        return ExitUsage;
    }
    const QString &kind = args.first();
    if (kind == QLatin1String("--help") || kind == QLatin1String("-h")) {
        printHelp(context.out());
        return ExitOk;
    }
    for (const auto &candidate : kKinds)
        if (kind == QLatin1String(candidate.name))
            return candidate.run(context, args.mid(1));
    context.err() << "foothold-cli import: unknown kind '" << kind << "'\nTry 'foothold-cli import --help'." << Qt::endl;
    return ExitUsage;
}

} // namespace foothold::cli
