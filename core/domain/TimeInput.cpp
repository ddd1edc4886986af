#include "core/domain/TimeInput.h"

#include "core/domain/Validation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

namespace foothold {

QTimeZone zoneFromName(const QString &name)
{
    const QByteArray id = name.trimmed().toUtf8();
    // Qt's tz backend accepts any string as a POSIX rule; only known ids count here.
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return QTimeZone(id);
    // A fixed offset as Qt itself names one ("UTC+11:00", "UTC-05"), which the iCalendar reader
    // gives for Outlook's "(UTC-05:00) …" zones. Taken only in the very form Qt writes: a POSIX
    // rule such as "UTC+11" for Qt's tz backend would mean eleven hours WEST.
    static const QRegularExpression offsetId(QStringLiteral(R"(^UTC([+-])(\d{2})(?::(\d{2}))?$)"));
    if (const auto m = offsetId.match(QString::fromUtf8(id)); m.hasMatch()) {
        const int seconds = (m.captured(1) == QLatin1String("-") ? -1 : 1) * (m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60);
        const QTimeZone fixed(seconds);
        if (fixed.isValid() && fixed.id() == id)
            return fixed;
    }
    // Qt 6.4 lists only zone.tab's canonical ids as available; the old names that tzdata keeps as
    // links ("US/Eastern", "Etc/GMT", which calendars still write) are files in the zone database
    // all the same. A name is taken when its file is there (never a path out of the database).
    if (!id.isEmpty() && !id.contains("..") && !id.startsWith('/')) {
        const QString dir = qEnvironmentVariableIsEmpty("TZDIR") ? QStringLiteral("/usr/share/zoneinfo") : qEnvironmentVariable("TZDIR");
        if (QFileInfo(dir + QLatin1Char('/') + QString::fromUtf8(id)).isFile()) {
            QTimeZone zone(id);
            if (zone.isValid())
                return zone;
        }
    }
    // Outlook writes Windows names ("W. Europe Standard Time").
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(id);
    if (!iana.isEmpty() && QTimeZone::isTimeZoneIdAvailable(iana))
        return QTimeZone(iana);
    return {};
}

Result<TimeInput> parseTimeInput(const QString &text, const QString &field, const QString &timeZone, QTime dateOnlyTime)
{
    const QString trimmed = text.trimmed();
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (!timeZone.isEmpty()) {
        zone = zoneFromName(timeZone);
        if (!zone.isValid())
            return Error::invalid(QStringLiteral("tz"),
                                  QCoreApplication::translate("TimeInput", "“%1” is not a known time zone").arg(timeZone));
    }
    static const QRegularExpression dateOnly(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (dateOnly.match(trimmed).hasMatch()) {
        auto date = parseIsoDate(trimmed, field);
        if (!date)
            return date.error();
        return TimeInput{QDateTime(*date, dateOnlyTime, zone).toUTC(), true, *date};
    }
    static const QRegularExpression dateTime(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$)"));
    const auto match = dateTime.match(trimmed);
    if (!match.hasMatch())
        return Error::invalid(field, QCoreApplication::translate("TimeInput",
                                                                 "“%1” is not a date (YYYY-MM-DD) or a date and time "
                                                                 "(YYYY-MM-DDTHH:MM)")
                                         .arg(text));
    auto date = parseIsoDate(match.captured(1), field);
    if (!date)
        return date.error();
    const QTime time(match.captured(2).toInt(), match.captured(3).toInt(), match.captured(4).toInt());
    if (!time.isValid())
        return Error::invalid(field, QCoreApplication::translate("TimeInput", "%1 is not a time that exists").arg(text));
    const QString offset = match.captured(5);
    if (offset == QLatin1String("Z"))
        return TimeInput{QDateTime(*date, time, QTimeZone::utc()), false, *date};
    if (!offset.isEmpty()) {
        QString digits = offset.mid(1);
        digits.remove(QLatin1Char(':'));
        const int seconds = (digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60) * (offset.startsWith(QLatin1Char('-')) ? -1 : 1);
        return TimeInput{QDateTime(*date, time, QTimeZone(seconds)).toUTC(), false, *date};
    }
    return TimeInput{QDateTime(*date, time, zone).toUTC(), false, *date};
}

} // namespace foothold
