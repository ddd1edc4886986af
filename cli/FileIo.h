#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

namespace foothold::cli {

// The bytes of FILE, or of standard input for "-". Errors name the file.
Result<QByteArray> readInput(const QString &file);
// Writes `bytes` to FILE atomically (a half-written file never replaces a good one), or to
// standard output for "-".
Status writeOutput(const QString &file, const QByteArray &bytes);

} // namespace foothold::cli
