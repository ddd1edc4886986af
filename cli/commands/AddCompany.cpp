#include "cli/CommandLine.h"
#include "cli/Parsing.h"
#include "cli/commands/AddCommands.h"
#include "core/domain/Validation.h"
#include "core/storage/CompanyStore.h"

namespace foothold::cli {
namespace {

Result<CompanyPriority> parsePriority(const QString &text)
{
    bool isNumber = false;
    const int number = text.trimmed().toInt(&isNumber);
    if (isNumber) {
        if (number < 0 || number > 3)
            return Error::invalid(QStringLiteral("priority"), QStringLiteral("%1 is outside 0..3 (1 is the top)").arg(number));
        return static_cast<CompanyPriority>(number);
    }
    return parseKey<CompanyPriority>(text, QStringLiteral("priority"));
}

} // namespace

int runAddCompany(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("add company"), QStringLiteral("--name N [options]"),
                     QStringLiteral("Adds a company and prints its id. A name that matches an existing company "
                                    "(\"Lumen, Inc.\" and \"LUMEN INC\" are one) is refused."));
    line.option(QStringLiteral("name"), QStringLiteral("Company name (required)."), QStringLiteral("N"))
        .option(QStringLiteral("website"), QStringLiteral("Web site, http(s)."), QStringLiteral("URL"))
        .option(QStringLiteral("industry"), QStringLiteral("Industry."), QStringLiteral("TEXT"))
        .option(QStringLiteral("size"), QStringLiteral("Size, e.g. 51-200."), QStringLiteral("TEXT"))
        .option(QStringLiteral("location"), QStringLiteral("Location."), QStringLiteral("TEXT"))
        .option(QStringLiteral("stack"), QStringLiteral("A technology they use (repeatable)."), QStringLiteral("TECH"))
        .option(QStringLiteral("culture"), QStringLiteral("Core values and culture notes."), QStringLiteral("TEXT"))
        .option(QStringLiteral("priority"), QStringLiteral("Target priority: 0 (none), 1 (top), 2, 3; or none, high, medium, low."),
                QStringLiteral("P"))
        .option(QStringLiteral("notes"), QStringLiteral("Notes."), QStringLiteral("TEXT"));
    if (auto stop = line.parse(args, context))
        return *stop;
    if (!line.isSet(QStringLiteral("name")))
        return line.usageError(context, QStringLiteral("--name is required"));

    Company company;
    company.name = line.value(QStringLiteral("name")).simplified();
    company.website = line.value(QStringLiteral("website")).trimmed();
    company.industry = line.value(QStringLiteral("industry")).trimmed();
    company.size = line.value(QStringLiteral("size")).trimmed();
    company.location = line.value(QStringLiteral("location")).trimmed();
    company.techStack = line.values(QStringLiteral("stack"));
    company.culture = line.value(QStringLiteral("culture"));
    company.notes = line.value(QStringLiteral("notes"));
    if (line.isSet(QStringLiteral("priority"))) {
        auto priority = parsePriority(line.value(QStringLiteral("priority")));
        if (!priority)
            return context.fail(priority.error());
        company.priority = *priority;
    }
    if (auto invalid = firstError(validate(company)); !invalid)
        return context.fail(invalid.error());

    Database *db = context.database();
    if (!db)
        return ExitFailure;
    CompanyStore companies(*db, context.clock());
    auto id = companies.insert(company);
    if (!id)
        return context.fail(id.error());
    context.out() << "added company " << id->value << " (" << company.name << ")" << Qt::endl;
    return ExitOk;
}

} // namespace foothold::cli
