#include "cli/Subcommands.h"
#include "cli/commands/Commands.h"
#include "cli/commands/EventCommands.h"

namespace foothold::cli {
namespace {

const Subcommand kEvent[] = {
    {"roi", "what an event (or every event) gave back for what it cost", runEventRoi},
    {"sessions", "an event's agenda, with the chosen sessions and their clashes", runEventSessions},
    {"choose", "choose (or drop) sessions of an event's agenda", runEventChoose},
    {"brief", "before the event: people to meet and why (warm paths), questions, pitch, checklist", runEventBrief},
    {"capture", "a person met at the event: a contact met there, channel event", runEventCapture},
    {"rules", "turn an event's rule-made follow-ups on or off", runEventRules},
};

const Subcommand kEvents[] = {
    {"plan", "which events to attend: ranked, each score with its parts; the year's budget", runEventsPlan},
    {"settings", "interests, yearly budget, score weights, home currency", runEventsSettings},
};

} // namespace

int runEvent(CliContext &context, const QStringList &args)
{
    static const SubcommandTable table{"event", "Usage: foothold-cli event SUBCOMMAND [options]\n\nSubcommands:\n",
                                       "\nRun 'foothold-cli event SUBCOMMAND --help' for its options.\n", "subcommand", 10, kEvent};
    return runSubcommand(context, args, table);
}

int runEvents(CliContext &context, const QStringList &args)
{
    static const SubcommandTable table{"events", "Usage: foothold-cli events SUBCOMMAND [options]\n\nSubcommands:\n",
                                       "\nRun 'foothold-cli events SUBCOMMAND --help' for its options.\n", "subcommand", 10, kEvents};
    return runSubcommand(context, args, table);
}

} // namespace foothold::cli
