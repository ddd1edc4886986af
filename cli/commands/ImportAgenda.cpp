#include "cli/CommandLine.h"
#include "cli/FileIo.h"
#include "cli/commands/ImportCommands.h"
#include "core/services/AgendaImport.h"
#include "core/services/NameResolver.h"

namespace foothold::cli {

int runImportAgenda(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("import agenda"), QStringLiteral("FILE --event NAME_OR_ID"),
                     QStringLiteral("Imports an event's schedule from an iCalendar file (Sched, Pretalx, …) as its agenda: "
                                    "sessions with time, room (LOCATION), track (first CATEGORIES) and speakers (ORGANIZER and "
                                    "ATTENDEE names). Sessions outside the event's dates are left out and listed; a session "
                                    "already there (same UID) is updated and stays chosen. All or nothing: a session that "
                                    "cannot be read (no DTSTART, an end before its start) refuses the file, unless "
                                    "--skip-invalid. Prints the sessions added. FILE may be - for standard input."));
    line.positional(QStringLiteral("FILE"), QStringLiteral("The .ics file."))
        .option(QStringLiteral("event"), QStringLiteral("The event the agenda belongs to (required)."), QStringLiteral("NAME_OR_ID"))
        .option(QStringLiteral("skip-invalid"), QStringLiteral("Leave out the sessions that cannot be read, list them, and "
                                                               "import the rest."))
        .option(QStringLiteral("quiet"), QStringLiteral("Print only the summary line."));
    if (auto stop = line.parse(args, context))
        return *stop;
    if (line.positionalArguments().size() != 1)
        return line.usageError(context, QStringLiteral("give one FILE"));
    if (!line.isSet(QStringLiteral("event")))
        return line.usageError(context, QStringLiteral("--event is required"));
    const QString file = line.positionalArguments().first();
    auto bytes = readInput(file);
    if (!bytes)
        return context.fail(bytes.error());
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    auto event = NameResolver(*db).event(line.value(QStringLiteral("event")));
    if (!event)
        return context.fail(event.error());
    const QString name = file == QLatin1String("-") ? QStringLiteral("stdin") : file;
    auto result = importAgenda(*db, *event, *bytes, name, context.clock().nowUtc(), line.isSet(QStringLiteral("skip-invalid")));
    if (!result)
        return context.fail(result.error());
    QTextStream &err = context.err();
    int shown = 0;
    for (const Diagnostic &w : std::as_const(result->warnings))
        if (++shown <= 50)
            err << w.toString(name) << "\n";
    if (shown > 50)
        err << "… and " << (shown - 50) << " more\n";
    err.flush();
    QTextStream &out = context.out();
    if (!line.isSet(QStringLiteral("quiet")))
        for (const AgendaSession &s : std::as_const(result->sessions))
            out << s.start.toString(Qt::ISODateWithMs).left(16).replace(QLatin1Char('T'), QLatin1Char(' ')) << "Z  " << s.title
                << (s.room.isEmpty() ? QString() : QStringLiteral("  [") + s.room + QLatin1Char(']')) << "\n";
    out << "sessions: " << result->sessions.size() << " (added " << result->merge.added << ", updated " << result->merge.updated
        << "), left out " << result->warnings.size() << Qt::endl;
    return ExitOk;
}

} // namespace foothold::cli
