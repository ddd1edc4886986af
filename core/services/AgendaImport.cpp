#include "core/services/AgendaImport.h"

#include "core/domain/AllDay.h"
#include "core/domain/TimeInput.h"
#include "core/formats/ICalendarReader.h"
#include "core/formats/ICalendarWriter.h"
#include "core/storage/EventStore.h"

#include <QCoreApplication>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AgendaImport", text);
}

QString where(const QString &file, int line)
{
    return line > 0 ? file + QLatin1Char(':') + QString::number(line) : file;
}

QTimeZone zoneOf(const Event &event)
{
    const QTimeZone zone = event.timeZone.isEmpty() ? QTimeZone() : zoneFromName(event.timeZone);
    return zone.isValid() ? zone : QTimeZone::utc();
}

// Pretalx writes "TITLE - SPEAKER, SPEAKER" as the SUMMARY and no ATTENDEE lines
// (pretalx/schedule/ical.py); its UIDs are "pretalx-EVENT-CODE@HOST". Only then is the
// SUMMARY split, at its last " - ", so a title with a dash elsewhere stays whole.
void splitPretalxSummary(const QString &uid, QString &title, QStringList &speakers)
{
    if (!uid.startsWith(QLatin1String("pretalx-")) || !speakers.isEmpty())
        return;
    const qsizetype dash = title.lastIndexOf(QLatin1String(" - "));
    if (dash <= 0)
        return;
    for (const QString &name : title.mid(dash + 3).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!name.trimmed().isEmpty())
            speakers << name.trimmed();
    if (!speakers.isEmpty())
        title = title.left(dash).trimmed();
}

} // namespace

Result<AgendaImportResult> importAgenda(Database &db, EventId eventId, const QByteArray &bytes, const QString &sourceName,
                                        const QDateTime &nowUtc, bool skipInvalid)
{
    auto event = EventStore(db).get(eventId);
    if (!event)
        return event.error();
    // An all-day event's own zone is UTC by convention (AllDay.h): it says which dates, not where
    // it is held. Its sessions without a zone of their own (floating, or in UTC) are read where
    // the user is, as they were when all-day events kept the machine's zone; they keep that zone.
    const QTimeZone zone = event->allDay ? QTimeZone::systemTimeZone() : zoneOf(*event);
    const QString zoneName = event->allDay ? QString::fromUtf8(zone.id()) : event->timeZone;
    CalendarReadOptions options;
    options.now = nowUtc;
    options.floatingZone = zone;
    const CalendarFile file = parseCalendar(bytes, options);
    if (!file.errors.isEmpty())
        return Error::parse(where(sourceName, file.errors.first().line), file.errors.first().message);
    for (const CalendarEvent &e : file.events)
        if (!e.errors.isEmpty() && !skipInvalid)
            return Error::parse(where(sourceName, e.errors.first().line), e.errors.first().message);

    // The event's days in its own zone: from the first day's midnight to the end of the last.
    const QDate firstDay = firstDayIn(*event, zone);
    const QDate lastDay = lastDayIn(*event, zone);
    const QDateTime windowStart = QDateTime(firstDay, QTime(0, 0), zone).toUTC();
    const QDateTime windowEnd = QDateTime(lastDay.addDays(1), QTime(0, 0), zone).toUTC();

    AgendaImportResult result;
    for (const Diagnostic &w : file.warnings)
        result.warnings << w;
    for (const CalendarEvent &e : file.events) {
        if (!e.skipReason.isEmpty()) {
            result.warnings << Diagnostic{e.line, tr("left out: %1").arg(e.skipReason)};
            continue;
        }
        if (!e.errors.isEmpty()) { // only with skipInvalid
            for (const Diagnostic &d : e.errors)
                result.warnings << Diagnostic{d.line, tr("left out: %1").arg(d.message)};
            continue;
        }
        const Event &read = e.event;
        // An all-day event is dates, in no zone (AllDay.h): a session belongs to it when it
        // starts on one of them where the session is held.
        const QTimeZone held = read.timeZone.isEmpty() ? zone : zoneFromName(read.timeZone);
        const QDate sessionDay = read.start.toTimeZone(held.isValid() ? held : zone).date();
        if (event->allDay ? sessionDay < firstDay || sessionDay > lastDay : read.start < windowStart || read.start >= windowEnd) {
            result.warnings << Diagnostic{e.line, tr("“%1” on %2 is outside the event's dates: left out")
                                                      .arg(read.name, read.start.toTimeZone(zone).date().toString(Qt::ISODate))};
            continue;
        }
        AgendaSession s;
        s.event = eventId;
        s.uid = e.instance.isEmpty() ? e.uid : e.uid + QLatin1Char('@') + e.instance;
        s.title = read.name;
        s.start = read.start;
        s.end = read.end;
        s.timeZone = read.timeZone.isEmpty() ? zoneName : read.timeZone;
        s.room = read.location;
        s.track = read.tags.isEmpty() ? QString() : read.tags.first();
        s.speakers = e.people;
        s.url = read.url;
        s.description = read.notes;
        splitPretalxSummary(e.uid, s.title, s.speakers);
        result.sessions << s;
    }
    if (result.sessions.isEmpty())
        return Error::parse(sourceName, file.events.isEmpty()
                                            ? tr("no sessions in the file")
                                            : tr("none of its %1 sessions is within the event's dates (%2 to %3)")
                                                  .arg(file.events.size())
                                                  .arg(firstDay.toString(Qt::ISODate), lastDay.toString(Qt::ISODate)));
    auto merged = AgendaSessionStore(db).merge(eventId, result.sessions);
    if (!merged)
        return merged.error();
    result.merge = *merged;
    return result;
}

Result<QByteArray> exportPlan(Database &db, EventId eventId, const QDateTime &nowUtc)
{
    auto event = EventStore(db).get(eventId);
    if (!event)
        return event.error();
    const QList<AgendaSession> chosen = AgendaSessionStore(db).list(eventId, true);
    if (chosen.isEmpty())
        return Error::notFound(tr("no session of “%1” is chosen: choose some first").arg(event->name));
    ICalendarWriter writer;
    for (const AgendaSession &s : chosen) {
        Event e;
        e.name = s.title;
        e.kind = event->kind;
        e.status = event->status;
        e.start = s.start;
        e.end = s.end;
        e.timeZone = s.timeZone;
        e.location = s.room;
        e.url = s.url;
        e.notes = s.description;
        if (!s.speakers.isEmpty())
            e.notes = tr("Speakers: %1").arg(s.speakers.join(QStringLiteral(", "))) + (e.notes.isEmpty() ? QString() : QStringLiteral("\n\n") + e.notes);
        if (!s.track.isEmpty())
            e.tags << s.track;
        writer.addEvent(e, s.uid.isEmpty() ? QStringLiteral("foothold-session-%1@foothold").arg(s.id.value) : s.uid);
    }
    return writer.toBytes(nowUtc);
}

} // namespace foothold
