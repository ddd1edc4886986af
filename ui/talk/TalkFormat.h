#pragma once

#include <QString>

namespace foothold {

// "4:05" for 245 s, "1:02:03" past the hour: how the timer and the import write durations.
[[nodiscard]] QString clockText(double seconds);

} // namespace foothold
