#include "cli/CommandLine.h"
#include "cli/Parsing.h"
#include "cli/commands/AddCommands.h"
#include "core/domain/TimeInput.h"
#include "core/domain/Validation.h"
#include "core/services/EventFollowUps.h"
#include "core/services/LinkDerivation.h"
#include "core/services/NameResolver.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/EventStore.h"

#include <QTimeZone>

namespace foothold::cli {

int runAddContact(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("add contact"), QStringLiteral("--name N [options]"),
                     QStringLiteral("Adds a person to your network and prints the new contact's id."));
    line.option(QStringLiteral("name"), QStringLiteral("Full name (required)."), QStringLiteral("N"))
        .option(QStringLiteral("company"), QStringLiteral("Current company; created when new."), QStringLiteral("C"))
        .option(QStringLiteral("title"), QStringLiteral("Title or headline."), QStringLiteral("T"))
        .option(QStringLiteral("email"), QStringLiteral("E-mail address (repeatable)."), QStringLiteral("E"))
        .option(QStringLiteral("phone"), QStringLiteral("Phone number (repeatable)."), QStringLiteral("P"))
        .option(QStringLiteral("url"), QStringLiteral("Profile link: LinkedIn, GitHub, site (repeatable)."), QStringLiteral("U"))
        .option(QStringLiteral("location"), QStringLiteral("City or region."), QStringLiteral("L"))
        .option(QStringLiteral("connected"), QStringLiteral("Date connected, YYYY-MM-DD."), QStringLiteral("DATE"))
        .option(QStringLiteral("channel"), QStringLiteral("How we met: ") + allKeys<Channel>().join(QStringLiteral(", ")) + QLatin1Char('.'),
                QStringLiteral("CH"))
        .option(QStringLiteral("role"), QStringLiteral("Role: ") + allKeys<ContactRole>().join(QStringLiteral(", ")) + QLatin1Char('.'),
                QStringLiteral("R"))
        .option(QStringLiteral("tag"), QStringLiteral("A tag (repeatable)."), QStringLiteral("T"))
        .option(QStringLiteral("introduced-by"), QStringLiteral("Who introduced us (name or id)."), QStringLiteral("NAME_OR_ID"))
        .option(QStringLiteral("met-at"), QStringLiteral("The event where we met (name or id); sets the channel to event and "
                                                         "the date connected to the event's start unless given."),
                QStringLiteral("EVENT"))
        .option(QStringLiteral("cadence"), QStringLiteral("Keep in touch every DAYS days."), QStringLiteral("DAYS"))
        .option(QStringLiteral("strength"), QStringLiteral("My tie to them, 0..1 (overrides the computed strength)."), QStringLiteral("S"))
        .option(QStringLiteral("prospect"), QStringLiteral("Someone I know of but have not met."))
        .option(QStringLiteral("notes"), QStringLiteral("Notes."), QStringLiteral("TEXT"));
    if (auto stop = line.parse(args, context))
        return *stop;
    if (!line.isSet(QStringLiteral("name")))
        return line.usageError(context, QStringLiteral("--name is required"));
    if (!line.positionalArguments().isEmpty())
        return line.usageError(context, QStringLiteral("unexpected argument '%1'").arg(line.positionalArguments().first()));

