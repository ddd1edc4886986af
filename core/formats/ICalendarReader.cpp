#include "core/formats/ICalendarReader.h"

#include "core/domain/AllDay.h"
#include "core/domain/TimeInput.h"
#include "core/domain/Validation.h"
#include "core/formats/ICalendarInternal.h"
#include "core/formats/ICalendarLines.h"
#include "core/formats/ICalendarOwnLines.h"
#include "core/formats/ICalendarProblems.h"
#include "core/util/IsoTime.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <memory>

namespace foothold {
namespace {

using namespace foothold::ical;

QString tr(const char *text)
{
    return QCoreApplication::translate("ICalendar", text);
}

// One root component (a VCALENDAR, or a bare VEVENT) and what its events need from it.
struct Context {
    icalcomponent *calendar = nullptr;   // null for a bare component
    std::unique_ptr<ZoneResolver> zones;
    QString method;                      // METHOD, upper case
    QString defaultZone;                 // X-WR-TIMEZONE when Qt knows it
};

struct Source {
    icalcomponent *event = nullptr;
    const IcalNode *node = nullptr;
    Context *context = nullptr;
};

// The value part of a content line: after the first ':' outside quoted parameter values.
QString valueOf(const QByteArray &line)
{
    bool inQuotes = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == '"')
            inQuotes = !inQuotes;
        else if (line.at(i) == ':' && !inQuotes)
            return QString::fromUtf8(line.mid(i + 1));
    }
    return {};
}

// A TEXT list: split at unescaped commas, then \, \; \\ \n unescaped.
QStringList splitTextList(const QString &value)
{
    QStringList out;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            current += (next == QLatin1Char('n') || next == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : next;
        } else if (c == QLatin1Char(',')) {
            out << current;
            current.clear();
        } else {
            current += c;
        }
    }
    out << current;
    return out;
}

struct Timing {
    bool allDay = false;
    icaltimetype start{};
    Zone zone;
    qint64 durationSeconds = -1;   // -1: no end
    int durationDays = 0;          // all-day events; 0: no end (one day, RFC 5545 3.6.1)
};

// The first property of each kind of one event, from one walk over its properties: the reader
// asks for a dozen kinds, and libical walks them all for each (thousands of events an import).
class Properties {
public:
    explicit Properties(icalcomponent *c)
    {
        m_first.fill(nullptr);
        for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_ANY_PROPERTY); p;
             p = icalcomponent_get_next_property(c, ICAL_ANY_PROPERTY)) {
            const auto kind = std::size_t(icalproperty_isa(p));
            if (kind < m_first.size() && !m_first[kind])
                m_first[kind] = p;
        }
    }
    [[nodiscard]] icalproperty *first(icalproperty_kind kind) const
    {
        return std::size_t(kind) < m_first.size() ? m_first[std::size_t(kind)] : nullptr;
    }
    [[nodiscard]] bool has(icalproperty_kind kind) const { return first(kind) != nullptr; }

private:
    std::array<icalproperty *, std::size_t(ICAL_NO_PROPERTY) + 1> m_first;
};

QString propertyText(icalproperty *p)
{
    return p ? text(icalproperty_get_value_as_string(p)) : QString();
}

QString unescapedText(icalproperty *p)
{
    if (!p)
        return {};
    icalvalue *v = icalproperty_get_value(p);
    return v && icalvalue_isa(v) == ICAL_TEXT_VALUE ? text(icalvalue_get_text(v)) : text(icalproperty_get_value_as_string(p));
}

QString xProperty(icalcomponent *c, const char *name)
{
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_X_PROPERTY))
        if (qstricmp(icalproperty_get_x_name(p), name) == 0)
            return text(icalproperty_get_x(p)).trimmed();
    return {};
}

class Reader {
public:
    Reader(const IcalScan &scan, const std::vector<Own> &own, const CalendarReadOptions &options, CalendarFile &file)
        : m_scan(scan), m_own(own), m_options(options), m_file(file)
    {
        m_window.start = options.now.addDays(-options.pastDays);
        m_window.end = options.now.addDays(options.futureDays);
        m_window.maxInstances = qMax(1, options.maxInstances);
    }

