#include "cli/CommandLine.h"
#include "cli/commands/AddCommands.h"
#include "core/domain/Validation.h"
#include "core/services/NameResolver.h"
#include "core/storage/FollowUpStore.h"

namespace foothold::cli {

int runAddFollowUp(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("add followup"), QStringLiteral("--title T --due DATE [options]"),
                     QStringLiteral("Adds a follow-up you owe and prints its id."));
    line.option(QStringLiteral("title"), QStringLiteral("What to do (required)."), QStringLiteral("T"))
        .option(QStringLiteral("due"), QStringLiteral("Due date, YYYY-MM-DD (required)."), QStringLiteral("DATE"))
        .option(QStringLiteral("contact"), QStringLiteral("The contact it is about (name or id)."), QStringLiteral("NAME_OR_ID"))
        .option(QStringLiteral("event"), QStringLiteral("The event it is about (name or id)."), QStringLiteral("EVENT"))
        .option(QStringLiteral("application"), QStringLiteral("The application it is about (id)."), QStringLiteral("ID"))
        .option(QStringLiteral("notes"), QStringLiteral("Notes."), QStringLiteral("TEXT"));
    if (auto stop = line.parse(args, context))
        return *stop;
    for (const char *required : {"title", "due"})
        if (!line.isSet(QString::fromLatin1(required)))
            return line.usageError(context, QStringLiteral("--%1 is required").arg(QLatin1String(required)));

    FollowUp followUp;
    followUp.title = line.value(QStringLiteral("title")).simplified();
    followUp.notes = line.value(QStringLiteral("notes"));
    auto due = parseIsoDate(line.value(QStringLiteral("due")), QStringLiteral("due"));
    if (!due)
        return context.fail(due.error());
    followUp.due = *due;
    if (auto invalid = firstError(validate(followUp)); !invalid)
        return context.fail(invalid.error());

    Database *db = context.database();
    if (!db)
        return ExitFailure;
    NameResolver resolve(*db);
    if (line.isSet(QStringLiteral("contact"))) {
        auto id = resolve.contact(line.value(QStringLiteral("contact")));
        if (!id)
            return context.fail(id.error());
        followUp.contact = *id;
    }
    if (line.isSet(QStringLiteral("event"))) {
        auto id = resolve.event(line.value(QStringLiteral("event")));
        if (!id)
            return context.fail(id.error());
        followUp.event = *id;
    }
    if (line.isSet(QStringLiteral("application"))) {
        auto id = resolve.application(line.value(QStringLiteral("application")));
        if (!id)
            return context.fail(id.error());
        followUp.application = *id;
    }
    FollowUpStore followUps(*db, context.clock());
    auto id = followUps.insert(followUp);
    if (!id)
        return context.fail(id.error());
    context.out() << "added followup " << id->value << " (" << followUp.title << ")" << Qt::endl;
    return ExitOk;
}

} // namespace foothold::cli
