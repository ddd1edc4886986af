#include "cli/CommandLine.h"
#include "cli/Parsing.h"
#include "cli/commands/AddCommands.h"
#include "core/domain/AllDay.h"
#include "core/domain/TimeInput.h"
#include "core/domain/Validation.h"
#include "core/services/NameResolver.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/EventStore.h"
#include "core/util/Settings.h"


namespace foothold::cli {

int runAddEvent(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("add event"), QStringLiteral("--name N --kind K --start DATE_OR_DATETIME [options]"),
                     QStringLiteral("Adds an event and prints its id. Times without a zone are wall-clock times in --tz "
                                    "(or this computer's zone); a date alone makes an all-day event."));
    line.option(QStringLiteral("name"), QStringLiteral("Event name (required)."), QStringLiteral("N"))
        .option(QStringLiteral("kind"), QStringLiteral("Kind (required): ") + allKeys<EventKind>().join(QStringLiteral(", ")) + QLatin1Char('.'),
                QStringLiteral("K"))
        .option(QStringLiteral("start"), QStringLiteral("Start: YYYY-MM-DD (an all-day event: its dates are the same in every zone, "
                                                          "--tz does not apply) or YYYY-MM-DDTHH:MM (required)."),
                QStringLiteral("WHEN"))
        .option(QStringLiteral("end"), QStringLiteral("End, in the same forms; a date alone is the last day."), QStringLiteral("WHEN"))
        .option(QStringLiteral("tz"), QStringLiteral("Time zone the event is held in, e.g. Europe/Berlin."), QStringLiteral("ZONE"))
        .option(QStringLiteral("location"), QStringLiteral("Place."), QStringLiteral("TEXT"))
        .option(QStringLiteral("url"), QStringLiteral("Web page, http(s)."), QStringLiteral("URL"))
        .option(QStringLiteral("status"), QStringLiteral("Status: ") + allKeys<EventStatus>().join(QStringLiteral(", ")) + QLatin1Char('.'),
                QStringLiteral("S"))
        .option(QStringLiteral("cost-ticket"), QStringLiteral("Ticket cost, e.g. 450 or 450.50."), QStringLiteral("X"))
        .option(QStringLiteral("cost-travel"), QStringLiteral("Travel cost."), QStringLiteral("X"))
        .option(QStringLiteral("cost-stay"), QStringLiteral("Accommodation cost."), QStringLiteral("X"))
        .option(QStringLiteral("cost-other"), QStringLiteral("Other costs."), QStringLiteral("X"))
        .option(QStringLiteral("currency"), QStringLiteral("Currency of the costs (ISO 4217); default: the home currency."),
                QStringLiteral("CODE"))
        .option(QStringLiteral("rate"), QStringLiteral("Home-currency units per unit of --currency; required when it is not "
                                                       "the home currency."),
                QStringLiteral("R"))
        .option(QStringLiteral("tag"), QStringLiteral("A stack or topic (repeatable)."), QStringLiteral("T"))
        .option(QStringLiteral("goals"), QStringLiteral("What you want from it."), QStringLiteral("TEXT"))
        .option(QStringLiteral("goal-contacts"), QStringLiteral("Goal: new contacts to make."), QStringLiteral("N"))
        .option(QStringLiteral("goal-conversations"), QStringLiteral("Goal: conversations to have."), QStringLiteral("N"))
        .option(QStringLiteral("goal-interviews"), QStringLiteral("Goal: informational interviews to request."), QStringLiteral("N"))
        .option(QStringLiteral("company"), QStringLiteral("A company attending, created when new, with its role after a colon: ") +
                                               allKeys<EventCompanyRole>().join(QStringLiteral(", ")) +
                                               QStringLiteral(" (default attending), e.g. \"Lumen:hiring\" (repeatable)."),
                QStringLiteral("C[:ROLE]"))
        .option(QStringLiteral("person"), QStringLiteral("A contact expected there (name or id) with a role after a colon: ") +
                                              allKeys<EventPersonRole>().join(QStringLiteral(", ")) +
                                              QStringLiteral(" (default expected) (repeatable)."),
                QStringLiteral("P[:ROLE]"))
        .option(QStringLiteral("no-follow-up-rules"), QStringLiteral("No rule-made follow-ups for people met there."))
        .option(QStringLiteral("notes"), QStringLiteral("Notes."), QStringLiteral("TEXT"));
    if (auto stop = line.parse(args, context))
        return *stop;
    for (const char *required : {"name", "kind", "start"})
        if (!line.isSet(QString::fromLatin1(required)))
            return line.usageError(context, QStringLiteral("--%1 is required").arg(QLatin1String(required)));

