#include "cli/commands/AddCommands.h"
#include "cli/Subcommands.h"
#include "cli/commands/Commands.h"

namespace foothold::cli {
namespace {

const Subcommand kKinds[] = {
    {"contact", "a person in your network", runAddContact},
    {"company", "a company (names are matched: \"Lumen, Inc.\" is \"Lumen Inc\")", runAddCompany},
    {"event", "a conference, meetup, hackathon, career fair, workshop or webinar", runAddEvent},
    {"conversation", "a dated conversation with one or more contacts", runAddConversation},
    {"application", "a job application", runAddApplication},
    {"followup", "a follow-up you owe", runAddFollowUp},
    {"interview", "an informational interview to request or hold", runAddInterview},
};

} // namespace

int runAdd(CliContext &context, const QStringList &args)
{
    static const SubcommandTable table{"add",
                                       "Usage: foothold-cli add KIND [options]\n\nAdds one record and prints its id.\n\nKinds:\n",
                                       "\nRun 'foothold-cli add KIND --help' for the options of a kind.\n", "kind", 14, kKinds};
    return runSubcommand(context, args, table);
}

} // namespace foothold::cli
