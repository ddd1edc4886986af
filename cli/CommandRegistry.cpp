#include "cli/Command.h"

#include "cli/commands/Commands.h"

namespace foothold::cli {

const QList<Command> &commands()
{
    // One line per command: adding a command is adding a line here and a file in commands/.
    static const QList<Command> all = {
        {QStringLiteral("add"), QStringLiteral("add a contact, company, event, conversation, application, follow-up or interview"), runAdd},
        {QStringLiteral("list"), QStringLiteral("list records, as a table or as JSON"), runList},
        {QStringLiteral("stats"), QStringLiteral("counts and network growth"), runStats},
        {QStringLiteral("sample"), QStringLiteral("add (or remove) realistic sample data"), runSample},
        {QStringLiteral("balance"), QStringLiteral("measure who talked how much in a meeting transcript, storing nothing"), runBalance},
        {QStringLiteral("import"), QStringLiteral("import LinkedIn connections, vCards, an iCalendar file or a meeting transcript"), runImport},
        {QStringLiteral("link"), QStringLiteral("link contacts (who knows whom), list, remove and derive links"), runLink},
        {QStringLiteral("company"), QStringLiteral("mark a company as a target (or not)"), runCompany},
        {QStringLiteral("paths"), QStringLiteral("warm-introduction paths to a company or a person"), runPaths},
        {QStringLiteral("reach"), QStringLiteral("companies your network reaches, targets covered, brokers, by month"), runReach},
        {QStringLiteral("generate-network"), QStringLiteral("benchmark helper: fill an empty database with a large synthetic network"), runGenerateNetwork},
        {QStringLiteral("export"), QStringLiteral("export vCards, iCalendar, a list as CSV, or a full JSON backup"), runExport},
        {QStringLiteral("restore"), QStringLiteral("restore a full JSON backup"), runRestore},
    };
    return all;
}

} // namespace foothold::cli
