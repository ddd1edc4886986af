#include "cli/CommandLine.h"
#include "cli/Parsing.h"
#include "cli/TextTable.h"
#include "cli/commands/EventCommands.h"
#include "core/analytics/Clashes.h"
#include "core/domain/TimeInput.h"
#include "core/util/IsoTime.h"
#include "core/services/NameResolver.h"
#include "core/storage/AgendaSessionStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace foothold::cli {
namespace {

// Session id -> the chosen sessions it clashes with.
QHash<qint64, QList<qint64>> chosenClashes(const QList<AgendaSession> &sessions)
{
    QList<TimeSpan> spans;
    QList<qint64> ids;
    for (const AgendaSession &s : sessions)
        if (s.chosen) {
            spans << TimeSpan{QString::number(s.id.value), s.start, s.end};
            ids << s.id.value;
        }
    QHash<qint64, QList<qint64>> result;
    for (const Clash &c : findClashes(spans)) {
        result[ids.at(c.first)] << ids.at(c.second);
        result[ids.at(c.second)] << ids.at(c.first);
    }
    return result;
}

QString wallClock(const QDateTime &utc, const QString &zoneName)
{
    if (!utc.isValid())
        return {};
    const QTimeZone zone = zoneName.isEmpty() ? QTimeZone::utc() : zoneFromName(zoneName);
    return utc.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

int runEventSessions(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("event sessions"), QStringLiteral("EVENT [--chosen] [--json]"),
                     QStringLiteral("Lists the agenda of an event (import it with 'import agenda'): times in the session's zone, "
                                    "room, track, speakers, whether chosen, and which chosen sessions clash."));
    line.positional(QStringLiteral("EVENT"), QStringLiteral("The event, by name or id."))
        .option(QStringLiteral("chosen"), QStringLiteral("Only the chosen sessions."))
        .option(QStringLiteral("json"), QStringLiteral("Print JSON (times in UTC)."));
    if (auto stop = line.parse(args, context))
        return *stop;
    if (line.positionalArguments().size() != 1)
        return line.usageError(context, QStringLiteral("give one EVENT"));
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    auto event = NameResolver(*db).event(line.positionalArguments().first());
    if (!event)
        return context.fail(event.error());
    const QList<AgendaSession> sessions = AgendaSessionStore(*db).list(*event, line.isSet(QStringLiteral("chosen")));
    const auto clashes = chosenClashes(sessions);
    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const AgendaSession &s : sessions) {
            QJsonArray with;
            for (const qint64 id : clashes.value(s.id.value))
                with.append(double(id));
            array.append(QJsonObject{{QStringLiteral("id"), double(s.id.value)},
                                     {QStringLiteral("title"), s.title},
                                     {QStringLiteral("start"), isoUtc(s.start)},
                                     {QStringLiteral("end"), s.end.isValid() ? QJsonValue(isoUtc(s.end)) : QJsonValue()},
                                     {QStringLiteral("time_zone"), s.timeZone},
                                     {QStringLiteral("room"), s.room},
                                     {QStringLiteral("track"), s.track},
                                     {QStringLiteral("speakers"), QJsonArray::fromStringList(s.speakers)},
                                     {QStringLiteral("url"), s.url},
                                     {QStringLiteral("chosen"), s.chosen},
                                     {QStringLiteral("clashes_with"), with}});
        }
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        context.out().flush();
        return ExitOk;
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("Start"), QStringLiteral("End"), QStringLiteral("Room"), QStringLiteral("Track"),
                     QStringLiteral("Title"), QStringLiteral("Speakers"), QStringLiteral("Chosen")});
    for (const AgendaSession &s : sessions) {
        QString chosen = s.chosen ? QStringLiteral("yes") : QString();
        if (clashes.contains(s.id.value)) {
            QStringList ids;
            for (const qint64 id : clashes.value(s.id.value))
                ids << QString::number(id);
            chosen += QStringLiteral(" (clashes with ") + ids.join(QStringLiteral(", ")) + QLatin1Char(')');
        }
        table.addRow({QString::number(s.id.value), wallClock(s.start, s.timeZone), wallClock(s.end, s.timeZone), s.room, s.track, s.title,
                      s.speakers.join(QStringLiteral(", ")), chosen});
    }
    table.print(context.out());
    context.out() << sessions.size() << " session(s)" << Qt::endl;
    return ExitOk;
}

int runEventChoose(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("event choose"), QStringLiteral("EVENT SESSION_ID... [--off] | EVENT --none"),
                     QStringLiteral("Chooses sessions of an event's agenda to attend (or, with --off, drops them), then warns "
                                    "about chosen sessions that clash. 'export plan' writes the chosen ones as .ics."));
    line.positional(QStringLiteral("EVENT"), QStringLiteral("The event, by name or id."))
        .positional(QStringLiteral("SESSION_ID"), QStringLiteral("Session ids, from 'event sessions'."))
        .option(QStringLiteral("off"), QStringLiteral("Drop these sessions from the plan."))
        .option(QStringLiteral("none"), QStringLiteral("Drop every session from the plan."));
    if (auto stop = line.parse(args, context))
        return *stop;
    const QStringList positional = line.positionalArguments();
    const bool none = line.isSet(QStringLiteral("none"));
    if (positional.isEmpty() || (none ? positional.size() != 1 : positional.size() < 2))
        return line.usageError(context, QStringLiteral("give an EVENT and session ids, or an EVENT and --none"));
    QList<SessionId> ids;
    for (const QString &text : positional.mid(1)) {
        auto id = parseInteger(text, QStringLiteral("session"), 1, std::numeric_limits<qint64>::max());
        if (!id)
            return context.fail(id.error());
        ids << SessionId(*id);
    }
    Database *db = context.database();
    if (!db)
        return ExitFailure;
    auto event = NameResolver(*db).event(positional.first());
    if (!event)
        return context.fail(event.error());
    AgendaSessionStore agenda(*db);
    if (auto s = none ? agenda.clearChosen(*event) : agenda.setChosen(*event, ids, !line.isSet(QStringLiteral("off"))); !s)
        return context.fail(s.error());
    const QList<AgendaSession> chosen = agenda.list(*event, true);
    QHash<qint64, QString> titles;
    for (const AgendaSession &s : chosen)
        titles.insert(s.id.value, s.title);
    const auto clashes = chosenClashes(chosen);
    for (const AgendaSession &s : chosen)
        for (const qint64 other : clashes.value(s.id.value))
            if (s.id.value < other)
                context.err() << "warning: session " << s.id.value << " (" << s.title << ") clashes with session " << other << " ("
                              << titles.value(other) << ")\n";
    context.err().flush();
    context.out() << chosen.size() << " session(s) chosen" << Qt::endl;
    return ExitOk;
}

} // namespace foothold::cli
