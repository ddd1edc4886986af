#include "core/domain/TimeInput.h"

#include "core/domain/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace foothold {

QTimeZone zoneFromName(const QString &name)
{
    const QByteArray id = name.trimmed().toUtf8();
    // Qt's tz backend accepts any string as a POSIX rule; only known ids count here.
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return QTimeZone(id);
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
        return TimeInput{QDateTime(*date, dateOnlyTime, zone).toUTC(), true};
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
        return TimeInput{QDateTime(*date, time, QTimeZone::utc()), false};
    if (!offset.isEmpty()) {
        QString digits = offset.mid(1);
        digits.remove(QLatin1Char(':'));
        const int seconds = (digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60) * (offset.startsWith(QLatin1Char('-')) ? -1 : 1);
        return TimeInput{QDateTime(*date, time, QTimeZone(seconds)).toUTC(), false};
    }
    return TimeInput{QDateTime(*date, time, zone).toUTC(), false};
}

} // namespace foothold
