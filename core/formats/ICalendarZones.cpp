#include "core/formats/ICalendarInternal.h"

#include "core/domain/TimeInput.h"

#include <QRegularExpression>

namespace foothold::ical {
namespace {

QTimeZone qtZone(const QString &id)
{
    if (id.isEmpty() || id.contains(QLatin1Char(' ')))
        return {};
    // Only zones the zone database knows: Qt's tz backend also takes any string as a POSIX rule
    // ("Eastern", "CUSTOM"), which would hide the file's own VTIMEZONE of that name.
    return zoneFromName(id);
}

// Outlook's display names: "(UTC-05:00) Eastern Time (US and Canada)", "(GMT+10:00) Canberra,
// Melbourne, Sydney", "Amsterdam, Belgrade, Berlin, …". A city in the name that is the city of an
// IANA zone (with the offset the name gives, when it gives one) names that zone; else the offset
// alone gives a fixed-offset zone.
std::optional<Zone> fromDisplayName(const QString &name)
{
    static const QRegularExpression offsetPattern(QStringLiteral(R"(\((?:UTC|GMT)\s*([+-])(\d{1,2})[:.]?(\d{2})?\))"));
    const auto offsetMatch = offsetPattern.match(name);
    std::optional<int> offset;
    if (offsetMatch.hasMatch())
        offset = (offsetMatch.captured(1) == QLatin1String("-") ? -1 : 1)
            * (offsetMatch.captured(2).toInt() * 3600 + offsetMatch.captured(3).toInt() * 60);
    static const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    QString rest = name;
    rest.remove(offsetPattern);
    for (QString city : rest.split(QRegularExpression(QStringLiteral("[,/()]")), Qt::SkipEmptyParts)) {
        city = city.trimmed().replace(QLatin1Char(' '), QLatin1Char('_'));
        if (city.size() < 3)
            continue;
        const QByteArray suffix = QByteArray("/") + city.toUtf8();
        for (const QByteArray &id : ids) {
            if (!id.endsWith(suffix))
                continue;
            const QTimeZone zone(id);
            if (offset && zone.standardTimeOffset(QDateTime::currentDateTimeUtc()) != *offset)
                continue;
            return Zone{Zone::Named, zone, nullptr, QString::fromUtf8(id)};
        }
    }
    if (offset)
        return Zone{Zone::Named, QTimeZone(*offset), nullptr, QString::fromUtf8(QTimeZone(*offset).id())};
    return std::nullopt;
}

} // namespace

std::optional<Zone> ZoneResolver::resolve(const QString &written)
{
    QString tzid = written.trimmed();
    if (tzid.size() >= 2 && tzid.startsWith(QLatin1Char('"')) && tzid.endsWith(QLatin1Char('"')))
        tzid = tzid.mid(1, tzid.size() - 2);
    if (auto it = m_cache.constFind(tzid); it != m_cache.constEnd())
        return *it;
    std::optional<Zone> found;
    // A VTIMEZONE in the file that names its Olson zone (X-LIC-LOCATION), an Olson id, or one
    // after libical's "/vendor/version/" prefix.
    icaltimezone *defined = m_calendar ? icalcomponent_get_timezone(m_calendar, tzid.toUtf8().constData()) : nullptr;
    QStringList candidates{tzid};
    if (defined)
        candidates.prepend(text(icaltimezone_get_location(defined)));
    for (QString rest = tzid; rest.contains(QLatin1Char('/'));) {
        rest = rest.mid(rest.indexOf(QLatin1Char('/')) + 1);
        candidates << rest;
    }
    for (const QString &candidate : std::as_const(candidates)) {
        const QTimeZone zone = qtZone(candidate);
        if (zone.isValid()) {
            found = Zone{Zone::Named, zone, nullptr, QString::fromUtf8(zone.id())};
            break;
        }
    }
    if (!found) { // Outlook and Exchange write Windows names ("W. Europe Standard Time")
        const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(tzid.toUtf8());
        if (!iana.isEmpty())
            found = Zone{Zone::Named, QTimeZone(iana), nullptr, QString::fromUtf8(iana)};
    }
    if (!found && defined)
        found = Zone{Zone::Custom, {}, defined, {}};
    if (!found)
        found = fromDisplayName(tzid);
    m_cache.insert(tzid, found);
    return found;
}

std::optional<Zone> ZoneResolver::lastWritten(const char *tzid) const
{
    if (tzid && !m_lastWritten.isEmpty() && qstrcmp(m_lastWritten.constData(), tzid) == 0)
        return m_lastWrittenZone;
    return std::nullopt;
}

void ZoneResolver::rememberWritten(const char *tzid, const Zone &zone)
{
    m_lastWritten = QByteArray(tzid);
    m_lastWrittenZone = zone;
}

std::optional<Zone> zoneOf(icalproperty *property, const icaltimetype &value, ZoneResolver &zones, QString &tzid)
{
    if (icaltime_is_utc(value)) {
        tzid.clear();
        return ZoneResolver::utc();
    }
    icalparameter *param = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
    // A TZID parameter whose value libical gives as null: no zone, as without the parameter.
    static const char none[] = "";
    const char *written = param ? icalparameter_get_tzid(param) : nullptr;
    return zoneOfWritten(param ? (written ? written : none) : nullptr, value, zones, tzid);
}

std::optional<Zone> zoneOfWritten(const char *written, const icaltimetype &value, ZoneResolver &zones, QString &tzid)
{
    tzid.clear();
    if (icaltime_is_utc(value))
        return ZoneResolver::utc();
    if (!written || value.is_date)
        return zones.floating();
    if (auto remembered = zones.lastWritten(written))
        return remembered;
    tzid = text(written);
    if (tzid.trimmed().isEmpty())
        return zones.floating();
    auto found = zones.resolve(tzid);
    if (found)
        zones.rememberWritten(written, *found);
    return found;
}

QDateTime toUtc(const icaltimetype &local, const Zone &zone)
{
    if (icaltime_is_null_time(local))
        return {};
    const QDate date(local.year, local.month, local.day);
    const QTime time = local.is_date ? QTime(0, 0) : QTime(local.hour, local.minute, local.second);
    if (!date.isValid() || !time.isValid())
        return {};
    switch (zone.kind) {
    case Zone::Utc:
        return QDateTime(date, time, QTimeZone::utc());
    case Zone::Floating:
    case Zone::Named:
        return QDateTime(date, time, zone.qt).toUTC();
    case Zone::Custom: {
        icaltimetype t = local;
        t.is_date = 0;
        t.zone = zone.custom;
        const icaltimetype u = icaltime_convert_to_zone(t, icaltimezone_get_utc_timezone());
        const QDate ud(u.year, u.month, u.day);
        const QTime ut(u.hour, u.minute, u.second);
        return ud.isValid() && ut.isValid() ? QDateTime(ud, ut, QTimeZone::utc()) : QDateTime();
    }
    }
    return {};
}

QDateTime ZoneResolver::utcOf(const icaltimetype &local, const Zone &zone)
{
    // Floating and named times convert through the Qt zone alone, so its id is the whole key;
    // UTC costs nothing and a zone only the file defines is rare: neither is kept.
    if (zone.kind != Zone::Floating && zone.kind != Zone::Named)
        return toUtc(local, zone);
    if (icaltime_is_null_time(local))
        return {};
    const qint64 key = (((((qint64(local.year) * 13 + local.month) * 32 + local.day) * 25 + local.hour) * 61 + local.minute) * 62
                        + local.second) * 2 + (local.is_date ? 1 : 0);
    // Sessions come in one zone: the last zone's times are found without hashing its id.
    if (!m_lastTimes || !(zone.qt == m_lastZone)) {
        m_lastZone = zone.qt;
        m_lastTimes = &m_utc[zone.qt.id()];
    }
    if (auto it = m_lastTimes->constFind(key); it != m_lastTimes->constEnd())
        return *it;
    const QDateTime utc = toUtc(local, zone);
    m_lastTimes->insert(key, utc);
    return utc;
}

icaltimetype toLocal(const QDateTime &utc, const Zone &zone, bool isDate)
{
    icaltimetype t = icaltime_null_time();
    QDateTime local;
    if (zone.kind == Zone::Custom) {
        t = icaltime_from_timet_with_zone(time_t(utc.toSecsSinceEpoch()), isDate ? 1 : 0, zone.custom);
        t.zone = nullptr;
        return t;
    }
    local = zone.kind == Zone::Utc ? utc.toUTC() : utc.toTimeZone(zone.qt);
    t.year = local.date().year();
    t.month = local.date().month();
    t.day = local.date().day();
    t.is_date = isDate ? 1 : 0;
    if (!isDate) {
        t.hour = local.time().hour();
        t.minute = local.time().minute();
        t.second = local.time().second();
    }
    return t;
}

} // namespace foothold::ical
