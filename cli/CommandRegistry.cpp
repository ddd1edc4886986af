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
        {QStringLiteral("import"), QStringLiteral("import LinkedIn connections, vCards or an iCalendar file"), runImport},
        {QStringLiteral("export"), QStringLiteral("export vCards, iCalendar, a list as CSV, or a full JSON backup"), runExport},
        {QStringLiteral("restore"), QStringLiteral("restore a full JSON backup"), runRestore},
    };
    return all;
}

} // namespace foothold::cli
