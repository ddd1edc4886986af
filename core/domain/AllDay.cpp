#include "core/domain/AllDay.h"

namespace foothold {

QString allDayZone()
{
    return QStringLiteral("UTC");
}

QDateTime allDayStart(QDate first)
{
    return first.isValid() ? QDateTime(first, QTime(0, 0), QTimeZone::utc()) : QDateTime();
}

QDateTime allDayEnd(QDate last)
{
    return last.isValid() ? QDateTime(last, QTime(23, 59, 59), QTimeZone::utc()) : QDateTime();
}

void setAllDay(Event &event, QDate first, QDate last)
{
    event.allDay = true;
    event.timeZone = allDayZone();
    event.start = allDayStart(first);
    event.end = allDayEnd(last);
}

bool isCanonicalAllDay(const Event &event)
{
    const auto at = [](const QDateTime &when, QTime time) { return when.toUTC().time() == time; };
    return event.allDay && event.timeZone == allDayZone() && event.start.isValid() && at(event.start, QTime(0, 0))
        && (!event.end.isValid() || at(event.end, QTime(23, 59, 59)));
}

QDate allDayFirst(const Event &event)
{
    return event.start.toUTC().date();
}

QDate allDayLast(const Event &event)
{
    return event.end.isValid() ? event.end.toUTC().date() : allDayFirst(event);
}

QDate firstDayIn(const Event &event, const QTimeZone &zone)
{
    return event.allDay ? allDayFirst(event) : event.start.toTimeZone(zone).date();
}

QDate lastDayIn(const Event &event, const QTimeZone &zone)
{
    return event.allDay ? allDayLast(event) : (event.end.isValid() ? event.end : event.start).toTimeZone(zone).date();
}

QDateTime allDayLocalStart(const Event &event, const QTimeZone &zone)
{
    return allDayFirst(event).startOfDay(zone).toUTC();
}

QDateTime allDayLocalEnd(const Event &event, const QTimeZone &zone)
{
    // startOfDay, not endOfDay: that one ends at .999, which the database's whole seconds drop.
    return allDayLast(event).addDays(1).startOfDay(zone).toUTC().addSecs(-1);
}

QDateTime wallClockAsUtc(const QDateTime &instant, const QTimeZone &zone)
{
    const QDateTime local = instant.toTimeZone(zone);
    return QDateTime(local.date(), local.time(), QTimeZone::utc());
}

} // namespace foothold
