#include "core/services/CalendarImporter.h"

#include "core/formats/ICalendarReader.h"
#include "core/services/ImportRun.h"
#include "core/storage/EventSourceStore.h"
#include "core/storage/EventStore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace foothold {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Import", text);
}

// name.simplified().toCaseFolded(), without the two copies for the usual name: printable ASCII,
// single spaces, nothing to trim (ten thousand events an import, and every stored one).
QString foldedName(const QString &name)
{
    bool plain = !name.isEmpty() && name.front() != QLatin1Char(' ') && name.back() != QLatin1Char(' ');
    bool upper = false;
    char16_t previous = 0;
    for (qsizetype i = 0; plain && i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        plain = c >= 0x20 && c < 0x7f && !(c == u' ' && previous == u' ');
        upper = upper || (c >= u'A' && c <= u'Z');
        previous = c;
    }
    if (!plain)
        return name.simplified().toCaseFolded();
    if (!upper)
        return name;
    QString out = name;
    for (QChar &c : out)
        if (c.unicode() >= u'A' && c.unicode() <= u'Z')
            c = QChar(char16_t(c.unicode() + (u'a' - u'A')));
    return out;
}

// Events are the same when they have the same name (in any case and spacing) at the same start.
using NameStart = std::pair<QString, qint64>;

NameStart nameStartKey(const QString &name, const QDateTime &start)
{
    return {foldedName(name), start.toSecsSinceEpoch()};
}

// The file's version of an event applied to the stored one. Status, goals, costs and the rest
// are the user's: only Foothold's own export says them, and only then are they taken.
Event merged(const Event &current, const CalendarEvent &read)
{
    Event after = current;
    const Event &e = read.event;
    after.name = e.name;
    after.start = e.start;
    after.end = e.end;
    after.timeZone = e.timeZone;
    after.allDay = e.allDay;
    if (!e.location.isEmpty())
        after.location = e.location;
    if (!e.url.isEmpty())
        after.url = e.url;
    if (!e.notes.isEmpty())
        after.notes = e.notes;
    for (const QString &tag : e.tags)
        if (!after.tags.contains(tag, Qt::CaseInsensitive))
            after.tags << tag;
    if (read.origin == QLatin1String("event")) {
        after.kind = e.kind;
        after.status = e.status;
    }
    return after;
}

bool sameEvent(const Event &a, const Event &b)
{
    return a.name == b.name && a.start == b.start && a.end == b.end && a.timeZone == b.timeZone && a.allDay == b.allDay
        && a.location == b.location && a.url == b.url && a.notes == b.notes && a.tags == b.tags && a.kind == b.kind
        && a.status == b.status;
}

} // namespace

