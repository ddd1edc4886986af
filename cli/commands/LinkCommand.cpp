#include "cli/CommandLine.h"
#include "cli/Parsing.h"
#include "cli/TextTable.h"
#include "cli/commands/Commands.h"
#include "core/domain/Validation.h"
#include "core/formats/RecordJson.h"
#include "core/services/LinkDerivation.h"
#include "core/services/LinkEditing.h"
#include "core/services/NameResolver.h"
#include "core/storage/ContactStore.h"
#include "core/storage/LinkStore.h"
#include "core/util/IsoTime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace foothold::cli {
namespace {

QString sentence(const Link &link, const QHash<qint64, QString> &names)
{
    return QStringLiteral("%1 %2 %3").arg(names.value(link.from.value), toKey(link.kind), names.value(link.to.value));
}

int runLinkAdd(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("link add"), QStringLiteral("NAME_OR_ID NAME_OR_ID --kind KIND [--strength S] [--since DATE]"),
                     QStringLiteral("Records that two contacts are tied: the first knows, introduced, works with or mentors "
                                    "the second. 'knows' and 'works-with' go both ways."));
    line.positional(QStringLiteral("FROM"), QStringLiteral("A contact, by name or id."))
        .positional(QStringLiteral("TO"), QStringLiteral("Another contact, by name or id."))
        .option(QStringLiteral("kind"), QStringLiteral("knows, introduced, works-with or mentor (required)."), QStringLiteral("KIND"))
        .option(QStringLiteral("strength"), QStringLiteral("How strong the tie is, 0..1 (default 0.5)."), QStringLiteral("S"))
        .option(QStringLiteral("since"), QStringLiteral("Since when, YYYY-MM-DD."), QStringLiteral("DATE"))
        .option(QStringLiteral("note"), QStringLiteral("A note."), QStringLiteral("TEXT"));
    if (auto stop = line.parse(args, context))
        return *stop;
    const QStringList people = line.positionalArguments();
    if (people.size() != 2)
        return line.usageError(context, QStringLiteral("give two contacts"));
    if (!line.isSet(QStringLiteral("kind")))
        return line.usageError(context, QStringLiteral("--kind is required (knows, introduced, works-with, mentor)"));

    Link link;
    link.source = LinkSource::Manual;
    link.note = line.value(QStringLiteral("note"));
    auto kind = parseKey<LinkKind>(line.value(QStringLiteral("kind")), QStringLiteral("kind"));
    if (!kind)
        return context.fail(kind.error());
    link.kind = *kind;
    if (line.isSet(QStringLiteral("strength"))) {
        auto strength = parseFraction(line.value(QStringLiteral("strength")), QStringLiteral("strength"));
        if (!strength)
            return context.fail(strength.error());
        link.strength = *strength;
    }
    if (line.isSet(QStringLiteral("since"))) {
        auto since = parseIsoDate(line.value(QStringLiteral("since")), QStringLiteral("since"));
        if (!since)
            return context.fail(since.error());
        link.since = *since;
    }

    Database *db = context.database();
    if (!db)
        return ExitFailure;
    NameResolver resolve(*db);
    auto from = resolve.contact(people[0], QStringLiteral("from"));
    if (!from)
        return context.fail(from.error());
    auto to = resolve.contact(people[1], QStringLiteral("to"));
    if (!to)
        return context.fail(to.error());
    link.from = *from;
    link.to = *to;
    if (auto invalid = firstError(validate(link)); !invalid)
        return context.fail(invalid.error());

    auto added = addLinkByHand(*db, link);
    if (!added)
        return context.fail(added.error());
    const LinkId id = added->id;
    const bool revived = added->revived;
    const auto names = ContactStore(*db).allNames();
    context.out() << (revived ? "restored link " : "added link ") << id.value << ": " << sentence(link, names) << " (strength "
                  << link.strength << ")" << Qt::endl;
    return ExitOk;
}

