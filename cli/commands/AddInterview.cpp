#include "cli/CommandLine.h"
#include "cli/commands/AddCommands.h"
#include "core/domain/TimeInput.h"
#include "core/domain/Validation.h"
#include "core/services/NameResolver.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/InterviewStore.h"

namespace foothold::cli {

int runAddInterview(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("add interview"), QStringLiteral("--contact NAME_OR_ID [options]"),
                     QStringLiteral("Adds an informational interview and prints its id."));
    line.option(QStringLiteral("contact"), QStringLiteral("Whom you ask (name or id; required)."), QStringLiteral("NAME_OR_ID"))
        .option(QStringLiteral("company"), QStringLiteral("The company it is about; created when new."), QStringLiteral("C"))
        .option(QStringLiteral("stage"), QStringLiteral("Stage: ") + allKeys<InterviewStage>().join(QStringLiteral(", ")) + QLatin1Char('.'),
                QStringLiteral("S"))
        .option(QStringLiteral("requested"), QStringLiteral("Date requested, YYYY-MM-DD."), QStringLiteral("DATE"))
        .option(QStringLiteral("scheduled"), QStringLiteral("When it takes place."), QStringLiteral("WHEN"))
        .option(QStringLiteral("question"), QStringLiteral("A question to ask (repeatable)."), QStringLiteral("Q"))
        .option(QStringLiteral("notes"), QStringLiteral("Notes."), QStringLiteral("TEXT"));
    if (auto stop = line.parse(args, context))
        return *stop;
    if (!line.isSet(QStringLiteral("contact")))
        return line.usageError(context, QStringLiteral("--contact is required"));

    InformationalInterview interview;
    interview.notes = line.value(QStringLiteral("notes"));
    for (const QString &question : line.values(QStringLiteral("question")))
        interview.questions.append({question.trimmed(), {}});
    if (line.isSet(QStringLiteral("stage"))) {
        auto stage = parseKey<InterviewStage>(line.value(QStringLiteral("stage")), QStringLiteral("stage"));
        if (!stage)
            return context.fail(stage.error());
        interview.stage = *stage;
    }
    if (line.isSet(QStringLiteral("requested"))) {
        auto date = parseIsoDate(line.value(QStringLiteral("requested")), QStringLiteral("requested"));
        if (!date)
            return context.fail(date.error());
        interview.requestedOn = *date;
    }
    if (line.isSet(QStringLiteral("scheduled"))) {
        auto when = parseTimeInput(line.value(QStringLiteral("scheduled")), QStringLiteral("scheduled"));
        if (!when)
            return context.fail(when.error());
        interview.scheduledAt = when->utc;
    }

    Database *db = context.database();
    if (!db)
        return ExitFailure;
    NameResolver resolve(*db);
    auto contact = resolve.contact(line.value(QStringLiteral("contact")));
    if (!contact)
        return context.fail(contact.error());
    interview.contact = *contact;
    InterviewId newId;
    Status status = db->transaction([&]() -> Status {
        if (line.isSet(QStringLiteral("company"))) {
            CompanyStore companies(*db, context.clock());
            auto company = companies.findOrCreate(line.value(QStringLiteral("company")));
            if (!company)
                return Error{company.error().code, company.error().message, QStringLiteral("company"), {}};
            interview.company = *company;
        }
        InterviewStore interviews(*db, context.clock());
        auto id = interviews.insert(interview);
        if (!id)
            return id.error();
        newId = *id;
        return {};
    });
    if (!status)
        return context.fail(status.error());
    context.out() << "added interview " << newId.value << Qt::endl;
    return ExitOk;
}

} // namespace foothold::cli
