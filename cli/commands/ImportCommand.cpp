#include "cli/Subcommands.h"
#include "cli/commands/Commands.h"
#include "cli/commands/ImportCommands.h"

namespace foothold::cli {
namespace {

// One line per kind of file.
const Subcommand kKinds[] = {
    {"linkedin", "LinkedIn's Connections.csv: contacts and companies, matched on re-import", runImportLinkedIn},
    {"vcard", "vCards (2.1, 3.0, 4.0): contacts, matched by e-mail, profile link or name", runImportVCard},
    {"ics", "an iCalendar file: events (conference schedules, meetups), matched by UID", runImportIcs},
    {"transcript", "a meeting transcript (WebVTT, SubRip, Google Meet text) as a conversation with its talk balance",
     runImportTranscript},
    {"agenda", "an event's schedule (.ics from Sched, Pretalx, ...) as its agenda: --event NAME_OR_ID", runImportAgenda},
};

} // namespace

int runImport(CliContext &context, const QStringList &args)
{
    static const SubcommandTable table{"import",
                                       "Usage: foothold-cli import KIND FILE [options]\n\nImports a file; all of it or nothing.\n\nKinds:\n",
                                       "\nRun 'foothold-cli import KIND --help' for the options of a kind.\n", "kind", 14, kKinds};
    return runSubcommand(context, args, table);
}

} // namespace foothold::cli
