#include "ui/models/EventTime.h"

#include "core/domain/AllDay.h"
#include "core/domain/TimeInput.h"

#include <QLocale>

namespace foothold {

QTimeZone eventZone(const Event &event)
{
    const QTimeZone zone = event.timeZone.isEmpty() ? QTimeZone() : zoneFromName(event.timeZone);
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

QString eventTimeInput(const Event &event, const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toTimeZone(eventZone(event));
    return local.toString(event.allDay ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString eventStartText(const Event &event)
{
    if (!event.start.isValid())
        return {};
    const QLocale locale;
    const QTimeZone zone = eventZone(event);
    const QDateTime local = event.start.toTimeZone(zone);
    if (event.allDay)
        return locale.toString(local.date(), QLocale::ShortFormat);
    QString text = shortDateTimeText(local);
    if (zone != QTimeZone::systemTimeZone() && zone.offsetFromUtc(event.start) != QTimeZone::systemTimeZone().offsetFromUtc(event.start))
        text += QLatin1Char(' ') + local.timeZoneAbbreviation();
    return text;
}

QString shortDateTimeText(const QDateTime &local)
{
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + locale.toString(local.time(), timeFormat);
}

QDateTime eventFinish(const Event &event)
{
    // An all-day event lasts until its last day is over on the reader's own calendar.
    if (event.allDay)
        return allDayLocalEnd(event, QTimeZone::systemTimeZone());
    return event.end.isValid() ? event.end : event.start;
}

} // namespace foothold
