#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QTimeZone>

namespace foothold {

// A date or a date and time as a person types it, resolved to an instant.
struct TimeInput {
    QDateTime utc;     // the instant, in UTC
    bool dateOnly = false;
    QDate date;        // the date as typed (an all-day event's, in no zone)
};

// The zone called `name`: an IANA id ("Europe/Berlin") or a Windows name ("W. Europe Standard
// Time"). Invalid when the name is unknown.
[[nodiscard]] QTimeZone zoneFromName(const QString &name);

// Accepts YYYY-MM-DD (midnight, or `dateOnlyTime` when given), YYYY-MM-DDTHH:MM[:SS] (wall time
// in `timeZone`, an IANA or Windows zone name, or the system's zone when empty), and the same with
// a trailing Z or ±HH:MM offset. Errors name `field`.
[[nodiscard]] Result<TimeInput> parseTimeInput(const QString &text, const QString &field,
                                               const QString &timeZone = {}, QTime dateOnlyTime = QTime(0, 0));

} // namespace foothold