    void read(const QList<Source> &sources);

private:
    struct Master {
        Source source;
        QString uid;                 // base.uid, kept when base is moved into the last instance
        CalendarEvent base;
        Timing timing;
        bool usable = false;
        bool recurrenceId = false;   // RECURRENCE-ID: it overrides an instance of another
        bool mayRecur = false;       // RRULE, RDATE, EXDATE or EXRULE
        QString ownZone;             // X-FOOTHOLD-TZID, when a zone Qt knows
        QList<CalendarEvent> instances;
    };

    int line(const Source &s) const { return m_scan.lines.at(s.node->begin).line; }
    Master prepare(const Source &s);
    bool readTiming(const Source &s, const Properties &props, const OwnValues &own, CalendarEvent &record, Timing &timing,
                    bool hasSummary);
    Zone zoneFor(const Source &s, icalproperty *property, const icaltimetype &value, const QByteArray &name);
    // The same for a time the reader took from the scan (null `written`: no TZID parameter).
    Zone zoneFor(const Source &s, const char *written, const icaltimetype &value, const QByteArray &name);
    Zone unknownZone(const Source &s, const QString &tzid, const QByteArray &name);
    void expand(Master &master);
    // `base` is master.base (a copy; or itself, moved, for the last instance of a series).
    CalendarEvent instanceOf(const Master &master, CalendarEvent base, const QDateTime &utcStart) const;

    const IcalScan &m_scan;
    const std::vector<Own> &m_own;   // the lines read here, not by libical
    const CalendarReadOptions &m_options;
    CalendarFile &m_file;
    ExpansionWindow m_window;
    QSet<QString> m_unknownZones;
};

Zone Reader::zoneFor(const Source &s, icalproperty *property, const icaltimetype &value, const QByteArray &name)
{
    QString tzid;
    if (auto zone = zoneOf(property, value, *s.context->zones, tzid))
        return *zone;
    return unknownZone(s, tzid, name);
}

Zone Reader::zoneFor(const Source &s, const char *written, const icaltimetype &value, const QByteArray &name)
{
    QString tzid;
    if (auto zone = zoneOfWritten(written, value, *s.context->zones, tzid))
        return *zone;
    return unknownZone(s, tzid, name);
}

Zone Reader::unknownZone(const Source &s, const QString &tzid, const QByteArray &name)
{
    if (!m_unknownZones.contains(tzid)) {
        m_unknownZones.insert(tzid);
        m_file.warnings << Diagnostic{lineOfProperty(m_scan, *s.node, {}, name),
                                      tr("time zone “%1” is neither known nor defined in the file: its times are read as "
                                         "floating (local) times")
                                          .arg(tzid)};
    }
    return s.context->zones->floating();
}

