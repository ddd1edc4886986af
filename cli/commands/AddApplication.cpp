#include "cli/CommandLine.h"
#include "cli/Parsing.h"
#include "cli/commands/AddCommands.h"
#include "core/domain/Validation.h"
#include "core/services/NameResolver.h"
#include "core/storage/ApplicationStore.h"
#include "core/storage/CompanyStore.h"

namespace foothold::cli {

int runAddApplication(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("add application"), QStringLiteral("--company C --role R [options]"),
                     QStringLiteral("Adds a job application and prints its id. Its stage history starts at --stage on --date."));
    line.option(QStringLiteral("company"), QStringLiteral("Company (required); created when new."), QStringLiteral("C"))
        .option(QStringLiteral("role"), QStringLiteral("Role applied for (required)."), QStringLiteral("R"))
        .option(QStringLiteral("source"), QStringLiteral("Source: ") + allKeys<ApplicationSource>().join(QStringLiteral(", ")) + QLatin1Char('.'),
                QStringLiteral("S"))
        .option(QStringLiteral("referrer"), QStringLiteral("Who referred you (name or id)."), QStringLiteral("NAME_OR_ID"))
        .option(QStringLiteral("event"), QStringLiteral("The event it came from (name or id)."), QStringLiteral("EVENT"))
        .option(QStringLiteral("stage"), QStringLiteral("Stage: ") + allKeys<ApplicationStage>().join(QStringLiteral(", ")) +
                                             QStringLiteral(" (default saved)."),
                QStringLiteral("STAGE"))
        .option(QStringLiteral("date"), QStringLiteral("Date of the stage, YYYY-MM-DD (default today)."), QStringLiteral("DATE"))
        .option(QStringLiteral("url"), QStringLiteral("Posting link, http(s)."), QStringLiteral("URL"))
        .option(QStringLiteral("location"), QStringLiteral("Location or remote."), QStringLiteral("TEXT"))
        .option(QStringLiteral("salary-min"), QStringLiteral("Salary range, lower end."), QStringLiteral("X"))
        .option(QStringLiteral("salary-max"), QStringLiteral("Salary range, upper end."), QStringLiteral("X"))
        .option(QStringLiteral("currency"), QStringLiteral("Currency of the salary."), QStringLiteral("CODE"))
        .option(QStringLiteral("next-action"), QStringLiteral("What you do next."), QStringLiteral("TEXT"))
        .option(QStringLiteral("notes"), QStringLiteral("Notes."), QStringLiteral("TEXT"));
    if (auto stop = line.parse(args, context))
        return *stop;
    for (const char *required : {"company", "role"})
        if (!line.isSet(QString::fromLatin1(required)))
            return line.usageError(context, QStringLiteral("--%1 is required").arg(QLatin1String(required)));

    JobApplication application;
    application.role = line.value(QStringLiteral("role")).simplified();
    application.postingUrl = line.value(QStringLiteral("url")).trimmed();
    application.location = line.value(QStringLiteral("location")).trimmed();
    application.salaryCurrency = line.value(QStringLiteral("currency")).trimmed().toUpper();
    application.nextAction = line.value(QStringLiteral("next-action"));
    application.notes = line.value(QStringLiteral("notes"));
    if (line.isSet(QStringLiteral("source"))) {
        auto source = parseKey<ApplicationSource>(line.value(QStringLiteral("source")), QStringLiteral("source"));
        if (!source)
            return context.fail(source.error());
        application.source = *source;
    }
    if (line.isSet(QStringLiteral("stage"))) {
        auto stage = parseKey<ApplicationStage>(line.value(QStringLiteral("stage")), QStringLiteral("stage"));
        if (!stage)
            return context.fail(stage.error());
        application.stage = *stage;
    }
    QDate date = context.clock().today();
    if (line.isSet(QStringLiteral("date"))) {
        auto parsed = parseIsoDate(line.value(QStringLiteral("date")), QStringLiteral("date"));
        if (!parsed)
            return context.fail(parsed.error());
        date = *parsed;
    }
    application.history.append({application.stage, date, {}});
    for (const char *option : {"salary-min", "salary-max"}) {
        const QString name = QString::fromLatin1(option);
        if (!line.isSet(name))
            continue;
        auto amount = parseInteger(line.value(name), name, 0, 1'000'000'000);
        if (!amount)
            return context.fail(amount.error());
        (name == QLatin1String("salary-min") ? application.salaryMin : application.salaryMax) = *amount;
    }
    // Company is checked after opening; give it a placeholder so validation looks at the rest now.
    JobApplication probe = application;
    probe.company = CompanyId(1);
    if (auto invalid = firstError(validate(probe)); !invalid)
        return context.fail(invalid.error());

    Database *db = context.database();
    if (!db)
        return ExitFailure;
    NameResolver resolve(*db);
    if (line.isSet(QStringLiteral("referrer"))) {
        auto id = resolve.contact(line.value(QStringLiteral("referrer")), QStringLiteral("referrer"));
        if (!id)
            return context.fail(id.error());
        application.referrer = *id;
        if (!line.isSet(QStringLiteral("source")))
            application.source = ApplicationSource::Referral;
    }
    if (line.isSet(QStringLiteral("event"))) {
        auto id = resolve.event(line.value(QStringLiteral("event")));
        if (!id)
            return context.fail(id.error());
        application.event = *id;
        if (!line.isSet(QStringLiteral("source")) && !application.referrer.isValid())
            application.source = ApplicationSource::Event;
    }
    ApplicationId newId;
    Status status = db->transaction([&]() -> Status {
        CompanyStore companies(*db, context.clock());
        auto company = companies.findOrCreate(line.value(QStringLiteral("company")));
        if (!company)
            return Error{company.error().code, company.error().message, QStringLiteral("company"), {}};
        application.company = *company;
        ApplicationStore applications(*db, context.clock());
        auto id = applications.insert(application);
        if (!id)
            return id.error();
        newId = *id;
        return {};
    });
    if (!status)
        return context.fail(status.error());
    context.out() << "added application " << newId.value << " (" << application.role << ")" << Qt::endl;
    return ExitOk;
}

} // namespace foothold::cli
