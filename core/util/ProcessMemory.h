#pragma once

#include <QtGlobal>

namespace foothold {

// How much memory this process holds, from /proc/self/status (Linux); zeros elsewhere. For the
// memory budget (docs/PERFORMANCE.md) and FOOTHOLD_EXIT_AFTER_FIRST_PAINT.
struct MemoryUse {
    qint64 residentKb = 0; // VmRSS: resident now
    qint64 peakKb = 0;     // VmHWM: the most ever resident
};

[[nodiscard]] MemoryUse currentMemoryUse();

} // namespace foothold
