#pragma once

// Reading stored values straight from SQLite's UTF-8 bytes (NativeStatement::utf8 / cString), for
// the reads that take 100,000 to a million rows, where a QString or a full date parse per value
// costs more than SQLite's own work. Internal to core/storage. Every function is total: text that
// is not in the stored form gives a null value (or the fallback), never undefined behaviour.

#include "core/domain/Enums.h"
#include "core/util/IsoTime.h"

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace foothold::storage {

// The number in `text` at [from, from + count), or -1 when a character there is not a digit.
inline int digitsAt(QByteArrayView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char c = text.at(i);
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// A stored key (always the canonical one: the tables' CHECKs see to it) compared as bytes, with no
// lower-casing or allocation; `fallback` for anything else.
template <typename E>
E enumFromUtf8(QByteArrayView key, E fallback)
{
    for (const auto &entry : EnumTraits<E>::entries)
        if (key == QByteArrayView(entry.key.data(), qsizetype(entry.key.size())))
            return entry.value;
    return fallback;
}

// The day of 'YYYY-MM-DD…': a date, or the date part of a UTC instant. Anything else (NULL, too
// short, not a date) is a null date.
inline QDate dayPrefix(QByteArrayView text)
{
    if (text.size() < 10 || text.at(4) != '-' || text.at(7) != '-')
        return {};
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day);
}

// The same for a NUL-terminated string (null pointer: a null date); a NUL stops digitsAt as a
// non-digit.
inline QDate dayPrefix(const char *text)
{
    return text ? dayPrefix(QByteArrayView(text, qsizetype(qstrnlen(text, 10)))) : QDate();
}

// Exactly 'YYYY-MM-DD' read fast; any other non-empty text through the full ISO parser.
inline QDate dateFrom(QByteArrayView text)
{
    if (text.size() != 10 || text.at(4) != '-' || text.at(7) != '-')
        return text.isEmpty() ? QDate() : QDate::fromString(QString::fromUtf8(text), Qt::ISODate);
    return QDate(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
}

// 'YYYY-MM-DDTHH:MM:SSZ', as the stores write instants, read fast; anything else non-empty through
// the full parser.
inline QDateTime instantFrom(QByteArrayView text)
{
    if (text.size() != 20 || text.at(10) != 'T' || text.at(13) != ':' || text.at(16) != ':' || text.at(19) != 'Z')
        return text.isEmpty() ? QDateTime() : parseIsoUtc(QString::fromUtf8(text));
    const QDate day = dateFrom(text.first(10));
    const QTime time(digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2));
    if (!day.isValid() || !time.isValid())
        return parseIsoUtc(QString::fromUtf8(text));
    static const QTimeZone utc = QTimeZone::utc(); // made once: 100,000 rows may ask
    return QDateTime(day, time, utc);
}

} // namespace foothold::storage