bool Reader::readTiming(const Source &s, const Properties &props, const OwnValues &own, CalendarEvent &record, Timing &timing,
                        bool hasSummary)
{
    const auto lineOf = [&](const QByteArray &name) { return lineOfProperty(m_scan, *s.node, {}, name); };
    // DTSTART and DTEND from the scan (ICalendarOwnLines.h) or from libical: the same values.
    icalproperty *dtstartProperty = props.first(ICAL_DTSTART_PROPERTY);
    icalproperty *dtendProperty = props.first(ICAL_DTEND_PROPERTY);
    const bool ownStart = own.has(Own::Dtstart);
    const bool ownEnd = own.has(Own::Dtend);
    const OwnTime startRead = ownStart ? own.time(Own::Dtstart) : OwnTime{};
    const OwnTime endRead = ownEnd ? own.time(Own::Dtend) : OwnTime{};
    const bool dtstart = ownStart || dtstartProperty;
    const bool dtend = ownEnd || dtendProperty;
    const auto zoneOfTime = [&](bool ownTime, const OwnTime &read, icalproperty *property, const icaltimetype &value, const QByteArray &name) {
        return ownTime ? zoneFor(s, read.tzid.isEmpty() ? nullptr : read.tzid.constData(), value, name) : zoneFor(s, property, value, name);
    };
    if (!dtstart) {
        // RFC 5545 (3.6.1) allows it only in an iTIP message (METHOD): such an event has nothing
        // to import. Anywhere else the event is broken, and refuses the file unless the user asks
        // for the broken ones to be skipped (--skip-invalid).
        Q_UNUSED(hasSummary)
        // (A DTSTART that libical dropped as unreadable is already an error at its own line.)
        const bool written = std::any_of(s.node->properties.cbegin(), s.node->properties.cend(),
                                         [&](int index) { return m_scan.lines.at(index).name == "DTSTART"; });
        if (!s.context->method.isEmpty())
            record.skipReason = tr("no DTSTART (an iTIP %1 message need not have one)").arg(s.context->method);
        else if (!written)
            record.errors << Diagnostic{record.line, tr("the event has no DTSTART: no date to put it on")};
        else if (record.errors.isEmpty())
            record.errors << Diagnostic{lineOf("DTSTART"), tr("DTSTART could not be read")};
        return false;
    }
    timing.start = ownStart ? startRead.value : icalproperty_get_dtstart(dtstartProperty);
    if (icaltime_is_null_time(timing.start) || !QDate(timing.start.year, timing.start.month, timing.start.day).isValid()) {
        record.errors << Diagnostic{lineOf("DTSTART"), tr("DTSTART is not a valid date")};
        return false;
    }
    timing.zone = zoneOfTime(ownStart, startRead, dtstartProperty, timing.start, "DTSTART");
    timing.allDay = timing.start.is_date;
    icalproperty *duration = props.first(ICAL_DURATION_PROPERTY);
    icaltimetype end = ownEnd ? endRead.value : dtendProperty ? icalproperty_get_dtend(dtendProperty) : icaltime_null_time();
    Zone endZone = timing.zone;
    if (dtend && !icaltime_is_null_time(end))
        endZone = zoneOfTime(ownEnd, endRead, dtendProperty, end, "DTEND");
    // A floating start with a zoned end (seen in the wild) is taken to be in the end's zone.
    if (dtend && !timing.allDay && timing.zone.kind == Zone::Floating && endZone.kind != Zone::Floating) {
        timing.zone = endZone;
        m_file.warnings << Diagnostic{lineOf("DTSTART"), tr("DTSTART has no zone but DTEND has one: read in DTEND's zone")};
    }
    const QDateTime startUtc = s.context->zones->utcOf(timing.start, timing.zone);
    if (!startUtc.isValid()) {
        record.errors << Diagnostic{lineOf("DTSTART"), tr("DTSTART is not a valid date and time")};
        return false;
    }
    if (dtend && duration) {
        m_file.warnings << Diagnostic{lineOf("DURATION"), tr("the event has both DTEND and DURATION: DURATION is ignored")};
        duration = nullptr;
    }
    if (dtend) {
        QDateTime endUtc = s.context->zones->utcOf(end, endZone);
        if (!endUtc.isValid()) {
            record.errors << Diagnostic{lineOf("DTEND"), tr("DTEND is not a valid date and time")};
            return false;
        }
        if (bool(end.is_date) != timing.allDay)
            m_file.warnings << Diagnostic{lineOf("DTEND"), timing.allDay ? tr("DTEND is a date and time but DTSTART is a date: its day is used")
                                                                         : tr("DTEND is a date but DTSTART is a date and time: read as the start "
                                                                              "of that day")};
        if (endUtc < startUtc) {
            // RFC 5545 (3.8.2.2): DTEND must be later than DTSTART. Which of the two is wrong
            // cannot be told, so the event is not imported as it stands.
            record.errors << Diagnostic{lineOf("DTEND"), tr("the event ends (%1) before it starts (%2)").arg(isoUtc(endUtc), isoUtc(startUtc))};
            return false;
        } else if (timing.allDay) {
            timing.durationDays = qMax(1, int(QDate(timing.start.year, timing.start.month, timing.start.day)
                                                  .daysTo(endUtc.toTimeZone(s.context->zones->floating().qt).date())));
        } else {
            timing.durationSeconds = startUtc.secsTo(endUtc);
        }
    } else if (duration) {
        const int seconds = icaldurationtype_as_int(icalproperty_get_duration(duration));
        if (seconds < 0) {
            record.errors << Diagnostic{lineOf("DURATION"), tr("DURATION is negative")};
            return false;
        }
        if (timing.allDay)
            timing.durationDays = qMax(1, seconds / 86400);
        else
            timing.durationSeconds = seconds;
    }
    return true;
}

