#include "cli/commands/Commands.h"
#include "cli/commands/EventCommands.h"

namespace foothold::cli {
namespace {

struct Sub {
    const char *name;
    const char *summary;
    int (*run)(CliContext &, const QStringList &);
};

void printHelp(QTextStream &out, const char *command, const Sub *subs, size_t count)
{
    out << "Usage: foothold-cli " << command << " SUBCOMMAND [options]\n\nSubcommands:\n";
    for (size_t i = 0; i < count; ++i)
        out << "  " << QString::fromLatin1(subs[i].name).leftJustified(10) << " " << subs[i].summary << "\n";
    out << "\nRun 'foothold-cli " << command << " SUBCOMMAND --help' for its options.\n";
    out.flush();
}

int dispatch(CliContext &context, const QStringList &args, const char *command, const Sub *subs, size_t count)
{
    if (args.isEmpty()) {
        printHelp(context.err(), command, subs, count);
        return ExitUsage;
    }
    const QString &name = args.first();
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        printHelp(context.out(), command, subs, count);
        return ExitOk;
    }
    for (size_t i = 0; i < count; ++i)
        if (name == QLatin1String(subs[i].name))
            return subs[i].run(context, args.mid(1));
    context.err() << "foothold-cli " << command << ": unknown subcommand '" << name << "'\nTry 'foothold-cli " << command
                  << " --help'." << Qt::endl;
    return ExitUsage;
}

const Sub kEvent[] = {
    {"roi", "what an event (or every event) gave back for what it cost", runEventRoi},
    {"sessions", "an event's agenda, with the chosen sessions and their clashes", runEventSessions},
    {"choose", "choose (or drop) sessions of an event's agenda", runEventChoose},
    {"brief", "before the event: people to meet and why (warm paths), questions, pitch, checklist", runEventBrief},
    {"capture", "a person met at the event: a contact met there, channel event", runEventCapture},
    {"rules", "turn an event's rule-made follow-ups on or off", runEventRules},
};

const Sub kEvents[] = {
    {"plan", "which events to attend: ranked, each score with its parts; the year's budget", runEventsPlan},
    {"settings", "interests, yearly budget, score weights, home currency", runEventsSettings},
};

} // namespace

int runEvent(CliContext &context, const QStringList &args)
{
    return dispatch(context, args, "event", kEvent, std::size(kEvent));
}

int runEvents(CliContext &context, const QStringList &args)
{
    return dispatch(context, args, "events", kEvents, std::size(kEvents));
}

} // namespace foothold::cli
