#include "cli/CommandLine.h"
#include "cli/TextTable.h"
#include "cli/commands/Commands.h"
#include "core/formats/RecordJson.h"
#include "core/storage/ApplicationStore.h"
#include "core/storage/CompanyStore.h"
#include "core/storage/ContactStore.h"
#include "core/storage/ConversationStore.h"
#include "core/storage/EventStore.h"
#include "core/storage/FollowUpStore.h"
#include "core/storage/InterviewStore.h"
#include "core/util/IsoTime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace foothold::cli {
namespace {

// What one kind of list produces: JSON rows and the same rows for a terminal.
struct Listing {
    QJsonArray json;
    TextTable table{{}};
};

QString names(const QList<ContactId> &ids, const QHash<qint64, QString> &contactNames)
{
    QStringList out;
    for (const auto id : ids)
        out << contactNames.value(id.value);
    return out.join(QStringLiteral(", "));
}

QJsonValue nameOrNull(const QHash<qint64, QString> &names, qint64 id)
{
    return id > 0 && names.contains(id) ? QJsonValue(names.value(id)) : QJsonValue();
}

QString percent(const std::optional<double> &share)
{
    return share ? QStringLiteral("%1%").arg(qRound(*share * 100)) : QString();
}

Listing listContacts(Database &db, const QString &search)
{
    Listing out{{}, TextTable({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("COMPANY"), QStringLiteral("TITLE"),
                               QStringLiteral("CONNECTED"), QStringLiteral("CHANNEL")})};
    const auto companies = CompanyStore(db).allNames();
    ContactQuery query;
    query.search = search;
    query.withHistory = true; // the JSON has a "history" key: it must hold the contact's history
    for (const auto &c : ContactStore(db).list(query)) {
        QJsonObject o = json::toJson(c);
        o.insert(QStringLiteral("company"), nameOrNull(companies, c.company.value));
        out.json.append(o);
        out.table.addRow({QString::number(c.id.value), c.name, companies.value(c.company.value), c.headline, isoDate(c.connectedOn),
                          toKey(c.channel)});
    }
    return out;
}

Listing listCompanies(Database &db, const QString &search)
{
    Listing out{{}, TextTable({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("INDUSTRY"), QStringLiteral("LOCATION"),
                               QStringLiteral("PRIORITY")})};
    CompanyQuery query;
    query.search = search;
    for (const auto &c : CompanyStore(db).list(query)) {
        out.json.append(json::toJson(c));
        out.table.addRow({QString::number(c.id.value), c.name, c.industry, c.location,
                          c.priority == CompanyPriority::None ? QString() : QString::number(int(c.priority))});
    }
    return out;
}

Listing listEvents(Database &db, const QString &search)
{
    Listing out{{}, TextTable({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("KIND"), QStringLiteral("START"),
                               QStringLiteral("END"), QStringLiteral("STATUS"), QStringLiteral("LOCATION")})};
    EventQuery query;
    query.search = search;
    for (const auto &e : EventStore(db).list(query)) {
        out.json.append(json::toJson(e));
        out.table.addRow({QString::number(e.id.value), e.name, toKey(e.kind), isoUtc(e.start), isoUtc(e.end), toKey(e.status),
                          e.location});
    }
    return out;
}

Listing listConversations(Database &db, const QString &search)
{
    Listing out{{}, TextTable({QStringLiteral("ID"), QStringLiteral("WHEN"), QStringLiteral("KIND"), QStringLiteral("WITH"),
                               QStringLiteral("MY SHARE"), QStringLiteral("NEXT STEP")})};
    const auto contactNames = ContactStore(db).allNames();
    ConversationQuery query;
    query.search = search;
    for (const auto &c : ConversationStore(db).list(query)) {
        QJsonObject o = json::toJson(c);
        QJsonArray people;
        for (const auto id : c.contacts)
            people.append(contactNames.value(id.value));
        o.insert(QStringLiteral("contacts"), people);
        out.json.append(o);
        out.table.addRow({QString::number(c.id.value), isoUtc(c.when), toKey(c.kind), names(c.contacts, contactNames),
                          percent(c.talk.myShare), c.nextStep});
    }
    return out;
}

Listing listApplications(Database &db, const QString &search)
{
    Listing out{{}, TextTable({QStringLiteral("ID"), QStringLiteral("COMPANY"), QStringLiteral("ROLE"), QStringLiteral("STAGE"),
                               QStringLiteral("SOURCE"), QStringLiteral("SINCE")})};
    const auto companies = CompanyStore(db).allNames();
    const auto contactNames = ContactStore(db).allNames();
    ApplicationQuery query;
    query.search = search;
    for (const auto &a : ApplicationStore(db).list(query)) {
        QJsonObject o = json::toJson(a);
        o.insert(QStringLiteral("company"), nameOrNull(companies, a.company.value));
        o.insert(QStringLiteral("referrer"), nameOrNull(contactNames, a.referrer.value));
        out.json.append(o);
        out.table.addRow({QString::number(a.id.value), companies.value(a.company.value), a.role, toKey(a.stage), toKey(a.source),
                          a.history.isEmpty() ? QString() : isoDate(a.history.last().date)});
    }
    return out;
}

Listing listFollowUps(Database &db, const QString &search)
{
    Listing out{{}, TextTable({QStringLiteral("ID"), QStringLiteral("DUE"), QStringLiteral("TITLE"), QStringLiteral("CONTACT"),
                               QStringLiteral("DONE")})};
    const auto contactNames = ContactStore(db).allNames();
    FollowUpQuery query;
    query.search = search;
    for (const auto &f : FollowUpStore(db).list(query)) {
        QJsonObject o = json::toJson(f);
        o.insert(QStringLiteral("contact"), nameOrNull(contactNames, f.contact.value));
        out.json.append(o);
        out.table.addRow({QString::number(f.id.value), isoDate(f.due), f.title, contactNames.value(f.contact.value),
                          f.isDone() ? isoDate(f.doneAt.date()) : QString()});
    }
    return out;
}

Listing listInterviews(Database &db, const QString &search)
{
    Listing out{{}, TextTable({QStringLiteral("ID"), QStringLiteral("CONTACT"), QStringLiteral("COMPANY"), QStringLiteral("STAGE"),
                               QStringLiteral("SCHEDULED")})};
    const auto companies = CompanyStore(db).allNames();
    const auto contactNames = ContactStore(db).allNames();
    InterviewQuery query;
    query.search = search;
    for (const auto &i : InterviewStore(db).list(query)) {
        QJsonObject o = json::toJson(i);
        o.insert(QStringLiteral("contact"), nameOrNull(contactNames, i.contact.value));
        o.insert(QStringLiteral("company"), nameOrNull(companies, i.company.value));
        out.json.append(o);
        out.table.addRow({QString::number(i.id.value), contactNames.value(i.contact.value), companies.value(i.company.value),
                          toKey(i.stage), isoUtc(i.scheduledAt)});
    }
    return out;
}

struct Kind {
    const char *name;
    Listing (*list)(Database &, const QString &);
};

const Kind kKinds[] = {
    {"contacts", listContacts},           {"companies", listCompanies},       {"events", listEvents},
    {"conversations", listConversations}, {"applications", listApplications}, {"followups", listFollowUps},
    {"interviews", listInterviews},
};

} // namespace

