#include "cli/Parsing.h"

#include <QRegularExpression>

#include <cmath>

namespace foothold::cli {

Result<double> parseFraction(const QString &text, const QString &field)
{
    QString value = text.trimmed();
    double scale = 1.0;
    if (value.endsWith(QLatin1Char('%'))) {
        value.chop(1);
        scale = 100.0;
    }
    bool ok = false;
    const double number = value.toDouble(&ok) / scale;
    if (!ok || !std::isfinite(number))
        return Error::invalid(field, QStringLiteral("“%1” is not a number").arg(text));
    if (number < 0.0 || number > 1.0)
        return Error::invalid(field, QStringLiteral("%1 is outside 0..1 (or 0%..100%)").arg(text));
    return number;
}

Result<qint64> parseMoney(const QString &text, const QString &field)
{
    static const QRegularExpression shape(QStringLiteral(R"(^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$)"));
    const auto match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return Error::invalid(field, QStringLiteral("“%1” is not an amount like 450 or 450.50").arg(text));
    if (!match.captured(1).isEmpty())
        return Error::invalid(field, QStringLiteral("must not be negative"));
    QString whole = match.captured(2);
    whole.remove(QLatin1Char(','));
    if (whole.size() > 13)
        return Error::invalid(field, QStringLiteral("%1 is too large").arg(text));
    const QString cents = match.captured(3).leftJustified(2, QLatin1Char('0'));
    return whole.toLongLong() * 100 + cents.toLongLong();
}

Result<qint64> parseInteger(const QString &text, const QString &field, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok)
        return Error::invalid(field, QStringLiteral("“%1” is not a whole number").arg(text));
    if (value < min || value > max)
        return Error::invalid(field, QStringLiteral("%1 is outside %2..%3").arg(value).arg(min).arg(max));
    return value;
}

} // namespace foothold::cli