    Event event;
    event.name = line.value(QStringLiteral("name")).simplified();
    event.location = line.value(QStringLiteral("location")).trimmed();
    event.url = line.value(QStringLiteral("url")).trimmed();
    event.tags = line.values(QStringLiteral("tag"));
    event.goals = line.value(QStringLiteral("goals"));
    event.notes = line.value(QStringLiteral("notes"));
    event.timeZone = line.value(QStringLiteral("tz")).trimmed();
    // Checked here too: an all-day event does not keep it, and an unknown zone must not pass unsaid.
    if (!event.timeZone.isEmpty() && !zoneFromName(event.timeZone).isValid())
        return context.fail(Error::invalid(QStringLiteral("tz"), QStringLiteral("“%1” is not a known time zone").arg(event.timeZone)));
    auto kind = parseKey<EventKind>(line.value(QStringLiteral("kind")), QStringLiteral("kind"));
    if (!kind)
        return context.fail(kind.error());
    event.kind = *kind;
    if (line.isSet(QStringLiteral("status"))) {
        auto status = parseKey<EventStatus>(line.value(QStringLiteral("status")), QStringLiteral("status"));
        if (!status)
            return context.fail(status.error());
        event.status = *status;
    }
    auto start = parseTimeInput(line.value(QStringLiteral("start")), QStringLiteral("start"), event.timeZone);
    if (!start)
        return context.fail(start.error());
    event.start = start->utc;
    if (line.isSet(QStringLiteral("end"))) {
        // A date alone as the end means "through that day".
        auto end = parseTimeInput(line.value(QStringLiteral("end")), QStringLiteral("end"), event.timeZone, QTime(23, 59, 59));
        if (!end)
            return context.fail(end.error());
        event.end = end->utc;
        // An all-day event has dates only: a time on its end would be dropped without a word.
        if (start->dateOnly && !end->dateOnly)
            return context.fail(Error::invalid(QStringLiteral("end"),
                                               QStringLiteral("“%1” has a time, but the start is a date: give a date for an all-day event")
                                                   .arg(line.value(QStringLiteral("end")))));
        if (start->dateOnly)
            setAllDay(event, start->date, end->date);
    } else if (start->dateOnly) {
        setAllDay(event, start->date);
    }

    const QString home = homeCurrency();
    const QString currency = line.isSet(QStringLiteral("currency")) ? line.value(QStringLiteral("currency")).trimmed().toUpper() : home;
    double rate = 1.0;
    if (line.isSet(QStringLiteral("rate"))) {
        bool ok = false;
        rate = line.value(QStringLiteral("rate")).toDouble(&ok);
        if (!ok || !(rate > 0))
            return context.fail(Error::invalid(QStringLiteral("rate"), QStringLiteral("must be a positive number")));
    } else if (currency != home) {
        return context.fail(Error::invalid(QStringLiteral("rate"),
                                           QStringLiteral("%1 is not the home currency (%2): give --rate so the costs can be "
                                                          "added up").arg(currency, home)));
    }
    const std::pair<const char *, CostCategory> costs[] = {{"cost-ticket", CostCategory::Ticket},
                                                           {"cost-travel", CostCategory::Travel},
                                                           {"cost-stay", CostCategory::Stay},
                                                           {"cost-other", CostCategory::Other}};
    for (const auto &[option, category] : costs) {
        const QString name = QString::fromLatin1(option);
        if (!line.isSet(name))
            continue;
        auto amount = parseMoney(line.value(name), name);
        if (!amount)
            return context.fail(amount.error());
        event.costs.append({category, *amount, currency, rate, {}});
    }
    const std::pair<const char *, int *> goals[] = {{"goal-contacts", &event.goalContacts},
                                                    {"goal-conversations", &event.goalConversations},
                                                    {"goal-interviews", &event.goalInterviews}};
    for (const auto &[option, target] : goals) {
        const QString name = QString::fromLatin1(option);
        if (!line.isSet(name))
            continue;
        auto n = parseInteger(line.value(name), name, 0, 100000);
        if (!n)
            return context.fail(n.error());
        *target = int(*n);
    }
    event.followUpRules = !line.isSet(QStringLiteral("no-follow-up-rules"));
    // "NAME:ROLE" -> (NAME, role); the suffix counts only when it is a role key.
    auto splitRole = [](const QString &text, auto fallback) {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon > 0)
            if (auto role = fromKey<decltype(fallback)>(text.mid(colon + 1).trimmed()))
                return std::pair{text.left(colon).trimmed(), *role};
        return std::pair{text.trimmed(), fallback};
    };
    if (auto invalid = firstError(validate(event)); !invalid)
        return context.fail(invalid.error());

    Database *db = context.database();
    if (!db)
        return ExitFailure;
    NameResolver resolve(*db);
    for (const QString &text : line.values(QStringLiteral("person"))) {
        const auto [who, role] = splitRole(text, EventPersonRole::Expected);
        auto contact = resolve.contact(who, QStringLiteral("person"));
        if (!contact)
            return context.fail(contact.error());
        event.people.append({*contact, role});
    }
    Result<EventId> id = EventId();
    Status status = db->transaction([&]() -> Status {
        CompanyStore companies(*db, context.clock());
        for (const QString &text : line.values(QStringLiteral("company"))) {
            const auto [name, role] = splitRole(text, EventCompanyRole::Attending);
            auto company = companies.findOrCreate(name);
            if (!company)
                return Error{company.error().code, company.error().message, QStringLiteral("company"), {}};
            event.companies.append({*company, role});
        }
        id = EventStore(*db, context.clock()).insert(event);
        return id ? Status() : Status(id.error());
    });
    if (!status)
        return context.fail(status.error());
    context.out() << "added event " << id->value << " (" << event.name << ")" << Qt::endl;
    return ExitOk;
}

} // namespace foothold::cli