int runLinkList(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("link list"), QStringLiteral("[--json] [--all] [--contact NAME_OR_ID]"),
                     QStringLiteral("Lists the links between contacts: entered, from introductions, and inferred (same company, "
                                    "same event). Dismissed links are left out unless --all is given."));
    line.option(QStringLiteral("json"), QStringLiteral("Print JSON."))
        .option(QStringLiteral("all"), QStringLiteral("Include dismissed links."))
        .option(QStringLiteral("contact"), QStringLiteral("Only the links of this contact."), QStringLiteral("NAME_OR_ID"));
    if (auto stop = line.parse(args, context))
        return *stop;
    if (!line.positionalArguments().isEmpty())
        return line.usageError(context, QStringLiteral("unexpected argument '%1'").arg(line.positionalArguments().first()));
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    LinkStore links(*db);
    const bool all = line.isSet(QStringLiteral("all"));
    QList<Link> listed;
    if (line.isSet(QStringLiteral("contact"))) {
        auto who = NameResolver(*db).contact(line.value(QStringLiteral("contact")));
        if (!who)
            return context.fail(who.error());
        listed = links.linksOf(*who, all);
    } else {
        listed = links.list(all);
    }
    const auto names = ContactStore(*db).allNames();
    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Link &link : listed) {
            QJsonObject o = json::toJson(link);
            o.insert(QStringLiteral("from"), names.value(link.from.value));
            o.insert(QStringLiteral("to"), names.value(link.to.value));
            o.insert(QStringLiteral("inferred"), link.source == LinkSource::InferredCompany || link.source == LinkSource::InferredEvent);
            array.append(o);
        }
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (listed.isEmpty()) {
        context.out() << "no links yet" << Qt::endl;
        return ExitOk;
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("FROM"), QStringLiteral("KIND"), QStringLiteral("TO"),
                     QStringLiteral("STRENGTH"), QStringLiteral("SOURCE"), QStringLiteral("SINCE")});
    for (const Link &link : listed)
        table.addRow({QString::number(link.id.value), names.value(link.from.value), toKey(link.kind), names.value(link.to.value),
                      QString::number(link.strength), toKey(link.source) + (link.dismissed ? QStringLiteral(" (dismissed)") : QString()),
                      isoDate(link.since)});
    table.print(context.out());
    context.out().flush();
    return ExitOk;
}

int runLinkRemove(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("link remove"), QStringLiteral("LINK_ID | NAME_OR_ID NAME_OR_ID [--kind KIND]"),
                     QStringLiteral("Removes a link, given by its id (see 'link list') or by the two contacts. A link made "
                                    "from an introduction or inferred is dismissed instead of deleted, so that it is never "
                                    "made again."));
    line.positional(QStringLiteral("LINK_ID"), QStringLiteral("The link's id, or two contacts."))
        .option(QStringLiteral("kind"), QStringLiteral("Which link, when the two are linked in several ways."), QStringLiteral("KIND"));
    if (auto stop = line.parse(args, context))
        return *stop;
    const QStringList given = line.positionalArguments();
    if (given.size() != 1 && given.size() != 2)
        return line.usageError(context, QStringLiteral("give a link id, or two contacts"));
    std::optional<LinkKind> kind;
    if (line.isSet(QStringLiteral("kind"))) {
        auto parsed = parseKey<LinkKind>(line.value(QStringLiteral("kind")), QStringLiteral("kind"));
        if (!parsed)
            return context.fail(parsed.error());
        kind = *parsed;
    }
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    LinkStore links(*db);
    Link target;
    if (given.size() == 1) {
        auto id = parseInteger(given[0], QStringLiteral("link"), 1, std::numeric_limits<qint64>::max());
        if (!id)
            return context.fail(id.error());
        auto found = links.get(LinkId(*id));
        if (!found || found->dismissed)
            return context.fail(Error{Error::Code::NotFound, QStringLiteral("there is no link with id %1").arg(*id), QStringLiteral("link"), {}});
        target = *found;
    } else {
        NameResolver resolve(*db);
        auto a = resolve.contact(given[0], QStringLiteral("from"));
        if (!a)
            return context.fail(a.error());
        auto b = resolve.contact(given[1], QStringLiteral("to"));
        if (!b)
            return context.fail(b.error());
        QList<Link> between;
        for (const Link &link : links.linksOf(*a))
            if ((link.from == *b || link.to == *b) && (!kind || link.kind == *kind))
                between << link;
        if (between.isEmpty())
            return context.fail(Error{Error::Code::NotFound, QStringLiteral("these two are not linked%1").arg(kind ? QStringLiteral(" that way") : QString()),
                                      QStringLiteral("link"), {}});
        if (between.size() > 1) {
            QStringList ways;
            for (const Link &link : between)
                ways << QStringLiteral("%1 (link %2)").arg(toKey(link.kind)).arg(link.id.value);
            return context.fail(Error{Error::Code::Ambiguous,
                                      QStringLiteral("they are linked in %1 ways: %2; give --kind or the link id").arg(between.size()).arg(ways.join(QStringLiteral(", "))),
                                      QStringLiteral("link"), {}});
        }
        target = between.first();
    }
    const auto names = ContactStore(*db).allNames();
    auto dismissed = removeOrDismissLink(*db, target.id);
    if (!dismissed)
        return context.fail(dismissed.error());
    if (*dismissed)
        context.out() << "dismissed link " << target.id.value << ": " << sentence(target, names) << " (" << toKey(target.source)
                      << "; it will not be made again)" << Qt::endl;
    else
        context.out() << "removed link " << target.id.value << ": " << sentence(target, names) << Qt::endl;
    return ExitOk;
}