ImportResult CalendarImporter::import(const QByteArray &bytes, const ImportOptions &options)
{
    ImportResult result;
    ImportRun run(m_db, options, result);
    CalendarReadOptions readOptions = options.calendar;
    CalendarFile file = parseCalendar(bytes, readOptions); // not const: added events are moved out of it
    result.warnings = file.warnings;
    if (!file.errors.isEmpty()) {
        run.fail(file.errors, file.errors.first().message);
        return result;
    }
    QList<CalendarEvent *> events;
    for (CalendarEvent &e : file.events) {
        if (!e.errors.isEmpty()) {
            (void)run.refuseOrSkip(e.errors, e.event.name);
            continue;
        }
        if (!e.skipReason.isEmpty()) {
            run.skip(e.line, e.event.name, e.skipReason);
            continue;
        }
        if (!e.origin.isEmpty() && e.origin != QLatin1String("event")) {
            run.skip(e.line, e.event.name, tr("an %1 Foothold exported: it lives in its own record, not as an event").arg(e.origin));
            continue;
        }
        events << &e;
    }
    // In the file's order: the overrides of a series (RECURRENCE-ID) are read after the rest.
    std::stable_sort(result.errors.begin(), result.errors.end(), [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; });

    run.run([&]() -> Status {
        EventStore store(m_db, m_clock);
        EventSourceStore sources(m_db);
        // Known events by source and by name and start: a database id (> 0), or -(1 + index)
        // into the events this import adds (written together at the end).
        QHash<QPair<QString, QString>, qint64> bySource;
        const auto stored = sources.all();
        for (auto it = stored.constBegin(); it != stored.constEnd(); ++it)
            bySource.insert(it.key(), it.value().value);
        QHash<NameStart, qint64> byNameStart;
        QSet<qint64> known;
        for (const Event &e : store.list()) {
            byNameStart.insert(nameStartKey(e.name, e.start), e.id.value);
            known.insert(e.id.value);
        }
        QList<Event> added;
        QList<const CalendarEvent *> addedFrom;
        QList<QPair<qint64, const CalendarEvent *>> sourcesOf; // ref -> the record it came from
        static const QRegularExpression ownUid(QStringLiteral(R"(^foothold-event-(\d+)@foothold$)"));
        for (CalendarEvent *read : std::as_const(events)) {
            const QPair<QString, QString> source{read->uid, read->instance};
            const NameStart key = nameStartKey(read->event.name, read->event.start);
            qint64 match = read->uid.isEmpty() ? 0 : bySource.value(source);
            // (The expression only for UIDs that can match it: it is the slowest step of a row.)
            const auto own = read->uid.startsWith(QLatin1String("foothold-event-")) ? ownUid.match(read->uid) : QRegularExpressionMatch();
            if (match == 0 && own.hasMatch() && read->instance.isEmpty() && known.contains(own.captured(1).toLongLong()))
                match = own.captured(1).toLongLong();
            if (match == 0)
                match = byNameStart.value(key);
            qint64 ref = match;
            if (match < 0) { // an event of this file, met before
                Event &pending = added[-match - 1];
                const Event after = merged(pending, *read);
                const bool same = sameEvent(after, pending);
                pending = after;
                run.record(read->line, same ? ImportAction::Unchanged : ImportAction::Updated, read->event.name, 0);
            } else if (match > 0) {
                auto current = store.get(EventId(match));
                if (!current)
                    return current.error();
                const Event after = merged(*current, *read);
                if (sameEvent(after, *current)) {
                    run.record(read->line, ImportAction::Unchanged, read->event.name, match);
                } else {
                    if (auto s = store.update(after); !s) {
                        Error error = s.error();
                        error.location = options.sourceName + QLatin1Char(':') + QString::number(read->line);
                        return error;
                    }
                    run.record(read->line, ImportAction::Updated, read->event.name, match);
                }
            } else {
                added.append(std::move(read->event)); // read->event is not used again
                addedFrom.append(read);
                ref = -qint64(added.size());
            }
            byNameStart.insert(key, ref);
            if (!read->uid.isEmpty() && !own.hasMatch() && bySource.value(source) != ref) {
                bySource.insert(source, ref);
                sourcesOf.append({ref, read});
            }
            if (auto s = run.step(); !s)
                return s;
        }
        if (!added.isEmpty()) {
            if (auto s = store.insertMany(added); !s) {
                Error error = s.error();
                error.location = options.sourceName;
                return error;
            }
        }
        for (qsizetype i = 0; i < added.size(); ++i)
            run.record(addedFrom.at(i)->line, ImportAction::Added, added.at(i).name, added.at(i).id.value);
        QList<EventSourceStore::Source> toStore;
        for (const auto &[ref, read] : std::as_const(sourcesOf))
            toStore.append({ref > 0 ? EventId(ref) : added.at(-ref - 1).id, read->uid, read->instance,
                            stored.contains({read->uid, read->instance})});
        return sources.setMany(toStore);
    }, events.size());
    std::stable_sort(result.records.begin(), result.records.end(), [](const ImportRecord &a, const ImportRecord &b) { return a.line < b.line; });
    return result;
}

} // namespace foothold
