#include "cli/commands/AddCommands.h"
#include "cli/commands/Commands.h"

namespace foothold::cli {
namespace {

struct Kind {
    const char *name;
    const char *summary;
    int (*run)(CliContext &, const QStringList &);
};

const Kind kKinds[] = {
    {"contact", "a person in your network", runAddContact},
    {"company", "a company (names are matched: \"Lumen, Inc.\" is \"Lumen Inc\")", runAddCompany},
    {"event", "a conference, meetup, hackathon, career fair, workshop or webinar", runAddEvent},
    {"conversation", "a dated conversation with one or more contacts", runAddConversation},
    {"application", "a job application", runAddApplication},
    {"followup", "a follow-up you owe", runAddFollowUp},
    {"interview", "an informational interview to request or hold", runAddInterview},
};

void printHelp(QTextStream &out)
{
    out << "Usage: foothold-cli add KIND [options]\n\nAdds one record and prints its id.\n\nKinds:\n";
    for (const auto &kind : kKinds)
        out << "  " << QString::fromLatin1(kind.name).leftJustified(14) << " " << kind.summary << "\n";
    out << "\nRun 'foothold-cli add KIND --help' for the options of a kind.\n";
    out.flush();
}

} // namespace

int runAdd(CliContext &context, const QStringList &args)
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
    context.err() << "foothold-cli add: unknown kind '" << kind << "'\nTry 'foothold-cli add --help'." << Qt::endl;
    return ExitUsage;
}

} // namespace foothold::cli
