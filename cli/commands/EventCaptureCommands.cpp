#include "cli/CommandLine.h"
#include "cli/commands/EventCommands.h"
#include "core/services/EventFollowUps.h"
#include "core/services/NameResolver.h"
#include "core/services/QuickCapture.h"

namespace foothold::cli {

int runEventCapture(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("event capture"), QStringLiteral("EVENT --name N [--company C] [--note LINE]"),
                     QStringLiteral("Quick capture of a person met at an event: adds a contact met there (channel event, "
                                    "connected today during the event, else on its first day), with the note, and runs the "
                                    "event's follow-up rules (a follow-up within 48 hours)."));
    line.positional(QStringLiteral("EVENT"), QStringLiteral("The event, by name or id."))
        .option(QStringLiteral("name"), QStringLiteral("Their name (required)."), QStringLiteral("N"))
        .option(QStringLiteral("company"), QStringLiteral("Their company; created when new."), QStringLiteral("C"))
        .option(QStringLiteral("note"), QStringLiteral("One line to remember them by."), QStringLiteral("LINE"));
    if (auto stop = line.parse(args, context))
        return *stop;
    if (line.positionalArguments().size() != 1)
        return line.usageError(context, QStringLiteral("give one EVENT"));
    if (!line.isSet(QStringLiteral("name")))
        return line.usageError(context, QStringLiteral("--name is required"));
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    auto event = NameResolver(*db).event(line.positionalArguments().first());
    if (!event)
        return context.fail(event.error());
    auto captured = QuickCapture(*db, context.clock())
                        .capture(*event, {line.value(QStringLiteral("name")), line.value(QStringLiteral("company")),
                                          line.value(QStringLiteral("note"))});
    if (!captured)
        return context.fail(captured.error());
    context.out() << "added contact " << captured->contact.value << " (" << line.value(QStringLiteral("name")).simplified() << ")";
    if (captured->followUpsMade > 0)
        context.out() << ", " << captured->followUpsMade << " follow-up(s) made";
    context.out() << Qt::endl;
    return ExitOk;
}

int runEventRules(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("event rules"), QStringLiteral("EVENT on|off"),
                     QStringLiteral("Turns an event's rule-made follow-ups on or off (follow up with each new contact within "
                                    "48 hours; thank the speakers you talked to). Off removes the open ones they made; on "
                                    "makes the missing ones."));
    line.positional(QStringLiteral("EVENT"), QStringLiteral("The event, by name or id."))
        .positional(QStringLiteral("STATE"), QStringLiteral("on or off."));
    if (auto stop = line.parse(args, context))
        return *stop;
    const QStringList positional = line.positionalArguments();
    if (positional.size() != 2 || (positional.at(1) != QLatin1String("on") && positional.at(1) != QLatin1String("off")))
        return line.usageError(context, QStringLiteral("give an EVENT and on or off"));
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    auto event = NameResolver(*db).event(positional.first());
    if (!event)
        return context.fail(event.error());
    const bool on = positional.at(1) == QLatin1String("on");
    auto changed = EventFollowUps(*db, context.clock()).setEnabled(*event, on);
    if (!changed)
        return context.fail(changed.error());
    context.out() << "follow-up rules " << (on ? "on" : "off") << ": " << *changed << " follow-up(s) " << (on ? "made" : "removed")
                  << Qt::endl;
    return ExitOk;
}

} // namespace foothold::cli
