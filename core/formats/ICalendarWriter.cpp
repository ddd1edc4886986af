#include "core/formats/ICalendarWriter.h"

#include "core/domain/AllDay.h"
#include "core/formats/IcalSupport.h"

#include <QSet>

namespace foothold {
namespace {

using ical::ComponentPtr;

icaltimetype utcTime(const QDateTime &when)
{
    const QDateTime utc = when.toUTC();
    icaltimetype t = icaltime_null_time();
    t.year = utc.date().year();
    t.month = utc.date().month();
    t.day = utc.date().day();
    t.hour = utc.time().hour();
    t.minute = utc.time().minute();
    t.second = utc.time().second();
    t.zone = icaltimezone_get_utc_timezone();
    return t;
}

icaltimetype localTime(const QDateTime &when, const QTimeZone &zone)
{
    const QDateTime local = when.toTimeZone(zone);
    icaltimetype t = icaltime_null_time();
    t.year = local.date().year();
    t.month = local.date().month();
    t.day = local.date().day();
    t.hour = local.time().hour();
    t.minute = local.time().minute();
    t.second = local.time().second();
    return t;
}

icaltimetype dateValue(const QDate &date)
{
    icaltimetype t = icaltime_null_time();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    t.is_date = 1;
    return t;
}

void addText(icalcomponent *c, icalproperty *(*make)(const char *), const QString &text)
{
    if (!text.isEmpty())
        icalcomponent_add_property(c, make(text.toUtf8().constData()));
}

void addX(icalcomponent *c, const char *name, const QString &value)
{
    if (value.isEmpty())
        return;
    icalproperty *p = icalproperty_new_x(value.toUtf8().constData());
    icalproperty_set_x_name(p, name);
    icalcomponent_add_property(c, p);
}

// libical's VTIMEZONE for an Olson zone, with the TZID the events use; null when it has none.
icalcomponent *zoneComponent(const QString &id)
{
    icaltimezone *zone = icaltimezone_get_builtin_timezone(id.toUtf8().constData());
    if (!zone)
        return nullptr;
    icalcomponent *source = icaltimezone_get_component(zone);
    if (!source)
        return nullptr;
    icalcomponent *copy = icalcomponent_new_clone(source);
    if (icalproperty *tzid = icalcomponent_get_first_property(copy, ICAL_TZID_PROPERTY))
        icalproperty_set_tzid(tzid, id.toUtf8().constData());
    return copy;
}

} // namespace

void ICalendarWriter::addEvent(const Event &event, const QString &uid)
{
    m_events << event;
    m_eventUids << uid;
}

void ICalendarWriter::addAppointment(const CalendarAppointment &appointment)
{
    m_appointments << appointment;
}

void ICalendarWriter::addTodo(const CalendarTodo &todo)
{
    m_todos << todo;
}

QByteArray ICalendarWriter::toBytes(const QDateTime &stamp) const
{
    auto guard = ical::lock();
    ComponentPtr calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent *cal = calendar.get();
    icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal, icalproperty_new_prodid("-//Foothold//Foothold//EN"));
    icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
    const icaltimetype dtstamp = utcTime(stamp);

