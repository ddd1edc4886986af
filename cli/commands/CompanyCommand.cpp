#include "cli/CommandLine.h"
#include "cli/commands/Commands.h"
#include "core/services/NameResolver.h"
#include "core/storage/CompanyStore.h"

namespace foothold::cli {
namespace {

Result<CompanyPriority> parseTargetPriority(const QString &text)
{
    bool isNumber = false;
    const int number = text.trimmed().toInt(&isNumber);
    if (isNumber) {
        if (number < 1 || number > 3)
            return Error::invalid(QStringLiteral("priority"), QStringLiteral("%1 is outside 1..3 (1 is the top)").arg(number));
        return static_cast<CompanyPriority>(number);
    }
    auto key = parseKey<CompanyPriority>(text, QStringLiteral("priority"));
    if (key && *key == CompanyPriority::None)
        return Error::invalid(QStringLiteral("priority"), QStringLiteral("a target's priority is 1..3 (use 'company untarget' to drop it)"));
    return key;
}

int setTarget(CliContext &context, const QStringList &args, bool target)
{
    const QString command = target ? QStringLiteral("company target") : QStringLiteral("company untarget");
    CommandLine line(command, target ? QStringLiteral("NAME_OR_ID [--priority 1..3]") : QStringLiteral("NAME_OR_ID"),
                     target ? QStringLiteral("Makes a company a target: reach counts whether your network covers it. Priority 1 "
                                             "is the top (also: high, medium, low); the default is 2.")
                            : QStringLiteral("Stops treating a company as a target."));
    line.positional(QStringLiteral("NAME_OR_ID"), QStringLiteral("The company (its name, an alias, or its id)."));
    if (target)
        line.option(QStringLiteral("priority"), QStringLiteral("1 (top), 2 or 3."), QStringLiteral("P"));
    if (auto stop = line.parse(args, context))
        return *stop;
    if (line.positionalArguments().isEmpty())
        return line.usageError(context, QStringLiteral("give the company"));
    CompanyPriority priority = target ? CompanyPriority::Medium : CompanyPriority::None;
    if (target && line.isSet(QStringLiteral("priority"))) {
        auto parsed = parseTargetPriority(line.value(QStringLiteral("priority")));
        if (!parsed)
            return context.fail(parsed.error());
        priority = *parsed;
    }
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    // "company target Lumen Labs" means the company "Lumen Labs".
    auto id = NameResolver(*db).company(line.positionalArguments().join(QLatin1Char(' ')));
    if (!id) {
        Error error = id.error();
        if (error.code == Error::Code::NotFound)
            error.message += QStringLiteral(" (add it first: foothold-cli add company --name NAME)");
        return context.fail(error);
    }
    CompanyStore companies(*db, context.clock());
    if (auto s = companies.setPriority(*id, priority); !s)
        return context.fail(s.error());
    auto company = companies.get(*id);
    if (!company)
        return context.fail(company.error());
    if (target)
        context.out() << company->name << " is a target, priority " << int(priority) << " (" << label(priority) << ")" << Qt::endl;
    else
        context.out() << company->name << " is no longer a target" << Qt::endl;
    return ExitOk;
}

} // namespace

int runCompany(CliContext &context, const QStringList &args)
{
    auto help = [](QTextStream &out) {
        out << "Usage: foothold-cli company ACTION [options]\n\nActions:\n"
               "  target      make a company a target (priority 1..3)\n"
               "  untarget    stop treating a company as a target\n\n"
               "Run 'foothold-cli company ACTION --help' for the options of an action.\n";
        out.flush();
    };
    if (args.isEmpty()) {
        help(context.err());
        return ExitUsage;
    }
    if (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        help(context.out());
        return ExitOk;
    }
    if (args.first() == QLatin1String("target"))
        return setTarget(context, args.mid(1), true);
    if (args.first() == QLatin1String("untarget"))
        return setTarget(context, args.mid(1), false);
    context.err() << "foothold-cli company: unknown action '" << args.first() << "'\nTry 'foothold-cli company --help'." << Qt::endl;
    return ExitUsage;
}

} // namespace foothold::cli