Reader::Master Reader::prepare(const Source &s)
{
    Master m;
    m.source = s;
    CalendarEvent &r = m.base;
    icalcomponent *c = s.event;
    r.line = line(s);
    const Properties props(c);
    m.recurrenceId = props.has(ICAL_RECURRENCEID_PROPERTY);
    m.mayRecur = props.has(ICAL_RRULE_PROPERTY) || props.has(ICAL_RDATE_PROPERTY) || props.has(ICAL_EXDATE_PROPERTY)
        || props.has(ICAL_EXRULE_PROPERTY);
    const OwnValues own(m_scan, m_own, *s.node);
    r.uid = (own.has(Own::Uid) ? own.raw(Own::Uid) : propertyText(props.first(ICAL_UID_PROPERTY))).trimmed();
    m.uid = r.uid;
    collectProblems(m_scan, c, *s.node, Scope::Event, r.errors, m_file.warnings, props.has(ICAL_XLICERROR_PROPERTY));
    Event &e = r.event;
    e.name = (own.has(Own::Summary) ? own.text(Own::Summary) : unescapedText(props.first(ICAL_SUMMARY_PROPERTY))).simplified();
    e.location = (own.has(Own::Location) ? own.text(Own::Location) : unescapedText(props.first(ICAL_LOCATION_PROPERTY))).trimmed();
    e.notes = own.has(Own::Description) ? own.text(Own::Description) : unescapedText(props.first(ICAL_DESCRIPTION_PROPERTY));
    const QString url = (own.has(Own::Url) ? own.raw(Own::Url) : propertyText(props.first(ICAL_URL_PROPERTY))).trimmed();
    if (!url.isEmpty()) {
        if (isValidWebUrl(url))
            e.url = url;
        else
            m_file.warnings << Diagnostic{lineOfProperty(m_scan, *s.node, {}, "URL"), tr("URL “%1” is not a web address: left out").arg(url.left(80))};
    }
    // CATEGORIES from the line itself: libical hands the list over unescaped, so "a\,b" (one
    // tag) could not be told from "a,b" (two).
    for (const int index : s.node->properties) {
        const IcalLine &line = m_scan.lines.at(index);
        if (line.name != "CATEGORIES" || m_scan.lineErrors.contains(index))
            continue;
        for (const QString &tag : splitTextList(valueOf(line.text)))
            if (!tag.trimmed().isEmpty() && !e.tags.contains(tag.trimmed(), Qt::CaseInsensitive))
                e.tags << tag.trimmed();
    }
    for (const icalproperty_kind kind : {ICAL_ORGANIZER_PROPERTY, ICAL_ATTENDEE_PROPERTY}) {
        if (!props.has(kind))
            continue;
        for (icalproperty *p = icalcomponent_get_first_property(c, kind); p; p = icalcomponent_get_next_property(c, kind)) {
            icalparameter *cn = icalproperty_get_first_parameter(p, ICAL_CN_PARAMETER);
            QString who = cn ? text(icalparameter_get_cn(cn)).trimmed() : QString();
            if (who.isEmpty()) {
                who = text(icalproperty_get_value_as_string(p)).trimmed();
                if (who.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
                    who = who.mid(7);
            }
            if (!who.isEmpty() && !r.people.contains(who, Qt::CaseInsensitive))
                r.people << who;
        }
    }
    if (props.has(ICAL_X_PROPERTY)) {
        if (auto kind = fromKey<EventKind>(xProperty(c, "X-FOOTHOLD-KIND")))
            e.kind = *kind;
        if (auto status = fromKey<EventStatus>(xProperty(c, "X-FOOTHOLD-STATUS")))
            e.status = *status;
        r.origin = xProperty(c, "X-FOOTHOLD-ORIGIN");
        const QString ownZone = xProperty(c, "X-FOOTHOLD-TZID");
        if (!ownZone.isEmpty() && zoneFromName(ownZone).isValid())
            m.ownZone = ownZone;
    }
    const bool hasSummary = !e.name.isEmpty();
    const QString method = s.context->method;
    if (!method.isEmpty() && method != QLatin1String("PUBLISH") && method != QLatin1String("REQUEST") && method != QLatin1String("ADD"))
        r.skipReason = tr("part of an iTIP %1 message, not a calendar").arg(method);
    if (props.has(ICAL_STATUS_PROPERTY) && icalcomponent_get_status(c) == ICAL_STATUS_CANCELLED)
        r.skipReason = tr("cancelled");
    m.usable = readTiming(s, props, own, r, m.timing, hasSummary) && r.errors.isEmpty();
    if (!hasSummary && m.usable) {
        e.name = tr("Untitled event");
        m_file.warnings << Diagnostic{r.line, tr("the event has no SUMMARY: named “%1”").arg(e.name)};
    }
    return m;
}

CalendarEvent Reader::instanceOf(const Master &m, CalendarEvent r, const QDateTime &utcStart) const
{
    Event &e = r.event;
    if (m.timing.allDay) {
        // Dates, in no zone (AllDay.h); the expansion put them at the floating zone's midnights.
        const QDate day = utcStart.toTimeZone(m.source.context->zones->floating().qt).date();
        setAllDay(e, day, m.timing.durationDays > 0 ? day.addDays(m.timing.durationDays - 1) : QDate());
    } else {
        e.start = utcStart;
        e.end = m.timing.durationSeconds >= 0 ? utcStart.addSecs(m.timing.durationSeconds) : QDateTime();
        switch (m.timing.zone.kind) {
        case Zone::Named:
            e.timeZone = m.timing.zone.ianaId;
            break;
        case Zone::Utc:
            // Foothold writes the zone it cannot give as a TZID (UTC itself, or one libical has
            // no definition for) beside the UTC time.
            e.timeZone = m.ownZone.isEmpty() ? m.source.context->defaultZone : m.ownZone;
            break;
        default:
            e.timeZone.clear();
        }
    }
    return r;
}

void Reader::expand(Master &m)
{
    const auto lineOf = [&](const char *name) { return lineOfProperty(m_scan, *m.source.node, {}, QByteArray(name)); };
    Expansion expansion =
        expandRecurrence(m.source.event, m.timing.start, m.timing.zone, *m.source.context->zones, m_window, lineOf, m.mayRecur);
    m_file.warnings << expansion.warnings;
    if (!expansion.errors.isEmpty()) {
        m.base.errors << expansion.errors;
        m.instances = {m.base};
        return;
    }
    m.instances.reserve(expansion.instances.size());
    for (qsizetype i = 0; i < expansion.instances.size(); ++i) {
        const Instance &instance = expansion.instances.at(i);
        // The master's record is not needed after its last instance: that one takes it over
        // (most events are a single instance; a copy of every field each is measurable).
        CalendarEvent r = instanceOf(m, i + 1 == expansion.instances.size() ? std::move(m.base) : m.base, instance.utc);
        if (expansion.recurring)
            r.instance = isoUtc(instance.utc);
        m.instances.append(std::move(r));
    }
}

void Reader::read(const QList<Source> &sources)
{
    QList<Master> masters;
    masters.reserve(sources.size());
    QList<Master> overrides;
    for (const Source &s : sources) {
        Master m = prepare(s);
        (m.recurrenceId ? overrides : masters).append(std::move(m));
    }
    for (Master &m : masters) {
        if (m.usable && m.base.skipReason.isEmpty())
            expand(m);
        else
            m.instances = {m.base};
    }
    QHash<QString, qsizetype> byUid; // only overrides look masters up
    if (!overrides.isEmpty())
        for (qsizetype i = 0; i < masters.size(); ++i)
            if (!masters.at(i).uid.isEmpty())
                byUid.insert(masters.at(i).uid, i);
    // A RECURRENCE-ID event replaces the instance it names (or, cancelled, removes it).
    for (Master &o : overrides) {
        icalproperty *rid = icalcomponent_get_first_property(o.source.event, ICAL_RECURRENCEID_PROPERTY);
        const icaltimetype ridTime = icalproperty_get_recurrenceid(rid);
        const QDateTime ridUtc = toUtc(ridTime, zoneFor(o.source, rid, ridTime, "RECURRENCE-ID"));
        if (!ridUtc.isValid()) {
            o.base.errors << Diagnostic{lineOfProperty(m_scan, *o.source.node, {}, "RECURRENCE-ID"),
                                        tr("RECURRENCE-ID is not a valid date and time")};
            o.usable = false;
        }
        CalendarEvent replacement = o.usable && o.base.skipReason.isEmpty() ? instanceOf(o, o.base, o.source.context->zones->utcOf(o.timing.start, o.timing.zone)) : o.base;
        replacement.instance = ridUtc.isValid() ? isoUtc(ridUtc) : QString();
        auto master = byUid.constFind(o.base.uid);
        bool replaced = false;
        if (master != byUid.constEnd()) {
            for (CalendarEvent &instance : masters[*master].instances) {
                if (!instance.instance.isEmpty() && instance.instance == replacement.instance) {
                    instance = replacement;
                    replaced = true;
                }
            }
        }
        if (!replaced) {
            o.instances = {replacement};
            masters.append(o);
        }
    }
    qsizetype count = m_file.events.size();
    for (const Master &m : std::as_const(masters))
        count += m.instances.size();
    m_file.events.reserve(count);
    for (Master &m : masters)
        for (CalendarEvent &instance : m.instances)
            m_file.events.append(std::move(instance));
}

} // namespace