    // Zones first: a VTIMEZONE for each zone an event keeps its wall-clock time in.
    QSet<QString> zonesWritten;
    QSet<QString> zonesMissing;
    for (const Event &e : m_events) {
        if (e.allDay || e.timeZone.isEmpty() || zonesWritten.contains(e.timeZone) || zonesMissing.contains(e.timeZone))
            continue;
        if (icalcomponent *zone = zoneComponent(e.timeZone)) {
            icalcomponent_add_component(cal, zone);
            zonesWritten.insert(e.timeZone);
        } else {
            zonesMissing.insert(e.timeZone);
        }
    }

    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const Event &e = m_events.at(i);
        icalcomponent *v = icalcomponent_new_vevent();
        icalcomponent_add_property(v, icalproperty_new_uid(m_eventUids.at(i).toUtf8().constData()));
        icalcomponent_add_property(v, icalproperty_new_dtstamp(dtstamp));
        if (e.allDay) {
            const QDate first = allDayFirst(e);
            icalcomponent_add_property(v, icalproperty_new_dtstart(dateValue(first)));
            // No DTEND is one day (RFC 5545 3.6.1), and reads back as no end.
            if (e.end.isValid())
                icalcomponent_add_property(v, icalproperty_new_dtend(dateValue(qMax(allDayLast(e), first).addDays(1)))); // exclusive
        } else if (zonesWritten.contains(e.timeZone)) {
            const QTimeZone zone(e.timeZone.toUtf8());
            const QByteArray tzid = e.timeZone.toUtf8();
            icalproperty *start = icalproperty_new_dtstart(localTime(e.start, zone));
            icalproperty_add_parameter(start, icalparameter_new_tzid(tzid.constData()));
            icalcomponent_add_property(v, start);
            if (e.end.isValid()) {
                icalproperty *end = icalproperty_new_dtend(localTime(e.end, zone));
                icalproperty_add_parameter(end, icalparameter_new_tzid(tzid.constData()));
                icalcomponent_add_property(v, end);
            }
        } else {
            icalcomponent_add_property(v, icalproperty_new_dtstart(utcTime(e.start)));
            if (e.end.isValid())
                icalcomponent_add_property(v, icalproperty_new_dtend(utcTime(e.end)));
            addX(v, "X-FOOTHOLD-TZID", e.timeZone); // (none for a floating time: UTC is how it reads back)
        }
        addText(v, icalproperty_new_summary, e.name);
        addText(v, icalproperty_new_location, e.location);
        addText(v, icalproperty_new_description, e.notes);
        addText(v, icalproperty_new_url, e.url);
        for (const QString &tag : e.tags)
            addText(v, icalproperty_new_categories, tag);
        addX(v, "X-FOOTHOLD-ORIGIN", QStringLiteral("event"));
        addX(v, "X-FOOTHOLD-KIND", toKey(e.kind));
        addX(v, "X-FOOTHOLD-STATUS", toKey(e.status));
        icalcomponent_add_component(cal, v);
    }

    for (const CalendarAppointment &a : m_appointments) {
        icalcomponent *v = icalcomponent_new_vevent();
        icalcomponent_add_property(v, icalproperty_new_uid(a.uid.toUtf8().constData()));
        icalcomponent_add_property(v, icalproperty_new_dtstamp(dtstamp));
        icalcomponent_add_property(v, icalproperty_new_dtstart(utcTime(a.start)));
        if (a.durationMinutes > 0)
            icalcomponent_add_property(v, icalproperty_new_duration(icaldurationtype_from_int(a.durationMinutes * 60)));
        addText(v, icalproperty_new_summary, a.summary);
        addText(v, icalproperty_new_location, a.location);
        addText(v, icalproperty_new_description, a.description);
        addX(v, "X-FOOTHOLD-ORIGIN", a.origin);
        icalcomponent_add_component(cal, v);
    }

    for (const CalendarTodo &t : m_todos) {
        icalcomponent *v = icalcomponent_new_vtodo();
        icalcomponent_add_property(v, icalproperty_new_uid(t.uid.toUtf8().constData()));
        icalcomponent_add_property(v, icalproperty_new_dtstamp(dtstamp));
        addText(v, icalproperty_new_summary, t.summary);
        addText(v, icalproperty_new_description, t.description);
        if (t.due.isValid())
            icalcomponent_add_property(v, icalproperty_new_due(dateValue(t.due)));
        if (t.completedAt.isValid()) {
            icalcomponent_add_property(v, icalproperty_new_status(ICAL_STATUS_COMPLETED));
            icalcomponent_add_property(v, icalproperty_new_completed(utcTime(t.completedAt)));
        } else {
            icalcomponent_add_property(v, icalproperty_new_status(ICAL_STATUS_NEEDSACTION));
        }
        addX(v, "X-FOOTHOLD-ORIGIN", QStringLiteral("follow-up"));
        icalcomponent_add_component(cal, v);
    }

    char *text = icalcomponent_as_ical_string_r(cal);
    QByteArray out(text);
    icalmemory_free_buffer(text);
    return out;
}

} // namespace foothold
