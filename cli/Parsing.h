#pragma once

#include "core/util/Result.h"

#include <QString>

namespace foothold::cli {

// Values typed on the command line, checked with errors that name the option.

// A number in 0..1, or a percentage ("35%"). 
Result<double> parseFraction(const QString &text, const QString &field);
// A money amount ("450", "450.50", "1,200.00") in minor units (cents); never negative.
Result<qint64> parseMoney(const QString &text, const QString &field);
// A whole number in [min, max].
Result<qint64> parseInteger(const QString &text, const QString &field, qint64 min, qint64 max);

} // namespace foothold::cli