int runLinkDerive(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("link derive"), QString(),
                     QStringLiteral("Makes the links your records imply: from 'introduced by', and inferred between people at "
                                    "the same company now or met at the same event (weaker). Never duplicates a link and never "
                                    "brings back a dismissed one."));
    if (auto stop = line.parse(args, context))
        return *stop;
    if (!line.positionalArguments().isEmpty())
        return line.usageError(context, QStringLiteral("unexpected argument '%1'").arg(line.positionalArguments().first()));
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    auto summary = LinkDerivation(*db).run();
    if (!summary)
        return context.fail(summary.error());
    context.out() << "added " << summary->added << " link(s); " << summary->alreadyLinked << " pair(s) already linked; "
                  << summary->keptDismissed << " dismissed pair(s) left dismissed";
    if (summary->largeGroups > 0)
        context.out() << "; " << summary->largeGroups << " group(s) over " << LinkDerivation::kMaxGroup << " people skipped";
    context.out() << Qt::endl;
    return ExitOk;
}

struct Sub {
    const char *name;
    const char *summary;
    int (*run)(CliContext &, const QStringList &);
};

const Sub kSubs[] = {
    {"add", "link two contacts (knows, introduced, works-with, mentor)", runLinkAdd},
    {"list", "list links, as a table or JSON", runLinkList},
    {"remove", "remove a link (derived ones are dismissed and stay dismissed)", runLinkRemove},
    {"derive", "make the links introductions, companies and events imply", runLinkDerive},
};

void printHelp(QTextStream &out)
{
    out << "Usage: foothold-cli link ACTION [options]\n\nThe ties between your contacts: the edges of your network.\n\nActions:\n";
    for (const auto &sub : kSubs)
        out << "  " << QString::fromLatin1(sub.name).leftJustified(10) << " " << sub.summary << "\n";
    out << "\nRun 'foothold-cli link ACTION --help' for the options of an action.\n";
    out.flush();
}

} // namespace

int runLink(CliContext &context, const QStringList &args)
{
    if (args.isEmpty()) {
        printHelp(context.err());
        return ExitUsage;
    }
    if (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printHelp(context.out());
        return ExitOk;
    }
    for (const auto &sub : kSubs)
        if (args.first() == QLatin1String(sub.name))
            return sub.run(context, args.mid(1));
    context.err() << "foothold-cli link: unknown action '" << args.first() << "'\nTry 'foothold-cli link --help'." << Qt::endl;
    return ExitUsage;
}

} // namespace foothold::cli