CalendarFile parseCalendar(const QByteArray &bytes, const CalendarReadOptions &options)
{
    CalendarFile file;
    const IcalScan scan = scanICalendar(bytes);
    file.warnings = scan.warnings;
    if (!scan.errors.isEmpty()) {
        file.errors = scan.errors;
        return file;
    }
    // The plain text lines of events are read from the scan, not by libical (ICalendarOwnLines.h).
    const std::vector<Own> own = options.libicalReadsEveryLine ? std::vector<Own>{} : ownLines(scan);
    auto guard = ical::lock();
    icalparser *parser = icalparser_new();
    std::vector<ComponentPtr> roots;
    std::vector<std::unique_ptr<Context>> contexts;
    QList<Source> sources;
    for (const IcalNode &root : scan.roots) {
        icalcomponent *component = nullptr;
        for (int index = root.begin; index <= root.end; ++index) {
            if (!own.empty() && own[std::size_t(index)] != Own::None)
                continue; // read from the scan
            if (scan.lineErrors.contains(index))
                continue; // reported by line; libical would only misread it
            // libical reads the line without changing it (it copies what it keeps), so it gets the
            // scan's own bytes, NUL-terminated there (ICalendarLines.h), not a copy.
            if (icalcomponent *done = icalparser_add_line(parser, const_cast<char *>(scan.lines.at(index).text.constData())))
                component = done;
        }
        if (!component) {
            file.errors << Diagnostic{scan.physicalLine(root.begin), tr("libical could not read this %1").arg(QString::fromLatin1(root.name))};
            continue;
        }
        roots.emplace_back(component);
        auto context = std::make_unique<Context>();
        const icalcomponent_kind kind = icalcomponent_isa(component);
        if (kind == ICAL_VCALENDAR_COMPONENT && root.name == "VCALENDAR") {
            context->calendar = component;
            context->method = propertyText(icalcomponent_get_first_property(component, ICAL_METHOD_PROPERTY)).trimmed().toUpper();
            const QString wrZone = xProperty(component, "X-WR-TIMEZONE");
            // Through zoneFromName, as every other zone name: Qt alone would take "Eastern" or
            // "UTC+5" as a POSIX rule (the latter five hours WEST), and validation would then
            // refuse the events that inherit it.
            if (const QTimeZone zone = zoneFromName(wrZone); !wrZone.isEmpty() && zone.isValid())
                context->defaultZone = QString::fromUtf8(zone.id());
            collectProblems(scan, component, root, Scope::Calendar, file.errors, file.warnings);
            QList<icalcomponent *> events;
            for (icalcomponent *c = icalcomponent_get_first_component(component, ICAL_VEVENT_COMPONENT); c;
                 c = icalcomponent_get_next_component(component, ICAL_VEVENT_COMPONENT))
                events << c;
            qsizetype next = 0;
            for (const IcalNode &child : root.children) {
                if (child.name == "VEVENT") {
                    ++file.vevents;
                    if (next < events.size())
                        sources.append({events.at(next++), &child, context.get()});
                    else
                        file.errors << Diagnostic{scan.physicalLine(child.begin), tr("libical could not read this VEVENT")};
                } else if (child.name != "VTIMEZONE") {
                    ++file.otherComponents;
                }
            }
        } else if (kind == ICAL_VEVENT_COMPONENT && root.name == "VEVENT") {
            ++file.vevents;
            sources.append({component, &root, context.get()});
        } else {
            ++file.otherComponents;
            collectProblems(scan, component, root, root.name == "VTIMEZONE" ? Scope::Timezone : Scope::Other, file.errors, file.warnings);
        }
        context->zones = std::make_unique<ZoneResolver>(context->calendar, options.floatingZone);
        contexts.push_back(std::move(context));
    }
    icalparser_free(parser);
    if (file.errors.isEmpty()) {
        Reader reader(scan, own, options, file);
        reader.read(sources);
    }
    icalerror_clear_errno();
    return file;
}

} // namespace foothold
