#include "core/util/IsoTime.h"

#include <QTimeZone>

namespace foothold {

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString isoUtc(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    // By hand: QDateTime::toString goes through the locale machinery, and imports format
    // hundreds of thousands of these.
    const QDateTime utc = when.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 0 || d.year() > 9999)
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
    char buffer[21];
    const int values[] = {d.year() / 1000, d.year() / 100 % 10, d.year() / 10 % 10, d.year() % 10, d.month() / 10, d.month() % 10,
                          d.day() / 10, d.day() % 10, t.hour() / 10, t.hour() % 10, t.minute() / 10, t.minute() % 10,
                          t.second() / 10, t.second() % 10};
    const char *pattern = "dddd-dd-ddTdd:dd:ddZ";
    for (int i = 0, v = 0; i < 20; ++i)
        buffer[i] = pattern[i] == 'd' ? char('0' + values[v++]) : pattern[i];
    buffer[20] = 0;
    return QString::fromLatin1(buffer, 20);
}

QDateTime parseIsoUtc(const QString &text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid())
        return {};
    // A stored instant always ends in Z; a value without a zone is taken as UTC, not local time.
    if (when.timeSpec() == Qt::LocalTime)
        when.setTimeZone(QTimeZone::utc());
    return when.toUTC();
}

} // namespace foothold