int runList(CliContext &context, const QStringList &args)
{
    QStringList kinds;
    for (const auto &kind : kKinds)
        kinds << QString::fromLatin1(kind.name);
    CommandLine line(QStringLiteral("list"), QStringLiteral("KIND [--json] [--search TEXT]"),
                     QStringLiteral("Lists records. KIND is one of: ") + kinds.join(QStringLiteral(", ")) +
                         QStringLiteral(".\nJSON is an array of objects with the record's id and fields; dates are "
                                        "YYYY-MM-DD and times UTC ISO 8601 ending in Z. A contact's \"history\" lists its earlier "
                                        "positions; its photo is left out of lists ('export vcard' and 'export json' carry it)."));
    line.positional(QStringLiteral("KIND"), QStringLiteral("What to list."))
        .option(QStringLiteral("json"), QStringLiteral("Print JSON instead of a table."))
        .option(QStringLiteral("search"), QStringLiteral("Only records containing TEXT (ignoring case)."), QStringLiteral("TEXT"));
    if (auto stop = line.parse(args, context))
        return *stop;
    const QStringList positional = line.positionalArguments();
    if (positional.size() != 1)
        return line.usageError(context, QStringLiteral("give one KIND: %1").arg(kinds.join(QStringLiteral(", "))));
    const Kind *kind = nullptr;
    for (const auto &candidate : kKinds)
        if (positional.first() == QLatin1String(candidate.name))
            kind = &candidate;
    if (!kind)
        return line.usageError(context, QStringLiteral("unknown KIND '%1' (one of: %2)").arg(positional.first(), kinds.join(QStringLiteral(", "))));

    Database *db = context.database();
    if (!db)
        return ExitFailure;
    const Listing listing = kind->list(*db, line.value(QStringLiteral("search")));
    if (line.isSet(QStringLiteral("json")))
        context.out() << QString::fromUtf8(QJsonDocument(listing.json).toJson(QJsonDocument::Indented));
    else if (listing.table.rowCount() == 0)
        context.out() << "no " << kind->name << (line.isSet(QStringLiteral("search")) ? " match" : " yet") << "\n";
    else
        listing.table.print(context.out());
    context.out().flush();
    return ExitOk;
}

} // namespace foothold::cli
