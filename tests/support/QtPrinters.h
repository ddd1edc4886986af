#pragma once

// Readable GoogleTest failure messages for Qt values (instead of byte dumps).
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <ostream>

inline void PrintTo(const QString &value, std::ostream *out)
{
    *out << '"' << value.toStdString() << '"';
}

inline void PrintTo(const QStringList &value, std::ostream *out)
{
    *out << "{";
    for (qsizetype i = 0; i < value.size(); ++i)
        *out << (i ? ", \"" : "\"") << value.at(i).toStdString() << '"';
    *out << "}";
}

inline void PrintTo(const QDate &value, std::ostream *out)
{
    *out << value.toString(Qt::ISODate).toStdString();
}

inline void PrintTo(const QDateTime &value, std::ostream *out)
{
    *out << value.toString(Qt::ISODateWithMs).toStdString();
}
