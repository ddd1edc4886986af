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
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
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