    Contact contact;
    contact.name = line.value(QStringLiteral("name")).simplified();
    contact.headline = line.value(QStringLiteral("title")).trimmed();
    contact.location = line.value(QStringLiteral("location")).trimmed();
    contact.notes = line.value(QStringLiteral("notes"));
    contact.tags = line.values(QStringLiteral("tag"));
    contact.prospect = line.isSet(QStringLiteral("prospect"));
    for (const QString &email : line.values(QStringLiteral("email")))
        contact.emails.append({email.trimmed(), {}});
    for (const QString &phone : line.values(QStringLiteral("phone")))
        contact.phones.append({phone.trimmed(), {}});
    for (const QString &url : line.values(QStringLiteral("url"))) {
        const QString lower = url.toLower();
        const QString type = lower.contains(QLatin1String("linkedin.com")) ? QStringLiteral("linkedin")
            : lower.contains(QLatin1String("github.com"))                   ? QStringLiteral("github")
                                                                            : QStringLiteral("website");
        contact.urls.append({url.trimmed(), type});
    }
    if (line.isSet(QStringLiteral("connected"))) {
        auto date = parseIsoDate(line.value(QStringLiteral("connected")), QStringLiteral("connected"));
        if (!date)
            return context.fail(date.error());
        contact.connectedOn = *date;
    }
    if (line.isSet(QStringLiteral("channel"))) {
        auto channel = parseKey<Channel>(line.value(QStringLiteral("channel")), QStringLiteral("channel"));
        if (!channel)
            return context.fail(channel.error());
        contact.channel = *channel;
    }
    if (line.isSet(QStringLiteral("role"))) {
        auto role = parseKey<ContactRole>(line.value(QStringLiteral("role")), QStringLiteral("role"));
        if (!role)
            return context.fail(role.error());
        contact.role = *role;
    }
    if (line.isSet(QStringLiteral("cadence"))) {
        auto days = parseInteger(line.value(QStringLiteral("cadence")), QStringLiteral("cadence"), 0, 3650);
        if (!days)
            return context.fail(days.error());
        contact.cadenceDays = int(*days);
    }
    if (line.isSet(QStringLiteral("strength"))) {
        auto strength = parseFraction(line.value(QStringLiteral("strength")), QStringLiteral("strength"));
        if (!strength)
            return context.fail(strength.error());
        contact.strengthOverride = *strength;
    }
    // Check the values before opening anything, so a typo never touches the database.
    if (auto invalid = firstError(validate(contact)); !invalid)
        return context.fail(invalid.error());

    Database *db = context.database();
    if (!db)
        return ExitFailure;
    NameResolver resolve(*db);
    if (line.isSet(QStringLiteral("introduced-by"))) {
        auto id = resolve.contact(line.value(QStringLiteral("introduced-by")), QStringLiteral("introduced-by"));
        if (!id)
            return context.fail(id.error());
        contact.introducedBy = *id;
    }
    if (line.isSet(QStringLiteral("met-at"))) {
        auto id = resolve.event(line.value(QStringLiteral("met-at")), QStringLiteral("met-at"));
        if (!id)
            return context.fail(id.error());
        contact.metAt = *id;
        if (!line.isSet(QStringLiteral("channel")))
            contact.channel = Channel::Event;
        if (!contact.connectedOn.isValid()) {
            EventStore events(*db, context.clock());
            auto event = events.get(*id);
            if (!event)
                return context.fail(event.error());
            contact.connectedOn = event->start.toTimeZone(event->timeZone.isEmpty() ? QTimeZone::utc()
                                                                                    : zoneFromName(event->timeZone))
                                      .date();
        }
    }

    ContactId newId;
    DerivationSummary derived;
    int madeFollowUps = 0;
    // The company, the contact and the links its record implies (introduction, same company, same
    // event) in one transaction: all or nothing.
    Status status = db->transaction([&]() -> Status {
        if (line.isSet(QStringLiteral("company")) && !line.value(QStringLiteral("company")).trimmed().isEmpty()) {
            CompanyStore companies(*db, context.clock());
            auto company = companies.findOrCreate(line.value(QStringLiteral("company")));
            if (!company)
                return Error{company.error().code, company.error().message, QStringLiteral("company"), {}};
            contact.company = *company;
        }
        ContactStore contacts(*db, context.clock());
        auto id = contacts.insert(contact);
        if (!id)
            return id.error();
        newId = *id;
        auto links = LinkDerivation(*db).runFor(newId);
        if (!links)
            return links.error();
        derived = *links;
        if (contact.metAt.isValid()) {
            // Follow up with a new contact met at an event within 48 hours (the event's rules).
            auto made = EventFollowUps(*db, context.clock()).apply(contact.metAt);
            if (!made)
                return made.error();
            madeFollowUps = *made;
        }
        return {};
    });
    if (!status)
        return context.fail(status.error());
    context.out() << "added contact " << newId.value << " (" << contact.name << ")" << Qt::endl;
    if (madeFollowUps > 0)
        context.out() << madeFollowUps << " follow-up(s) made by the event's rules" << Qt::endl;
    if (derived.added > 0)
        context.out() << "linked to " << derived.added << " other contact(s) by introduction, company or event "
                      << "(see 'foothold-cli link list')" << Qt::endl;
    return ExitOk;
}

} // namespace foothold::cli
